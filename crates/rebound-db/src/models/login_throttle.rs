//! Failed sign-in counting in PostgreSQL, so every replica sees the same count.
//! Windows and locks run on real time (PostgreSQL's `now()`, the system clock), not the app's `Clock`: like the rate
//! limiter, they slow down guessing, and moving business time must not unlock an account.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Double, Integer, Nullable, Text, Timestamptz};

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

/// Counts one failure; returns the lock's remaining seconds when this failure locked the key.
pub fn record_failure(
    conn: &mut PgConnection,
    login_key: &str,
    settings: &LoginThrottleSettings,
) -> QueryResult<Option<u64>> {
    // One statement, so concurrent failures on several replicas are all counted.
    let row = diesel::sql_query(
        "INSERT INTO login_throttle AS t (login_key, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), CASE WHEN 1 >= $3 THEN now() + make_interval(secs => $4) END)
         ON CONFLICT (login_key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2)
                                    THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN (CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END) >= $3
             THEN now() + make_interval(secs => $4)
             ELSE t.locked_until END
         RETURNING locked_until",
    )
    .bind::<Text, _>(login_key)
    .bind::<Double, _>(settings.window.as_secs_f64())
    .bind::<Integer, _>(settings.max_failures)
    .bind::<Double, _>(settings.lockout.as_secs_f64())
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
