//! The one error type of the HTTP surface, rendered as RFC 9457 `application/problem+json`.
//!
//! Every failure a client can see goes through [`ApiError`]: handler errors, actix's own extractor failures, unknown
//! routes, wrong methods, oversized bodies. The body never carries serde, diesel or SQL text: internal causes are
//! logged with the request's id and replaced by a generic sentence.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Base of the `type` URIs; each error code gets its own.
const PROBLEM_TYPE_BASE: &str = "https://rebound.dev/problems/";

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"field": "email", "message": "must be an e-mail address such as ada@example.com"}))]
pub struct FieldError {
    /// Where the problem is: a JSON path into the body (`interviewers[0].name`), a query parameter or a header name.
    pub field: String,
    /// What is wrong and what would be accepted.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

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

/// A resource that already exists, named by a 409.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "location": "/v1/interviews/01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"}))]
pub struct ExistingResource {
    pub id: uuid::Uuid,
    /// The resource's path, as in a `Location` header.
    pub location: String,
}

/// OAuth 2.0 token-endpoint error codes (RFC 6749 §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthErrorCode {
    InvalidRequest,
    InvalidClient,
    InvalidGrant,
    UnsupportedGrantType,
    InvalidScope,
}

impl OAuthErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidScope => "invalid_scope",
        }
    }
}

/// Every error the API can answer with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body is not well-formed JSON.
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    /// One or more fields are malformed: the request breaks what the OpenAPI document states (a type, a length, a
    /// pattern, a required field). A 400.
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldError>),
    /// Every field has the documented shape, but a value is not acceptable for a reason no JSON Schema can state
    /// (a time zone name the tz database does not know, a `user_id` that is not a candidate user, a date outside a
    /// range relative to now, a wrong current password). A 422 (RFC 9110 §15.5.21), naming the fields.
    #[error("unprocessable: {0:?}")]
    Unprocessable(Vec<FieldError>),
    /// Missing, expired or otherwise unacceptable credentials.
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    /// Authenticated, but not allowed to do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// No such resource in the caller's workspace (also the answer for another workspace's ids).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// No route matches the path.
    #[error("route not found")]
    RouteNotFound,
    /// The route exists but not for this method.
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<String> },
    /// The request conflicts with current state (a duplicate, say).
    #[error("conflict: {detail}")]
    Conflict { code: &'static str, detail: String },
    /// The request would duplicate a resource the caller can see: a 409 whose body names that resource
    /// (`existing`) and whose `Location` header points at it, so a client that lost track of it can carry on.
    #[error("conflict with {}: {detail}", existing.location)]
    DuplicateOf {
        code: &'static str,
        detail: String,
        existing: ExistingResource,
    },
    /// `If-Match` named a version that is no longer current.
    #[error("precondition failed")]
    PreconditionFailed,
    /// The body is larger than the service accepts.
    #[error("payload too large")]
    PayloadTooLarge { limit: usize },
    /// The body is not in a media type this route accepts.
    #[error("unsupported media type")]
    UnsupportedMediaType { expected: &'static str },
    /// The same `Idempotency-Key` was reused with a different request.
    #[error("idempotency key reused")]
    IdempotencyKeyReused,
    /// Too many attempts; try again after the given number of seconds.
    #[error("too many requests")]
    TooManyRequests {
        retry_after_secs: u64,
        detail: String,
    },
    /// The caller used up its request quota (see `crate::rate_limit`); try again after the given seconds.
    #[error("rate limited")]
    RateLimited {
        retry_after_secs: u64,
        detail: String,
    },
    /// A CORS preflight was refused (origin, method or a requested header not allowed); says which.
    #[error("CORS preflight refused: {0}")]
    CorsPreflightRefused(String),
    /// An OAuth 2.0 token-endpoint error.
    #[error("oauth error {code:?}: {description}")]
    OAuth {
        code: OAuthErrorCode,
        description: String,
        status: StatusCode,
    },
    /// Too much work in flight (password hashing slots are all taken); retry shortly.
    #[error("service busy")]
    ServiceBusy,
    /// The database cannot be reached (or is not migrated yet).
    #[error("database unavailable: {0}")]
    DatabaseUnavailable(String),
    /// The database did not finish in time (statement timeout, a cancelled query); nothing was changed.
    #[error("database timeout: {0}")]
    DatabaseTimeout(String),
    /// The connection was lost while a write was committing: it may or may not have been saved.
    #[error("outcome unknown: {0}")]
    OutcomeUnknown(String),
    /// The replica is draining before it stops; another replica will answer.
    #[error("shutting down")]
    ShuttingDown,
    /// A bug or an unexpected failure; the cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// One invalid field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// One well-formed field whose value is not acceptable (see [`ApiError::Unprocessable`]).
    pub fn unprocessable(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Unprocessable(vec![FieldError::new(field, message)])
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        Self::Internal(cause.to_string())
    }

    pub fn oauth(code: OAuthErrorCode, description: impl Into<String>) -> Self {
        let status = match code {
            OAuthErrorCode::InvalidClient => StatusCode::UNAUTHORIZED,
            _ => StatusCode::BAD_REQUEST,
        };
        Self::OAuth {
            code,
            description: description.into(),
            status,
        }
    }

    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "malformed_json",
            Self::Validation(_) => "validation_failed",
            Self::Unprocessable(_) => "unprocessable_value",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::RouteNotFound => "route_not_found",
            Self::MethodNotAllowed { .. } => "method_not_allowed",
            Self::Conflict { code, .. } | Self::DuplicateOf { code, .. } => code,
            Self::PreconditionFailed => "precondition_failed",
            Self::PayloadTooLarge { .. } => "payload_too_large",
            Self::UnsupportedMediaType { .. } => "unsupported_media_type",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::RateLimited { .. } => "rate_limited",
            Self::CorsPreflightRefused(_) => "cors_preflight_refused",
            Self::OAuth { code, .. } => code.as_str(),
            Self::ServiceBusy => "service_busy",
            Self::DatabaseUnavailable(_) => "database_unavailable",
            Self::DatabaseTimeout(_) => "database_timeout",
            Self::OutcomeUnknown(_) => "outcome_unknown",
            Self::ShuttingDown => "shutting_down",
            Self::Internal(_) => "internal_error",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "The request body is not valid JSON",
            Self::Validation(_) => "The request is not valid",
            Self::Unprocessable(_) => "A value cannot be accepted",
            Self::Unauthorized(_) => "Authentication is required",
            Self::Forbidden(_) => "Not allowed",
            Self::NotFound(_) => "Not found",
            Self::RouteNotFound => "No such route",
            Self::MethodNotAllowed { .. } => "Method not allowed",
            Self::Conflict { .. } | Self::DuplicateOf { .. } => "Conflict",
            Self::PreconditionFailed => "The resource has changed",
            Self::PayloadTooLarge { .. } => "Request body too large",
            Self::UnsupportedMediaType { .. } => "Unsupported media type",
            Self::IdempotencyKeyReused => "Idempotency key reused with a different request",
            Self::TooManyRequests { .. } => "Too many requests",
            Self::RateLimited { .. } => "Rate limit exceeded",
            Self::CorsPreflightRefused(_) => "Cross-origin request not allowed",
            Self::OAuth { .. } => "Token request refused",
            Self::ServiceBusy | Self::DatabaseUnavailable(_) | Self::DatabaseTimeout(_) => {
                "Service temporarily unavailable"
            }
            Self::OutcomeUnknown(_) => "The outcome of the write is unknown",
            Self::ShuttingDown => "This replica is shutting down",
            Self::Internal(_) => "Internal server error",
        }
    }

    fn detail(&self) -> String {
        match self {
            Self::MalformedJson(position) => format!("The body could not be parsed as JSON ({position})."),
            Self::Validation(errors) if errors.len() == 1 => "1 field is invalid.".to_string(),
            Self::Validation(errors) => format!("{} fields are invalid.", errors.len()),
            Self::Unprocessable(errors) if errors.len() == 1 => {
                "1 field is well-formed but its value cannot be accepted.".to_string()
            }
            Self::Unprocessable(errors) => format!(
                "{} fields are well-formed but their values cannot be accepted.",
                errors.len()
            ),
            Self::Unauthorized(why) => (*why).to_string(),
            Self::Forbidden(why) => why.clone(),
            Self::NotFound(what) => format!("No {what} with that id exists in your workspace."),
            Self::RouteNotFound => "No route matches this path. See /api-docs/openapi.json for the API.".to_string(),
            Self::MethodNotAllowed { allowed } => {
                format!("This route accepts {}.", allowed.join(", "))
            }
            Self::Conflict { detail, .. } | Self::DuplicateOf { detail, .. } => detail.clone(),
            Self::PreconditionFailed => {
                "If-Match does not name the current version; fetch the resource again and retry.".to_string()
            }
            Self::PayloadTooLarge { limit } => format!("Request bodies are limited to {limit} bytes."),
            Self::UnsupportedMediaType { expected } => format!("Send the body as {expected}."),
            Self::IdempotencyKeyReused => {
                "This Idempotency-Key was first used with a different request; use a new key for a new request."
                    .to_string()
            }
            Self::TooManyRequests { detail, .. } | Self::RateLimited { detail, .. } => detail.clone(),
            Self::CorsPreflightRefused(reason) => format!(
                "The CORS preflight was refused: {reason}. Origins are allowed by REBOUND_CORS_ORIGINS or by a \
                 workspace owner (POST /v1/cors-origins); see the CORS section of the README for the methods and \
                 request headers a browser may use."
            ),
            Self::OAuth { description, .. } => description.clone(),
            Self::DatabaseUnavailable(_) => "The database is not reachable right now; retry shortly.".to_string(),
            Self::DatabaseTimeout(_) => {
                "The database did not answer in time and nothing was changed; retry shortly.".to_string()
            }
            Self::OutcomeUnknown(_) => "The connection to the database was lost while the change was being \
                 committed, so it may or may not have been saved. Retry with the same Idempotency-Key (a saved \
                 change is then answered, not repeated), or read the resource before writing it again."
                .to_string(),
            Self::ServiceBusy => "The service is busy; retry in a moment.".to_string(),
            Self::ShuttingDown => {
                "This replica is draining before it stops; send new traffic elsewhere.".to_string()
            }
            Self::Internal(_) => "Something went wrong on our side. It has been logged.".to_string(),
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let code = self.code();
        let (error, error_description) = match self {
            Self::OAuth {
                code, description, ..
            } => (Some(code.as_str().to_string()), Some(description.clone())),
            _ => (None, None),
        };
        Problem {
            problem_type: format!("{PROBLEM_TYPE_BASE}{code}"),
            title: self.title().to_string(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            code: code.to_string(),
            errors: match self {
                Self::Validation(errors) | Self::Unprocessable(errors) => errors.clone(),
                _ => Vec::new(),
            },
            error,
            error_description,
            existing: match self {
                Self::DuplicateOf { existing, .. } => Some(existing.clone()),
                _ => None,
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::MalformedJson(_) | Self::Validation(_) | Self::CorsPreflightRefused(_) => {
                StatusCode::BAD_REQUEST
            }
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) | Self::RouteNotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } | Self::DuplicateOf { .. } => StatusCode::CONFLICT,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::IdempotencyKeyReused | Self::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyRequests { .. } | Self::RateLimited { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            Self::OAuth { status, .. } => *status,
            Self::ServiceBusy
            | Self::DatabaseUnavailable(_)
            | Self::DatabaseTimeout(_)
            | Self::OutcomeUnknown(_)
            | Self::ShuttingDown => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(cause) => tracing::error!(cause = %cause, "internal error"),
            Self::DatabaseUnavailable(cause) | Self::DatabaseTimeout(cause) => {
                tracing::warn!(cause = %cause, "database unavailable")
            }
            Self::OutcomeUnknown(cause) => {
                tracing::error!(cause = %cause, "connection lost while committing")
            }
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        match self {
            Self::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"rebound\""));
            }
            Self::OAuth {
                code: OAuthErrorCode::InvalidClient,
                ..
            } => {
                response.insert_header((header::WWW_AUTHENTICATE, "Basic realm=\"rebound\""));
            }
            Self::MethodNotAllowed { allowed } => {
                response.insert_header((header::ALLOW, allowed.join(", ")));
            }
            Self::DuplicateOf { existing, .. } => {
                response.insert_header((header::LOCATION, existing.location.clone()));
            }
            Self::TooManyRequests {
                retry_after_secs, ..
            }
            | Self::RateLimited {
                retry_after_secs, ..
            } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            Self::ServiceBusy
            | Self::DatabaseUnavailable(_)
            | Self::DatabaseTimeout(_)
            | Self::OutcomeUnknown(_)
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

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => ApiError::NotFound("resource"),
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => ApiError::DatabaseUnavailable(error.to_string()),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => ApiError::Conflict {
                code: "already_exists",
                detail: "A resource with these unique values already exists.".to_string(),
            },
            Error::DatabaseError(DatabaseErrorKind::Unknown, ref info) => {
                match transient_cause(info.message()) {
                    Some(Transient::Timeout) => ApiError::DatabaseTimeout(error.to_string()),
                    Some(Transient::Deadlock) => concurrent_update(),
                    Some(Transient::ServerGoingAway) => {
                        ApiError::DatabaseUnavailable(error.to_string())
                    }
                    None => ApiError::Internal(error.to_string()),
                }
            }
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => concurrent_update(),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// The code of a transaction PostgreSQL aborted for a conflict with a concurrent one (deadlock, serialization
/// failure). Services run such a transaction once more before answering with it.
pub const CONCURRENT_UPDATE: &str = "concurrent_update";

fn concurrent_update() -> ApiError {
    ApiError::Conflict {
        code: CONCURRENT_UPDATE,
        detail: "Another request changed this resource at the same time; retry.".to_string(),
    }
}

/// Failures that say nothing about the request, only about the database's state at that moment.
#[derive(Debug, PartialEq, Eq)]
enum Transient {
    /// 57014: statement timeout, or a query cancelled by an operator.
    Timeout,
    /// 40P01: PostgreSQL broke a deadlock by aborting this transaction.
    Deadlock,
    /// 57P01–57P03: the server is shutting down, restarting or not accepting connections yet.
    ServerGoingAway,
}

/// Diesel reports these SQLSTATEs as `Unknown`, with only PostgreSQL's message, so the (English, server-default)
/// messages are matched. An unmatched message stays a 500, where it is logged and can be added here.
fn transient_cause(message: &str) -> Option<Transient> {
    if message.starts_with("canceling statement due to") {
        Some(Transient::Timeout)
    } else if message.starts_with("deadlock detected") {
        Some(Transient::Deadlock)
    } else if message.starts_with("terminating connection due to")
        || message.starts_with("the database system is")
        || message.contains("server closed the connection unexpectedly")
        || message.contains("no connection to the server")
        || message.contains("could not receive data from server")
    {
        Some(Transient::ServerGoingAway)
    } else {
        None
    }
}

impl From<crate::db::Unavailable> for ApiError {
    fn from(error: crate::db::Unavailable) -> Self {
        match error.1 {
            crate::db::Outcome::NothingChanged => ApiError::DatabaseUnavailable(error.0),
            crate::db::Outcome::Unknown => ApiError::OutcomeUnknown(error.0),
        }
    }
}

impl From<diesel::r2d2::PoolError> for ApiError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        ApiError::DatabaseUnavailable(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(error.to_string())
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

    #[test]
    fn transient_database_failures_are_told_apart_from_bugs() {
        assert_eq!(
            transient_cause("canceling statement due to statement timeout"),
            Some(Transient::Timeout)
        );
        assert_eq!(
            transient_cause("canceling statement due to user request"),
            Some(Transient::Timeout)
        );
        assert_eq!(
            transient_cause("deadlock detected"),
            Some(Transient::Deadlock)
        );
        assert_eq!(
            transient_cause("terminating connection due to administrator command"),
            Some(Transient::ServerGoingAway)
        );
        assert_eq!(
            transient_cause("the database system is starting up"),
            Some(Transient::ServerGoingAway)
        );
        assert_eq!(transient_cause("syntax error at or near \"SELEC\""), None);
    }
}
