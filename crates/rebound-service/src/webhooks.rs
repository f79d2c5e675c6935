//! Webhook endpoints: registering where a workspace's events go, with a signing secret shown once and stored sealed;
//! changing, rotating, testing and removing them; reading their deliveries and queueing redeliveries. Sending is
//! the delivery worker's ([`crate::delivery`]), never a request's.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{EventId, WebhookEndpointId, WorkspaceId};

use super::{check_version, events, in_transaction, Database};
use crate::auth::sealing::Sealer;
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::view;
use crate::NewestFirst;
use std::net::IpAddr;

use crate::delivery::is_allowed;
use rebound_config::{Environment, Settings};
use rebound_db::models::event;
use rebound_db::models::webhook::{self, EndpointChanges, NewEndpoint};
use rebound_domain::bounded::{webhook_url_has_shape, WebhookDescription, WebhookUrl};
use rebound_domain::events::{EventType, ALL_EVENTS};
use rebound_views::events::PingData;
use rebound_views::webhooks::{
    DeliveryResponse, QueuedDeliveries, WebhookEndpointResponse, WebhookEndpointWithSecret,
};

/// How long a rotated-out signing secret keeps signing alongside the new one.
pub const ROTATION_OVERLAP: chrono::Duration = chrono::Duration::hours(24);

/// Most endpoints a workspace may register.
const MAX_ENDPOINTS_PER_WORKSPACE: usize = 20;

/// A new endpoint, as sent.
#[derive(Debug, Clone)]
pub struct EndpointInput {
    pub url: String,
    pub events: Vec<String>,
    pub description: Option<String>,
}

/// A change to an endpoint, as sent: `None` leaves a field as it is; `Some(None)` clears the description.
#[derive(Debug, Clone, Default)]
pub struct EndpointUpdate {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub description: Option<Option<String>>,
    pub enabled: Option<bool>,
}

/// A new signing secret in the Standard Webhooks form: `whsec_` and base64 of 32 random bytes.
fn new_signing_secret() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    format!(
        "whsec_{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// The URL, checked: absolute `https` (or `http` outside production), with a host, no credentials, at most 2,000
/// characters. Where it resolves to is checked at each delivery, after DNS resolution (see [`crate::delivery`]).
/// A URL of the documented shape that still cannot be used (it does not parse, say `https://[::1`, or it is `http`
/// in production) is a 422; anything else wrong is a 400.
fn checked_url(v: &mut Validator, raw: &str, settings: &Settings) -> String {
    let environment = settings.environment;
    let text = v.text::<WebhookUrl>("url", raw);
    if !webhook_url_has_shape(raw) {
        v.check(
            false,
            "url",
            "must be an absolute http(s) URL such as https://example.com/hooks, without spaces or credentials",
        );
        return text;
    }
    match url::Url::parse(&text) {
        Ok(url) => {
            let scheme_ok = url.scheme() == "https"
                || (url.scheme() == "http" && environment == Environment::Development);
            v.check_semantic(
                scheme_ok,
                "url",
                "must be an https URL (http is accepted only in development)",
            );
            v.check_semantic(url.host().is_some(), "url", "must name a host");
            // In production an internal IP literal is refused now, not only at each delivery (names are checked
            // when they are resolved, at delivery); one message per field, so only once the scheme is right.
            let literal = match url.host() {
                Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
                Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
                _ => None,
            };
            v.check_semantic(
                !scheme_ok
                    || environment != Environment::Production
                    || literal.is_none_or(|ip| is_allowed(ip, &settings.webhooks)),
                "url",
                "must not be a loopback, private or other internal address",
            );
            v.check_semantic(
                url.username().is_empty() && url.password().is_none(),
                "url",
                "must not carry credentials",
            );
        }
        Err(_) => v.check_semantic(
            false,
            "url",
            "must be an absolute URL such as https://example.com/hooks",
        ),
    }
    text
}

/// The subscribed event types, checked and sorted: `["*"]` or known types (not `ping`, which only the test call
/// sends), at least one.
fn checked_events(v: &mut Validator, events: Vec<String>) -> Vec<String> {
    v.check(
        !events.is_empty(),
        "events",
        "must name at least one event type, or \"*\"",
    );
    for (i, name) in events.iter().enumerate() {
        let known =
            name == ALL_EVENTS || EventType::parse(name).is_some_and(|t| t != EventType::Ping);
        v.check(
            known,
            &format!("events[{i}]"),
            "must be \"*\" or an event type such as interview.created (see the webhooks section of the API document)",
        );
    }
    let mut events = events;
    events.sort();
    events.dedup();
    if events.iter().any(|e| e == ALL_EVENTS) {
        events = vec![ALL_EVENTS.to_string()];
    }
    events
}

/// Registers an endpoint of the workspace with a new signing secret (returned once, stored sealed); the endpoint is
/// shown as of `now`.
pub async fn create(
    db: &Database,
    sealer: &Sealer,
    settings: &Settings,
    workspace_id: WorkspaceId,
    input: EndpointInput,
    now: DateTime<Utc>,
) -> Result<WebhookEndpointWithSecret, ServiceError> {
    let mut v = Validator::new();
    let url = checked_url(&mut v, &input.url, settings);
    let events = checked_events(&mut v, input.events);
    let description = input
        .description
        .map(|d| v.text::<WebhookDescription>("description", &d));
    v.finish()?;
    let secret = new_signing_secret();
    let values = NewEndpoint {
        id: WebhookEndpointId::new_v7(),
        workspace_id,
        url,
        events,
        description,
        secret_encrypted: sealer.seal(&secret)?,
    };
    let endpoint = db
        .write(move |conn| {
            in_transaction(conn, |conn| {
                let existing = webhook::list(conn, workspace_id, None, MAX_ENDPOINTS_PER_WORKSPACE as i64)?;
                if existing.len() >= MAX_ENDPOINTS_PER_WORKSPACE {
                    return Err(ServiceError::Conflict {
                        code: "too_many_endpoints",
                        detail: format!(
                            "A workspace may have at most {MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints; remove one first."
                        ),
                    });
                }
                Ok(webhook::insert(conn, &values)?)
            })
        })
        .await?;
    Ok(WebhookEndpointWithSecret {
        endpoint: view::webhook_endpoint(endpoint, now),
        secret,
    })
}

/// A page of the workspace's endpoints, newest first, as of `now`.
pub async fn list(
    db: &Database,
    page: NewestFirst,
) -> Result<Vec<WebhookEndpointResponse>, ServiceError> {
    let now = page.now;
    let view = move |row| view::webhook_endpoint(row, now);
    page.read(db, webhook::list, view).await
}

fn not_found() -> ServiceError {
    ServiceError::NotFound("webhook endpoint")
}

/// An endpoint of the workspace as of `now`, or 404.
pub async fn get(
    db: &Database,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
    now: DateTime<Utc>,
) -> Result<WebhookEndpointResponse, ServiceError> {
    db.run(move |conn| {
        let row = webhook::find(conn, workspace_id, id)?.ok_or_else(not_found)?;
        Ok(view::webhook_endpoint(row, now))
    })
    .await
}

/// Changes an endpoint at version `expected` (any when `None`). Enabling a disabled endpoint clears its disabled
/// reason and failure streak; deliveries that failed meanwhile can be sent again with a redelivery. The endpoint is
/// shown as of `now`.
pub async fn update(
    db: &Database,
    settings: &Settings,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
    expected: Option<i32>,
    update: EndpointUpdate,
    now: DateTime<Utc>,
) -> Result<WebhookEndpointResponse, ServiceError> {
    let mut v = Validator::new();
    let changes = EndpointChanges {
        url: update.url.map(|u| checked_url(&mut v, &u, settings)),
        events: update.events.map(|e| checked_events(&mut v, e)),
        description: update
            .description
            .map(|d| d.map(|d| v.text::<WebhookDescription>("description", &d))),
        enabled: update.enabled,
        disabled_reason: update.enabled.filter(|e| *e).map(|_| None),
        failing_since: update.enabled.filter(|e| *e).map(|_| None),
    };
    v.finish()?;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current =
                webhook::find_for_update(conn, workspace_id, id)?.ok_or_else(not_found)?;
            check_version(expected, current.version)?;
            let row = webhook::update(conn, workspace_id, id, &changes)?;
            Ok(view::webhook_endpoint(row, now))
        })
    })
    .await
}

/// Removes an endpoint with its delivery history; nothing more is sent to it.
pub async fn delete(
    db: &Database,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
    expected: Option<i32>,
) -> Result<(), ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current =
                webhook::find_for_update(conn, workspace_id, id)?.ok_or_else(not_found)?;
            check_version(expected, current.version)?;
            webhook::delete(conn, workspace_id, id)?;
            Ok(())
        })
    })
    .await
}

/// Gives the endpoint a new signing secret (returned once). For [`ROTATION_OVERLAP`] the old secret signs too, so
/// each delivery carries both signatures and the receiver can switch over without missing one.
pub async fn rotate_secret(
    db: &Database,
    sealer: &Sealer,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
    now: DateTime<Utc>,
) -> Result<WebhookEndpointWithSecret, ServiceError> {
    let secret = new_signing_secret();
    let sealed = sealer.seal(&secret)?;
    let endpoint = db
        .write(move |conn| {
            in_transaction(conn, |conn| {
                webhook::find_for_update(conn, workspace_id, id)?.ok_or_else(not_found)?;
                Ok(webhook::rotate_secret(
                    conn,
                    workspace_id,
                    id,
                    &sealed,
                    now + ROTATION_OVERLAP,
                )?)
            })
        })
        .await?;
    Ok(WebhookEndpointWithSecret {
        endpoint: view::webhook_endpoint(endpoint, now),
        secret,
    })
}

/// Sends a `ping` event to this endpoint alone (queued at once; queueing it wakes the delivery workers).
/// Returns the delivery, to follow in the endpoint's delivery list.
pub async fn ping(
    db: &Database,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
) -> Result<DeliveryResponse, ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let endpoint = webhook::find(conn, workspace_id, id)?.ok_or_else(not_found)?;
            let ping = PingData {
                endpoint_id: endpoint.id,
                url: endpoint.url.clone(),
                message:
                    "Rebound test event: your endpoint is reachable and can verify signatures."
                        .into(),
            };
            let event = events::record(conn, workspace_id, EventType::Ping, &ping, None)?;
            let queued = webhook::queue(
                conn,
                workspace_id,
                event.id,
                &[endpoint.id],
                event.created_at,
            )?;
            queued
                .into_iter()
                .next()
                .map(|row| view::delivery(row, EventType::Ping))
                .ok_or_else(|| ServiceError::internal("ping not queued"))
        })
    })
    .await
}

/// A page of an endpoint's deliveries (each with its event's type), newest first.
pub async fn deliveries(
    db: &Database,
    endpoint_id: WebhookEndpointId,
    page: NewestFirst,
) -> Result<Vec<DeliveryResponse>, ServiceError> {
    let NewestFirst {
        workspace_id,
        after,
        limit,
        ..
    } = page;
    db.run(move |conn| {
        webhook::find(conn, workspace_id, endpoint_id)?.ok_or_else(not_found)?;
        let rows = webhook::list_for_endpoint(conn, workspace_id, endpoint_id, after, limit)?;
        Ok(rows
            .into_iter()
            .map(|(row, event_type)| view::delivery(row, event_type))
            .collect())
    })
    .await
}

/// Queues a fresh delivery of an event: to `endpoint_id`, or to every enabled endpoint subscribed to its type.
/// Returns the queued deliveries (none when no endpoint is subscribed).
pub async fn redeliver(
    db: &Database,
    workspace_id: WorkspaceId,
    event_id: EventId,
    endpoint_id: Option<WebhookEndpointId>,
    now: DateTime<Utc>,
) -> Result<QueuedDeliveries, ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let event = event::find(conn, workspace_id, event_id)?
                .ok_or(ServiceError::NotFound("event"))?;
            let targets: Vec<WebhookEndpointId> = match endpoint_id {
                Some(id) => vec![
                    webhook::find(conn, workspace_id, id)?
                        .ok_or_else(not_found)?
                        .id,
                ],
                None => webhook::enabled_in_workspace(conn, workspace_id)?
                    .into_iter()
                    .filter(|e| event.event_type.is_subscribed(&e.events))
                    .map(|e| e.id)
                    .collect(),
            };
            let queued = webhook::queue(conn, workspace_id, event.id, &targets, now)?;
            Ok(QueuedDeliveries {
                data: queued
                    .into_iter()
                    .map(|row| view::delivery(row, event.event_type))
                    .collect(),
            })
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events_of(names: &[&str]) -> (Vec<String>, Result<(), ServiceError>) {
        let mut v = Validator::new();
        let events = checked_events(&mut v, names.iter().map(|s| s.to_string()).collect());
        (events, v.finish())
    }

    #[test]
    fn subscriptions_are_known_types_or_everything_never_ping() {
        let (events, ok) = events_of(&[
            "interview.created",
            "candidate.updated",
            "interview.created",
        ]);
        assert!(ok.is_ok());
        assert_eq!(events, vec!["candidate.updated", "interview.created"]);
        assert_eq!(events_of(&["interview.created", "*"]).0, vec!["*"]);
        assert!(events_of(&["ping"]).1.is_err());
        assert!(events_of(&["interview.exploded"]).1.is_err());
        assert!(events_of(&[]).1.is_err());
    }

    fn settings(environment: Environment) -> Settings {
        let production = environment == Environment::Production;
        let vars = [
            ("DATABASE_URL", "postgres://localhost/rebound"),
            (
                "REBOUND_JWT_KEYS",
                "k1:0123456789abcdefghijklmnopqrstuvwxyz0123",
            ),
            (
                "REBOUND_SECRET_KEYS",
                "k1:MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2b4Vl0BzkkI=",
            ),
            (
                "REBOUND_ENV",
                if production {
                    "production"
                } else {
                    "development"
                },
            ),
        ];
        let vars = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_vars(&vars).expect("test settings")
    }

    fn check(url: &str, environment: Environment) -> bool {
        let mut v = Validator::new();
        checked_url(&mut v, url, &settings(environment));
        v.finish().is_ok()
    }

    #[test]
    fn in_production_internal_ip_literals_are_refused_at_registration() {
        for url in [
            "https://127.0.0.1/hooks",
            "https://[::1]/hooks",
            "https://[fd00::1]/hooks",
            "https://[::ffff:127.0.0.1]/hooks",
            "https://[::ffff:a9fe:a9fe]/hooks",
            "https://[64:ff9b::a00:1]/hooks",
            "https://[2002:a9fe:a9fe::1]/hooks",
            "https://198.18.0.1/hooks",
            "https://169.254.169.254/latest",
        ] {
            assert!(!check(url, Environment::Production), "{url}");
        }
        assert!(check(
            "https://93.184.216.34/hooks",
            Environment::Production
        ));
        assert!(check(
            "https://[2606:2800:220:1::1]/hooks",
            Environment::Production
        ));
        assert!(check("http://[::1]:9000/hooks", Environment::Development));
    }

    #[test]
    fn endpoint_urls_are_absolute_https_without_credentials_and_http_only_in_development() {
        assert!(check(
            "https://hooks.example.com/rebound",
            Environment::Production
        ));
        assert!(!check(
            "http://hooks.example.com/rebound",
            Environment::Production
        ));
        assert!(check(
            "http://127.0.0.1:9000/hook",
            Environment::Development
        ));
        assert!(!check(
            "https://user:pw@hooks.example.com/",
            Environment::Production
        ));
        assert!(!check("/relative", Environment::Development));
        assert!(!check("ftp://example.com/", Environment::Development));
        assert!(!check(" https://example.com/", Environment::Development));
        assert!(!check("https://example.com/a b", Environment::Development));
        assert!(check("HTTPS://Example.com", Environment::Production));
    }

    #[test]
    fn a_url_of_the_documented_shape_that_does_not_parse_is_a_422() {
        // Shaped (`bounded::webhook_url_has_shape`) but unusable: a 422, not a 400.
        let mut v = Validator::new();
        checked_url(&mut v, "https://[::1/", &settings(Environment::Development));
        assert!(matches!(v.finish(), Err(ServiceError::Unprocessable(_))));
    }

    #[test]
    fn signing_secrets_follow_the_standard_webhooks_form() {
        let secret = new_signing_secret();
        assert!(secret.starts_with("whsec_"));
        assert!(standardwebhooks::Webhook::new(&secret).is_ok());
        assert_ne!(secret, new_signing_secret());
    }
}
