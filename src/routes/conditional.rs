//! Optimistic concurrency: `ETag` out, `If-Match` in.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpRequest};
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::Required;
use utoipa::IntoParams;

use crate::error::{ApiError, ServiceError};

/// What [`IfMatch::version`] reads without a 400, as the document states it: `*`, or an ETag of a response
/// (quoted, or bare as some clients send it). Weak tags are understood too, and never match.
pub const IF_MATCH_PATTERN: &str = "^(\\*|\"[0-9]{1,9}\"|[0-9]{1,9})$";

/// The `If-Match` header of a change (RFC 9110 §13.1.1), taken by every handler that changes or deletes a versioned
/// resource. It is read when the handler asks for [`IfMatch::version`], after its scope check, so a caller
/// without the scope hears 403 whatever the header says.
#[derive(Debug, Clone, Default)]
pub struct IfMatch(Option<HeaderValue>);

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(IfMatch(req.headers().get(header::IF_MATCH).cloned())))
    }
}

impl IntoParams for IfMatch {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let schema = ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(IF_MATCH_PATTERN));
        vec![ParameterBuilder::new()
            .name("If-Match")
            .parameter_in(ParameterIn::Header)
            .required(Required::False)
            .description(Some(
                "The ETag of the version you read. When it is no longer the current one, nothing changes and \
                 the answer is 412; without it (or with `*`), the change applies to whatever is current.",
            ))
            .schema(Some(schema))
            .build()]
    }
}

impl IfMatch {
    /// The version the header names, if it is present; see [`if_match`].
    pub fn version(&self) -> Result<Option<i32>, ApiError> {
        if_match(self.0.as_ref())
    }
}

/// `ETag: "<version>"`.
pub fn etag(version: i32) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// The version named by `If-Match`, if the header is present; `*` matches any version. `If-Match` uses strong
/// comparison (RFC 9110 §13.1.1): a weak tag (`W/"3"`) never matches, so it is a 412 whatever the current
/// version. A bare version (`3`, not an entity tag) is read as the tag `"3"`, as clients that drop the quotes
/// mean it; anything else is a 400.
fn if_match(value: Option<&HeaderValue>) -> Result<Option<i32>, ApiError> {
    let Some(value) = value else {
        return Ok(None);
    };
    let malformed = || {
        ApiError::invalid(
            "If-Match",
            "must be an ETag from a previous response, such as \"3\"",
        )
    };
    let text = value.to_str().map_err(|_| malformed())?.trim();
    if text == "*" {
        return Ok(None);
    }
    let mut strong = Vec::new();
    for tag in text.split(',').map(str::trim) {
        if let Some(weak) = tag.strip_prefix("W/") {
            quoted_version(weak).ok_or_else(malformed)?;
        } else {
            strong.push(quoted_version(tag).ok_or_else(malformed)?);
        }
    }
    match strong.as_slice() {
        [] => Err(ApiError::Service(ServiceError::PreconditionFailed)),
        [version] => Ok(Some(*version)),
        _ => Err(ApiError::invalid(
            "If-Match",
            "must name one ETag: the version you read",
        )),
    }
}

/// `"3"` (or a bare `3`) → 3.
fn quoted_version(tag: &str) -> Option<i32> {
    let digits = match tag.strip_prefix('"') {
        Some(rest) => rest.strip_suffix('"')?,
        None => tag,
    };
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn if_match_compares_strongly_and_refuses_what_is_not_an_etag() {
        let parse = |value: &str| {
            let req = TestRequest::default()
                .insert_header((header::IF_MATCH, value))
                .to_http_request();
            IfMatch::extract(&req).into_inner().unwrap().version()
        };
        assert_eq!(parse("\"3\"").unwrap(), Some(3));
        assert!(matches!(
            parse("W/\"4\""),
            Err(ApiError::Service(ServiceError::PreconditionFailed))
        ));
        assert!(matches!(parse("W/\"4\", \"5\""), Ok(Some(5))));
        assert_eq!(
            parse("4").unwrap(),
            Some(4),
            "a bare version is read as its tag"
        );
        assert!(matches!(
            parse("4\""),
            Err(ApiError::Service(ServiceError::Validation(_)))
        ));
        assert!(matches!(
            parse("+4"),
            Err(ApiError::Service(ServiceError::Validation(_)))
        ));
        assert!(matches!(
            parse("\"4\", \"5\""),
            Err(ApiError::Service(ServiceError::Validation(_)))
        ));
        assert_eq!(parse("*").unwrap(), None);
        assert!(parse("\"abc\"").is_err());
        let without = TestRequest::default().to_http_request();
        assert_eq!(
            IfMatch::extract(&without)
                .into_inner()
                .unwrap()
                .version()
                .unwrap(),
            None
        );
    }
}
