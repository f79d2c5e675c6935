//! The event envelope and the payloads only events carry. One [`Event`] is both an item of the `/v1/events` feed and
//! the body of every webhook delivery (signed by the delivery worker): the same bytes either way.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use rebound_domain::ids::{EventId, InterviewId, PlanId, WebhookEndpointId, WorkspaceId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::candidates::CandidateResponse;
use crate::gaffes::GaffeResponse;
use crate::interviews::InterviewResponse;
use crate::plans::{PlanStepResponse, RecoveryPlanResponse};
use rebound_domain::events::EventType;
use rebound_domain::json_text::JsonText;

/// One event: what happened, when, and the resource as the API returned it at that moment.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(as = EventEnvelope, bound = "", example = json!({
    "id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
    "type": "candidate.updated",
    "created_at": "2026-11-25T10:15:00Z",
    "workspace_id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f",
    "api_version": "2026-12-07",
    "data": {"id": "01936f8e-8c4d-7e5f-9a6b-7c8d9e0f1a2b", "display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": "acme-user-48213", "user_id": null, "notes": "Now also open to FP&A roles.", "locale": "en", "version": 2, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T10:15:00Z"},
    "previous_attributes": {"notes": null, "version": 1, "updated_at": "2026-11-25T09:30:00Z"}
}))]
pub struct Event<T = serde_json::Value> {
    /// Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
    #[schema(value_type = Uuid)]
    pub id: EventId,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub created_at: DateTime<Utc>,
    /// The workspace the event happened in: one receiver can serve several workspaces.
    #[schema(value_type = Uuid)]
    pub workspace_id: WorkspaceId,
    /// The API version `data` is shaped by (see the changelog).
    #[schema(value_type = String)]
    pub api_version: &'static str,
    /// The resource as the API returns it (for `….deleted`, as it was before the deletion).
    #[schema(value_type = Object)]
    pub data: T,
    /// `….updated` only: the attributes that changed, with their values before the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub previous_attributes: Option<serde_json::Value>,
}

/// An event as stored: its `data` is the JSON the resource was shown as when it happened, sent as it was stored.
pub type EventEnvelope = Event<JsonText>;

crate::listed!(
    EventEnvelope,
    "EventList",
    "A page of events: newest first, or oldest change first in the sync form (`created_after`, `changes_after`).",
    serde_json::json!({"data": [{"id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b", "type": "candidate.created", "created_at": "2026-11-25T09:30:00Z", "workspace_id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", "api_version": "2026-12-07", "data": {"id": "01936f8e-8c4d-7e5f-9a6b-7c8d9e0f1a2b", "display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": "acme-user-48213", "user_id": null, "notes": null, "locale": "en", "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}}], "next_cursor": null}),
    synced = true
);

/// A page of events, newest first.
pub type EventList = crate::Page<EventEnvelope>;

/// What a `recovery_plan.step_updated` or `recovery_plan.step_due` event carries.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"interview_id": "01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c", "plan_id": "01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d", "step": {"id": "01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e", "position": 3, "kind": "follow_up_note", "title": "Send a thank-you note that sets the record straight", "what_to_do": "Send the drafted note today.", "why": ["A thank-you note is basic courtesy and the natural place to set the record straight"], "due_at": "2026-11-27T16:00:00Z", "draft": null, "status": "pending", "version": 1, "updated_at": "2026-11-25T09:30:00Z"}}))]
pub struct PlanStepEvent {
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
    #[schema(value_type = Uuid)]
    pub plan_id: PlanId,
    pub step: PlanStepResponse,
}

/// What a `ping` carries.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"endpoint_id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c", "url": "https://jobs.example.com/hooks/rebound", "message": "Rebound test event: your endpoint is reachable and can verify signatures."}))]
pub struct PingData {
    #[schema(value_type = Uuid)]
    pub endpoint_id: WebhookEndpointId,
    pub url: String,
    pub message: String,
}

/// A type an event's `data` is: the types each one is sent with are fixed here, and the OpenAPI document's event
/// schemas are generated from them, so a payload cannot be recorded under a type whose schema says otherwise (the
/// service refuses it) nor documented as something it is not.
pub trait EventPayload: Serialize {
    /// The event types whose `data` is this type.
    const EVENT_TYPES: &'static [EventType];
}

/// Declares which type each event type's `data` is, once: the [`EventPayload`] impls and [`payload_schema`].
macro_rules! event_payloads {
    ($($payload:ty => [$($event_type:ident),+ $(,)?]),+ $(,)?) => {
        $(impl EventPayload for $payload {
            const EVENT_TYPES: &'static [EventType] = &[$(EventType::$event_type),+];
        })+

        /// The component schema name of `event_type`'s `data`.
        pub fn payload_schema(event_type: EventType) -> Cow<'static, str> {
            $(if <$payload as EventPayload>::EVENT_TYPES.contains(&event_type) {
                return <$payload as ToSchema>::name();
            })+
            unreachable!("every event type has a payload (see the unit test)")
        }

        /// Every payload type's schema, by name, for the document's components.
        pub fn payload_schemas() -> Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)> {
            vec![$((
                <$payload as ToSchema>::name().into_owned(),
                <$payload as utoipa::PartialSchema>::schema(),
            )),+]
        }

        #[cfg(test)]
        fn payload_count(event_type: EventType) -> usize {
            [$(<$payload as EventPayload>::EVENT_TYPES),+]
                .iter()
                .filter(|types| types.contains(&event_type))
                .count()
        }
    };
}

event_payloads! {
    CandidateResponse => [CandidateCreated, CandidateUpdated, CandidateDeleted],
    InterviewResponse => [InterviewCreated, InterviewUpdated, InterviewDeleted],
    GaffeResponse => [GaffeCreated, GaffeUpdated, GaffeDeleted],
    RecoveryPlanResponse => [RecoveryPlanCreated],
    PlanStepEvent => [RecoveryPlanStepUpdated, RecoveryPlanStepDue],
    PingData => [Ping],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_type_has_exactly_one_payload_type() {
        for event_type in EventType::ALL {
            assert_eq!(payload_count(*event_type), 1, "{event_type:?}");
        }
        assert_eq!(payload_schema(EventType::GaffeDeleted), "GaffeResponse");
        assert_eq!(
            payload_schema(EventType::RecoveryPlanStepDue),
            "PlanStepEvent"
        );
    }
}
