//! Database access: the connection pool, the one helper that runs blocking diesel code off the async workers,
//! migrations under an advisory lock, and the readiness state.

pub mod columns;
pub mod combined;
pub mod models;
pub mod notifications;
pub mod schema;

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, ManageConnection, Pool};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use rebound_config::DatabaseSettings;

/// The migrations in `migrations/`, compiled into the binary.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

/// Arbitrary but fixed key of the advisory lock that serialises migrations across replicas.
const MIGRATION_LOCK_KEY: i64 = 0x0052_4542_4f55_4e44; // "REBOUND" in ASCII

pub type PgPool = Pool<CheckedManager>;

/// How long a readiness probe waits for a pooled connection before it looks at the pool's recent work instead.
pub const PROBE_CHECKOUT: Duration = Duration::from_millis(250);

/// A connection that was quiet this long is pinged before it is handed out (it may have been cut meanwhile).
const PING_AFTER_IDLE: Duration = Duration::from_secs(1);

/// A pooled connection and what decides whether it needs a ping before its next use.
pub struct PooledPg {
    conn: PgConnection,
    last_used: std::time::Instant,
    /// The last work on it failed: the failure may have been the connection itself.
    suspect: bool,
}

/// diesel's r2d2 manager, except that checkout pings only connections that were idle or whose last work failed.
/// r2d2's default pings on every checkout: one extra round trip per request (by-id reads are one query), measured
/// by `scripts/bench-http.sh`. A connection in steady use has just answered; one that sat idle (a database restart
/// may have cut it) or ended in an error is still checked, so a cut connection costs no request.
pub struct CheckedManager(ConnectionManager<PgConnection>);

impl ManageConnection for CheckedManager {
    type Connection = PooledPg;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<PooledPg, Self::Error> {
        Ok(PooledPg {
            conn: self.0.connect()?,
            last_used: std::time::Instant::now(),
            suspect: false,
        })
    }

    fn is_valid(&self, pooled: &mut PooledPg) -> Result<(), Self::Error> {
        if pooled.suspect || pooled.last_used.elapsed() >= PING_AFTER_IDLE {
            self.0.is_valid(&mut pooled.conn)?;
            pooled.suspect = false;
        }
        Ok(())
    }

    fn has_broken(&self, pooled: &mut PooledPg) -> bool {
        self.0.has_broken(&mut pooled.conn)
    }
}

/// Why a piece of database work could not be done: no connection within the checkout timeout, migrations not yet
/// applied, the blocking pool shutting down, or no answer before the deadline. Callers map it to their own error
/// (the API answers 503).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unavailable(pub String, pub Outcome);

/// Whether work that could not be confirmed may still have taken effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It never ran, or it only read.
    NothingChanged,
    /// A write was under way when the deadline passed: it may still commit.
    Unknown,
}

/// The outcome of work whose caller heard nothing back: `if_started` once it started, else nothing changed.
fn outcome_if_started(state: &AtomicU8, if_started: Outcome) -> Outcome {
    if state.load(Ordering::Acquire) == STARTED {
        if_started
    } else {
        Outcome::NothingChanged
    }
}

/// The caller's `deadline` passed: one atomic decision — either the work has started (and may still commit:
/// `if_started`), or it never will.
fn give_up(state: &AtomicU8, if_started: Outcome, deadline: Duration) -> Unavailable {
    let outcome =
        match state.compare_exchange(WAITING, ABANDONED, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => Outcome::NothingChanged,
            Err(_) => if_started,
        };
    Unavailable(
        format!("no answer from the database within {deadline:?}"),
        outcome,
    )
}

impl Unavailable {
    fn before_start(cause: impl Into<String>) -> Self {
        Unavailable(cause.into(), Outcome::NothingChanged)
    }
}

/// The pool plus whether migrations have run; cheap to clone.
#[derive(Clone)]
pub struct Database {
    pool: PgPool,
    /// The URL with the client timeouts, for migrations (they run on a connection of their own).
    url: Arc<str>,
    migrated: Arc<AtomicBool>,
    /// How long a request waits for the database's answer, whatever the database does.
    deadline: Duration,
    /// What readiness and metrics learn from the work the pool runs.
    health: Arc<PoolHealth>,
    /// Creates waiting to be written together (see [`combined`]).
    combiner: Arc<combined::Combiner>,
}

/// States of one piece of work, decided once by compare-and-exchange: it starts (then it may write) or it is
/// abandoned by its caller's deadline (then it never starts), never both.
const WAITING: u8 = 0;
const STARTED: u8 = 1;
const ABANDONED: u8 = 2;

/// Evidence about the pool gathered from the work it runs.
#[derive(Debug)]
struct PoolHealth {
    /// Reference point of `last_success_ms`.
    epoch: std::time::Instant,
    /// When work last succeeded on a pooled connection, in milliseconds after `epoch` (0: never).
    last_success_ms: AtomicU64,
    /// Work whose caller gave up (its deadline passed) before a connection was free, and which therefore never ran.
    skipped: AtomicU64,
}

impl PoolHealth {
    fn new() -> Self {
        Self {
            epoch: std::time::Instant::now(),
            last_success_ms: AtomicU64::new(0),
            skipped: AtomicU64::new(0),
        }
    }

    fn record_success(&self) {
        let ms = self.epoch.elapsed().as_millis() as u64;
        self.last_success_ms.store(ms.max(1), Ordering::Relaxed);
    }

    /// Whether work succeeded on a pooled connection within `window`.
    fn succeeded_within(&self, window: Duration) -> bool {
        match self.last_success_ms.load(Ordering::Relaxed) {
            0 => false,
            ms => self.epoch.elapsed() <= Duration::from_millis(ms) + window,
        }
    }
}

/// libpq settings that bound how long a dead or silent server can hold a connection: a connect timeout, TCP
/// keepalives, and a TCP user timeout (unacknowledged data), so a black-holed database fails the connection
/// instead of leaving it hanging for the operating system's minutes.
const CLIENT_TIMEOUTS: [(&str, &str); 6] = [
    ("connect_timeout", "2"),
    ("keepalives", "1"),
    ("keepalives_idle", "5"),
    ("keepalives_interval", "2"),
    ("keepalives_count", "3"),
    ("tcp_user_timeout", "10000"),
];

/// `url` with [`CLIENT_TIMEOUTS`] added, except those it sets itself.
fn with_client_timeouts(url: &str) -> String {
    let mut url = url.to_string();
    for (name, value) in CLIENT_TIMEOUTS {
        if !url.contains(&format!("{name}=")) {
            let separator = if url.contains('?') { '&' } else { '?' };
            url = format!("{url}{separator}{name}={value}");
        }
    }
    url
}

/// Session settings of every pooled connection, applied when it is opened.
#[derive(Debug)]
struct SessionDefaults {
    statement_timeout_ms: u128,
    /// Set once the role was refused `lc_messages`, so the warning is logged once per pool, not per connection.
    messages_warned: AtomicBool,
}

/// Asks PostgreSQL for its untranslated messages. Diesel does not expose the SQLSTATE of a deadlock, a statement
/// timeout or a server shutdown, so the service recognises them by their message text, which must not depend on
/// the server's `lc_messages`. Only a superuser, or a role granted `SET ON PARAMETER lc_messages` (PostgreSQL 15+),
/// may change it; for any other role the server's default applies and a warning says how to fix it.
const UNTRANSLATED_MESSAGES: &str = "SET lc_messages = 'C'";

impl CustomizeConnection<PooledPg, diesel::r2d2::Error> for SessionDefaults {
    fn on_acquire(&self, pooled: &mut PooledPg) -> Result<(), diesel::r2d2::Error> {
        pooled
            .conn
            .batch_execute(&format!(
                "SET statement_timeout = {}; SET TIME ZONE 'UTC'; SET application_name = 'rebound'",
                self.statement_timeout_ms
            ))
            .map_err(diesel::r2d2::Error::QueryError)?;
        // Outside a transaction, a refused SET leaves the session usable.
        if let Err(error) = pooled.conn.batch_execute(UNTRANSLATED_MESSAGES) {
            if !self.messages_warned.swap(true, Ordering::Relaxed) {
                tracing::warn!(
                    error = %error,
                    "cannot set lc_messages = 'C' for this role: a deadlock, a statement timeout or a server shutdown \
                     is recognised only if the server's messages are English; run \
                     `ALTER ROLE <role> SET lc_messages = 'C'` as a superuser, or GRANT SET ON PARAMETER lc_messages"
                );
            }
        }
        Ok(())
    }
}

impl Database {
    /// Builds the pool without connecting: the service starts while the database is still coming up, and
    /// readiness reports when it is reachable.
    pub fn connect_lazily(url: &str, settings: &DatabaseSettings) -> Self {
        let url = with_client_timeouts(url);
        let manager = CheckedManager(ConnectionManager::<PgConnection>::new(&url));
        let pool = Pool::builder()
            .max_size(settings.pool_max_size)
            .min_idle(Some(0))
            .connection_timeout(settings.pool_checkout_timeout)
            .error_handler(Box::new(QuietPoolErrors::new(Duration::from_secs(5))))
            .connection_customizer(Box::new(SessionDefaults {
                statement_timeout_ms: settings.statement_timeout.as_millis(),
                messages_warned: AtomicBool::new(false),
            }))
            .build_unchecked(manager);
        Self {
            pool,
            url: url.into(),
            migrated: Arc::new(AtomicBool::new(false)),
            deadline: settings.deadline,
            health: Arc::new(PoolHealth::new()),
            combiner: Arc::new(combined::Combiner::new(settings.pool_max_size)),
        }
    }

    /// The pool's current occupancy, for metrics.
    pub fn pool_state(&self) -> (u32, u32, u32) {
        let state = self.pool.state();
        (
            state.connections,
            state.idle_connections,
            self.pool.max_size(),
        )
    }

    /// How many pieces of work were never run because their caller had given up (its deadline passed) before a
    /// pooled connection was free, for metrics.
    pub fn skipped_work(&self) -> u64 {
        self.health.skipped.load(Ordering::Relaxed)
    }

    /// True once migrations have completed in this process.
    pub fn is_migrated(&self) -> bool {
        self.migrated.load(Ordering::Acquire)
    }

    /// Runs `work` with a pooled connection on the blocking thread pool. The connection is checked out *inside*
    /// the blocking closure, so a slow checkout never stalls an async worker.
    ///
    /// Reading work: when the database gives no answer before the deadline (frozen, black-holed), the caller gets
    /// [`Unavailable`] with [`Outcome::NothingChanged`] instead of waiting for as long as the outage lasts.
    pub async fn run<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut PgConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<Unavailable> + Send + 'static,
    {
        self.run_with_deadline(work, Outcome::NothingChanged).await
    }

    /// Like [`Database::run`] for work that writes: a deadline that passes while it runs leaves the outcome
    /// unknown ([`Outcome::Unknown`]), since the write may still commit when the database answers again. A deadline
    /// that passes while it still waits for a connection abandons it: it never starts, and the caller hears
    /// [`Outcome::NothingChanged`].
    pub async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut PgConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<Unavailable> + Send + 'static,
    {
        self.run_with_deadline(work, Outcome::Unknown).await
    }

    async fn run_with_deadline<T, E, F>(&self, work: F, on_deadline: Outcome) -> Result<T, E>
    where
        F: FnOnce(&mut PgConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<Unavailable> + Send + 'static,
    {
        if !self.is_migrated() {
            return Err(Unavailable::before_start("migrations have not completed yet").into());
        }
        let pool = self.pool.clone();
        let state = Arc::new(AtomicU8::new(WAITING));
        let claim = state.clone();
        let health = self.health.clone();
        let blocking = tokio::task::spawn_blocking(move || {
            let mut conn = pool
                .get()
                .map_err(|e| Unavailable::before_start(e.to_string()))?;
            // The caller may have given up while this waited for a connection; then it was told that nothing
            // changed, so the work must not start now.
            if claim
                .compare_exchange(WAITING, STARTED, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
            {
                health.skipped.fetch_add(1, Ordering::Relaxed);
                return Err(Unavailable::before_start(
                    "the caller gave up before the work started",
                )
                .into());
            }
            let result = work(&mut conn.conn);
            conn.suspect = result.is_err();
            conn.last_used = std::time::Instant::now();
            if result.is_ok() {
                health.record_success();
            }
            result
        });
        // The blocking thread cannot be interrupted; it finishes (or fails on its TCP timeouts) on its own, and
        // its connection goes back to the pool or is dropped then. The request does not wait for it.
        match tokio::time::timeout(self.deadline, blocking).await {
            Ok(Ok(done)) => done,
            // The closure panicked (while the work ran, or it could not have panicked) or the blocking pool is
            // shutting down (then it never started).
            Ok(Err(e)) => Err(Unavailable(
                format!("the database work did not complete: {e}"),
                outcome_if_started(&state, on_deadline),
            )
            .into()),
            Err(_) => Err(give_up(&state, on_deadline, self.deadline).into()),
        }
    }

    /// Purges expired rows once an hour for as long as the server runs (see [`purge_expired`]). A failed run
    /// (the database down at start, say) is retried with backoff rather than an hour later.
    pub fn purge_periodically(&self) {
        let database = self.clone();
        tokio::task::spawn_local(async move {
            let mut retry = PURGE_RETRY_FIRST;
            loop {
                let purged = database
                    .write(|conn| {
                        purge_expired(conn).map_err(|e| Unavailable::before_start(e.to_string()))
                    })
                    .await;
                let wait = match purged {
                    Ok(()) => {
                        retry = PURGE_RETRY_FIRST;
                        PURGE_EVERY
                    }
                    Err(error) => {
                        tracing::warn!(error = %error, retry_in_secs = retry.as_secs(), "purging expired rows failed");
                        let wait = retry;
                        retry = next_backoff(retry, PURGE_RETRY_MAX);
                        wait
                    }
                };
                tokio::time::sleep(wait).await;
            }
        });
    }

    /// Readiness: one round trip on a pooled connection, so a probe needs no PostgreSQL connection of its own
    /// (with `max_connections` used up, a new one would be refused while the pool serves on). When no pooled
    /// connection comes free within [`PROBE_CHECKOUT`] because every one is busy, work that succeeded on one
    /// within the deadline is evidence enough: a replica busy serving requests stays ready, one whose requests all
    /// wait on a frozen database does not.
    pub async fn ping(&self) -> Result<(), Unavailable> {
        let pool = self.pool.clone();
        let (health, recent) = (self.health.clone(), self.deadline);
        let probe = tokio::task::spawn_blocking(move || -> Result<(), Unavailable> {
            match pool.get_timeout(PROBE_CHECKOUT) {
                Ok(mut conn) => {
                    let answered = conn.conn.batch_execute("SELECT 1");
                    conn.suspect = answered.is_err();
                    conn.last_used = std::time::Instant::now();
                    answered.map_err(|e| Unavailable::before_start(e.to_string()))?;
                    health.record_success();
                    Ok(())
                }
                Err(error) => {
                    let state = pool.state();
                    let all_busy = state.connections > 0 && state.idle_connections == 0;
                    if all_busy && health.succeeded_within(recent) {
                        Ok(())
                    } else {
                        Err(Unavailable::before_start(error.to_string()))
                    }
                }
            }
        });
        match tokio::time::timeout(self.deadline, probe).await {
            Ok(answered) => answered.map_err(|e| Unavailable::before_start(e.to_string()))?,
            Err(_) => Err(Unavailable::before_start(
                "no answer from the database within the deadline",
            )),
        }
    }

    /// Applies pending migrations while holding a PostgreSQL advisory lock, so replicas that start together
    /// migrate one at a time. Runs on a connection of its own, closed afterwards: migrations lift the statement
    /// timeout, and a pooled connection would carry that into request handling.
    pub fn migrate(&self) -> anyhow::Result<()> {
        let mut conn = <PgConnection as diesel::Connection>::establish(&self.url)?;
        run_migrations(&mut conn)?;
        self.migrated.store(true, Ordering::Release);
        Ok(())
    }

    /// Migrates on a background thread, retrying until the database is reachable; requests get 503 meanwhile.
    pub fn migrate_in_background(&self) {
        let database = self.clone();
        std::thread::Builder::new()
            .name("rebound-migrate".into())
            .spawn(move || {
                let mut delay = Duration::from_millis(200);
                loop {
                    match database.migrate() {
                        Ok(()) => {
                            tracing::info!("database migrations are up to date");
                            return;
                        }
                        Err(error) => {
                            tracing::warn!(error = %error, retry_in_ms = delay.as_millis() as u64, "database not ready for migrations");
                            std::thread::sleep(delay);
                            delay = next_backoff(delay, Duration::from_secs(5));
                        }
                    }
                }
            })
            .expect("spawning the migration thread");
    }
}

/// How long events stay readable from `/v1/events` (and redeliverable).
pub const EVENT_RETENTION_DAYS: u32 = 30;

/// How often expired rows are purged, and the backoff of a failed purge.
const PURGE_EVERY: Duration = Duration::from_secs(3600);
const PURGE_RETRY_FIRST: Duration = Duration::from_secs(5);
const PURGE_RETRY_MAX: Duration = Duration::from_secs(300);

/// Doubles `delay`, up to `max`.
fn next_backoff(delay: Duration, max: Duration) -> Duration {
    (delay * 2).min(max)
}

/// r2d2 reports every failed connection attempt; during an outage that is many a second, each several lines. This
/// logs the first at once and then at most one line per interval, with how many were folded into it.
#[derive(Debug)]
struct QuietPoolErrors {
    interval: Duration,
    state: std::sync::Mutex<(Option<std::time::Instant>, u64)>,
}

impl QuietPoolErrors {
    fn new(interval: Duration) -> Self {
        Self {
            interval,
            state: std::sync::Mutex::new((None, 0)),
        }
    }

    /// Whether to log now, and how many errors were suppressed since the last line.
    fn should_log(&self, now: std::time::Instant) -> Option<u64> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (last, suppressed) = &mut *state;
        match last {
            Some(at) if now.duration_since(*at) < self.interval => {
                *suppressed += 1;
                None
            }
            _ => {
                *last = Some(now);
                Some(std::mem::take(suppressed))
            }
        }
    }
}

impl diesel::r2d2::HandleError<diesel::r2d2::Error> for QuietPoolErrors {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        if let Some(suppressed) = self.should_log(std::time::Instant::now()) {
            let first_line = error.to_string();
            let first_line = first_line.lines().next().unwrap_or_default();
            tracing::warn!(error = first_line, suppressed, "database connection failed");
        }
    }
}

/// How long a stored Idempotency-Key response is kept: retries come within minutes, not days.
pub const IDEMPOTENCY_RETENTION_HOURS: u32 = 24;

/// Deletes rows that can no longer matter: stored idempotent responses past retention, login-throttle rows whose
/// window and lock have passed, refresh tokens expired for a day, old revocations, and events (with their
/// deliveries) past their retention. Safe to run on every replica at once.
pub fn purge_expired(conn: &mut PgConnection) -> diesel::QueryResult<()> {
    conn.batch_execute(&format!(
        "DELETE FROM idempotency_keys WHERE created_at < now() - interval '{IDEMPOTENCY_RETENTION_HOURS} hours';
         DELETE FROM login_throttle
          WHERE window_started_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now());
         DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day';
         DELETE FROM authorization_codes WHERE expires_at < now() - interval '1 day';
         DELETE FROM revocations WHERE revoked_at < now() - interval '2 days';
         DELETE FROM events WHERE created_at < now() - interval '{EVENT_RETENTION_DAYS} days';
         DELETE FROM ats_objects WHERE seen_at < now() - interval '{ATS_OBJECT_RETENTION_DAYS} days';",
        ATS_OBJECT_RETENTION_DAYS = models::ats_object::RETENTION_DAYS,
    ))
}

/// Runs pending migrations on one connection under the migration advisory lock.
pub fn run_migrations(conn: &mut PgConnection) -> anyhow::Result<()> {
    // Waiting for another replica's lock, or building an index, may take longer than the request timeout.
    conn.batch_execute("SET statement_timeout = 0")?;
    conn.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
    let result = conn
        .run_pending_migrations(MIGRATIONS)
        .map(|_| ())
        .map_err(|e| anyhow::anyhow!("running migrations: {e}"));
    conn.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_errors_are_logged_once_per_interval_with_a_count() {
        let quiet = QuietPoolErrors::new(Duration::from_secs(5));
        let start = std::time::Instant::now();
        assert_eq!(quiet.should_log(start), Some(0));
        for ms in [10, 200, 4_000] {
            assert_eq!(quiet.should_log(start + Duration::from_millis(ms)), None);
        }
        assert_eq!(quiet.should_log(start + Duration::from_secs(6)), Some(3));
        assert_eq!(quiet.should_log(start + Duration::from_secs(7)), None);
    }

    #[test]
    fn a_success_vouches_for_readiness_only_within_its_window() {
        let health = PoolHealth::new();
        assert!(
            !health.succeeded_within(Duration::from_secs(60)),
            "nothing succeeded yet"
        );
        health.record_success();
        assert!(health.succeeded_within(Duration::from_secs(60)));
        // A success 10 s ago.
        let earlier = PoolHealth {
            epoch: std::time::Instant::now() - Duration::from_secs(10),
            ..PoolHealth::new()
        };
        earlier.last_success_ms.store(1, Ordering::Relaxed);
        assert!(!earlier.succeeded_within(Duration::from_secs(5)));
        assert!(earlier.succeeded_within(Duration::from_secs(60)));
    }

    #[test]
    fn backoff_doubles_up_to_its_ceiling() {
        let max = Duration::from_secs(300);
        assert_eq!(
            next_backoff(Duration::from_secs(5), max),
            Duration::from_secs(10)
        );
        assert_eq!(next_backoff(Duration::from_secs(200), max), max);
    }

    #[test]
    fn client_timeouts_are_added_unless_the_url_sets_them() {
        let all = "connect_timeout=2&keepalives=1&keepalives_idle=5&keepalives_interval=2&keepalives_count=3\
                   &tcp_user_timeout=10000";
        assert_eq!(
            with_client_timeouts("postgres://h/db"),
            format!("postgres://h/db?{all}")
        );
        assert_eq!(
            with_client_timeouts("postgres://h/db?sslmode=require"),
            format!("postgres://h/db?sslmode=require&{all}")
        );
        assert!(with_client_timeouts("postgres://h/db?connect_timeout=9")
            .starts_with("postgres://h/db?connect_timeout=9&keepalives=1"));
    }
}
