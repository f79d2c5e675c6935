//! Write combining: creates of concurrent requests written as one statement, one round trip and one commit.
//!
//! A create is one statement already (`models::event::write_with_event`); what each still pays alone is the
//! statement's fixed cost — the round trip, executor start-up, the durable commit (a WAL flush) and a hand-over to a
//! blocking thread and back. Under load several creates wait for a connection at once; a flusher takes every waiting
//! create of the same shape (up to [`MOST_PER_STATEMENT`]) and writes them with `write_changes`, so they share that
//! cost. Nothing waits on purpose: a create that finds a flusher free is written at once, alone, as before.
//!
//! The guarantees of one create hold for each: its rows, its event and its deliveries commit together; it is
//! answered only after the commit. A statement a constraint refuses (a deleted candidate, a taken key) commits
//! nothing, and its creates are then written one by one so each hears its own answer. A connection lost mid-way
//! leaves every create of the statement's outcome unknown, as it would one create's.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use diesel::pg::{Pg, PgQueryBuilder};
use diesel::query_builder::QueryBuilder;
use diesel::result::{DatabaseErrorKind, Error};

use crate::models::event::{self, Change, EventRow, Write};
use crate::{Database, Outcome, Unavailable, STARTED, WAITING};

/// The most creates one statement carries. Statements are prepared once per connection and shape; batch sizes are
/// powers of two up to this, so a shape has at most five prepared statements.
pub const MOST_PER_STATEMENT: usize = 16;

/// One create for [`Database::write_combined`]: the rows it inserts (each a complete `INSERT` without `RETURNING`)
/// and the event that reports them. Inserts only: two updates of one row in one statement would not both take
/// effect (PostgreSQL applies one and skips the other silently), so a write that updates goes alone
/// (`write_changes` on a connection of its own, as a gaffe's create does).
pub struct CombinedWrite {
    pub writes: Vec<Write<'static>>,
    pub event: EventRow,
}

/// Why a combined create was not written.
#[derive(Debug)]
pub enum CombinedError {
    /// The database refused this create's statement (a constraint, a timeout) or lost the connection while it was
    /// the only create in its statement: the caller maps the error as it would its own statement's.
    Refused(Error),
    /// No connection, no answer before the deadline, or the connection lost under a statement of several creates.
    Unavailable(Unavailable),
}

impl From<Unavailable> for CombinedError {
    fn from(unavailable: Unavailable) -> Self {
        CombinedError::Unavailable(unavailable)
    }
}

/// The creates waiting for a flusher, and how many flushers run.
pub(crate) struct Combiner {
    queue: Mutex<Queue>,
    /// Statements written by flushers, and the creates they carried (for metrics: creates per statement). A create
    /// retried alone after its shared statement was refused is carried twice, so `creates > statements` exactly
    /// when some statement carried several.
    statements: AtomicU64,
    creates: AtomicU64,
    /// Flushers that may run at once: each holds a pooled connection while it writes, so some stay for reads.
    most_flushers: usize,
}

struct Queue {
    waiting: VecDeque<Waiting>,
    flushers: usize,
}

struct Waiting {
    /// The SQL of the create's parts: creates are combined only with creates of the same shape, so the combined
    /// statement's text (and its prepared statement) repeats.
    shape: String,
    write: CombinedWrite,
    /// Shared with the caller, decided once: the create starts, or its caller gave up first (see `lib.rs`).
    state: Arc<AtomicU8>,
    answer: tokio::sync::oneshot::Sender<Result<(), CombinedError>>,
}

impl Combiner {
    pub(crate) fn new(pool_size: u32) -> Self {
        Self {
            queue: Mutex::new(Queue {
                waiting: VecDeque::new(),
                flushers: 0,
            }),
            statements: AtomicU64::new(0),
            creates: AtomicU64::new(0),
            most_flushers: (pool_size as usize / 2).max(1),
        }
    }
}

impl Database {
    /// Writes one create — its rows, its event, the event's deliveries — in autocommit, combined with the creates
    /// of concurrent requests when they arrive together (see the module's documentation). Answers after the
    /// commit. Like [`Database::write`], a deadline that passes before the create is taken up abandons it (nothing
    /// changed); one that passes later leaves the outcome unknown.
    pub async fn write_combined(&self, write: CombinedWrite) -> Result<(), CombinedError> {
        if !self.is_migrated() {
            return Err(CombinedError::Unavailable(Unavailable::before_start(
                "migrations have not completed yet",
            )));
        }
        let shape = shape_of(&write.writes).map_err(CombinedError::Refused)?;
        let state = Arc::new(AtomicU8::new(WAITING));
        let (answer, answered) = tokio::sync::oneshot::channel();
        let start_flusher = {
            let mut queue = self
                .combiner
                .queue
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            queue.waiting.push_back(Waiting {
                shape,
                write,
                state: state.clone(),
                answer,
            });
            let start = queue.flushers < self.combiner.most_flushers;
            if start {
                queue.flushers += 1;
            }
            start
        };
        if start_flusher {
            let database = self.clone();
            // Not awaited: the flusher serves every create waiting, this one among them, and ends when none is left.
            drop(tokio::task::spawn_blocking(move || database.flush()));
        }
        match tokio::time::timeout(self.deadline, answered).await {
            Ok(Ok(answer)) => answer,
            // The flusher panicked: whether this create was written is unknown once it started.
            Ok(Err(_)) => Err(CombinedError::Unavailable(Unavailable(
                "the database work did not complete".into(),
                crate::outcome_if_started(&state, Outcome::Unknown),
            ))),
            Err(_) => Err(CombinedError::Unavailable(crate::give_up(
                &state,
                Outcome::Unknown,
                self.deadline,
            ))),
        }
    }

    /// How many statements flushers have written so far, and how many creates they carried, for metrics.
    pub fn combined_writes(&self) -> (u64, u64) {
        (
            self.combiner.statements.load(Ordering::Relaxed),
            self.combiner.creates.load(Ordering::Relaxed),
        )
    }

    /// A flusher: writes waiting creates, a statement at a time, until none is left. A panic while one statement is
    /// written is logged and the flusher goes on (that statement's callers hear the outcome is unknown).
    fn flush(&self) {
        loop {
            // The connection first, then the batch: a create whose caller gives up while the flusher waits for a
            // connection is left out of the statement instead of counted into it.
            let pooled = self.pool.get();
            let batch = {
                let mut queue = self
                    .combiner
                    .queue
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                let (batch, skipped) = take_batch(&mut queue.waiting);
                self.health.skipped.fetch_add(skipped, Ordering::Relaxed);
                if batch.is_empty() {
                    // Leaving under the same lock that saw the queue empty: a create queued after this finds the
                    // count below the limit and starts a flusher.
                    queue.flushers -= 1;
                    return;
                }
                batch
            };
            let written = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.write_batch(pooled, batch)
            }));
            if written.is_err() {
                tracing::error!("writing combined creates panicked; their requests were answered outcome_unknown");
            }
        }
    }

    fn write_batch(
        &self,
        pooled: Result<
            diesel::r2d2::PooledConnection<crate::CheckedManager>,
            diesel::r2d2::PoolError,
        >,
        batch: Vec<Waiting>,
    ) {
        let mut pooled = match pooled {
            Ok(pooled) => pooled,
            Err(error) => {
                for waiting in batch {
                    let unavailable = Unavailable::before_start(error.to_string());
                    let _ = waiting
                        .answer
                        .send(Err(CombinedError::Unavailable(unavailable)));
                }
                return;
            }
        };
        let failed = self.write_started(&mut pooled.conn, batch);
        pooled.suspect = failed;
        pooled.last_used = std::time::Instant::now();
        if !failed {
            self.health.record_success();
        }
    }

    /// Writes started creates as one statement and answers each; true when any failed.
    fn write_started(&self, conn: &mut diesel::PgConnection, batch: Vec<Waiting>) -> bool {
        let (writes, answers): (Vec<Change<'static>>, Vec<_>) = batch
            .into_iter()
            .map(|waiting| {
                let change = Change {
                    writes: waiting.write.writes,
                    events: vec![std::borrow::Cow::Owned(waiting.write.event)],
                };
                (change, waiting.answer)
            })
            .unzip();
        let written = event::write_changes(conn, &writes);
        self.combiner.statements.fetch_add(1, Ordering::Relaxed);
        self.combiner
            .creates
            .fetch_add(writes.len() as u64, Ordering::Relaxed);
        let error = match written {
            Ok(()) => {
                for answer in answers {
                    let _ = answer.send(Ok(()));
                }
                return false;
            }
            Err(error) => error,
        };
        match after_failure(&error, writes.len()) {
            AfterFailure::Answer => {
                // The first create gets the error itself, every other a copy (diesel's errors cannot be cloned).
                let mut answers = answers.into_iter();
                let first = answers.next();
                for answer in answers {
                    let _ = answer.send(Err(CombinedError::Refused(replicate(&error))));
                }
                if let Some(first) = first {
                    let _ = first.send(Err(CombinedError::Refused(error)));
                }
            }
            AfterFailure::Unknown => {
                for answer in answers {
                    let unavailable = Unavailable(error.to_string(), Outcome::Unknown);
                    let _ = answer.send(Err(CombinedError::Unavailable(unavailable)));
                }
            }
            AfterFailure::EachAlone => self.write_each_alone(conn, &writes, answers),
        }
        true
    }

    /// After a statement of several creates failed and committed nothing: each create alone, so each hears its
    /// own answer. A create whose caller has given up is not written (it was told the outcome is unknown); once
    /// the connection is lost, the creates not yet sent are answered that nothing changed.
    fn write_each_alone(
        &self,
        conn: &mut diesel::PgConnection,
        writes: &[Change<'static>],
        answers: Vec<tokio::sync::oneshot::Sender<Result<(), CombinedError>>>,
    ) {
        let mut lost: Option<String> = None;
        for (change, answer) in writes.iter().zip(answers) {
            if let Some(cause) = &lost {
                let unavailable = Unavailable::before_start(cause.clone());
                let _ = answer.send(Err(CombinedError::Unavailable(unavailable)));
                continue;
            }
            if answer.is_closed() {
                continue;
            }
            let alone = event::write_changes(conn, std::slice::from_ref(change));
            self.combiner.statements.fetch_add(1, Ordering::Relaxed);
            self.combiner.creates.fetch_add(1, Ordering::Relaxed);
            if let Err(error) = &alone {
                if connection_lost(error) {
                    lost = Some(error.to_string());
                }
            }
            let _ = answer.send(alone.map_err(CombinedError::Refused));
        }
    }
}

/// What the creates of a failed statement hear.
#[derive(Debug, PartialEq)]
enum AfterFailure {
    /// The statement's own error, each (one create; or a statement timeout, which each would meet again alone).
    Answer,
    /// The outcome is unknown: the connection was lost under the statement, which may have committed.
    Unknown,
    /// Written again one by one: the server refused the statement (a constraint of one create, a deadlock, a key
    /// two creates shared) and committed nothing, or it was never sent.
    EachAlone,
}

fn after_failure(error: &Error, creates: usize) -> AfterFailure {
    if creates == 1 {
        // The caller maps its own statement's error, a lost connection included.
        AfterFailure::Answer
    } else if connection_lost(error) {
        AfterFailure::Unknown
    } else if statement_timeout(error) {
        AfterFailure::Answer
    } else {
        AfterFailure::EachAlone
    }
}

/// Whether the connection failed under the statement (then it may have committed).
fn connection_lost(error: &Error) -> bool {
    matches!(
        error,
        Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _
        )
    )
}

/// Whether PostgreSQL cancelled the statement at `statement_timeout` (57014; messages are untranslated, see
/// `SessionDefaults`).
fn statement_timeout(error: &Error) -> bool {
    matches!(error, Error::DatabaseError(_, info) if info.message().contains("statement timeout"))
}

/// The same database error again, for each create of a statement that failed as a whole (diesel's errors cannot
/// be cloned; what callers look at — the kind, the message, the constraint — is kept).
fn replicate(error: &Error) -> Error {
    match error {
        Error::DatabaseError(kind, info) => Error::DatabaseError(
            *kind,
            Box::new(ReplicatedInfo {
                message: info.message().to_string(),
                constraint: info.constraint_name().map(str::to_string),
            }),
        ),
        other => Error::QueryBuilderError(other.to_string().into()),
    }
}

#[derive(Debug)]
struct ReplicatedInfo {
    message: String,
    constraint: Option<String>,
}

impl diesel::result::DatabaseErrorInformation for ReplicatedInfo {
    fn message(&self) -> &str {
        &self.message
    }
    fn details(&self) -> Option<&str> {
        None
    }
    fn hint(&self) -> Option<&str> {
        None
    }
    fn table_name(&self) -> Option<&str> {
        None
    }
    fn column_name(&self) -> Option<&str> {
        None
    }
    fn constraint_name(&self) -> Option<&str> {
        self.constraint.as_deref()
    }
    fn statement_position(&self) -> Option<i32> {
        None
    }
}

/// The SQL text of `writes`, which decides which creates may share a statement.
fn shape_of(writes: &[Write<'static>]) -> Result<String, Error> {
    let mut sql = PgQueryBuilder::default();
    for write in writes {
        write.to_sql(&mut sql, &Pg)?;
        sql.push_sql(";");
    }
    Ok(sql.finish())
}

/// Takes the oldest waiting create and the others of its shape, as many as the largest power of two up to
/// [`MOST_PER_STATEMENT`] allows, and starts them; the rest wait for the next statement. Creates whose callers gave
/// up were told nothing changed: they leave the queue without starting, and are counted (the second value).
fn take_batch(waiting: &mut VecDeque<Waiting>) -> (Vec<Waiting>, u64) {
    let queued = waiting.len();
    waiting.retain(|w| w.state.load(Ordering::Acquire) == WAITING);
    let mut skipped = (queued - waiting.len()) as u64;
    let Some(shape) = waiting.front().map(|first| first.shape.clone()) else {
        return (Vec::new(), skipped);
    };
    let same_shape = waiting
        .iter()
        .filter(|w| w.shape == shape)
        .take(MOST_PER_STATEMENT)
        .count();
    let size = batch_size(same_shape);
    let mut batch = Vec::with_capacity(size);
    let mut index = 0;
    while batch.len() < size && index < waiting.len() {
        if waiting[index].shape != shape {
            index += 1;
            continue;
        }
        let Some(taken) = waiting.remove(index) else {
            break;
        };
        // A caller may give up between the look above and now; it is then left out.
        match taken
            .state
            .compare_exchange(WAITING, STARTED, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => batch.push(taken),
            Err(_) => skipped += 1,
        }
    }
    (batch, skipped)
}

/// The largest power of two not above `waiting` (and [`MOST_PER_STATEMENT`]); 0 for 0.
fn batch_size(waiting: usize) -> usize {
    match waiting.min(MOST_PER_STATEMENT) {
        0 => 0,
        n => 1 << n.ilog2(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_powers_of_two_up_to_the_limit() {
        let sizes: Vec<usize> = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 100]
            .into_iter()
            .map(batch_size)
            .collect();
        assert_eq!(sizes, [0, 1, 2, 2, 4, 4, 4, 8, 8, 16, 16, 16]);
    }

    fn database_error(kind: DatabaseErrorKind, message: &str) -> Error {
        Error::DatabaseError(kind, Box::new(message.to_string()))
    }

    #[test]
    fn a_statement_of_several_creates_is_retried_create_by_create_unless_its_connection_was_lost_or_it_timed_out(
    ) {
        let refused = database_error(
            DatabaseErrorKind::ForeignKeyViolation,
            "insert or update on table \"interviews\" violates foreign key constraint",
        );
        let deadlock = database_error(DatabaseErrorKind::Unknown, "deadlock detected");
        let lost = database_error(
            DatabaseErrorKind::ClosedConnection,
            "server closed the connection unexpectedly",
        );
        let timeout = database_error(
            DatabaseErrorKind::Unknown,
            "canceling statement due to statement timeout",
        );
        let never_sent = Error::SerializationError("a value could not be written".into());
        assert_eq!(after_failure(&refused, 4), AfterFailure::EachAlone);
        assert_eq!(after_failure(&deadlock, 4), AfterFailure::EachAlone);
        assert_eq!(after_failure(&never_sent, 4), AfterFailure::EachAlone);
        assert_eq!(after_failure(&lost, 4), AfterFailure::Unknown);
        assert_eq!(after_failure(&timeout, 4), AfterFailure::Answer);
        // Alone, a create's caller maps its statement's error itself.
        assert_eq!(after_failure(&lost, 1), AfterFailure::Answer);
    }

    #[test]
    fn a_replicated_error_keeps_its_kind_message_and_constraint() {
        let original = database_error(DatabaseErrorKind::UniqueViolation, "duplicate key value");
        let Error::DatabaseError(kind, info) = replicate(&original) else {
            panic!("not a database error");
        };
        assert_eq!(kind, DatabaseErrorKind::UniqueViolation);
        assert_eq!(info.message(), "duplicate key value");
    }
}
