//! Use cases: the only layer that uses both the database and the domain rules. Each function loads what the caller
//! may see (tenant and candidate scope), runs its transaction, turns rows into domain types and back, and returns
//! typed rows or domain results; handlers shape those into responses. Nothing here knows about HTTP requests.
//!
//! Blocking work (pool checkout, diesel) runs through [`Database::run`] on the blocking pool, never on an async
//! worker.

pub mod accounts;
pub mod api_clients;
pub mod assessments;
pub mod candidates;
pub mod gaffes;
pub mod idempotency;
pub mod insights;
pub mod interviews;
pub mod me;
pub mod note_reviews;
pub mod plans;
pub mod tokens;

pub use crate::db::models::{CandidateScope, Visibility};
pub use crate::db::Database;
pub use idempotency::{Created, IdempotencyKey};

use crate::error::ApiError;

/// 412 unless `expected` (from `If-Match`) is absent or equals the current version.
pub fn check_version(expected: Option<i32>, current: i32) -> Result<(), ApiError> {
    match expected {
        Some(version) if version != current => Err(ApiError::PreconditionFailed),
        _ => Ok(()),
    }
}

/// Maps a unique-index violation to a precise 409; any other database error passes through.
pub(crate) fn on_unique_violation(
    error: diesel::result::Error,
    conflict: impl FnOnce(Option<&str>) -> ApiError,
) -> ApiError {
    use diesel::result::{DatabaseErrorKind, Error};
    match &error {
        Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
            conflict(info.constraint_name())
        }
        _ => error.into(),
    }
}

/// Runs `work` in a transaction, telling an unknown outcome apart: when `work` succeeded but the connection was
/// lost before the commit was confirmed, the write may have been saved, and a plain "unavailable, retry" could
/// make a client without an Idempotency-Key write twice.
pub(crate) fn in_transaction<T>(
    conn: &mut diesel::PgConnection,
    work: impl FnOnce(&mut diesel::PgConnection) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut committing = false;
    let result = diesel::Connection::transaction(conn, |conn| {
        let value = work(conn)?;
        committing = true;
        Ok(value)
    });
    match result {
        Err(ApiError::DatabaseUnavailable(cause)) if committing => {
            Err(ApiError::OutcomeUnknown(cause))
        }
        other => other,
    }
}

/// Serialises a value for a `jsonb` column; a failure (never expected for the storage structs) is a 500.
pub(crate) fn json_column<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    crate::db::columns::json_value(value).map_err(ApiError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_version_is_412() {
        assert!(check_version(Some(2), 2).is_ok());
        assert!(check_version(None, 7).is_ok());
        assert!(matches!(
            check_version(Some(1), 2),
            Err(ApiError::PreconditionFailed)
        ));
    }
}
