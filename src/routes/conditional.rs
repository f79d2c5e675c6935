//! Optimistic concurrency: `ETag` out, `If-Match` in.

use actix_web::http::header;
use actix_web::HttpRequest;

use crate::error::ApiError;

/// `ETag: "<version>"`.
pub fn etag(version: i32) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// The version named by `If-Match`, if the header is present. `*` matches any version. Accepts weak tags too, since
/// proxies may weaken them.
pub fn if_match(req: &HttpRequest) -> Result<Option<i32>, ApiError> {
    let Some(value) = req.headers().get(header::IF_MATCH) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or("").trim();
    if text == "*" {
        return Ok(None);
    }
    let tag = text.strip_prefix("W/").unwrap_or(text);
    tag.trim_matches('"').parse::<i32>().map(Some).map_err(|_| {
        ApiError::invalid(
            "If-Match",
            "must be an ETag from a previous response, such as \"3\"",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn if_match_accepts_strong_weak_and_star() {
        let parse = |value: &str| {
            if_match(
                &TestRequest::default()
                    .insert_header((header::IF_MATCH, value))
                    .to_http_request(),
            )
        };
        assert_eq!(parse("\"3\"").unwrap(), Some(3));
        assert_eq!(parse("W/\"4\"").unwrap(), Some(4));
        assert_eq!(parse("*").unwrap(), None);
        assert!(parse("\"abc\"").is_err());
        assert_eq!(
            if_match(&TestRequest::default().to_http_request()).unwrap(),
            None
        );
    }
}
