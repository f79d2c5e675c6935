//! Use cases: the only layer that uses both the database and the domain rules. Each function loads what the caller
//! may see (tenant and candidate scope), runs its transaction, turns rows into domain types and back, and returns
//! views (`rebound_views`, built from rows in [`view`] alone): what the API answers and what events carry. No row
//! leaves this crate, and nothing here knows about HTTP requests.
//!
//! Blocking work (pool checkout, diesel) runs through [`Database::run`] on the blocking pool, never on an async
//! worker.

pub mod accounts;
pub mod api_clients;
pub mod assessments;
pub mod auth;
pub mod calendar_feeds;
pub mod candidates;
pub mod clock;
pub mod cors_origins;
pub mod delivery;
pub mod demo;
pub mod error;
pub mod events;
pub mod gaffes;
pub mod idempotency;
pub mod imports;
pub mod inbound;
pub mod insights;
pub mod interviews;
pub mod me;
pub mod note_reviews;
pub mod oauth;
pub mod plans;
pub mod stored;
pub mod tokens;
pub mod validation;
pub mod view;
pub mod webhook_addresses;
pub mod webhooks;

pub use idempotency::{Created, IdempotencyKey};
pub use rebound_db::models::interview::SyncFrom;
pub use rebound_db::models::{CandidateScope, ChangePosition, Visibility};
pub use rebound_db::{Database, Unavailable};

use crate::error::ServiceError;
use chrono::{DateTime, Utc};
use diesel::PgConnection;
use rebound_domain::ids::WorkspaceId;
use uuid::Uuid;

/// One page of a plain workspace list, newest first (ids are UUIDv7, so newest first is by descending id): what
/// every list use case without filters takes.
#[derive(Debug, Clone, Copy)]
pub struct NewestFirst {
    /// Whose list.
    pub workspace_id: WorkspaceId,
    /// The id of the last item of the previous page; `None` for the first page.
    pub after: Option<Uuid>,
    /// How many items to fetch at most.
    pub limit: i64,
    /// When the page is read, for views whose state depends on the time (a client's or an endpoint's status).
    pub now: DateTime<Utc>,
}

/// A table's newest-first page of one workspace (what `workspace_scoped!`'s `newest_first()` declares).
pub(crate) type NewestFirstQuery<Row> =
    fn(&mut PgConnection, WorkspaceId, Option<Uuid>, i64) -> diesel::QueryResult<Vec<Row>>;

impl NewestFirst {
    /// Reads this page with `query` and turns each row into what the API sends with `view`.
    pub(crate) async fn read<Row, View>(
        self,
        db: &Database,
        query: NewestFirstQuery<Row>,
        view: impl Fn(Row) -> View + Send + 'static,
    ) -> Result<Vec<View>, ServiceError>
    where
        Row: Send + 'static,
        View: Send + 'static,
    {
        db.run(move |conn| {
            let rows = query(conn, self.workspace_id, self.after, self.limit)?;
            Ok(rows.into_iter().map(view).collect())
        })
        .await
    }
}

/// 412 unless `expected` (from `If-Match`) is absent or equals the current version.
pub fn check_version(expected: Option<i32>, current: i32) -> Result<(), ServiceError> {
    match expected {
        Some(version) if version != current => Err(ServiceError::PreconditionFailed),
        _ => Ok(()),
    }
}

/// Maps a unique-index violation to a precise 409; any other database error passes through.
pub(crate) fn on_unique_violation(
    error: diesel::result::Error,
    conflict: impl FnOnce(Option<&str>) -> ServiceError,
) -> ServiceError {
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
///
/// A transaction PostgreSQL aborted to break a deadlock (or a serialization failure) changed nothing, so it is run
/// once more, after a short random pause, before the caller hears of it (as a 409 `concurrent_update`): the other
/// side of a deadlock has usually finished by then.
pub fn in_transaction<T>(
    conn: &mut diesel::PgConnection,
    mut work: impl FnMut(&mut diesel::PgConnection) -> Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    match transaction_once(conn, &mut work) {
        Err(error) if is_retryable_conflict(&error) => {
            tracing::info!(%error, "transaction aborted by a deadlock; running it once more");
            // Let the other side take the locks first: retried at once, this side can win the freed row back
            // and deadlock again. (This runs on a blocking-pool thread, never an async worker.)
            std::thread::sleep(std::time::Duration::from_millis(
                20 + u64::from(rand::random::<u8>() % 40),
            ));
            transaction_once(conn, &mut work)
        }
        other => other,
    }
}

fn transaction_once<T>(
    conn: &mut diesel::PgConnection,
    work: &mut impl FnMut(&mut diesel::PgConnection) -> Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    let mut committing = false;
    let result = diesel::Connection::transaction(conn, |conn| {
        let value = work(conn)?;
        committing = true;
        Ok(value)
    });
    match result {
        Err(ServiceError::DatabaseUnavailable(cause)) if committing => {
            Err(ServiceError::OutcomeUnknown(cause))
        }
        other => other,
    }
}

/// Runs one write that PostgreSQL commits on its own (a single statement outside a transaction). When the
/// connection is lost before its answer arrives, the statement may have committed: that is an unknown outcome,
/// never "nothing changed".
pub fn autocommitted<T>(
    conn: &mut diesel::PgConnection,
    write: impl FnOnce(&mut diesel::PgConnection) -> Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    match write(conn) {
        Err(ServiceError::DatabaseUnavailable(cause)) => Err(ServiceError::OutcomeUnknown(cause)),
        other => other,
    }
}

/// Whether the database aborted the transaction for a conflict with another one (deadlock, serialization failure)
/// rather than for anything about this request.
fn is_retryable_conflict(error: &ServiceError) -> bool {
    matches!(
        error,
        ServiceError::Conflict {
            code: crate::error::CONCURRENT_UPDATE,
            ..
        }
    )
}

/// The time a row written now is stamped with, as PostgreSQL's `now()` would stamp it: the system clock (never the
/// test clock, which runs ahead), in whole microseconds (what a `timestamptz` keeps), so the response built before
/// the write shows what a read returns afterwards.
pub(crate) fn stamp() -> chrono::DateTime<chrono::Utc> {
    rebound_db::columns::as_stored(chrono::Utc::now())
}

/// Serialises a value for a `jsonb` column; a failure (never expected for the storage structs) is a 500.
pub(crate) fn json_column<T: serde::Serialize>(
    value: &T,
) -> Result<serde_json::Value, ServiceError> {
    rebound_db::columns::json_value(value).map_err(ServiceError::internal)
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
            Err(ServiceError::PreconditionFailed)
        ));
    }
}
