//! The one error type of the use cases. It names what went wrong in the service's terms; rendering it (status,
//! `application/problem+json`, headers) is the HTTP layer's job.

use serde::Serialize;
use utoipa::ToSchema;

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

/// Every way a use case can refuse or fail. Says what happened, not how HTTP tells it: the HTTP layer maps each
/// variant to a status and an `application/problem+json` body.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
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
    /// The same `Idempotency-Key` was reused with a different request.
    #[error("idempotency key reused")]
    IdempotencyKeyReused,
    /// Too many attempts; try again after the given number of seconds.
    #[error("too many requests")]
    TooManyRequests {
        retry_after_secs: u64,
        detail: String,
    },
    /// An OAuth 2.0 token-endpoint error.
    #[error("oauth error {code:?}: {description}")]
    OAuth {
        code: OAuthErrorCode,
        description: String,
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
    /// A bug or an unexpected failure; the cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ServiceError {
    /// Whether the database could not answer (down, too slow, the outcome unknown): nothing was learnt about the
    /// request itself.
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            ServiceError::DatabaseUnavailable(_)
                | ServiceError::DatabaseTimeout(_)
                | ServiceError::OutcomeUnknown(_)
        )
    }

    /// One invalid field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// One well-formed field whose value is not acceptable (see [`ServiceError::Unprocessable`]).
    pub fn unprocessable(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Unprocessable(vec![FieldError::new(field, message)])
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        Self::Internal(cause.to_string())
    }

    /// An unexpected failure of a lower layer, keeping every cause in its source chain for the log.
    pub fn internal_error(error: &(dyn std::error::Error + 'static)) -> Self {
        Self::Internal(with_sources(error))
    }

    pub fn oauth(code: OAuthErrorCode, description: impl Into<String>) -> Self {
        Self::OAuth {
            code,
            description: description.into(),
        }
    }
}

/// `error` and each of its sources, outermost first ("a: b: c"), skipping a source whose text its parent already
/// includes (many errors repeat their cause in their own message).
pub fn with_sources(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

impl From<diesel::result::Error> for ServiceError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => ServiceError::NotFound("resource"),
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => ServiceError::DatabaseUnavailable(with_sources(&error)),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => ServiceError::Conflict {
                code: "already_exists",
                detail: "A resource with these unique values already exists.".to_string(),
            },
            Error::DatabaseError(DatabaseErrorKind::Unknown, ref info) => {
                match transient_cause(info.message()) {
                    Some(Transient::Timeout) => ServiceError::DatabaseTimeout(with_sources(&error)),
                    Some(Transient::Deadlock) => concurrent_update(),
                    Some(Transient::ServerGoingAway) => {
                        ServiceError::DatabaseUnavailable(with_sources(&error))
                    }
                    None => ServiceError::internal_error(&error),
                }
            }
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => concurrent_update(),
            other => ServiceError::internal_error(&other),
        }
    }
}

/// The code of a transaction PostgreSQL aborted for a conflict with a concurrent one (deadlock, serialization
/// failure). Services run such a transaction once more before answering with it.
pub const CONCURRENT_UPDATE: &str = "concurrent_update";

fn concurrent_update() -> ServiceError {
    ServiceError::Conflict {
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

/// Diesel reports these SQLSTATEs as `Unknown`, with only PostgreSQL's message and no code (diesel 2.3 reads the
/// SQLSTATE but maps only constraint, serialization and connection classes), so the messages are matched. They are
/// English because every pooled session asks for `lc_messages = 'C'` (see `rebound_db`'s session defaults; a role
/// that may not set it is warned about at start). An unmatched message stays a 500, where it is logged and can be
/// added here.
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

impl From<rebound_db::Unavailable> for ServiceError {
    fn from(error: rebound_db::Unavailable) -> Self {
        match error.1 {
            rebound_db::Outcome::NothingChanged => ServiceError::DatabaseUnavailable(error.0),
            rebound_db::Outcome::Unknown => ServiceError::OutcomeUnknown(error.0),
        }
    }
}

impl From<diesel::r2d2::PoolError> for ServiceError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        ServiceError::DatabaseUnavailable(with_sources(&error))
    }
}

impl From<tokio::task::JoinError> for ServiceError {
    fn from(error: tokio::task::JoinError) -> Self {
        ServiceError::internal_error(&error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[derive(Debug, thiserror::Error)]
    #[error("pool checkout failed")]
    struct Outer(#[source] Inner);

    #[derive(Debug, thiserror::Error)]
    #[error("connection refused")]
    struct Inner;

    #[test]
    fn an_internal_error_keeps_its_causes_for_the_log() {
        let ServiceError::Internal(logged) = ServiceError::internal_error(&Outer(Inner)) else {
            panic!("not an internal error");
        };
        assert_eq!(logged, "pool checkout failed: connection refused");
    }
}
