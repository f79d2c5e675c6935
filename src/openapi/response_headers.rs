//! The response headers the server sends that no handler declares: `X-Request-Id` everywhere, `RateLimit` and
//! `RateLimit-Policy` wherever requests are rate-limited, `Retry-After` on every 429 and 503, and `Location`, `ETag`
//! and `Idempotent-Replayed` on every 201 made through `Idempotency-Key`.

use serde_json::{json, Map, Value};

use super::publish::operations_mut;

/// The rate-limit headers, as `rate_limit` sends them (draft-ietf-httpapi-ratelimit-headers-11, structured
/// fields): declared once under `components/headers`, referred to from every response of a rate-limited operation.
const RATE_LIMIT_HEADERS: [&str; 2] = ["RateLimit-Policy", "RateLimit"];

/// Declares the rate-limit headers once under `components/headers`, so each response refers to them instead of
/// repeating them.
pub(super) fn declare_rate_limit_headers(api: &mut Value) {
    api["components"]["headers"]["RateLimit-Policy"] = json!({
        "description": "The rate-limit policy (IETF draft `draft-ietf-httpapi-ratelimit-headers`): quota `q` requests \
            per window `w` seconds, per user or integration client (per calling address without a token). Absent \
            when the service runs without rate limits.",
        "schema": {"type": "string", "examples": ["\"default\";q=600;w=60"]}
    });
    api["components"]["headers"]["RateLimit"] = json!({
        "description": "What is left of the quota: `r` more requests now; the quota is whole again in `t` seconds. \
            Absent when the service runs without rate limits.",
        "schema": {"type": "string", "examples": ["\"default\";r=599;t=1"]}
    });
}

/// The shared responses (`components/responses`) carry `X-Request-Id` and the rate-limit headers too: rate-limited
/// operations refer to them (so do the exempt probes, which simply do not send those). Their `Retry-After` is
/// declared where they are built (`common_responses`).
pub(super) fn shared_response_headers(api: &mut Value) {
    let responses = api["components"]["responses"].as_object_mut();
    for response in responses.into_iter().flat_map(|r| r.values_mut()) {
        add_header(response, "X-Request-Id", &request_id());
        add_rate_limit_headers(response);
    }
}

/// Every operation's own responses carry the headers the server adds to them (see the module's description).
pub(super) fn operation_response_headers(api: &mut Value) {
    for (path, operation) in operations_mut(api) {
        let rate_limited = !crate::rate_limit::is_exempt(path);
        let idempotent = takes_idempotency_key(operation);
        let responses = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut);
        for (status, response) in responses.into_iter().flatten() {
            add_header(response, "X-Request-Id", &request_id());
            if status == "429" || status == "503" {
                add_header(response, "Retry-After", &retry_after());
            }
            if rate_limited {
                add_rate_limit_headers(response);
            }
            if idempotent && status == "201" {
                add_idempotent_creation_headers(response);
            }
        }
    }
}

/// Whether the operation accepts an `Idempotency-Key` header.
fn takes_idempotency_key(operation: &Map<String, Value>) -> bool {
    let parameters = operation.get("parameters").and_then(Value::as_array);
    parameters
        .into_iter()
        .flatten()
        .any(|p| p["name"] == "Idempotency-Key" && p["in"] == "header")
}

fn request_id() -> Value {
    json!({
        "description": "The request's id: the caller's own `X-Request-Id` when it is plain (1–128 letters, digits, \
            `-_.:`), otherwise a new one. Quote it when reporting a problem.",
        "schema": {"type": "string"}
    })
}

fn retry_after() -> Value {
    json!({
        "description": "Seconds to wait before retrying",
        "schema": {"type": "integer", "minimum": 0}
    })
}

fn add_rate_limit_headers(response: &mut Value) {
    for name in RATE_LIMIT_HEADERS {
        add_header(
            response,
            name,
            &json!({"$ref": format!("#/components/headers/{name}")}),
        );
    }
}

/// What a 201 made through `Idempotency-Key` says besides its body: where the new resource is, its version, and
/// whether it replays an earlier answer.
fn add_idempotent_creation_headers(response: &mut Value) {
    add_header(
        response,
        "Location",
        &json!({"description": "The new resource's path", "schema": {"type": "string"}}),
    );
    add_header(
        response,
        "ETag",
        &json!({"description": "The new resource's version, for `If-Match`", "schema": {"type": "string"}}),
    );
    add_header(
        response,
        "Idempotent-Replayed",
        &json!({
            "description": "`true` when this replays the response to an earlier request with the same \
                `Idempotency-Key`; absent otherwise",
            "schema": {"type": "string", "enum": ["true"]}
        }),
    );
}

/// Declares `header` on `response` unless it already declares one by that name (or is a reference to a shared
/// response, which carries its own).
fn add_header(response: &mut Value, name: &str, header: &Value) {
    let Some(response) = response.as_object_mut() else {
        return;
    };
    if response.contains_key("$ref") {
        return;
    }
    let headers = response.entry("headers").or_insert_with(|| json!({}));
    if let Some(headers) = headers.as_object_mut() {
        headers.entry(name).or_insert_with(|| header.clone());
    }
}
