//! Optimistic concurrency: `ETag` out, `If-Match` in.

use actix_web::http::header;
use actix_web::HttpRequest;

use crate::error::{ApiError, ServiceError};

/// `ETag: "<version>"`.
pub fn etag(version: i32) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// The version named by `If-Match`, if the header is present; `*` matches any version. `If-Match` uses strong
/// comparison (RFC 9110 §13.1.1): a weak tag (`W/"3"`) never matches, so it is a 412 whatever the current
/// version. A bare version (`3`, not an entity tag) is read as the tag `"3"`, as clients that drop the quotes
/// mean it; anything else is a 400.
pub fn if_match(req: &HttpRequest) -> Result<Option<i32>, ApiError> {
    let Some(value) = req.headers().get(header::IF_MATCH) else {
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
            if_match(
                &TestRequest::default()
                    .insert_header((header::IF_MATCH, value))
                    .to_http_request(),
            )
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
        assert_eq!(
            if_match(&TestRequest::default().to_http_request()).unwrap(),
            None
        );
    }
}
