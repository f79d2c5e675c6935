//! Request extractors that fail with problem+json naming the offending field.
//!
//! actix's own `web::Json` and `web::Query` report serde's text without the path of the field; these use
//! `serde_path_to_error` so a client learns *which* field is wrong (`interviewers[2].email`), in our words.

use std::ops::Deref;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use futures_util::future::LocalBoxFuture;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{ApiError, FieldError, ServiceError};

/// SHA-256 (hex) of the JSON body a [`Json`] extractor read, kept in the request's extensions so an
/// `Idempotency-Key` can tell a replay from a different request.
#[derive(Debug, Clone)]
pub struct BodyDigest(pub String);

/// Largest JSON body accepted, installed as app data at start.
#[derive(Debug, Clone, Copy)]
pub struct JsonLimit(pub usize);

/// A JSON request body of type `T`. Requires a JSON content type (415), respects [`JsonLimit`] (413), and turns
/// every deserialisation failure into a 400 naming the field.
#[derive(Debug)]
pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = JsonBody::new(req, payload);
        Box::pin(async move { body.parse(parse_json).await.map(Json) })
    }
}

/// A JSON body in another system's shape (an ATS's export), parsed like [`Json`] except that a NUL character is
/// not refused wherever it appears: such bodies carry data Rebound ignores, and a NUL there must not sink the
/// request. The caller checks the text it keeps (`domain::ats::field_with_nul`).
#[derive(Debug)]
pub struct ForeignJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ForeignJson<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = JsonBody::new(req, payload);
        Box::pin(async move { body.parse(parse_json_as_is).await.map(ForeignJson) })
    }
}

/// An optional JSON body: no body at all (zero bytes), or a JSON `null` (which is how generated clients and the
/// OpenAPI document's `oneOf: [Body, null]` spell "no body"), is `None`; anything else must be JSON (415 otherwise)
/// and is parsed like [`Json`], naming the offending field on failure. A body of only whitespace is neither: it is
/// not JSON, so it is a 400 like any other malformed body rather than a silent "use the defaults".
#[derive(Debug)]
pub struct OptionalJson<T>(pub Option<T>);

impl<T> OptionalJson<T> {
    pub fn into_inner(self) -> Option<T> {
        self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for OptionalJson<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = JsonBody::new(req, payload);
        Box::pin(async move {
            let content_type_ok = body.content_type_ok;
            let req = body.req.clone();
            let bytes = body.read().await?;
            if bytes.is_empty() || (content_type_ok && bytes.trim_ascii() == b"null") {
                // No body means the defaults, exactly as `{}` does: a retry that adds or drops an empty object
                // under the same Idempotency-Key is the same request.
                let defaults = serde_json::Value::Object(serde_json::Map::new());
                req.extensions_mut()
                    .insert(BodyDigest(canonical_digest(&defaults)));
                return Ok(OptionalJson(None));
            }
            if !content_type_ok {
                return Err(unsupported_media_type());
            }
            parse_json(&bytes).map(|value| OptionalJson(Some(value)))
        })
    }
}

fn unsupported_media_type() -> ApiError {
    ApiError::UnsupportedMediaType {
        expected: "application/json",
    }
}

/// What the JSON extractors need from the request before reading its body.
struct JsonBody {
    req: HttpRequest,
    payload: Payload,
    limit: usize,
    declared_length: Option<usize>,
    content_type_ok: bool,
}

impl JsonBody {
    fn new(req: &HttpRequest, payload: &mut Payload) -> Self {
        Self {
            limit: req.app_data::<JsonLimit>().map_or(64 * 1024, |l| l.0),
            declared_length: declared_length(req),
            content_type_ok: is_json_content_type(req),
            payload: payload.take(),
            req: req.clone(),
        }
    }

    /// A body that must be JSON (415 otherwise), read and then parsed with `parse`.
    async fn parse<T>(self, parse: fn(&[u8]) -> Result<T, ApiError>) -> Result<T, ApiError> {
        if !self.content_type_ok {
            return Err(unsupported_media_type());
        }
        parse(&self.read().await?)
    }

    /// Reads the body within the limit and records its digest for `Idempotency-Key`.
    async fn read(mut self) -> Result<Vec<u8>, ApiError> {
        let bytes = read_body(&mut self.payload, self.declared_length, self.limit).await?;
        self.req
            .extensions_mut()
            .insert(BodyDigest(body_digest(&bytes)));
        Ok(bytes)
    }
}

/// The path of the first string (or key) holding a NUL character: PostgreSQL text cannot store one, so it is
/// refused at the edge for every field, validated or not.
fn nul_path(value: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(text) if text.contains('\0') => Some(path),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| nul_path(item, format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            let field = if path.is_empty() {
                key.replace('\0', "\\0")
            } else {
                format!("{path}.{}", key.replace('\0', "\\0"))
            };
            if key.contains('\0') {
                Some(field)
            } else {
                nul_path(item, field)
            }
        }),
        _ => None,
    }
}

/// SHA-256 of the body's canonical JSON (keys sorted, no insignificant whitespace), so a client that
/// re-serialises the same request before retrying is still recognised.
fn canonical_digest(value: &serde_json::Value) -> String {
    let mut canonical = String::new();
    write_canonical(value, &mut canonical);
    rebound_service::auth::secrets::credential_hash(&canonical)
}

/// The digest of a JSON body given as bytes (raw bytes when it is not JSON).
fn body_digest(bytes: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(bytes).map_or_else(
        |_| rebound_service::auth::secrets::credential_hash_bytes(bytes),
        |value| canonical_digest(&value),
    )
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(item, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// The `Content-Length` the client declared, if any.
pub fn declared_length(req: &HttpRequest) -> Option<usize> {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
}

/// Reads the whole body, refusing more than `limit` bytes without buffering them.
pub async fn read_body(
    payload: &mut Payload,
    declared_length: Option<usize>,
    limit: usize,
) -> Result<Vec<u8>, ApiError> {
    if declared_length.is_some_and(|length| length > limit) {
        return Err(ApiError::PayloadTooLarge { limit });
    }
    let mut body = Vec::with_capacity(declared_length.unwrap_or(1024).min(limit));
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|_| ApiError::MalformedJson("the body could not be read".into()))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// True when the request declares `application/json` or a `+json` type.
pub fn is_json_content_type(req: &HttpRequest) -> bool {
    media_type(req).is_some_and(|m| {
        m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
    })
}

/// The request's media type, lowercased, without parameters.
pub fn media_type(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(
        value
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// JSON Schema counts `3654.0` as an integer (a number with a zero fractional part), so the document's `type:
/// integer` fields accept it: the body again with such numbers written as integers, when it has any. Only bodies
/// with a digit followed by `.`, `e` or `E` pay for the walk.
fn integral_floats_as_integers(body: &[u8]) -> Option<Vec<u8>> {
    use serde_json::{Number, Value};
    fn walk(value: &mut Value) -> bool {
        match value {
            Value::Number(number) if number.is_f64() => {
                let float = number.as_f64().unwrap_or(f64::NAN);
                // Within ±2^53 every integer is exact as a float, so nothing is rounded into range.
                if float.fract() == 0.0 && float.abs() <= 9_007_199_254_740_992.0 {
                    *value = Value::Number(Number::from(float as i64));
                    return true;
                }
                false
            }
            Value::Array(items) => items.iter_mut().fold(false, |changed, v| walk(v) | changed),
            Value::Object(members) => members
                .values_mut()
                .fold(false, |changed, v| walk(v) | changed),
            _ => false,
        }
    }
    let maybe = body
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], b'.' | b'e' | b'E'));
    if !maybe {
        return None;
    }
    let mut value = serde_json::from_slice::<Value>(body).ok()?;
    if !walk(&mut value) {
        return None;
    }
    serde_json::to_vec(&value).ok()
}

/// Parses JSON into `T`, mapping failures to [`ApiError::MalformedJson`] or a field-level validation error.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    // A NUL can only arrive as the escape `\u0000`; only a body that has one pays for the walk.
    if body.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")) {
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) {
            if let Some(path) = nul_path(&value, String::new()) {
                return Err(ApiError::invalid(
                    path_or_body(&path),
                    "must not contain NUL characters",
                ));
            }
        }
    }
    parse_json_as_is(body)
}

/// [`parse_json`] without the NUL check.
fn parse_json_as_is<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    // serde reads a struct from a JSON array too (`[null, null]` fills fields by position); every body this
    // service takes is an object, as the document says.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(ApiError::invalid("body", "must be a JSON object"));
    }
    let normalized = integral_floats_as_integers(body);
    let body = normalized.as_deref().unwrap_or(body);
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        match inner.classify() {
            // serde_json reports some type mismatches as syntax errors (a number where an enum's string belongs
            // is "expected value"): when the body is valid JSON, the fault is the field's value, so name it.
            serde_json::error::Category::Syntax
                if !path.is_empty()
                    && path != "."
                    && serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok() =>
            {
                ApiError::Service(ServiceError::Validation(vec![FieldError::new(
                    path,
                    "has the wrong type",
                )]))
            }
            serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof
            | serde_json::error::Category::Io => {
                ApiError::MalformedJson(format!("line {}, column {}", inner.line(), inner.column()))
            }
            serde_json::error::Category::Data => {
                let message = inner.to_string();
                // serde_json appends " at line L column C"; the field path says more.
                let message = message.split(" at line ").next().unwrap_or(&message);
                ApiError::Service(ServiceError::Validation(vec![field_error(&path, message)]))
            }
        }
    })?;
    // One JSON document and nothing after it: `{"a":1} junk` or two concatenated documents are not a body this
    // service can answer for, so neither is half-read.
    deserializer.end().map_err(|error| {
        ApiError::MalformedJson(format!(
            "unexpected data after the JSON value at line {}, column {}",
            error.line(),
            error.column()
        ))
    })?;
    Ok(value)
}

/// Query parameters of type `T`, failing with a 400 that names the parameter.
#[derive(Debug)]
pub struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Query<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(parse_query(req.query_string()).map(Query))
    }
}

/// The query of an operation that takes no query parameters: any parameter is refused (400 naming it), so a
/// client's typo or a filter the operation does not have never silently answers with everything.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoQuery {}

/// Parses a URL query string into `T`.
pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    reject_nul(query.as_bytes())?;
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded_parse(query.as_bytes()));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let message = error.into_inner().to_string();
        ApiError::Service(ServiceError::Validation(vec![field_error(&path, &message)]))
    })
}

/// Parses a form-encoded body into `T`, naming the field on failure.
pub fn parse_form<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let errors = rebound_service::validation::nul_in_read_fields(
        form_urlencoded_parse(body).map(|(name, value)| (name.into_owned(), value.into_owned())),
        struct_fields::<T>(),
    );
    if !errors.is_empty() {
        return Err(ApiError::Service(ServiceError::Validation(errors)));
    }
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded_parse(body));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let message = error.into_inner().to_string();
        ApiError::Service(ServiceError::Validation(vec![field_error(&path, &message)]))
    })
}

/// PostgreSQL text cannot hold NUL, and no field of this API has a use for it: a NUL in any decoded name or value
/// of a query string is a 400 naming the field, before it can reach the database (forms: [`nul_in_read_fields`]).
fn reject_nul(input: &[u8]) -> Result<(), ApiError> {
    let errors: Vec<FieldError> = form_urlencoded_parse(input)
        .filter(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| {
            FieldError::new(name.replace('\0', "\\0"), "must not contain NUL characters")
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Service(ServiceError::Validation(errors)))
    }
}

/// The field names a struct deserialises, as its `Deserialize` impl announces them (empty for anything that is
/// not a plain struct): asks the impl to deserialise from a deserializer that only records the names.
pub fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};

    struct FieldNames(&'static [&'static str]);
    #[derive(Debug)]
    struct Recorded;
    impl std::fmt::Display for Recorded {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names recorded")
        }
    }
    impl std::error::Error for Recorded {}
    impl de::Error for Recorded {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Recorded
        }
    }
    impl<'de> de::Deserializer<'de> for &mut FieldNames {
        type Error = Recorded;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Recorded> {
            Err(Recorded)
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Recorded> {
            self.0 = fields;
            Err(Recorded)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    let mut names = FieldNames(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

fn form_urlencoded_parse(input: &[u8]) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(input)
}

/// Rewrites a serde message about the value at `path` in our own words, naming the field.
pub fn field_error(path: &str, serde_message: &str) -> FieldError {
    let path = if path == "." { "" } else { path };
    let join = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(name) = between(serde_message, "missing field `", "`") {
        return FieldError::new(join(name), "is required");
    }
    if let Some(name) = between(serde_message, "unknown field `", "`") {
        // For unknown fields the path already ends at the field itself.
        let field = if path.is_empty() {
            name.to_string()
        } else {
            path.to_string()
        };
        return FieldError::new(field, "is not a recognised field");
    }
    if serde_message.starts_with("unknown variant") {
        let allowed = serde_message
            .split_once("expected ")
            .map(|(_, rest)| {
                // serde says "one of `a`, `b`, `c`" for three or more and "`a` or `b`" for two.
                rest.replace("one of ", "")
                    .replace("` or `", "`, `")
                    .replace('`', "")
            })
            .unwrap_or_default();
        return FieldError::new(path_or_body(path), format!("must be one of: {allowed}"));
    }
    if serde_message.starts_with("invalid value: integer") {
        if let Some((_, expected)) = serde_message.split_once(", expected ") {
            let range = match expected.trim() {
                "u8" => " from 0 to 255",
                "u16" => " from 0 to 65535",
                "u32" => " from 0 to 4294967295",
                _ => "",
            };
            return FieldError::new(path_or_body(path), format!("must be a whole number{range}"));
        }
    }
    if serde_message.contains("premature end of input")
        || serde_message.contains("input contains invalid characters")
        || serde_message.contains("input is out of range")
        || serde_message.contains("trailing input")
    {
        return FieldError::new(
            path_or_body(path),
            "must be an RFC 3339 date-time such as 2026-11-25T09:30:00Z",
        );
    }
    // A field that cannot be cleared (a PATCH) or must be given (a create) sent as `null`: say so, not just its type.
    if let Some(expected) = serde_message.strip_prefix("invalid type: null, expected ") {
        return FieldError::new(
            path_or_body(path),
            format!("must be {}, not null", describe_expected(expected)),
        );
    }
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if serde_message.starts_with(prefix) {
            if let Some((_, expected)) = serde_message.split_once(", expected ") {
                return FieldError::new(
                    path_or_body(path),
                    format!("must be {}", describe_expected(expected)),
                );
            }
        }
    }
    if serde_message.contains("invalid digit") || serde_message.contains("number too large") {
        return FieldError::new(path_or_body(path), "must be a whole number in range");
    }
    if serde_message.starts_with("UUID parsing failed")
        || serde_message.contains("invalid character")
    {
        return FieldError::new(path_or_body(path), "must be a valid identifier (UUID)");
    }
    FieldError::new(path_or_body(path), "has an invalid value")
}

fn path_or_body(path: &str) -> String {
    if path.is_empty() {
        "body".to_string()
    } else {
        path.to_string()
    }
}

/// Turns serde's "expected" phrase into a client-facing one.
fn describe_expected(expected: &str) -> String {
    let expected = expected.trim();
    match expected {
        "a string" | "a borrowed string" => "a string".to_string(),
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" | "isize" => {
            "a whole number".into()
        }
        "f32" | "f64" => "a number".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "an array".into(),
        "UUID" => "a valid identifier (UUID)".into(),
        other if other.starts_with("struct ") || other.starts_with("a map") => "an object".into(),
        other if other.contains("RFC 3339") => {
            "an RFC 3339 date-time such as 2026-11-25T09:30:00Z".into()
        }
        other => other.replace('`', ""),
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// Turns a failed path parameter (an id that is not a UUID) into a 400 naming the parameter.
pub fn path_error(_error: actix_web::error::PathError, req: &HttpRequest) -> actix_web::Error {
    let errors: Vec<FieldError> = req
        .match_info()
        .iter()
        .filter(|(name, value)| name.ends_with("id") && uuid::Uuid::parse_str(value).is_err())
        .map(|(name, _)| FieldError::new(name, "must be a valid identifier (UUID)"))
        .collect();
    if errors.is_empty() {
        ApiError::invalid("path", "has an invalid value").into()
    } else {
        ApiError::Service(ServiceError::Validation(errors)).into()
    }
}

/// Gives actix's own `web::Query` (used by generated routes such as Swagger UI's) the same problem shape.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|error, _| {
        let message = error.to_string();
        ApiError::Service(ServiceError::Validation(vec![field_error("", &message)])).into()
    })
}

/// For PATCH bodies: a field that may be left out (`None`, leave as is) but cannot be cleared, so an explicit `null`
/// is refused like any other value of the wrong type (400 naming the field) instead of being taken as "no change".
/// Use with `#[serde(default, deserialize_with = "crate::extract::not_null")]` and `#[schema(nullable = false)]`.
pub fn not_null<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// For PATCH bodies: tells an absent field (`None`, leave as is) from an explicit `null` (`Some(None)`, clear it).
/// Use with `#[serde(default, deserialize_with = "crate::extract::nullable")]`.
pub fn nullable<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Person {
        name: String,
        age: u8,
        role: Option<Kind>,
        friends: Option<Vec<Person>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Owner,
        Coach,
    }

    fn first_error(body: &str) -> FieldError {
        match parse_json::<Person>(body.as_bytes()).unwrap_err() {
            ApiError::Service(ServiceError::Validation(errors)) => errors[0].clone(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_body_is_an_object_never_an_array_filling_fields_by_position() {
        let Err(ApiError::Service(ServiceError::Validation(errors))) =
            parse_json::<Person>(br#" ["Jo", 42, null, null]"#)
        else {
            panic!("an array is no object");
        };
        assert_eq!(errors[0].field, "body");
    }

    #[test]
    fn integral_floats_are_integers_as_json_schema_says() {
        let person: Person = parse_json(br#"{"name": "Jo 1.5", "age": 42.0}"#).unwrap();
        assert_eq!(person.age, 42);
        let person: Person = parse_json(br#"{"name": "Jo", "age": 4.2e1}"#).unwrap();
        assert_eq!(person.age, 42);
        let Err(ApiError::Service(ServiceError::Validation(errors))) =
            parse_json::<Person>(br#"{"name": "Jo", "age": 42.5}"#)
        else {
            panic!("a fraction is no whole number");
        };
        assert_eq!(errors[0].field, "age");
        let Err(ApiError::Service(ServiceError::Validation(errors))) =
            parse_json::<Person>(br#"{"name": "Jo", "age": 1e300}"#)
        else {
            panic!("out of range");
        };
        assert_eq!(errors[0].field, "age");
    }

    #[test]
    fn a_missing_field_is_named() {
        assert_eq!(
            first_error(r#"{"age": 3}"#),
            FieldError::new("name", "is required")
        );
    }

    #[test]
    fn a_wrong_type_deep_in_the_body_is_named_by_its_path() {
        let error = first_error(r#"{"name":"a","age":3,"friends":[{"name":"b","age":"old"}]}"#);
        assert_eq!(error.field, "friends[0].age");
        assert_eq!(error.message, "must be a whole number");
    }

    #[test]
    fn an_unknown_enum_value_lists_the_allowed_ones() {
        let error = first_error(r#"{"name":"a","age":3,"role":"boss"}"#);
        assert_eq!(error.field, "role");
        assert_eq!(error.message, "must be one of: owner, coach");
    }

    #[test]
    fn unknown_fields_are_named() {
        let error = first_error(r#"{"name":"a","age":3,"nmae":"x"}"#);
        assert_eq!(error.field, "nmae");
        let nested =
            first_error(r#"{"name":"a","age":3,"friends":[{"name":"b","age":1,"agee":2}]}"#);
        assert_eq!(nested.field, "friends[0].agee");
    }

    #[test]
    fn the_same_json_written_differently_has_one_digest() {
        assert_eq!(
            body_digest(br#"{"a": 1, "b": [true, {"d": null, "c": "x"}]}"#),
            body_digest(br#"{"b":[true,{"c":"x","d":null}],"a":1}"#)
        );
        assert_ne!(body_digest(br#"{"a": 1}"#), body_digest(br#"{"a": 2}"#));
    }

    #[test]
    fn dates_and_out_of_range_numbers_get_their_own_messages() {
        assert_eq!(
            field_error("occurred_after", "input contains invalid characters").message,
            "must be an RFC 3339 date-time such as 2026-11-25T09:30:00Z"
        );
        assert_eq!(
            field_error("self_rating", "invalid value: integer `300`, expected u8").message,
            "must be a whole number from 0 to 255"
        );
    }

    #[test]
    fn broken_json_is_malformed_not_a_validation_error() {
        assert!(matches!(
            parse_json::<Person>(b"{\"name\": "),
            Err(ApiError::MalformedJson(_))
        ));
    }

    #[test]
    fn data_after_the_json_document_is_malformed() {
        for body in [
            r#"{"name":"a","age":1} junk"#,
            r#"{"name":"a","age":1}{"name":"b","age":2}"#,
        ] {
            assert!(matches!(
                parse_json::<Person>(body.as_bytes()),
                Err(ApiError::MalformedJson(_))
            ));
        }
        assert!(parse_json::<Person>(b"{\"name\":\"a\",\"age\":1}\n  ").is_ok());
    }

    #[test]
    fn a_nul_in_a_query_or_form_value_is_refused_naming_the_field() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Filter {
            company: Option<String>,
        }
        for parsed in [
            parse_query::<Filter>("company=a%00b").map(|_| ()),
            parse_form::<Filter>(b"company=%00").map(|_| ()),
        ] {
            match parsed {
                Err(ApiError::Service(ServiceError::Validation(errors))) => {
                    assert_eq!(errors[0].field, "company");
                    assert_eq!(errors[0].message, "must not contain NUL characters");
                }
                other => panic!("expected a validation error, got {other:?}"),
            }
        }
        assert!(parse_query::<Filter>("company=Acme%20%26%20Co").is_ok());
        // A form's unknown field is ignored, whatever it holds; a NUL in its name is still refused.
        assert!(parse_form::<Filter>(b"company=Acme&utm_source=%00").is_ok());
        assert!(matches!(
            parse_form::<Filter>(b"a%00b=1"),
            Err(ApiError::Service(ServiceError::Validation(errors))) if errors[0].field == "a\\0b"
        ));
    }

    #[test]
    fn struct_fields_lists_what_a_struct_reads() {
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Form {
            grant_type: String,
            #[serde(rename = "scope")]
            scopes: Option<String>,
        }
        assert_eq!(struct_fields::<Form>(), ["grant_type", "scope"]);
        assert!(struct_fields::<String>().is_empty());
    }

    #[test]
    fn a_nul_anywhere_in_a_json_body_is_found_with_its_path() {
        let value: serde_json::Value =
            serde_json::from_str(r#"{"a": {"b": ["ok", "x\u0000y"]}, "c": "fine"}"#).unwrap();
        assert_eq!(nul_path(&value, String::new()).as_deref(), Some("a.b[1]"));
        let clean: serde_json::Value = serde_json::from_str(r#"{"a": "\\u0000"}"#).unwrap();
        assert_eq!(nul_path(&clean, String::new()), None);
        match parse_json::<Person>(br#"{"name": "a\u0000", "age": 1}"#) {
            Err(ApiError::Service(ServiceError::Validation(errors))) => {
                assert_eq!(errors[0].field, "name")
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn query_errors_name_the_parameter() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Page {
            limit: Option<u32>,
        }
        match parse_query::<Page>("limit=lots").unwrap_err() {
            ApiError::Service(ServiceError::Validation(errors)) => {
                assert_eq!(errors[0].field, "limit")
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
