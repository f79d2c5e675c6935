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
use crate::{Database, Outcome, Unavailable, ABANDONED, STARTED, WAITING};

/// The most creates one statement carries. Statements are prepared once per connection and shape; batch sizes are
/// powers of two up to this, so a shape has at most five prepared statements.
pub const MOST_PER_STATEMENT: usize = 16;

/// One create for [`Database::write_combined`]: the rows it inserts (each a complete `INSERT` without `RETURNING`)
/// and the event that reports them.
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
    /// Statements written by flushers, and the creates they carried (for metrics: creates per statement).
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
                outcome_if_started(&state),
            ))),
            Err(_) => {
                let outcome = match state.compare_exchange(
                    WAITING,
                    ABANDONED,
                    Ordering::AcqRel,
                    Ordering::Acquire,
                ) {
                    Ok(_) => Outcome::NothingChanged,
                    Err(_) => Outcome::Unknown,
                };
                Err(CombinedError::Unavailable(Unavailable(
                    format!("no answer from the database within {:?}", self.deadline),
                    outcome,
                )))
            }
        }
    }

    /// How many statements flushers have written so far, and how many creates they carried, for metrics.
    pub fn combined_writes(&self) -> (u64, u64) {
        (
            self.combiner.statements.load(Ordering::Relaxed),
            self.combiner.creates.load(Ordering::Relaxed),
        )
    }

    /// A flusher: writes waiting creates, a statement at a time, until none is left.
    fn flush(&self) {
        // Ends the flusher's count if a statement panics, so later creates still find one.
        struct OnPanic<'a>(&'a Combiner);
        impl Drop for OnPanic<'_> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    let mut queue = self.0.queue.lock().unwrap_or_else(|e| e.into_inner());
                    queue.flushers -= 1;
                }
            }
        }
        let combiner = OnPanic(&self.combiner);
        loop {
            let batch = {
                let mut queue = combiner.0.queue.lock().unwrap_or_else(|e| e.into_inner());
                let batch = take_batch(&mut queue.waiting);
                if batch.is_empty() {
                    // Leaving under the same lock that saw the queue empty: a create queued after this finds the
                    // count below the limit and starts a flusher.
                    queue.flushers -= 1;
                    return;
                }
                batch
            };
            self.write_batch(batch);
        }
    }

    fn write_batch(&self, batch: Vec<Waiting>) {
        let mut pooled = match self.pool.get() {
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
        let batch = self.start(batch);
        if batch.is_empty() {
            return;
        }
        let failed = self.write_started(&mut pooled.conn, batch);
        pooled.suspect = failed;
        pooled.last_used = std::time::Instant::now();
        if !failed {
            self.health.record_success();
        }
    }

    /// The creates of `batch` that start now. Those whose callers gave up while they waited were told nothing
    /// changed: they must not start.
    fn start(&self, batch: Vec<Waiting>) -> Vec<Waiting> {
        batch
            .into_iter()
            .filter(|waiting| {
                let started = waiting
                    .state
                    .compare_exchange(WAITING, STARTED, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok();
                if !started {
                    self.health.skipped.fetch_add(1, Ordering::Relaxed);
                }
                started
            })
            .collect()
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
        match written {
            Ok(()) => {
                for answer in answers {
                    let _ = answer.send(Ok(()));
                }
                false
            }
            Err(error) if writes.len() == 1 => {
                let _ = answers
                    .into_iter()
                    .next()
                    .map(|answer| answer.send(Err(CombinedError::Refused(error))));
                true
            }
            Err(error) if refused_by_the_server(&error) => {
                // Nothing committed: each create alone hears its own answer.
                let mut any_failed = false;
                for (change, answer) in writes.iter().zip(answers) {
                    let alone = event::write_changes(conn, std::slice::from_ref(change));
                    any_failed |= alone.is_err();
                    let _ = answer.send(alone.map_err(CombinedError::Refused));
                }
                any_failed
            }
            Err(error) => {
                for answer in answers {
                    let unavailable = Unavailable(error.to_string(), Outcome::Unknown);
                    let _ = answer.send(Err(CombinedError::Unavailable(unavailable)));
                }
                true
            }
        }
    }
}

/// The outcome of work whose caller heard nothing: unknown once it started.
fn outcome_if_started(state: &AtomicU8) -> Outcome {
    if state.load(Ordering::Acquire) == STARTED {
        Outcome::Unknown
    } else {
        Outcome::NothingChanged
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
/// [`MOST_PER_STATEMENT`] allows; the rest wait for the next statement.
fn take_batch(waiting: &mut VecDeque<Waiting>) -> Vec<Waiting> {
    let Some(first) = waiting.front() else {
        return Vec::new();
    };
    let same_shape = waiting
        .iter()
        .filter(|w| w.shape == first.shape)
        .take(MOST_PER_STATEMENT)
        .count();
    let size = batch_size(same_shape);
    let shape = first.shape.clone();
    let mut batch = Vec::with_capacity(size);
    let mut index = 0;
    while batch.len() < size && index < waiting.len() {
        if waiting[index].shape == shape {
            batch.extend(waiting.remove(index));
        } else {
            index += 1;
        }
    }
    batch
}

/// The largest power of two not above `waiting` (and [`MOST_PER_STATEMENT`]); 0 for 0.
fn batch_size(waiting: usize) -> usize {
    match waiting.min(MOST_PER_STATEMENT) {
        0 => 0,
        n => 1 << n.ilog2(),
    }
}

/// Whether the server answered the statement with an error (it then rolled back, so each create may be tried
/// alone), rather than the connection failing under it (then it may have committed).
fn refused_by_the_server(error: &Error) -> bool {
    matches!(
        error,
        Error::DatabaseError(kind, _)
            if !matches!(kind, DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand)
    )
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

    #[test]
    fn only_a_refusal_the_server_answered_is_retried_create_by_create() {
        let answered = Error::DatabaseError(
            DatabaseErrorKind::ForeignKeyViolation,
            Box::new("insert or update violates foreign key constraint".to_string()),
        );
        let lost = Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection,
            Box::new("server closed the connection unexpectedly".to_string()),
        );
        assert!(refused_by_the_server(&answered));
        assert!(!refused_by_the_server(&lost));
        assert!(!refused_by_the_server(&Error::BrokenTransactionManager));
    }
}
