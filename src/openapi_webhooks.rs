//! The OpenAPI 3.1 `webhooks` section: one entry per event type, with the envelope a receiver gets and the schema
//! of its `data`, so generated clients and readers know every payload without guessing.

use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, ParameterIn, PathItem};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{AllOfBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::{ContentBuilder, HttpMethod, PathsBuilder, Ref, Required, ResponseBuilder};
use utoipa::{PartialSchema, ToSchema};

use rebound_domain::events::EventType;

/// The schema (a component name) of each event type's `data`, and what the event means.
fn payload_of(event_type: EventType) -> (&'static str, &'static str) {
    use EventType::*;
    match event_type {
        CandidateCreated => ("CandidateResponse", "A candidate was created."),
        CandidateUpdated => (
            "CandidateResponse",
            "A candidate changed; `previous_attributes` holds the old values.",
        ),
        CandidateDeleted => (
            "CandidateResponse",
            "A candidate was deleted (with their interviews); `data` is the record as it was.",
        ),
        InterviewCreated => ("InterviewResponse", "An interview was logged."),
        InterviewUpdated => (
            "InterviewResponse",
            "An interview changed; `previous_attributes` holds the old values.",
        ),
        InterviewDeleted => (
            "InterviewResponse",
            "An interview was deleted (with its gaffes and plans); `data` is the record as it was.",
        ),
        GaffeCreated => ("GaffeResponse", "A gaffe was logged against an interview."),
        GaffeUpdated => (
            "GaffeResponse",
            "A gaffe changed; `previous_attributes` holds the old values.",
        ),
        GaffeDeleted => (
            "GaffeResponse",
            "A gaffe was deleted; `data` is the record as it was.",
        ),
        RecoveryPlanCreated => ("RecoveryPlanResponse", "A recovery plan was generated."),
        RecoveryPlanStepUpdated => (
            "PlanStepEvent",
            "A plan step's status changed; `previous_attributes.step` holds the step before.",
        ),
        RecoveryPlanStepDue => (
            "PlanStepEvent",
            "A pending step's due time passed: remind the candidate (sent once per step).",
        ),
        Ping => (
            "PingData",
            "Sent by `POST /v1/webhook-endpoints/{endpoint_id}/test` to that endpoint alone.",
        ),
    }
}

/// What a `recovery_plan.step_updated` or `recovery_plan.step_due` event carries.
#[derive(ToSchema)]
#[schema(example = json!({"interview_id": "01936f8e-9d5e-7f6a-8b7c-8d9e0f1a2b3c", "plan_id": "01936f8f-0e6f-7a7b-9c8d-9e0f1a2b3c4d", "step": {"id": "01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e", "position": 3, "kind": "follow_up_note", "title": "Send a thank-you note that sets the record straight", "what_to_do": "Send the drafted note today.", "why": ["A thank-you note is basic courtesy and the natural place to set the record straight"], "due_at": "2026-11-27T16:00:00Z", "draft": null, "status": "pending", "version": 1, "updated_at": "2026-11-25T09:30:00Z"}}))]
#[allow(dead_code)]
pub struct PlanStepEvent {
    pub interview_id: uuid::Uuid,
    pub plan_id: uuid::Uuid,
    #[schema(value_type = crate::routes::recovery_plans::PlanStepResponse)]
    pub step: serde_json::Value,
}

/// What a `ping` carries.
#[derive(ToSchema)]
#[schema(example = json!({"endpoint_id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c", "url": "https://jobs.example.com/hooks/rebound", "message": "Rebound test event: your endpoint is reachable and can verify signatures."}))]
#[allow(dead_code)]
pub struct PingData {
    pub endpoint_id: uuid::Uuid,
    pub url: String,
    pub message: String,
}

/// Adds the `webhooks` section (and the payload schemas only it uses) to `api`.
pub fn add_webhooks(api: &mut utoipa::openapi::OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    components
        .schemas
        .insert("PlanStepEvent".into(), PlanStepEvent::schema());
    components
        .schemas
        .insert("PingData".into(), PingData::schema());
    let header = |name: &str, description: &str| {
        ParameterBuilder::new()
            .name(name)
            .parameter_in(ParameterIn::Header)
            .required(Required::True)
            .description(Some(description))
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .build()
    };
    let mut paths = PathsBuilder::new();
    for event_type in EventType::ALL {
        let (data_schema, meaning) = payload_of(*event_type);
        let body = AllOfBuilder::new()
            .item(Ref::from_schema_name("EventEnvelope"))
            .item(
                ObjectBuilder::new()
                    .property(
                        "type",
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .enum_values(Some([event_type.as_str()])),
                    )
                    .property("data", Ref::from_schema_name(data_schema)),
            );
        let operation = OperationBuilder::new()
            // Generators name the receiver's handler after it.
            .operation_id(Some(format!(
                "webhook_{}",
                event_type.as_str().replace('.', "_")
            )))
            // The receiver checks the signature headers, not a token of ours.
            .securities(Some(Vec::<SecurityRequirement>::new()))
            .summary(Some(format!("`{}`", event_type.as_str())))
            .description(Some(format!(
                "{meaning} POSTed as JSON to every enabled endpoint subscribed to this type (or `*`), signed as \
                 Standard Webhooks 1.0 prescribes. Answer 2xx within 10 s; anything else is retried for about a day."
            )))
            .tag("events")
            .parameter(header("webhook-id", "The event id; the same on every retry, so drop duplicates by it"))
            .parameter(header("webhook-timestamp", "Unix seconds when this attempt was signed"))
            .parameter(header(
                "webhook-signature",
                "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`; two, space-separated, during a secret rotation",
            ))
            .request_body(Some(
                RequestBodyBuilder::new()
                    .content(
                        "application/json",
                        ContentBuilder::new().schema(Some(body)).build(),
                    )
                    .required(Some(Required::True))
                    .build(),
            ))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("Acknowledged (any 2xx); anything else, or no answer within 10 s, is retried")
                    .build(),
            )
            .build();
        paths = paths.path(
            event_type.as_str(),
            PathItem::new(HttpMethod::Post, operation),
        );
    }
    api.webhooks = Some(paths.build());
}
