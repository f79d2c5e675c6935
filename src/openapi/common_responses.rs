//! Responses many operations share, declared once under `components/responses` and referenced by rule instead of on
//! each handler (a handler's own, more specific entry wins): 401/403 wherever a token is required, 400 where the
//! path carries an id, 500 everywhere, 429 wherever requests are rate-limited, 503 where the database is involved,
//! and 413/415 wherever a body is accepted.

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::Modify;

/// Adds the shared responses to the document and refers every operation to those that apply to it.
pub(super) struct CommonResponses;

/// Operations that never touch the database, so never answer 503.
const WITHOUT_DATABASE: [&str; 4] = [
    "/livez",
    "/metrics",
    "/v1/gaffe-kinds",
    "/v1/assessments/preview",
];

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, response) in shared_responses() {
            components
                .responses
                .insert(name.to_string(), RefOr::T(response));
        }
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ];
            for operation in operations.into_iter().flatten() {
                refer_to_common_responses(path, operation);
            }
        }
    }
}

/// The shared responses, by component name.
fn shared_responses() -> [(&'static str, Response); 8] {
    [
        ("Unauthorized", problem("Missing, invalid or expired access token", false)),
        ("Forbidden", problem("The token lacks a scope this operation requires", false)),
        ("InvalidRequest", problem("A path parameter or field is invalid; `errors[]` names it", false)),
        ("InternalError", problem("An unexpected failure; it was logged with the request's X-Request-Id", false)),
        ("ServiceUnavailable", problem("The database is unreachable or the service is busy; retry after Retry-After seconds", true)),
        ("PayloadTooLarge", problem("The body is larger than the service accepts", false)),
        ("UnsupportedMediaType", problem("The body is not in a media type this operation accepts", false)),
        ("RateLimited", problem("The caller's request quota is used up (`rate_limited`); retry after Retry-After seconds", true)),
    ]
}

/// A problem+json response, with a `Retry-After` header when the caller is told to come back later.
fn problem(description: &str, retry_after: bool) -> Response {
    let mut response = ResponseBuilder::new().description(description).content(
        crate::error::PROBLEM_JSON,
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build(),
    );
    if retry_after {
        response = response.header(
            "Retry-After",
            HeaderBuilder::new()
                .description(Some("Seconds to wait before retrying"))
                .build(),
        );
    }
    response.build()
}

/// Adds to `operation` (served at `path`) a reference to each shared response that applies to it and that it does
/// not document itself.
fn refer_to_common_responses(path: &str, operation: &mut Operation) {
    let needs_token = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let names_a_scope = names_a_scope(operation);
    let takes_body = operation.request_body.is_some();
    let mut add = |status: &str, name: &str| {
        operation
            .responses
            .responses
            .entry(status.into())
            .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
    };
    if needs_token {
        add("401", "Unauthorized");
    }
    if names_a_scope {
        add("403", "Forbidden");
    }
    if path.contains('{') {
        add("400", "InvalidRequest");
    }
    add("500", "InternalError");
    if !crate::rate_limit::is_exempt(path) {
        add("429", "RateLimited");
    }
    if !WITHOUT_DATABASE.contains(&path) {
        add("503", "ServiceUnavailable");
    }
    if takes_body {
        add("413", "PayloadTooLarge");
        add("415", "UnsupportedMediaType");
    }
}

/// Whether one of `operation`'s security requirements names a scope: only then can it be refused for lacking one.
fn names_a_scope(operation: &Operation) -> bool {
    operation.security.as_ref().is_some_and(|security| {
        serde_json::to_value(security).is_ok_and(|v| {
            v.as_array().into_iter().flatten().any(|requirement| {
                requirement
                    .as_object()
                    .into_iter()
                    .flatten()
                    .any(|(_, scopes)| scopes.as_array().is_some_and(|s| !s.is_empty()))
            })
        })
    })
}
