//! One type per kind of id, so an interview's id cannot be passed where a candidate's is expected. Each is a UUID
//! underneath and looks exactly like one everywhere outside Rust: serde writes and reads the bare UUID string, the
//! OpenAPI schema is `{type: string, format: uuid}`, `Display`/`FromStr` use the hyphenated form, and (with the
//! `diesel` feature, see `columns.rs`) the database column is a plain `uuid`.
//!
//! Response fields holding an id say `#[schema(value_type = Uuid)]` (or `Option<Uuid>`): utoipa's derive turns any
//! type it does not know as a primitive into a `$ref` to a component of its own, which would change the published
//! document; naming the underlying type keeps every id inline, as it always was.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

/// Declares id newtypes over [`Uuid`] with everything they share.
macro_rules! id_types {
    ($($(#[$meta:meta])* $name:ident,)+) => {
    $(
        $(#[$meta])*
        #[derive(
            Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh, time-ordered id (UUIDv7), as every new row gets.
            pub fn new_v7() -> Self {
                Self(Uuid::now_v7())
            }

            /// The id with this UUID: for ids read from outside (a token, a cursor, another system).
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID underneath.
            pub const fn as_uuid(self) -> Uuid {
                self.0
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }

        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                uuid_schema()
            }
        }

        impl ::utoipa::ToSchema for $name {}
    )+

        /// Invokes `$callback!(WorkspaceId, UserId, …)` with every id type declared here, so a list kept elsewhere
        /// (the column mappings) cannot miss one.
        #[allow(unused_macros)]
        macro_rules! with_every_id {
            ($callback:path) => {
                $callback!($($name),+);
            };
        }
        #[allow(unused_imports)]
        pub(crate) use with_every_id;
    };
}

/// What every id looks like in the OpenAPI document: the same as a bare `Uuid` field.
fn uuid_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid)))
        .into()
}

id_types! {
    /// A workspace (tenant): everything else belongs to exactly one.
    WorkspaceId,
    /// A user account.
    UserId,
    /// A candidate.
    CandidateId,
    /// A logged interview.
    InterviewId,
    /// A gaffe logged against an interview.
    GaffeId,
    /// A recovery plan.
    PlanId,
    /// A step of a recovery plan.
    StepId,
    /// A lesson kept from a recovery plan.
    LessonId,
    /// An event in the outbox.
    EventId,
    /// A registered webhook endpoint.
    WebhookEndpointId,
    /// One delivery of an event to a webhook endpoint.
    DeliveryId,
    /// A registered API client (OAuth client).
    ApiClientId,
    /// An allowed browser origin (CORS).
    CorsOriginId,
    /// An inbound ATS webhook receiver.
    InboundReceiverId,
    /// A refresh token.
    RefreshTokenId,
    /// A sign-in session (the refresh-token family its tokens share).
    SessionId,
    /// A calendar feed: a revocable subscription URL for one recovery plan.
    CalendarFeedId,
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a";

    #[test]
    fn serde_writes_and_reads_the_bare_uuid_string() {
        let id: InterviewId = TEXT.parse().unwrap();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{TEXT}\""));
        assert_eq!(serde_json::from_str::<InterviewId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<InterviewId>("\"not-a-uuid\"").is_err());
    }

    #[test]
    fn serde_error_for_a_bad_id_is_the_uuid_one() {
        // The HTTP layer words "expected UUID" as "a valid identifier (UUID)"; the newtype keeps that message.
        let typed = serde_json::from_str::<CandidateId>("42")
            .unwrap_err()
            .to_string();
        let bare = serde_json::from_str::<Uuid>("42").unwrap_err().to_string();
        assert_eq!(typed, bare);
    }

    #[test]
    fn display_and_from_str_round_trip_the_hyphenated_form() {
        let id = CandidateId::from_str(TEXT).unwrap();
        assert_eq!(id.to_string(), TEXT);
        assert_eq!(Uuid::from(id), Uuid::parse_str(TEXT).unwrap());
        assert_eq!(CandidateId::from_uuid(id.as_uuid()), id);
        assert!("01936f90".parse::<CandidateId>().is_err());
    }

    #[test]
    fn new_ids_are_version_7_and_increase() {
        let (first, second) = (PlanId::new_v7(), PlanId::new_v7());
        assert_eq!(first.as_uuid().get_version_num(), 7);
        assert!(first < second);
    }

    #[test]
    fn schema_is_the_same_as_a_bare_uuid() {
        #[derive(utoipa::ToSchema)]
        #[allow(dead_code)]
        struct Bare {
            id: Uuid,
        }
        let typed = serde_json::to_value(<GaffeId as utoipa::PartialSchema>::schema()).unwrap();
        let bare = serde_json::to_value(<Bare as utoipa::PartialSchema>::schema()).unwrap();
        assert_eq!(typed, bare["properties"]["id"]);
        assert_eq!(
            typed,
            serde_json::json!({"type": "string", "format": "uuid"})
        );
    }
}
