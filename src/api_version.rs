//! Which dated API version a request gets (see `rebound_domain::versions`): the one its `Rebound-Version` header
//! names, else the one its token was issued under (the API client's pin), else the current one. Every `/v1`
//! response says which it got in `Rebound-Version`; a version on its way out adds `Deprecation` (RFC 9745) and
//! `Sunset` (RFC 8594).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest};
use rebound_domain::versions::ApiVersion;
use rebound_service::auth::jwt::VerifiedToken;
use rebound_service::auth::Principal;
use rebound_service::validation::API_VERSION_SHAPE;

use crate::error::ApiError;

/// The request and response header that names an API version.
pub const HEADER: HeaderName = HeaderName::from_static("rebound-version");

/// The version a request named in `Rebound-Version`, kept for the handler once the middleware has read it.
#[derive(Debug, Clone, Copy)]
struct Requested(ApiVersion);

/// The version `req` gets, with `principal` its authenticated caller (when the handler has one).
pub fn effective(req: &HttpRequest, principal: Option<&Principal>) -> ApiVersion {
    req.extensions()
        .get::<Requested>()
        .map(|requested| requested.0)
        .or_else(|| principal.and_then(|principal| principal.api_version))
        .unwrap_or(ApiVersion::CURRENT)
}

/// A list's `updated_after` bound as the caller's version reads it: inclusive from 2026-12-07; before, strictly
/// after, which one microsecond later (PostgreSQL's precision) says exactly.
pub fn updated_after_bound(
    req: &HttpRequest,
    principal: &Principal,
    bound: Option<chrono::DateTime<chrono::Utc>>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    let inclusive = effective(req, Some(principal)).includes(ApiVersion::V2026_12_07);
    bound.map(|at| {
        if inclusive {
            at
        } else {
            at + chrono::Duration::microseconds(1)
        }
    })
}

/// Middleware for `/v1`: a malformed `Rebound-Version` is a 400 naming it; every answer states the version it was
/// made under.
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !req.path().starts_with("/v1/") {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    if let Some(value) = req.headers().get(&HEADER) {
        match value.to_str().ok().and_then(ApiVersion::for_date) {
            Some(version) => {
                req.extensions_mut().insert(Requested(version));
            }
            None => {
                let error = ApiError::invalid("Rebound-Version", API_VERSION_SHAPE);
                let mut response = req.error_response(error).map_into_boxed_body();
                state_version(response.headers_mut(), ApiVersion::CURRENT);
                return Ok(response);
            }
        }
    }
    let mut response = next.call(req).await?.map_into_boxed_body();
    // The token was verified (once) by the rate limiter or the handler, which keep it in the request's extensions.
    let token = response
        .request()
        .extensions()
        .get::<VerifiedToken>()
        .cloned();
    let version = effective(response.request(), token.as_ref().map(|t| &t.principal));
    state_version(response.headers_mut(), version);
    Ok(response)
}

/// `Rebound-Version`, and for a retiring version `Deprecation` and `Sunset`.
fn state_version(headers: &mut actix_web::http::header::HeaderMap, version: ApiVersion) {
    headers.insert(HEADER, HeaderValue::from_static(version.as_str()));
    if let Some(retirement) = version.retirement() {
        // RFC 9745: a structured-field date, `@` and Unix seconds. RFC 8594: an HTTP-date.
        let deprecation = format!("@{}", retirement.deprecated_at.timestamp());
        let sunset = retirement
            .sunset_at
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        for (name, value) in [("deprecation", deprecation), ("sunset", sunset)] {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(HeaderName::from_static(name), value);
            }
        }
    }
}
