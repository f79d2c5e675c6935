//! The OpenAPI 3.1 `webhooks` section: one entry per event type, with the envelope a receiver gets and the schema
//! of its `data`, so generated clients and readers know every payload without guessing. The envelope and the
//! payloads are the types the service records and the delivery worker sends (`rebound_views::events`).

use serde_json::{json, Value};
use utoipa::openapi::path::{
    Operation, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, PathItem,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::{ContentBuilder, HttpMethod, PathsBuilder, Ref, Required, ResponseBuilder};
use utoipa::ToSchema;

use rebound_domain::events::EventType;
use rebound_views::events::{payload_schema, payload_schemas, EventEnvelope};

/// What each event type means, for its schema's and its webhook's descriptions. Its `data` schema comes from the
/// payload type the service records it with (`rebound_views::events::EventPayload`).
fn meaning_of(event_type: EventType) -> &'static str {
    use EventType::*;
    match event_type {
        CandidateCreated => "A candidate was created.",
        CandidateUpdated => "A candidate changed; `previous_attributes` holds the old values.",
        CandidateDeleted => {
            "A candidate was deleted (with their interviews); `data` is the record as it was."
        }
        InterviewCreated => "An interview was logged.",
        InterviewUpdated => {
            "An interview changed (a gaffe logged, changed or deleted changes its version too); \
             `previous_attributes` holds the old values."
        }
        InterviewDeleted => {
            "An interview was deleted (with its gaffes and plans); `data` is the record as it was."
        }
        GaffeCreated => "A gaffe was logged against an interview.",
        GaffeUpdated => "A gaffe changed; `previous_attributes` holds the old values.",
        GaffeDeleted => "A gaffe was deleted; `data` is the record as it was.",
        RecoveryPlanCreated => "A recovery plan was generated.",
        RecoveryPlanStepUpdated => {
            "A plan step's status changed; `previous_attributes.step` holds the step before."
        }
        RecoveryPlanStepDue => {
            "A pending step's due time passed: remind the candidate (sent once per step)."
        }
        Ping => "Sent by `POST /v1/webhook-endpoints/{endpoint_id}/test` to that endpoint alone.",
    }
}

/// The component name of one event type's envelope: `recovery_plan.step_due` → `RecoveryPlanStepDueEvent`.
pub(super) fn event_schema_name(event_type: EventType) -> String {
    let words = event_type.as_str().split(['.', '_']);
    let capitalized = words.map(|word| {
        let mut letters = word.chars();
        letters.next().map_or(String::new(), |first| {
            first.to_uppercase().chain(letters).collect()
        })
    });
    format!("{}Event", capitalized.collect::<String>())
}

/// Whether an event type carries `previous_attributes` (it is recorded as a change from one state to another).
fn carries_previous_attributes(event_type: EventType) -> bool {
    event_type.as_str().ends_with("updated")
}

/// Adds the `webhooks` section (and the payload schemas only it uses) to `api`.
pub(super) fn add_webhooks(api: &mut utoipa::openapi::OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    for (name, schema) in payload_schemas() {
        components.schemas.entry(name).or_insert(schema);
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

/// The request a receiver gets for one event type: that type's envelope (see [`typed_event_envelopes`]).
fn webhook_operation(event_type: EventType) -> Operation {
    let meaning = meaning_of(event_type);
    let body = Ref::from_schema_name(event_schema_name(event_type));
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

/// Events are typed: `EventEnvelope` becomes a union discriminated by `type`, one member per event type
/// (`CandidateCreatedEvent`, …), each with `type` fixed to its name and `data` referring to the schema of the payload
/// the service records it with. Generated clients then narrow `data` by checking `type` (TypeScript's `ev.type ===
/// "candidate.created"` makes `ev.data` a `CandidateResponse`); the webhooks refer to the same members.
pub(super) fn typed_event_envelopes(api: &mut Value) {
    let schemas = &mut api["components"]["schemas"];
    let generic = schemas[EventEnvelope::name().as_ref()].clone();
    let example = generic["example"].clone();
    let mut members = Vec::new();
    let mut mapping = serde_json::Map::new();
    for event_type in EventType::ALL {
        let name = event_schema_name(*event_type);
        let reference = format!("#/components/schemas/{name}");
        let payload = payload_schema(*event_type);
        let mut properties = generic["properties"].clone();
        properties["type"] = json!({
            "type": "string",
            "enum": [event_type.as_str()],
            "description": "The event type: this member's only value.",
        });
        properties["data"] = json!({"$ref": format!("#/components/schemas/{payload}")});
        let mut member_example = json!({
            "id": example["id"],
            "type": event_type.as_str(),
            "created_at": example["created_at"],
            "workspace_id": example["workspace_id"],
            "api_version": example["api_version"],
            "data": schemas[payload.as_ref()]["example"],
        });
        if carries_previous_attributes(*event_type) {
            member_example["previous_attributes"] = previous_example(&member_example["data"]);
        } else if let Some(properties) = properties.as_object_mut() {
            properties.remove("previous_attributes");
        }
        schemas[name.as_str()] = json!({
            "type": "object",
            "description": format!("`{}`: {}", event_type.as_str(), meaning_of(*event_type)),
            "required": ["id", "type", "created_at", "workspace_id", "api_version", "data"],
            "properties": properties,
            "example": member_example,
        });
        members.push(json!({"$ref": reference}));
        mapping.insert(event_type.as_str().to_string(), Value::String(reference));
    }
    schemas[EventEnvelope::name().as_ref()] = json!({
        "description": "One event: what happened, when, in which workspace, and the resource as the API returned it \
            at that moment, typed by `type`. The items of `/v1/events` and the body of every webhook delivery.",
        "oneOf": members,
        "discriminator": {"propertyName": "type", "mapping": mapping},
        "example": example,
    });
}

/// What `previous_attributes` looks like for a change of `data`: its earlier version (the step before, for a plan
/// step).
fn previous_example(data: &Value) -> Value {
    match (data["version"].as_i64(), data.get("step")) {
        (Some(version), _) => json!({"version": version - 1}),
        (None, Some(_)) => json!({"step": {"status": "pending"}}),
        _ => json!({}),
    }
}
