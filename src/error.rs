//! The HTTP face of every error, rendered as RFC 9457 `application/problem+json`.
//!
//! Every failure a client can see goes through [`ApiError`]: use-case errors ([`ServiceError`]), actix's own
//! extractor failures, unknown routes, wrong methods, oversized bodies. The body never carries serde, diesel or SQL
//! text: internal causes are logged with the request's id and replaced by a generic sentence.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

pub use rebound_service::error::{
    ExistingResource, FieldError, OAuthErrorCode, ServiceError, CONCURRENT_UPDATE,
};

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Base of the `type` URIs; each error code gets its own.
const PROBLEM_TYPE_BASE: &str = "https://rebound.dev/problems/";

/// An RFC 9457 problem document, as every error response carries it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "https://rebound.dev/problems/validation_failed",
    "title": "The request is not valid",
    "status": 400,
    "detail": "1 field is invalid.",
    "code": "validation_failed",
    "errors": [{"field": "email", "message": "must be an e-mail address such as ada@example.com"}]
}))]
pub struct Problem {
    /// A URI naming the kind of problem; stable for a given `code`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short, human-readable summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request, in a sentence.
    pub detail: String,
    /// Stable, snake_case machine-readable code. Clients should branch on this, and tolerate new values.
    pub code: String,
    /// Field-level problems, present for validation failures.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// OAuth 2.0 error code (RFC 6749 §5.2), present on token-endpoint errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// OAuth 2.0 error description, present on token-endpoint errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    /// The resource this request would duplicate, present on such 409s (`remote_reference_taken`): its id and
    /// where to read it (also sent as `Location`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing: Option<ExistingResource>,
}

/// Every error the API can answer with: what a use case said ([`ServiceError`]), or what only HTTP can go wrong
/// with (a body that is not JSON, an unknown route, a refused preflight…).
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// What a use case refused or failed at.
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// The body is not well-formed JSON.
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    /// No route matches the path.
    #[error("route not found")]
    RouteNotFound,
    /// The route exists but not for this method.
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<String> },
    /// The body is larger than the service accepts.
    #[error("payload too large")]
    PayloadTooLarge { limit: usize },
    /// The body is not in a media type this route accepts.
    #[error("unsupported media type")]
    UnsupportedMediaType { expected: &'static str },
    /// The caller used up its request quota (see `crate::rate_limit`); try again after the given seconds.
    #[error("rate limited")]
    RateLimited {
        retry_after_secs: u64,
        detail: String,
    },
    /// A CORS preflight was refused (origin, method or a requested header not allowed); says which.
    #[error("CORS preflight refused: {0}")]
    CorsPreflightRefused(String),
    /// The replica is draining before it stops; another replica will answer.
    #[error("shutting down")]
    ShuttingDown,
}

impl ApiError {
    /// One invalid field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        ServiceError::invalid(field, message).into()
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ServiceError::internal(cause).into()
    }

    pub fn oauth(code: OAuthErrorCode, description: impl Into<String>) -> Self {
        ServiceError::oauth(code, description).into()
    }

    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "malformed_json",
            Self::Service(ServiceError::Validation(_)) => "validation_failed",
            Self::Service(ServiceError::Unprocessable(_)) => "unprocessable_value",
            Self::Service(ServiceError::Unauthorized(_)) => "unauthorized",
            Self::Service(ServiceError::Forbidden(_)) => "forbidden",
            Self::Service(ServiceError::NotFound(_)) => "not_found",
            Self::RouteNotFound => "route_not_found",
            Self::MethodNotAllowed { .. } => "method_not_allowed",
            Self::Service(ServiceError::Conflict { code, .. })
            | Self::Service(ServiceError::DuplicateOf { code, .. }) => code,
            Self::Service(ServiceError::PreconditionFailed) => "precondition_failed",
            Self::PayloadTooLarge { .. } => "payload_too_large",
            Self::UnsupportedMediaType { .. } => "unsupported_media_type",
            Self::Service(ServiceError::IdempotencyKeyReused) => "idempotency_key_reused",
            Self::Service(ServiceError::TooManyRequests { .. }) => "too_many_requests",
            Self::RateLimited { .. } => "rate_limited",
            Self::CorsPreflightRefused(_) => "cors_preflight_refused",
            Self::Service(ServiceError::OAuth { code, .. }) => code.as_str(),
            Self::Service(ServiceError::ServiceBusy) => "service_busy",
            Self::Service(ServiceError::DatabaseUnavailable(_)) => "database_unavailable",
            Self::Service(ServiceError::DatabaseTimeout(_)) => "database_timeout",
            Self::Service(ServiceError::OutcomeUnknown(_)) => "outcome_unknown",
            Self::ShuttingDown => "shutting_down",
            Self::Service(ServiceError::Internal(_)) => "internal_error",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "The request body is not valid JSON",
            Self::Service(ServiceError::Validation(_)) => "The request is not valid",
            Self::Service(ServiceError::Unprocessable(_)) => "A value cannot be accepted",
            Self::Service(ServiceError::Unauthorized(_)) => "Authentication is required",
            Self::Service(ServiceError::Forbidden(_)) => "Not allowed",
            Self::Service(ServiceError::NotFound(_)) => "Not found",
            Self::RouteNotFound => "No such route",
            Self::MethodNotAllowed { .. } => "Method not allowed",
            Self::Service(ServiceError::Conflict { .. })
            | Self::Service(ServiceError::DuplicateOf { .. }) => "Conflict",
            Self::Service(ServiceError::PreconditionFailed) => "The resource has changed",
            Self::PayloadTooLarge { .. } => "Request body too large",
            Self::UnsupportedMediaType { .. } => "Unsupported media type",
            Self::Service(ServiceError::IdempotencyKeyReused) => {
                "Idempotency key reused with a different request"
            }
            Self::Service(ServiceError::TooManyRequests { .. }) => "Too many requests",
            Self::RateLimited { .. } => "Rate limit exceeded",
            Self::CorsPreflightRefused(_) => "Cross-origin request not allowed",
            Self::Service(ServiceError::OAuth { .. }) => "Token request refused",
            Self::Service(ServiceError::ServiceBusy)
            | Self::Service(ServiceError::DatabaseUnavailable(_))
            | Self::Service(ServiceError::DatabaseTimeout(_)) => "Service temporarily unavailable",
            Self::Service(ServiceError::OutcomeUnknown(_)) => "The outcome of the write is unknown",
            Self::ShuttingDown => "This replica is shutting down",
            Self::Service(ServiceError::Internal(_)) => "Internal server error",
        }
    }

    fn detail(&self) -> String {
        match self {
            Self::MalformedJson(position) => format!("The body could not be parsed as JSON ({position})."),
            Self::Service(ServiceError::Validation(errors)) if errors.len() == 1 => "1 field is invalid.".to_string(),
            Self::Service(ServiceError::Validation(errors)) => format!("{} fields are invalid.", errors.len()),
            Self::Service(ServiceError::Unprocessable(errors)) if errors.len() == 1 => {
                "1 field is well-formed but its value cannot be accepted.".to_string()
            }
            Self::Service(ServiceError::Unprocessable(errors)) => format!(
                "{} fields are well-formed but their values cannot be accepted.",
                errors.len()
            ),
            Self::Service(ServiceError::Unauthorized(why)) => (*why).to_string(),
            Self::Service(ServiceError::Forbidden(why)) => why.clone(),
            Self::Service(ServiceError::NotFound(what)) => format!("No {what} with that id exists in your workspace."),
            Self::RouteNotFound => "No route matches this path. See /api-docs/openapi.json for the API.".to_string(),
            Self::MethodNotAllowed { allowed } => {
                format!("This route accepts {}.", allowed.join(", "))
            }
            Self::Service(ServiceError::Conflict { detail, .. }) | Self::Service(ServiceError::DuplicateOf { detail, .. }) => detail.clone(),
            Self::Service(ServiceError::PreconditionFailed) => {
                "If-Match does not name the current version; fetch the resource again and retry.".to_string()
            }
            Self::PayloadTooLarge { limit } => format!("Request bodies are limited to {limit} bytes."),
            Self::UnsupportedMediaType { expected } => format!("Send the body as {expected}."),
            Self::Service(ServiceError::IdempotencyKeyReused) => {
                "This Idempotency-Key was first used with a different request; use a new key for a new request."
                    .to_string()
            }
            Self::Service(ServiceError::TooManyRequests { detail, .. }) | Self::RateLimited { detail, .. } => detail.clone(),
            Self::CorsPreflightRefused(reason) => format!(
                "The CORS preflight was refused: {reason}. Origins are allowed by REBOUND_CORS_ORIGINS or by a \
                 workspace owner (POST /v1/cors-origins); see the CORS chapter of the docs \
                 (docs/src/ats-plugins/cors.md) for the methods and request headers a browser may use."
            ),
            Self::Service(ServiceError::OAuth { description, .. }) => description.clone(),
            Self::Service(ServiceError::DatabaseUnavailable(_)) => "The database is not reachable right now; retry shortly.".to_string(),
            Self::Service(ServiceError::DatabaseTimeout(_)) => {
                "The database did not answer in time and nothing was changed; retry shortly.".to_string()
            }
            Self::Service(ServiceError::OutcomeUnknown(_)) => "The connection to the database was lost while the change was being \
                 committed, so it may or may not have been saved. Retry with the same Idempotency-Key (a saved \
                 change is then answered, not repeated), or read the resource before writing it again."
                .to_string(),
            Self::Service(ServiceError::ServiceBusy) => "The service is busy; retry in a moment.".to_string(),
            Self::ShuttingDown => {
                "This replica is draining before it stops; send new traffic elsewhere.".to_string()
            }
            Self::Service(ServiceError::Internal(_)) => "Something went wrong on our side. It has been logged.".to_string(),
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let code = self.code();
        let (error, error_description) = match self {
            Self::Service(ServiceError::OAuth {
                code, description, ..
            }) => (Some(code.as_str().to_string()), Some(description.clone())),
            _ => (None, None),
        };
        Problem {
            problem_type: format!("{PROBLEM_TYPE_BASE}{code}"),
            title: self.title().to_string(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            code: code.to_string(),
            errors: match self {
                Self::Service(ServiceError::Validation(errors))
                | Self::Service(ServiceError::Unprocessable(errors)) => errors.clone(),
                _ => Vec::new(),
            },
            error,
            error_description,
            existing: match self {
                Self::Service(ServiceError::DuplicateOf { existing, .. }) => Some(existing.clone()),
                _ => None,
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::MalformedJson(_)
            | Self::Service(ServiceError::Validation(_))
            | Self::CorsPreflightRefused(_) => StatusCode::BAD_REQUEST,
            Self::Service(ServiceError::Unauthorized(_)) => StatusCode::UNAUTHORIZED,
            Self::Service(ServiceError::Forbidden(_)) => StatusCode::FORBIDDEN,
            Self::Service(ServiceError::NotFound(_)) | Self::RouteNotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Service(ServiceError::Conflict { .. })
            | Self::Service(ServiceError::DuplicateOf { .. }) => StatusCode::CONFLICT,
            Self::Service(ServiceError::PreconditionFailed) => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Service(ServiceError::IdempotencyKeyReused)
            | Self::Service(ServiceError::Unprocessable(_)) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Service(ServiceError::TooManyRequests { .. }) | Self::RateLimited { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            Self::Service(ServiceError::OAuth {
                code: OAuthErrorCode::InvalidClient,
                ..
            }) => StatusCode::UNAUTHORIZED,
            Self::Service(ServiceError::OAuth { .. }) => StatusCode::BAD_REQUEST,
            Self::Service(ServiceError::ServiceBusy)
            | Self::Service(ServiceError::DatabaseUnavailable(_))
            | Self::Service(ServiceError::DatabaseTimeout(_))
            | Self::Service(ServiceError::OutcomeUnknown(_))
            | Self::ShuttingDown => StatusCode::SERVICE_UNAVAILABLE,
            Self::Service(ServiceError::Internal(_)) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Service(ServiceError::Internal(cause)) => {
                tracing::error!(cause = %cause, "internal error")
            }
            Self::Service(ServiceError::DatabaseUnavailable(cause))
            | Self::Service(ServiceError::DatabaseTimeout(cause)) => {
                tracing::warn!(cause = %cause, "database unavailable")
            }
            Self::Service(ServiceError::OutcomeUnknown(cause)) => {
                tracing::error!(cause = %cause, "connection lost while committing")
            }
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        match self {
            Self::Service(ServiceError::Unauthorized(_)) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"rebound\""));
            }
            Self::Service(ServiceError::OAuth {
                code: OAuthErrorCode::InvalidClient,
                ..
            }) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Basic realm=\"rebound\""));
            }
            Self::MethodNotAllowed { allowed } => {
                response.insert_header((header::ALLOW, allowed.join(", ")));
            }
            Self::Service(ServiceError::DuplicateOf { existing, .. }) => {
                response.insert_header((header::LOCATION, existing.location.clone()));
            }
            Self::Service(ServiceError::TooManyRequests {
                retry_after_secs, ..
            })
            | Self::RateLimited {
                retry_after_secs, ..
            } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            Self::Service(ServiceError::ServiceBusy)
            | Self::Service(ServiceError::DatabaseUnavailable(_))
            | Self::Service(ServiceError::DatabaseTimeout(_))
            | Self::Service(ServiceError::OutcomeUnknown(_))
            | Self::ShuttingDown => {
                response.insert_header((header::RETRY_AFTER, "2"));
            }
            _ => {}
        }
        // Serialising a struct of strings cannot fail; the fallback keeps this path free of panics anyway.
        let body = serde_json::to_string(&self.problem()).unwrap_or_else(|_| {
            r#"{"title":"Internal server error","status":500,"code":"internal_error"}"#.into()
        });
        response.body(body)
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::internal(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::body::MessageBody;

    fn body_json(error: ApiError) -> (StatusCode, serde_json::Value, Option<String>) {
        let response = error.error_response();
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let bytes = response.into_body().try_into_bytes().unwrap();
        (
            status,
            serde_json::from_slice(&bytes).unwrap(),
            content_type,
        )
    }

    #[test]
    fn validation_errors_render_as_problem_json_with_field_names() {
        let (status, body, content_type) =
            body_json(ApiError::invalid("email", "must be an e-mail address"));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(content_type.as_deref(), Some(PROBLEM_JSON));
        assert_eq!(body["code"], "validation_failed");
        assert_eq!(body["status"], 400);
        assert_eq!(body["errors"][0]["field"], "email");
        assert!(body["type"]
            .as_str()
            .unwrap()
            .ends_with("/validation_failed"));
    }

    #[test]
    fn internal_errors_never_show_their_cause() {
        let (status, body, _) = body_json(ApiError::internal("relation \"users\" does not exist"));
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!body.to_string().contains("relation"));
    }

    #[test]
    fn oauth_errors_carry_the_rfc_6749_members_too() {
        let (status, body, _) = body_json(ApiError::oauth(
            OAuthErrorCode::InvalidGrant,
            "bad credentials",
        ));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["error"], "invalid_grant");
        assert_eq!(body["code"], "invalid_grant");
        assert_eq!(body["error_description"], "bad credentials");
    }
}
