//! Webhook endpoints and their deliveries, as the API shows them.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{DeliveryId, EventId, WebhookEndpointId};
use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::events::{DeliveryStatus, EventType};

/// A webhook endpoint. Its signing secret is shown only when created or rotated.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c",
    "url": "https://jobs.example.com/hooks/rebound",
    "events": ["interview.created", "recovery_plan.step_due"],
    "description": "Acme job board reminders",
    "enabled": true,
    "disabled_reason": null,
    "previous_secret_expires_at": null,
    "version": 1,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z"
}))]
pub struct WebhookEndpointResponse {
    #[schema(value_type = Uuid)]
    pub id: WebhookEndpointId,
    /// Where deliveries are POSTed.
    pub url: String,
    /// The event types delivered, or `["*"]` for all.
    pub events: Vec<String>,
    pub description: Option<String>,
    /// Disabled endpoints receive nothing; one that keeps failing for days is disabled automatically.
    pub enabled: bool,
    /// Why the service disabled it, if it did.
    pub disabled_reason: Option<String>,
    /// After a rotation: until when deliveries also carry a signature made with the previous secret.
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An endpoint with its signing secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "endpoint": {"id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c", "url": "https://jobs.example.com/hooks/rebound", "events": ["*"], "description": null, "enabled": true, "disabled_reason": null, "previous_secret_expires_at": null, "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"},
    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2b4Vl0BzkkI="
}))]
pub struct WebhookEndpointWithSecret {
    pub endpoint: WebhookEndpointResponse,
    /// The signing secret (Standard Webhooks form). Store it now: it is never shown again.
    pub secret: String,
}

crate::listed!(
    WebhookEndpointResponse,
    "WebhookEndpointList",
    "A page of endpoints, newest first.",
    serde_json::json!({"data": [{"id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c", "url": "https://jobs.example.com/hooks/rebound", "events": ["*"], "description": null, "enabled": true, "disabled_reason": null, "previous_secret_expires_at": null, "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}], "next_cursor": null})
);

/// A page of endpoints, newest first.
pub type WebhookEndpointList = crate::Page<WebhookEndpointResponse>;

/// One event's delivery to one endpoint: where it stands and what the last attempt got.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f92-3e4f-7a5b-8c6d-7e8f9a0b1c2d",
    "event_id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
    "event_type": "interview.created",
    "status": "retrying",
    "attempts": 2,
    "response_status": 503,
    "response_body": "upstream unavailable",
    "duration_ms": 142,
    "error": null,
    "last_attempt_at": "2026-11-25T09:30:05Z",
    "next_attempt_at": "2026-11-25T09:35:05Z",
    "created_at": "2026-11-25T09:30:00Z"
}))]
pub struct DeliveryResponse {
    #[schema(value_type = Uuid)]
    pub id: DeliveryId,
    /// The event delivered (its `webhook-id`).
    #[schema(value_type = Uuid)]
    pub event_id: EventId,
    pub event_type: EventType,
    pub status: DeliveryStatus,
    /// Attempts made so far.
    pub attempts: i32,
    /// The HTTP status of the last answer, if one came.
    pub response_status: Option<i32>,
    /// The first 1,024 bytes of the last answer's body.
    pub response_body: Option<String>,
    /// How long the last attempt took.
    pub duration_ms: Option<i32>,
    /// Why the last attempt got no answer (refused address, timeout, connection).
    pub error: Option<String>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// When the next attempt is due (`pending`, `retrying`).
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

crate::listed!(
    DeliveryResponse,
    "DeliveryList",
    "A page of deliveries, newest first.",
    serde_json::json!({"data": [{"id": "01936f92-3e4f-7a5b-8c6d-7e8f9a0b1c2d", "event_id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b", "event_type": "interview.created", "status": "succeeded", "attempts": 1, "response_status": 204, "response_body": "", "duration_ms": 38, "error": null, "last_attempt_at": "2026-11-25T09:30:01Z", "next_attempt_at": null, "created_at": "2026-11-25T09:30:00Z"}], "next_cursor": null})
);

/// A page of deliveries, newest first.
pub type DeliveryList = crate::Page<DeliveryResponse>;

/// The deliveries just queued.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{"id": "01936f92-3e4f-7a5b-8c6d-7e8f9a0b1c2d", "event_id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b", "event_type": "interview.created", "status": "pending", "attempts": 0, "response_status": null, "response_body": null, "duration_ms": null, "error": null, "last_attempt_at": null, "next_attempt_at": "2026-11-25T09:40:00Z", "created_at": "2026-11-25T09:40:00Z"}]}))]
pub struct QueuedDeliveries {
    pub data: Vec<DeliveryResponse>,
}
