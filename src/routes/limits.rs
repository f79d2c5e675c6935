//! Schemas of the request fields whose limits are service rules. Each states its limit from the constant that
//! validation checks, so the document and the 400 naming the field cannot disagree: utoipa's `max_items = …` and
//! `maximum = …` take only literals, which would restate the constants. Used with `#[schema(schema_with = …)]`,
//! which replaces the field's schema whole, so each function also writes the field's description. (Query
//! parameters keep their literal limits: `#[param(schema_with = …)]` would drop the parameter's description and
//! example; tests/api/openapi.rs checks those against the constants instead.)

use rebound_config::origin::{MAX_ORIGIN_LEN, ORIGIN_PATTERN};
use rebound_domain::bounded::RedirectUri;
use rebound_domain::SelfRating;
use rebound_service::api_clients::{DEFAULT_ROTATION_GRACE, MAX_ROTATION_GRACE};
use rebound_service::auth::oauth::{CODE_VERIFIER_LEN, MAX_REDIRECT_URIS};
use rebound_service::interviews::DURATION_MINUTES;
use utoipa::openapi::schema::{
    ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::{Array, Object, Ref, RefOr, Schema};
use utoipa::ToSchema;

use crate::routes::auth::MAX_REVOKED_TOKEN_LEN;

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

fn text(min: usize, max: usize, pattern: String, description: &str) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(min))
        .max_length(Some(max))
        .pattern(Some(pattern))
        .description(Some(description))
        .build()
}

/// A PKCE code verifier, optional.
pub fn code_verifier() -> Object {
    let (min, max) = (*CODE_VERIFIER_LEN.start(), *CODE_VERIFIER_LEN.end());
    let mut schema = text(
        min,
        max,
        format!("^[A-Za-z0-9._~-]{{{min},{max}}}$"),
        &format!(
            "The PKCE code verifier (RFC 7636) whose S256 challenge the authorization request carried: \
             {min}–{max} characters `A-Z a-z 0-9 - . _ ~` (`authorization_code` grant)."
        ),
    );
    schema.schema_type = SchemaType::from_iter([Type::String, Type::Null]);
    schema
}

/// The token a revocation request presents.
pub fn revoked_token() -> Object {
    // Any text is looked up (an unknown token is not an error, RFC 7009 §2.2), so the pattern only excludes NUL,
    // which every form field refuses; without it, the length limits would read as free text.
    text(
        1,
        MAX_REVOKED_TOKEN_LEN,
        "^[^\\u0000]+$".into(),
        &format!("The refresh token or access token to revoke (at most {MAX_REVOKED_TOKEN_LEN} characters)."),
    )
}

/// A browser origin a workspace registers.
pub fn cors_origin() -> Object {
    text(
        1,
        MAX_ORIGIN_LEN,
        ORIGIN_PATTERN.into(),
        "A serialized origin as browsers send it: `https://`, a lowercase host and an optional port, with no path, \
         trailing slash, query or fragment. `http://` is accepted only for `localhost`, `127.0.0.1` or `[::1]` in \
         development.",
    )
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
