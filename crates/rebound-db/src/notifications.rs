//! PostgreSQL notifications (`LISTEN`/`NOTIFY`) turned into wake-ups of an async worker.
//!
//! libpq receives notifications on an idle connection without being asked, and diesel reads what has arrived
//! without blocking (`notifications_iter`), but neither lets a caller wait on the socket. So a thread of its own
//! holds one connection outside the pool, listening, and looks at it every [`CHECK_EVERY`]: a cheap non-blocking
//! read, so a notification wakes the worker within that much. The thread ends once the worker is gone.

use std::sync::{Arc, Weak};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use tokio::sync::Notify;

use crate::Database;

/// The channel a statement that queues webhook deliveries notifies at commit (the trigger of migration
/// `2026-12-07-100001_deliveries_queued_notify`).
pub const DELIVERIES_QUEUED: &str = "rebound_deliveries_queued";

/// How often the listening connection is looked at: the most a notification waits to wake the worker.
const CHECK_EVERY: Duration = Duration::from_millis(10);

/// Backoff of a listening connection that could not be opened or broke.
const RECONNECT_FIRST: Duration = Duration::from_millis(200);
const RECONNECT_MAX: Duration = Duration::from_secs(5);

impl Database {
    /// Wakes `worker` whenever `channel` is notified, for as long as `worker` lives, over a connection of its own
    /// (not the pool's: a listening session must stay open). The worker is also woken after every (re)connection,
    /// since notifications sent while the connection was down are lost; it keeps its own poll as the fallback.
    pub fn wake_on_notify(&self, channel: &'static str, worker: &Arc<Notify>) {
        let url = self.url.clone();
        let worker = Arc::downgrade(worker);
        let spawned = std::thread::Builder::new()
            .name("rebound-listen".into())
            .spawn(move || listen(&url, channel, &worker));
        if let Err(error) = spawned {
            tracing::warn!(%error, channel, "cannot start listening; the worker polls only");
        }
    }
}

/// The listening thread: (re)connects with backoff and relays notifications until the worker is dropped.
fn listen(url: &str, channel: &str, worker: &Weak<Notify>) {
    let mut backoff = RECONNECT_FIRST;
    while worker.strong_count() > 0 {
        match listening_connection(url, channel) {
            Ok(mut conn) => {
                backoff = RECONNECT_FIRST;
                if let Some(worker) = worker.upgrade() {
                    worker.notify_one();
                }
                let error = relay(&mut conn, worker);
                if let Some(error) = error {
                    tracing::debug!(%error, channel, "the listening connection broke; reconnecting");
                }
            }
            Err(error) => {
                tracing::debug!(%error, channel, "cannot listen yet; the worker polls meanwhile");
                sleep_while_alive(backoff, worker);
                backoff = crate::next_backoff(backoff, RECONNECT_MAX);
            }
        }
    }
}

fn listening_connection(url: &str, channel: &str) -> Result<PgConnection, String> {
    let mut conn =
        <PgConnection as diesel::Connection>::establish(url).map_err(|e| e.to_string())?;
    conn.batch_execute(&format!(
        "SET application_name = 'rebound-listen'; LISTEN {channel}"
    ))
    .map_err(|e| e.to_string())?;
    Ok(conn)
}

/// Relays notifications until the connection breaks (its error) or the worker is gone (`None`).
fn relay(conn: &mut PgConnection, worker: &Weak<Notify>) -> Option<diesel::result::Error> {
    loop {
        let mut notified = false;
        for notification in conn.notifications_iter() {
            match notification {
                Ok(_) => notified = true,
                Err(error) => return Some(error),
            }
        }
        let worker = worker.upgrade()?;
        if notified {
            worker.notify_one();
        }
        drop(worker);
        std::thread::sleep(CHECK_EVERY);
    }
}

/// Sleeps `wait` in short steps, returning early once the worker is gone.
fn sleep_while_alive(wait: Duration, worker: &Weak<Notify>) {
    let until = std::time::Instant::now() + wait;
    while worker.strong_count() > 0 && std::time::Instant::now() < until {
        std::thread::sleep(RECONNECT_FIRST.min(until - std::time::Instant::now()));
    }
}
