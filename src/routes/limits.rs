//! Schemas of the request fields whose limits are service rules. Each states its limit from the constant that
//! validation checks, so the document and the 400 naming the field cannot disagree: utoipa's `max_items = …` and
//! `maximum = …` take only literals, which would restate the constants. Used with `#[schema(schema_with = …)]`,
//! which replaces the field's schema whole, so each function also writes the field's description. (Query
//! parameters keep their literal limits: `#[param(schema_with = …)]` would drop the parameter's description and
//! example; tests/api/openapi.rs checks those against the constants instead.)

use rebound_domain::bounded::RedirectUri;
use rebound_domain::SelfRating;
use rebound_service::api_clients::{DEFAULT_ROTATION_GRACE, MAX_ROTATION_GRACE};
use rebound_service::auth::oauth::MAX_REDIRECT_URIS;
use rebound_service::interviews::DURATION_MINUTES;
use utoipa::openapi::schema::{
    ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::{Array, Object, Ref, RefOr, Schema};
use utoipa::ToSchema;

/// A list of at most `MAX` items of the component `T`.
pub fn up_to<T: ToSchema, const MAX: usize>() -> Array {
    list_of::<T>(MAX, format!("Up to {MAX}."))
}

fn list_of<T: ToSchema>(max: usize, description: String) -> Array {
    ArrayBuilder::new()
        .items(RefOr::<Schema>::Ref(Ref::from_schema_name(T::name())))
        .max_items(Some(max))
        .description(Some(description))
        .build()
}

fn integer(format: KnownFormat, min: u64, max: u64) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(SchemaFormat::KnownFormat(format)))
        .minimum(Some(min as f64))
        .maximum(Some(max as f64))
}

/// An interview's length in minutes, optional.
pub fn duration_minutes() -> Object {
    let (min, max) = (*DURATION_MINUTES.start(), *DURATION_MINUTES.end());
    integer(KnownFormat::Int32, min.into(), max.into())
        .schema_type(SchemaType::from_iter([Type::Integer, Type::Null]))
        .description(Some(format!("{min}–{max} minutes.")))
        .build()
}

/// The candidate's own rating of the interview.
pub fn self_rating() -> Object {
    let (min, max) = (SelfRating::MIN, SelfRating::MAX);
    integer(KnownFormat::Int64, min.into(), max.into())
        .description(Some(format!(
            "How it felt right afterwards: {min} (disaster) to {max} (great)."
        )))
        .build()
}

/// The redirect URIs of a public client.
pub fn redirect_uris() -> Array {
    let mut list = list_of::<RedirectUri>(
        MAX_REDIRECT_URIS,
        format!(
            "Public clients only, and required for them: 1–{MAX_REDIRECT_URIS} URIs the sign-in page may send \
             users back to, compared exactly. Each is an absolute `https` URL, or `http` on a loopback host \
             (`127.0.0.1`, `localhost`, `[::1]`), without a fragment, at most {} characters.",
            RedirectUri::MAX
        ),
    );
    list.schema_type = SchemaType::from_iter([Type::Array, Type::Null]);
    list
}

/// How long a rotated-out client secret keeps working.
pub fn rotation_grace_seconds() -> Object {
    let (max, default) = (
        MAX_ROTATION_GRACE.as_secs(),
        DEFAULT_ROTATION_GRACE.as_secs(),
    );
    integer(KnownFormat::Int64, 0, max)
        .schema_type(SchemaType::from_iter([Type::Integer, Type::Null]))
        .description(Some(format!(
            "How long the old secret keeps working, 0–{max} seconds ({} days); default {default} ({} hours). Send \
             0 after a leak to cut the old secret off at once.",
            max / 86_400,
            default / 3_600
        )))
        .build()
}
