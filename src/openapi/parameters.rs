//! What the published document says about parameters beyond their types: the exact syntax of the conditional and
//! idempotency headers, the demo workspace's ids as path examples, and NUL refused in query strings.

use serde_json::{json, Value};

use rebound_service::demo::{DEMO_CANDIDATE_ID, DEMO_GAFFE_IDS, DEMO_INTERVIEW_ID, DEMO_OWNER_ID};

use super::publish::parameters_mut;
use super::strings;

/// `Idempotency-Key` with the syntax the server checks, so a client (or a fuzzer) sends valid ones. (`If-Match`
/// states its own: `routes::conditional::IfMatch`.)
pub(super) fn header_syntax(api: &mut Value) {
    for parameter in parameters_mut(api) {
        if parameter["in"] != "header" {
            continue;
        }
        if parameter["name"] == "Idempotency-Key" {
            // As `routes::idempotency::idempotency_key` checks it.
            parameter["schema"] = json!({
                "type": "string",
                "minLength": 1,
                "maxLength": 255,
                "pattern": "^[!-~]+$"
            });
        }
    }
}

/// Path parameters get the demo workspace's ids as examples (or say where to get one), so "Try it out" works.
pub(super) fn demo_path_examples(api: &mut Value) {
    for parameter in parameters_mut(api) {
        if parameter["in"] == "path" {
            demo_path_example(parameter);
        }
    }
}

/// Query strings refuse NUL, as `extract` refuses it in any query.
pub(super) fn query_strings_refuse_nul(api: &mut Value) {
    for parameter in parameters_mut(api) {
        if parameter["in"] == "query" && parameter["schema"]["type"] == "string" {
            if let Some(members) = parameter["schema"].as_object_mut() {
                strings::no_nul(members);
            }
        }
    }
}

/// Gives a path parameter the id the demo workspace has (so "Try it out" works with the default value once
/// `rebound demo` has run), or says where to get one.
fn demo_path_example(parameter: &mut Value) {
    let example = match parameter["name"].as_str() {
        Some("candidate_id") => Ok(DEMO_CANDIDATE_ID.as_uuid()),
        Some("interview_id") => Ok(DEMO_INTERVIEW_ID.as_uuid()),
        Some("gaffe_id") => Ok(DEMO_GAFFE_IDS[0].as_uuid()),
        Some("user_id") => Ok(DEMO_OWNER_ID.as_uuid()),
        Some("plan_id") => {
            Err("the `id` from `POST` or `GET /v1/interviews/{interview_id}/recovery-plans`")
        }
        Some("step_id") => Err("the `id` of one of the plan's `steps`"),
        Some("api_client_id") => Err("the `id` from `POST` or `GET /v1/api-clients`"),
        Some("event_id") => Err("the `id` from `GET /v1/events`"),
        Some("endpoint_id") => Err("the `id` from `POST` or `GET /v1/webhook-endpoints`"),
        _ => return,
    };
    match example {
        Ok(id) => {
            parameter["example"] = Value::String(id.to_string());
            append_description(
                parameter,
                "The example is the demo workspace's (`rebound demo`).",
            );
        }
        Err(source) => append_description(parameter, &format!("Where to get one: {source}.")),
    }
}

/// Adds `sentence` to the item's description, as a new sentence.
fn append_description(item: &mut Value, sentence: &str) {
    let description = item["description"].as_str().unwrap_or_default();
    let joined = if description.is_empty() {
        sentence.to_string()
    } else {
        format!("{}. {sentence}", description.trim_end_matches('.'))
    };
    item["description"] = Value::String(joined);
}
