//! The webhook delivery worker. Every replica runs one: it claims due deliveries with `FOR UPDATE SKIP LOCKED` (so
//! replicas share the work and no attempt is made twice), signs each as Standard Webhooks 1.0 prescribes, posts
//! it, and records the outcome — success, a retry on the schedule with jitter, or failure once the schedule is
//! spent. An endpoint that keeps failing for `disable_after` is disabled. Delivery is at-least-once: a replica that
//! dies mid-attempt leaves its claim to expire and the attempt to be made again, so receivers dedupe on
//! `webhook-id` (the event id); the claim counts the attempt, so `attempts` never falls behind what receivers saw.
//! Deliveries to one endpoint are not ordered.
//!
//! When it claims: at once again after a full batch (a backlog drains as fast as attempts finish), when a new
//! event's deliveries are queued (PostgreSQL `NOTIFY` at commit, from any replica), and every `poll_interval`
//! otherwise (retries falling due, notifications lost while the listening connection was down).

use std::net::{IpAddr, SocketAddr};

pub use crate::webhook_addresses::is_allowed;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::auth::sealing::Sealer;
use rebound_config::WebhookSettings;
use rebound_db::models::event::EventRow;
use rebound_db::models::webhook::{self, AttemptOutcome, ClaimedDelivery};
use rebound_db::{Database, Outcome, Unavailable};
use rebound_domain::events::DeliveryStatus;

/// Deliveries one worker claims per round.
const CLAIM_BATCH: usize = 16;

/// How much of a receiver's answer is kept with the delivery, and so all of it that is read: the rest of the body
/// is never received (the connection is dropped), however large or endless it is.
const KEPT_RESPONSE_BYTES: usize = 1024;

/// Announces steps as they fall due (`recovery_plan.step_due`), every `interval` by `clock`, for as long as the
/// server runs.
pub fn spawn_step_announcer(db: Database, clock: crate::clock::Clock, interval: Duration) {
    tokio::task::spawn_local(async move {
        let mut every = tokio::time::interval(interval);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            match crate::plans::announce_due_steps(&db, clock.now()).await {
                Ok(0) => {}
                Ok(count) => tracing::debug!(count, "announced due plan steps"),
                Err(error) => tracing::debug!(%error, "due steps not announced this round"),
            }
        }
    });
}

/// Starts the worker for as long as the server runs; what is due, retry times and overlaps go by `clock`.
///
/// At most `max_concurrent_attempts` attempts run at once. A round claims no more than the permits free, so a
/// claimed delivery never waits for a permit while its claim runs out; with each attempt bounded by
/// `request_timeout` and its read by [`KEPT_RESPONSE_BYTES`], the memory and sockets slow or hostile receivers can
/// hold on a replica are bounded too.
pub fn spawn(
    db: Database,
    sealer: Arc<Sealer>,
    settings: WebhookSettings,
    clock: crate::clock::Clock,
) {
    let wake = Arc::new(tokio::sync::Notify::new());
    db.wake_on_notify(rebound_db::notifications::DELIVERIES_QUEUED, &wake);
    tokio::task::spawn_local(async move {
        let permits = Arc::new(tokio::sync::Semaphore::new(
            settings.max_concurrent_attempts.max(1),
        ));
        loop {
            // With every permit taken, wait for an attempt to finish rather than claim what would wait.
            let Ok(room) = permits.acquire().await else {
                return;
            };
            drop(room);
            let free = permits.available_permits().min(CLAIM_BATCH);
            match claim(&db, &settings, clock.now(), free).await {
                Ok(claimed) => {
                    let full = claimed.len() == free;
                    // Each attempt runs on its own: one slow receiver does not hold up the others.
                    for delivery in claimed {
                        // Only this loop takes permits, and it claimed no more than were free: never waits.
                        let Ok(permit) = permits.clone().acquire_owned().await else {
                            return;
                        };
                        let (db, sealer, settings) = (db.clone(), sealer.clone(), settings.clone());
                        let clock = clock.clone();
                        tokio::task::spawn_local(async move {
                            attempt(&db, &sealer, &settings, &clock, delivery).await;
                            drop(permit);
                        });
                    }
                    if full {
                        // More may be due: claim again as soon as there is room.
                        continue;
                    }
                }
                Err(error) => tracing::debug!(%error, "no webhook deliveries claimed this round"),
            }
            // Nothing else is due: wait for new deliveries to be queued (a notification that came during the
            // claim is kept and ends this wait at once), or for the poll.
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(settings.poll_interval) => {}
            }
        }
    });
}

async fn claim(
    db: &Database,
    settings: &WebhookSettings,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<ClaimedDelivery>, Unavailable> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    // The claim lasts longer than an attempt can, so a live worker always records its outcome first.
    let lease = chrono::Duration::from_std(settings.request_timeout * 3)
        .unwrap_or(chrono::Duration::seconds(30));
    db.write(move |conn| {
        diesel::Connection::transaction(conn, |conn| {
            webhook::claim_due(conn, now, now + lease, limit)
        })
        .map_err(|e| Unavailable(e.to_string(), Outcome::NothingChanged))
    })
    .await
}

/// Sends one claimed delivery and records what happened.
async fn attempt(
    db: &Database,
    sealer: &Sealer,
    settings: &WebhookSettings,
    clock: &crate::clock::Clock,
    claimed: ClaimedDelivery,
) {
    let ClaimedDelivery {
        delivery,
        endpoint,
        event,
    } = claimed;
    // The attempt's duration is real time; when it happened, and when to retry, go by the app's clock.
    let started = Instant::now();
    // One deadline for the whole attempt: resolving, connecting, sending and reading the answer.
    let deadline = tokio::time::Instant::now() + settings.request_timeout;
    let sent = send(sealer, settings, &endpoint, &event, clock.now(), deadline).await;
    let duration_ms = i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX);
    let now = clock.now();
    // The claim counted this attempt already.
    let attempts = delivery.attempts;
    let (succeeded, response_status, response_body, error) = match sent {
        Ok((status, body)) => (
            (200..300).contains(&status),
            Some(i32::from(status)),
            Some(body),
            None,
        ),
        Err(error) => (false, None, None, Some(error)),
    };
    let (status, next_attempt_at) = if succeeded {
        (DeliveryStatus::Succeeded, None)
    } else {
        match retry_delay(&settings.retry_schedule, attempts) {
            Some(delay) => (DeliveryStatus::Retrying, Some(now + delay)),
            None => (DeliveryStatus::Failed, None),
        }
    };
    let outcome = AttemptOutcome {
        status,
        attempts,
        next_attempt_at,
        last_attempt_at: Some(now),
        response_status,
        response_body,
        duration_ms: Some(duration_ms),
        error,
    };
    let disable_after =
        chrono::Duration::from_std(settings.disable_after).unwrap_or(chrono::Duration::days(5));
    let recorded = db
        .write(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                webhook::record_attempt(conn, delivery.id, &outcome)?;
                let failing_since = webhook::record_endpoint_health(conn, endpoint.id, succeeded, now)?;
                if failing_since.is_some_and(|since| now - since >= disable_after) {
                    webhook::disable(
                        conn,
                        endpoint.id,
                        "Disabled after failing every delivery for several days; fix the receiver, then PATCH enabled: true and redeliver what it missed.",
                    )?;
                }
                diesel::QueryResult::Ok(())
            })
            .map_err(|e| Unavailable(e.to_string(), Outcome::Unknown))
        })
        .await;
    if let Err(error) = recorded {
        // The claim expires and the delivery is tried again: at least once, never lost.
        tracing::warn!(%error, delivery = %delivery.id, "recording a webhook attempt failed");
    }
}

/// The wait before the attempt after `attempts_made` failed ones, with ±10 % jitter so retries to one receiver
/// spread out; `None` once the schedule is spent.
fn retry_delay(schedule: &[Duration], attempts_made: i32) -> Option<chrono::Duration> {
    let index = usize::try_from(attempts_made).ok()?.checked_sub(1)?;
    let base = *schedule.get(index)?;
    let jitter = 0.9 + 0.2 * rand::random::<f64>();
    chrono::Duration::from_std(base.mul_f64(jitter)).ok()
}

/// Posts the event to the endpoint: `Ok((status, first bytes of the body))` for any HTTP answer, `Err` for what
/// kept one from coming (refused address, DNS, connection, timeout).
async fn send(
    sealer: &Sealer,
    settings: &WebhookSettings,
    endpoint: &webhook::EndpointRow,
    event: &EventRow,
    now: DateTime<Utc>,
    deadline: tokio::time::Instant,
) -> Result<(u16, String), String> {
    let url = url::Url::parse(&endpoint.url)
        .map_err(|_| "the endpoint URL does not parse".to_string())?;
    let port = url
        .port_or_known_default()
        .ok_or("the endpoint URL has no port")?;
    // An IP literal (`[::1]` without its brackets) is checked as it is; a name is resolved and every answer checked.
    let (name, address) = match url.host().ok_or("the endpoint URL has no host")? {
        url::Host::Ipv4(ip) => (None, literal_allowed(IpAddr::V4(ip), port, settings)?),
        url::Host::Ipv6(ip) => (None, literal_allowed(IpAddr::V6(ip), port, settings)?),
        url::Host::Domain(name) => {
            let address = tokio::time::timeout_at(deadline, resolve_allowed(name, port, settings))
                .await
                .map_err(|_| timed_out(settings))??;
            (Some(name.to_string()), address)
        }
    };
    // The envelope exactly as `/v1/events/{id}` returns it.
    let body =
        serde_json::to_string(&crate::view::event(event.clone())).map_err(|e| e.to_string())?;
    // The system clock: receivers check `webhook-timestamp` against their own clocks (replay protection).
    let timestamp = Utc::now().timestamp();
    let signature = signatures(
        sealer,
        endpoint,
        &event.id.to_string(),
        timestamp,
        &body,
        now,
    )?;
    // Pinned to the address checked above, so a second DNS answer cannot point the request elsewhere; redirects
    // are not followed, for the same reason.
    let mut client = reqwest::Client::builder()
        .timeout(deadline.saturating_duration_since(tokio::time::Instant::now()))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Rebound-Webhooks/", env!("CARGO_PKG_VERSION")));
    if let Some(name) = &name {
        client = client.resolve(name, address);
    }
    let client = client
        .build()
        .map_err(|e| format!("building the HTTP client: {e}"))?;
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", event.id.to_string())
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(body)
        .send()
        .await
        .map_err(|e| describe_send_error(&e, settings))?;
    let status = response.status().as_u16();
    Ok((status, first_bytes(response, deadline).await))
}

/// The first [`KEPT_RESPONSE_BYTES`] of the answer's body, read chunk by chunk and no further (a chunk is bounded
/// by the HTTP client's read buffer); what arrived before a broken body or the deadline is kept.
async fn first_bytes(mut response: reqwest::Response, deadline: tokio::time::Instant) -> String {
    let mut kept = Vec::with_capacity(KEPT_RESPONSE_BYTES);
    while kept.len() < KEPT_RESPONSE_BYTES {
        match tokio::time::timeout_at(deadline, response.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                let room = KEPT_RESPONSE_BYTES - kept.len();
                kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(Ok(None) | Err(_)) | Err(_) => break,
        }
    }
    String::from_utf8_lossy(&kept).into_owned()
}

fn timed_out(settings: &WebhookSettings) -> String {
    format!(
        "no answer within {} seconds",
        settings.request_timeout.as_secs()
    )
}

fn describe_send_error(error: &reqwest::Error, settings: &WebhookSettings) -> String {
    if error.is_timeout() {
        timed_out(settings)
    } else if error.is_connect() {
        "could not connect".into()
    } else {
        "the request failed before an answer".into()
    }
}

/// `v1,<sig>` for the current secret, and for the previous one while a rotation's overlap lasts, space-separated.
fn signatures(
    sealer: &Sealer,
    endpoint: &webhook::EndpointRow,
    message_id: &str,
    timestamp: i64,
    body: &str,
    now: DateTime<Utc>,
) -> Result<String, String> {
    let mut secrets = vec![endpoint.secret_encrypted.clone()];
    if let (Some(previous), Some(until)) = (
        &endpoint.previous_secret_encrypted,
        endpoint.previous_secret_expires_at,
    ) {
        if until > now {
            secrets.push(previous.clone());
        }
    }
    let signed: Result<Vec<String>, String> = secrets
        .iter()
        .map(|sealed| {
            let secret = sealer
                .open(sealed)
                .map_err(|_| "the signing secret cannot be opened".to_string())?;
            standardwebhooks::Webhook::new(&secret)
                .and_then(|hook| hook.sign(message_id, timestamp, body.as_bytes()))
                .map_err(|e| format!("signing: {e}"))
        })
        .collect();
    Ok(signed?.join(" "))
}

/// The literal's socket address, if deliveries may go there.
fn literal_allowed(
    ip: IpAddr,
    port: u16,
    settings: &WebhookSettings,
) -> Result<SocketAddr, String> {
    if is_allowed(ip, settings) {
        Ok(SocketAddr::new(ip, port))
    } else {
        Err(format!(
            "refused: {ip} is a loopback, private or other internal address (set REBOUND_WEBHOOK_ALLOW_PRIVATE=true to allow)"
        ))
    }
}

/// Resolves the host and returns an address deliveries may go to: none of loopback, private, link-local (cloud
/// metadata included), unspecified, multicast or shared addresses unless the settings allow them.
async fn resolve_allowed(
    host: &str,
    port: u16,
    settings: &WebhookSettings,
) -> Result<SocketAddr, String> {
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| format!("the host `{host}` does not resolve"))?
        .collect();
    if addresses.is_empty() {
        return Err(format!("the host `{host}` does not resolve"));
    }
    // Every answer must be allowed: a name resolving to one public and one internal address is refused.
    if let Some(refused) = addresses.iter().find(|a| !is_allowed(a.ip(), settings)) {
        return Err(format!(
            "refused: `{host}` resolves to {}, a loopback, private or link-local address (set REBOUND_WEBHOOK_ALLOW_PRIVATE=true to allow)",
            refused.ip()
        ));
    }
    Ok(addresses[0])
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Webhook settings for unit tests, with the address rules given.
    pub(crate) fn settings(allow_private: bool, allow_loopback: bool) -> WebhookSettings {
        WebhookSettings {
            sealing_keys: Vec::new(),
            allow_private,
            allow_loopback,
            retry_schedule: vec![Duration::from_secs(5), Duration::from_secs(300)],
            poll_interval: Duration::from_secs(1),
            max_concurrent_attempts: 64,
            request_timeout: Duration::from_secs(10),
            disable_after: Duration::from_secs(86_400),
        }
    }

    #[test]
    fn retries_follow_the_schedule_with_jitter_and_then_stop() {
        let schedule = settings(false, false).retry_schedule;
        let first = retry_delay(&schedule, 1).unwrap().num_milliseconds();
        assert!((4_500..=5_500).contains(&first), "{first}");
        let second = retry_delay(&schedule, 2).unwrap().num_seconds();
        assert!((270..=330).contains(&second), "{second}");
        assert!(retry_delay(&schedule, 3).is_none());
        assert!(retry_delay(&schedule, 0).is_none());
    }
}
