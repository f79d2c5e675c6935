//! Enums in the published document: one type per set of values, closed in requests (the server refuses an unknown
//! value there) and open in responses (clients must tolerate new values).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use rebound_domain::events::{EventType, ALL_EVENTS};

use super::publish::{operations_mut, parameters_mut};

/// A parameter enum that copies a component enum refers to it instead, so clients get one type, not two.
pub(super) fn parameter_enums_refer_to_components(api: &mut Value) {
    let component_enums: Vec<(String, Value)> = api["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| Some((name.clone(), schema.get("enum")?.clone())))
        .collect();
    for parameter in parameters_mut(api) {
        reference_component_enum(&mut parameter["schema"], &component_enums);
    }
}

/// Replaces an inline enum schema that lists exactly the values of a component enum with a reference to it,
/// keeping its description.
fn reference_component_enum(schema: &mut Value, enums: &[(String, Value)]) {
    let Some(values) = schema.get("enum") else {
        return;
    };
    let Some((name, _)) = enums.iter().find(|(_, e)| e == values) else {
        return;
    };
    let mut replacement = Map::new();
    replacement.insert(
        "$ref".to_string(),
        format!("#/components/schemas/{name}").into(),
    );
    if let Some(description) = schema.get("description") {
        replacement.insert("description".to_string(), description.clone());
    }
    *schema = Value::Object(replacement);
}

/// What `service::webhooks` accepts in a webhook endpoint's `events`: `*` or a known event type but `ping` (which
/// only the test call sends), at least one. A request enum, so closed.
pub(super) fn subscribable_events(api: &mut Value) {
    let names: Vec<&str> = std::iter::once(ALL_EVENTS)
        .chain(
            EventType::ALL
                .iter()
                .filter(|t| **t != EventType::Ping)
                .map(|t| t.as_str()),
        )
        .collect();
    for request in [
        "CreateWebhookEndpointRequest",
        "UpdateWebhookEndpointRequest",
    ] {
        let events = &mut api["components"]["schemas"][request]["properties"]["events"];
        if events.is_object() {
            events["items"] = json!({"type": "string", "enum": names});
            events["minItems"] = json!(1);
        }
    }
}

/// Clients must tolerate new enum values (a new step kind, gaffe kind, outcome …), and generators only do so when
/// the schema says it: in every schema a response uses, a reference to an enum becomes
/// `anyOf: [{$ref: Enum}, {type: string}]` (openapi-python-client types it `Enum | str` and keeps an unknown value as
/// the string; TypeScript generators give `Enum | string`). Requests keep the closed enums: the server refuses an
/// unknown value there. An object schema used by both requests and responses gets an open copy for responses,
/// named after it (`QuestionDto` → `QuestionResponse`).
pub(super) fn open_response_enums(api: &mut Value) {
    let schemas = api["components"]["schemas"].clone();
    let is_enum = |name: &str| schemas[name].get("enum").is_some();
    let (in_requests, in_responses) = schemas_by_side(api, &schemas);
    let copies = response_copies(&schemas, &in_requests, &in_responses);

    let open = |value: &mut Value| open_enum_references(value, &is_enum, &copies);
    for (original, copy) in &copies {
        let mut schema = schemas[original].clone();
        open(&mut schema);
        api["components"]["schemas"][copy] = schema;
    }
    for name in in_responses.difference(&in_requests) {
        if !is_enum(name) {
            open(&mut api["components"]["schemas"][name]);
        }
    }
    for (_, operation) in operations_mut(api) {
        if let Some(responses) = operation.get_mut("responses") {
            open(responses);
        }
    }
    open(&mut api["components"]["responses"]);
}

/// The component schemas requests use (bodies and parameters), and those responses use, directly or not.
fn schemas_by_side(api: &Value, schemas: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut in_requests = BTreeSet::new();
    let mut in_responses = BTreeSet::new();
    let items = api["paths"]
        .as_object()
        .into_iter()
        .flat_map(|p| p.values());
    for operation in items.flat_map(|i| i.as_object().into_iter().flat_map(|i| i.values())) {
        referenced_schemas(schemas, &operation["requestBody"], &mut in_requests);
        referenced_schemas(schemas, &operation["parameters"], &mut in_requests);
        referenced_schemas(schemas, &operation["responses"], &mut in_responses);
    }
    referenced_schemas(schemas, &api["components"]["responses"], &mut in_responses);
    (in_requests, in_responses)
}

/// The object schemas both sides use that lead to an enum, each with the name of its open copy for responses
/// (unless a schema by that name exists already).
fn response_copies(
    schemas: &Value,
    in_requests: &BTreeSet<String>,
    in_responses: &BTreeSet<String>,
) -> Vec<(String, String)> {
    let is_enum = |name: &str| schemas[name].get("enum").is_some();
    let leads_to_enum = |name: &str| {
        let mut reached = BTreeSet::new();
        referenced_schemas(schemas, &schemas[name], &mut reached);
        reached.iter().any(|n| is_enum(n))
    };
    in_responses
        .intersection(in_requests)
        .filter(|name| !is_enum(name) && leads_to_enum(name))
        .map(|name| {
            let base = name.strip_suffix("Dto").unwrap_or(name);
            (name.clone(), format!("{base}Response"))
        })
        .filter(|(_, copy)| schemas.get(copy).is_none())
        .collect()
}

/// Adds the name of every component schema `value` refers to, directly or through other schemas, to `seen`.
fn referenced_schemas(schemas: &Value, value: &Value, seen: &mut BTreeSet<String>) {
    match value {
        Value::Object(members) => {
            if let Some(name) = members
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                if seen.insert(name.to_string()) {
                    referenced_schemas(schemas, &schemas[name], seen);
                }
            }
            for (key, member) in members {
                if key != "example" && key != "examples" {
                    referenced_schemas(schemas, member, seen);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                referenced_schemas(schemas, item, seen);
            }
        }
        _ => {}
    }
}

/// Rewrites, inside `value`, every reference to an enum schema as `anyOf: [{$ref}, {type: string}]` and every
/// reference to a schema in `copies` as one to its open copy. A nullable `oneOf: [{$ref: Enum}, {type: null}]`
/// becomes `anyOf: [{$ref: Enum}, {type: string}, {type: null}]` (a known value matches two branches, so `oneOf`
/// would refuse it).
fn open_enum_references(
    value: &mut Value,
    is_enum: &dyn Fn(&str) -> bool,
    copies: &[(String, String)],
) {
    let enum_reference = |v: &Value| {
        v.get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .is_some_and(is_enum)
    };
    match value {
        Value::Object(members) => {
            refer_to_open_copy(members, copies);
            if enum_reference(&Value::Object(members.clone())) {
                if let Some(reference) = members.shift_remove("$ref") {
                    members.insert(
                        "anyOf".to_string(),
                        json!([{"$ref": reference}, {"type": "string"}]),
                    );
                }
                return;
            }
            if open_one_of(members, &enum_reference) {
                return;
            }
            for (key, member) in members.iter_mut() {
                if key != "example" && key != "examples" {
                    open_enum_references(member, is_enum, copies);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                open_enum_references(item, is_enum, copies);
            }
        }
        _ => {}
    }
}

/// Points a reference to a schema in `copies` at its open copy.
fn refer_to_open_copy(members: &mut Map<String, Value>, copies: &[(String, String)]) {
    if let Some(Value::String(reference)) = members.get_mut("$ref") {
        if let Some((_, copy)) = copies
            .iter()
            .find(|(original, _)| reference.ends_with(&format!("/{original}")))
        {
            *reference = format!("#/components/schemas/{copy}");
        }
    }
}

/// Turns a `oneOf` with an enum reference among its branches into an `anyOf` that accepts any string beside each such
/// branch; whether it did.
fn open_one_of(members: &mut Map<String, Value>, enum_reference: &dyn Fn(&Value) -> bool) -> bool {
    let Some(Value::Array(branches)) = members.get("oneOf") else {
        return false;
    };
    if !branches.iter().any(enum_reference) {
        return false;
    }
    let mut opened = Vec::new();
    for branch in branches {
        opened.push(branch.clone());
        if enum_reference(branch) {
            opened.push(json!({"type": "string"}));
        }
    }
    members.shift_remove("oneOf");
    members.insert("anyOf".to_string(), Value::Array(opened));
    true
}
