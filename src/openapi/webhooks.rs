//! The OpenAPI 3.1 `webhooks` section: one entry per event type, with the envelope a receiver gets and the schema
//! of its `data`, so generated clients and readers know every payload without guessing. The envelope and the
//! payloads are the types the service records and the delivery worker sends (`rebound_views::events`).

use std::borrow::Cow;

use utoipa::openapi::path::{
    Operation, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, PathItem,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{AllOfBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::{ContentBuilder, HttpMethod, PathsBuilder, Ref, Required, ResponseBuilder};
use utoipa::{PartialSchema, ToSchema};

use rebound_domain::events::EventType;
use rebound_views::candidates::CandidateResponse;
use rebound_views::events::{EventEnvelope, PingData, PlanStepEvent};
use rebound_views::gaffes::GaffeResponse;
use rebound_views::interviews::InterviewResponse;
use rebound_views::plans::RecoveryPlanResponse;

/// The schema (a component name) of each event type's `data`: the view the service records the event with (see
/// `rebound_service::view`), and what the event means.
fn payload_of(event_type: EventType) -> (Cow<'static, str>, &'static str) {
    use EventType::*;
    match event_type {
        CandidateCreated => (CandidateResponse::name(), "A candidate was created."),
        CandidateUpdated => (
            CandidateResponse::name(),
            "A candidate changed; `previous_attributes` holds the old values.",
        ),
        CandidateDeleted => (
            CandidateResponse::name(),
            "A candidate was deleted (with their interviews); `data` is the record as it was.",
        ),
        InterviewCreated => (InterviewResponse::name(), "An interview was logged."),
        InterviewUpdated => (
            InterviewResponse::name(),
            "An interview changed; `previous_attributes` holds the old values.",
        ),
        InterviewDeleted => (
            InterviewResponse::name(),
            "An interview was deleted (with its gaffes and plans); `data` is the record as it was.",
        ),
        GaffeCreated => (
            GaffeResponse::name(),
            "A gaffe was logged against an interview.",
        ),
        GaffeUpdated => (
            GaffeResponse::name(),
            "A gaffe changed; `previous_attributes` holds the old values.",
        ),
        GaffeDeleted => (
            GaffeResponse::name(),
            "A gaffe was deleted; `data` is the record as it was.",
        ),
        RecoveryPlanCreated => (
            RecoveryPlanResponse::name(),
            "A recovery plan was generated.",
        ),
        RecoveryPlanStepUpdated => (
            PlanStepEvent::name(),
            "A plan step's status changed; `previous_attributes.step` holds the step before.",
        ),
        RecoveryPlanStepDue => (
            PlanStepEvent::name(),
            "A pending step's due time passed: remind the candidate (sent once per step).",
        ),
        Ping => (
            PingData::name(),
            "Sent by `POST /v1/webhook-endpoints/{endpoint_id}/test` to that endpoint alone.",
        ),
    }
}

/// Adds the `webhooks` section (and the payload schemas only it uses) to `api`.
pub(super) fn add_webhooks(api: &mut utoipa::openapi::OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    for (name, schema) in [
        (PlanStepEvent::name(), PlanStepEvent::schema()),
        (PingData::name(), PingData::schema()),
    ] {
        components.schemas.insert(name.into_owned(), schema);
    }
    let mut paths = PathsBuilder::new();
    for event_type in EventType::ALL {
        paths = paths.path(
            event_type.as_str(),
            PathItem::new(HttpMethod::Post, webhook_operation(*event_type)),
        );
    }
    api.webhooks = Some(paths.build());
}

/// The request a receiver gets for one event type: the signed envelope, with that type's `data`.
fn webhook_operation(event_type: EventType) -> Operation {
    let (data_schema, meaning) = payload_of(event_type);
    let body = AllOfBuilder::new()
        .item(Ref::from_schema_name(EventEnvelope::name()))
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
    OperationBuilder::new()
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
        .parameter(signature_header("webhook-id", "The event id; the same on every retry, so drop duplicates by it"))
        .parameter(signature_header("webhook-timestamp", "Unix seconds when this attempt was signed"))
        .parameter(signature_header(
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
        .build()
}

/// One of the Standard Webhooks headers every delivery carries.
fn signature_header(name: &str, description: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .required(Required::True)
        .description(Some(description))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .build()
}
