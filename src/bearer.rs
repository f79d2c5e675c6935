//! The [`Authenticated`] extractor: authenticates a request from its `Authorization: Bearer` header with the
//! [`TokenKeys`] that startup registers as app data of their own, so authenticating needs nothing else of the
//! application (and no database query).

use std::future::{ready, Ready};

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpMessage, HttpRequest};

use crate::error::{ApiError, ServiceError};
use rebound_service::auth::jwt::VerifiedToken;
use rebound_service::auth::revocations::Revocations;
use rebound_service::auth::{Principal, TokenKeys};

/// The caller of a handler, authenticated by its bearer token: a [`Principal`] (which the service layer checks
/// every access against) that only this extractor can produce from a request.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Principal);

impl std::ops::Deref for Authenticated {
    type Target = Principal;

    fn deref(&self) -> &Principal {
        &self.0
    }
}

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req).map(Authenticated))
    }
}

/// The token of an `Authorization: Bearer <token>` value.
fn bearer_token(value: &header::HeaderValue) -> Option<&str> {
    value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The caller a request's bearer token names, when it carries a valid one (signature, issuer, audience, expiry);
/// `None` otherwise. For middleware that keys on the caller before any handler runs (rate limits, CORS): it does
/// not consult revocations, which only the handler's [`Principal`] extractor enforces.
pub fn bearer_caller(headers: &header::HeaderMap, keys: &TokenKeys) -> Option<Principal> {
    let token = bearer_token(headers.get(header::AUTHORIZATION)?)?;
    keys.verify_token(token)
        .ok()
        .map(|verified| verified.principal)
}

/// Like [`bearer_caller`] for a whole request: the verified token is kept in the request's extensions, so the rate
/// limiter and the handler's [`Principal`] extractor check its signature once between them.
pub fn request_caller(req: &HttpRequest, keys: &TokenKeys) -> Option<Principal> {
    let value = req.headers().get(header::AUTHORIZATION)?;
    verify_once(req, keys, bearer_token(value)?)
        .ok()
        .map(|verified| verified.principal)
}

fn verify_once(
    req: &HttpRequest,
    keys: &TokenKeys,
    token: &str,
) -> Result<VerifiedToken, ApiError> {
    if let Some(verified) = req.extensions().get::<VerifiedToken>() {
        return Ok(verified.clone());
    }
    let verified = keys.verify_token(token)?;
    req.extensions_mut().insert(verified.clone());
    Ok(verified)
}

fn authenticate(req: &HttpRequest) -> Result<Principal, ApiError> {
    let keys = req
        .app_data::<web::Data<TokenKeys>>()
        .ok_or_else(|| ApiError::internal("TokenKeys missing from app data"))?;
    let value = req
        .headers()
        .get(header::AUTHORIZATION)
        .ok_or(ApiError::Service(ServiceError::Unauthorized(
            "Send an access token as `Authorization: Bearer <token>`.",
        )))?;
    let token = bearer_token(value).ok_or(ApiError::Service(ServiceError::Unauthorized(
        "The Authorization header must use the Bearer scheme.",
    )))?;
    let verified = verify_once(req, keys, token)?;
    // Apps built without the revocation cache (unit tests of the extractor) accept every valid token.
    if let Some(revocations) = req.app_data::<web::Data<Revocations>>() {
        if revocations.is_revoked(&verified) {
            return Err(ApiError::Service(ServiceError::Unauthorized(
                "The access token was revoked: signed out, password or role changed, user removed or client revoked. Get a new one.",
            )));
        }
    }
    Ok(verified.principal)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use actix_web::test::TestRequest;
    use rebound_domain::ids::{UserId, WorkspaceId};

    use super::*;
    use rebound_config::{JwtKey, JwtSettings, Secret};
    use rebound_service::auth::{Role, Subject};

    fn keys() -> TokenKeys {
        TokenKeys::new(&JwtSettings {
            issuer: "rebound".into(),
            audience: "rebound-api".into(),
            current_key: JwtKey {
                kid: "k1".into(),
                secret: Secret::new("k1-0123456789abcdefghijklmnopqrstuvwxyz"),
            },
            previous_keys: Vec::new(),
            ephemeral_key: false,
            access_token_ttl: Duration::from_secs(600),
            refresh_token_ttl: Duration::from_secs(3600),
        })
    }

    #[test]
    fn the_token_keys_alone_authenticate_a_request() {
        let keys = web::Data::new(keys());
        let principal = Principal {
            subject: Subject::User(UserId::new_v7()),
            workspace_id: WorkspaceId::new_v7(),
            role: Some(Role::Coach),
            scopes: Role::Coach.scopes(),
            api_version: None,
        };
        let token = keys.issue(&principal, None).unwrap();
        let req = TestRequest::default()
            .app_data(keys.clone())
            .insert_header((header::AUTHORIZATION, format!("Bearer {token}")))
            .to_http_request();
        assert_eq!(authenticate(&req).unwrap(), principal);

        let without_header = TestRequest::default().app_data(keys).to_http_request();
        assert!(matches!(
            authenticate(&without_header),
            Err(ApiError::Service(ServiceError::Unauthorized(_)))
        ));
    }

    #[test]
    fn without_the_token_keys_it_is_an_internal_error_not_a_401() {
        let req = TestRequest::default()
            .insert_header((header::AUTHORIZATION, "Bearer x"))
            .to_http_request();
        assert!(matches!(
            authenticate(&req),
            Err(ApiError::Service(ServiceError::Internal(_)))
        ));
    }
}
