//! Failed sign-in counting in PostgreSQL, so every replica sees the same count.
//! Windows and locks run on real time (PostgreSQL's `now()`, the system clock), not the app's `Clock`: like the rate
//! limiter, they slow down guessing, and moving business time must not unlock an account.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Double, Integer, Nullable, Text, Timestamptz};

use crate::schema::login_throttle;
use rebound_config::LoginThrottleSettings;

#[derive(QueryableByName)]
struct LockedUntil {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    locked_until: Option<DateTime<Utc>>,
}

/// Seconds until the lock on `login_key` ends, if it is locked now.
pub fn locked_for_secs(conn: &mut PgConnection, login_key: &str) -> QueryResult<Option<u64>> {
    let until: Option<Option<DateTime<Utc>>> = login_throttle::table
        .filter(login_throttle::login_key.eq(login_key))
        .select(login_throttle::locked_until)
        .first(conn)
        .optional()?;
    Ok(until.flatten().and_then(seconds_until))
}

/// How failures on one key are limited.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Failures within `window` that lock the key.
    pub max_failures: i32,
    pub window: std::time::Duration,
    /// How long the first lock lasts.
    pub lockout: std::time::Duration,
    /// Each further lock of the key lasts twice the one before, up to [`MAX_PROGRESSIVE_LOCKOUT_SECS`].
    pub progressive: bool,
}

/// The longest a progressive lock lasts: a day (reached after six doublings of five minutes, or sooner).
pub const MAX_PROGRESSIVE_LOCKOUT_SECS: f64 = 86_400.0;

impl Limit {
    /// The operator's limits as configured, one lock length.
    pub fn flat(settings: &LoginThrottleSettings) -> Self {
        Self {
            max_failures: settings.max_failures,
            window: settings.window,
            lockout: settings.lockout,
            progressive: false,
        }
    }
}

/// Counts one failure; returns the lock's remaining seconds when this failure locked the key.
pub fn record_failure(
    conn: &mut PgConnection,
    login_key: &str,
    settings: &LoginThrottleSettings,
) -> QueryResult<Option<u64>> {
    record_failure_within(conn, login_key, &Limit::flat(settings))
}

/// Counts one failure against `limit`; returns the lock's remaining seconds when this failure locked the key. A
/// failure after a lock ended but within the same window locks again at once (the count is not reset by a lock).
pub fn record_failure_within(
    conn: &mut PgConnection,
    login_key: &str,
    limit: &Limit,
) -> QueryResult<Option<u64>> {
    // One statement, so concurrent failures on several replicas are all counted. `$5` doubles the lock per earlier
    // lock of the key (progressive keys only), capped at `$6` seconds and at 2^10 doublings before the cap.
    let row = diesel::sql_query(
        "INSERT INTO login_throttle AS t (login_key, failures, window_started_at, locked_until, lockouts)
         VALUES ($1, 1, now(), CASE WHEN 1 >= $3 THEN now() + make_interval(secs => $4) END,
                 CASE WHEN 1 >= $3 THEN 1 ELSE 0 END)
         ON CONFLICT (login_key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2)
                                    THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN (CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END) >= $3
             THEN now() + make_interval(secs => CASE WHEN $5
               THEN least($4 * power(2, least(t.lockouts, 10)), greatest($4, $6)) ELSE $4 END)
             ELSE t.locked_until END,
           lockouts = CASE
             WHEN (CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END) >= $3
             THEN t.lockouts + 1 ELSE t.lockouts END
         RETURNING locked_until",
    )
    .bind::<Text, _>(login_key)
    .bind::<Double, _>(limit.window.as_secs_f64())
    .bind::<Integer, _>(limit.max_failures)
    .bind::<Double, _>(limit.lockout.as_secs_f64())
    .bind::<Bool, _>(limit.progressive)
    .bind::<Double, _>(MAX_PROGRESSIVE_LOCKOUT_SECS)
    .get_result::<LockedUntil>(conn)?;
    Ok(row.locked_until.and_then(seconds_until))
}

/// Forgets the failures of `login_key` after a successful sign-in.
pub fn clear(conn: &mut PgConnection, login_key: &str) -> QueryResult<()> {
    diesel::delete(login_throttle::table.filter(login_throttle::login_key.eq(login_key)))
        .execute(conn)
        .map(|_| ())
}

fn seconds_until(until: DateTime<Utc>) -> Option<u64> {
    let remaining = (until - Utc::now()).num_milliseconds();
    // Round up: "Retry-After: 0" would invite an immediate retry that is still refused.
    (remaining > 0).then(|| (remaining as u64).div_ceil(1000))
}
