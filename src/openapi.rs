//! The OpenAPI 3.1 document, built from the same route list the server uses. Startup also derives the
//! [`RouteTable`](crate::route_table::RouteTable) from it, to answer 405 with an accurate `Allow` header.

use actix_web::App;
use utoipa::openapi::security::{
    AuthorizationCode, ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Password,
    Scopes, SecurityScheme,
};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use rebound_domain::bounded::NO_NUL_PATTERN;
use rebound_service::auth::Scope;

use crate::openapi_strings;

/// Path of the token endpoint, as Swagger UI's Authorize dialog calls it.
pub const TOKEN_URL: &str = "/v1/auth/token";

/// Path of the authorization endpoint: the sign-in and consent page of the authorization-code flow.
pub const AUTHORIZATION_URL: &str = "/oauth/authorize";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Rebound API",
        description = "Rebound helps a job candidate bounce back from a bad interview: log what happened, see how much \
damage was really done, and follow a recovery plan.\n\n\
**Getting started in Swagger UI:** seed the demo workspace with `cargo run -- demo` (or `rebound demo`; it works \
while the server runs), press *Authorize*, and in the OAuth2 *authorizationCode* flow type client id `swagger-ui` (no \
secret), tick the scopes and press *Authorize*: Rebound's sign-in page opens; sign in as `demo@rebound.example` with \
password `rebound-demo-password` and allow. (Or use the *password* flow with the same e-mail and password, client id \
and secret empty; it also grants `admin`, which the `swagger-ui` client cannot.) The examples of path parameters and \
bodies are the demo's own ids (its interview is `01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a`, its candidate \
`01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f`), so *Try it out* works with the default values; plan, step and other ids \
come from the answers that create them, as each parameter says. Without the demo, create a workspace with \
`POST /v1/signup` and sign in with that e-mail and password instead.\n\n\
**Conventions:** JSON in snake_case; errors are `application/problem+json` (RFC 9457) with a stable `code` and, for \
validation, `errors[]` naming each field; lists are paged with `limit` and an opaque `cursor`, answering \
`{data, next_cursor}`, and a query parameter a list does not know (a typo such as `updated_afer`) is a 400 naming \
it; enum values are lowercase strings and new values may be added, so clients must tolerate \
unknown ones; an id from another workspace is always 404.",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    servers((url = "/", description = "The server this document is served from")),
    tags(
        (name = "auth", description = "Sign-up, tokens and the current caller"),
        (name = "users", description = "People in a workspace (owners manage them)"),
        (name = "api-clients", description = "Integration clients for server-to-server access"),
        (name = "candidates", description = "The people whose interviews are logged"),
        (name = "interviews", description = "What happened in an interview, with whom, and how it felt"),
        (name = "imports", description = "Interviews, interviewers and candidates from an ATS, upserted idempotently"),
        (name = "gaffes", description = "The gaffe catalogue and the gaffes logged against an interview"),
        (name = "assessments", description = "How much damage an interview really did, and why"),
        (name = "recovery-plans", description = "What to do after a bad interview, step by step and by when"),
        (name = "follow-up-notes", description = "Checks a follow-up note before it is sent"),
        (name = "insights", description = "Patterns across a candidate's interviews, and what to prepare next time"),
        (name = "events", description = "What changed, as a feed and (signed) as webhooks"),
        (name = "cors-origins", description = "Browser origins (plugins, web apps) allowed to call the API"),
        (name = "inbound", description = "Signed webhooks an ATS (Merge, Greenhouse) pushes interview changes through, and their receivers"),
        (name = "operations", description = "Health, readiness and metrics"),
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&SecuritySchemes),
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("An access token from POST /v1/auth/token."))
                    .build(),
            ),
        );
        let scopes = || {
            Scopes::from_iter(
                Scope::ALL
                    .iter()
                    .map(|scope| (scope.as_str(), scope.description())),
            )
        };
        components.add_security_scheme(
            "oauth2",
            SecurityScheme::OAuth2(OAuth2::with_description(
                [
                    Flow::AuthorizationCode(AuthorizationCode::new(
                        AUTHORIZATION_URL,
                        TOKEN_URL,
                        scopes(),
                    )),
                    Flow::Password(Password::new(TOKEN_URL, scopes())),
                    Flow::ClientCredentials(ClientCredentials::new(TOKEN_URL, scopes())),
                ],
                "Browser plugins (public clients) sign users in with the authorization-code flow and PKCE (S256) \
through the sign-in page at /oauth/authorize; in Swagger UI use client id `swagger-ui` (seeded by `rebound demo`) \
and leave the secret empty. Users may also sign in with the password flow (username = e-mail); integration back \
ends use client credentials.",
            )),
        );
    }
}

/// Responses many operations share, added once here instead of on each handler (a handler's own, more specific
/// entry wins): 401/403 wherever a token is required, 400 where the path carries an id, 500 everywhere, 503 where
/// the database is involved, and 413/415 wherever a body is accepted.
struct CommonResponses;

/// Operations that never touch the database, so never answer 503.
const WITHOUT_DATABASE: [&str; 4] = [
    "/livez",
    "/metrics",
    "/v1/gaffe-kinds",
    "/v1/assessments/preview",
];

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::HeaderBuilder;
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};

        let problem = |description: &str, retry_after: bool| {
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
        };
        let shared = [
            ("Unauthorized", problem("Missing, invalid or expired access token", false)),
            ("Forbidden", problem("The token lacks a scope this operation requires", false)),
            ("InvalidRequest", problem("A path parameter or field is invalid; `errors[]` names it", false)),
            ("InternalError", problem("An unexpected failure; it was logged with the request's X-Request-Id", false)),
            ("ServiceUnavailable", problem("The database is unreachable or the service is busy; retry after Retry-After seconds", true)),
            ("PayloadTooLarge", problem("The body is larger than the service accepts", false)),
            ("UnsupportedMediaType", problem("The body is not in a media type this operation accepts", false)),
            ("RateLimited", problem("The caller's request quota is used up (`rate_limited`); retry after Retry-After seconds", true)),
        ];
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, response) in shared {
            components
                .responses
                .insert(name.to_string(), RefOr::T(response));
        }
        let reference = |name: &str| RefOr::Ref(Ref::from_response_name(name));
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ];
            for operation in operations.into_iter().flatten() {
                let names_a_scope = operation.security.as_ref().is_some_and(|security| {
                    // Only operations that name a scope can be refused for lacking one.
                    serde_json::to_value(security).is_ok_and(|v| {
                        v.as_array().into_iter().flatten().any(|requirement| {
                            requirement
                                .as_object()
                                .into_iter()
                                .flatten()
                                .any(|(_, scopes)| scopes.as_array().is_some_and(|s| !s.is_empty()))
                        })
                    })
                });
                let needs_token = operation.security.as_ref().is_some_and(|s| !s.is_empty());
                let responses = &mut operation.responses.responses;
                if needs_token {
                    responses
                        .entry("401".into())
                        .or_insert_with(|| reference("Unauthorized"));
                }
                if names_a_scope {
                    responses
                        .entry("403".into())
                        .or_insert_with(|| reference("Forbidden"));
                }
                if path.contains('{') {
                    responses
                        .entry("400".into())
                        .or_insert_with(|| reference("InvalidRequest"));
                }
                responses
                    .entry("500".into())
                    .or_insert_with(|| reference("InternalError"));
                if !crate::rate_limit::is_exempt(path) {
                    responses
                        .entry("429".into())
                        .or_insert_with(|| reference("RateLimited"));
                }
                if !WITHOUT_DATABASE.contains(&path.as_str()) {
                    responses
                        .entry("503".into())
                        .or_insert_with(|| reference("ServiceUnavailable"));
                }
                if operation.request_body.is_some() {
                    responses
                        .entry("413".into())
                        .or_insert_with(|| reference("PayloadTooLarge"));
                    responses
                        .entry("415".into())
                        .or_insert_with(|| reference("UnsupportedMediaType"));
                }
            }
        }
    }
}

/// The complete OpenAPI document of the service.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(crate::routes::configure)
        .split_for_parts();
    // After the routes are merged in: `modifiers(...)` would run before any path exists.
    CommonResponses.modify(&mut api);
    crate::openapi_webhooks::add_webhooks(&mut api);
    api
}

/// The published document: [`document`] with the contract details generated clients rely on (see
/// [`publish`]), as served at `/api-docs/openapi.json`.
pub fn published() -> serde_json::Value {
    let mut api = serde_json::to_value(document()).unwrap_or_default();
    publish(&mut api);
    api
}

/// The published document as pretty JSON with a trailing newline, exactly as committed in `openapi/openapi.json`.
pub fn document_json() -> String {
    let mut json = serde_json::to_string_pretty(&published()).unwrap_or_default();
    json.push('\n');
    json
}

/// Applies what utoipa's typed model cannot say, or would say once per handler, on the JSON document:
/// - `security: []` on public operations, so generators and Swagger UI do not attach a token to them;
/// - the response headers the server sends everywhere (`X-Request-Id`), on every rate-limited operation's
///   responses (`RateLimit`, `RateLimit-Policy`), on every 201 made through
///   `Idempotency-Key` (`Location`, `ETag`, `Idempotent-Replayed`) and on every 429 and 503 (`Retry-After`);
/// - the authorization-code flow first among the OAuth2 flows, then the password flow, as Swagger UI lists them in
///   document order;
/// - query-parameter enums as references to the component enum they copy, so clients get one type, not two;
/// - response enums open to new values (see [`open_response_enums`]).
fn publish(api: &mut serde_json::Value) {
    use serde_json::{json, Value};

    let request_id = json!({
        "description": "The request's id: the caller's own `X-Request-Id` when it is plain (1–128 letters, digits, \
    `-_.:`), otherwise a new one. Quote it when reporting a problem.",
        "schema": {"type": "string"}
    });
    let retry_after = json!({
        "description": "Seconds to wait before retrying",
        "schema": {"type": "integer", "minimum": 0}
    });
    // draft-ietf-httpapi-ratelimit-headers-11 (structured fields), as `rate_limit` sends them: declared once under
    // `components/headers`, referenced from every response of a rate-limited operation.
    api["components"]["headers"]["RateLimit-Policy"] = json!({
        "description": "The rate-limit policy (IETF draft `draft-ietf-httpapi-ratelimit-headers`): quota `q` requests \
    per window `w` seconds, per user or integration client (per calling address without a token). Absent when the \
    service runs without rate limits.",
        "schema": {"type": "string", "examples": ["\"default\";q=600;w=60"]}
    });
    api["components"]["headers"]["RateLimit"] = json!({
        "description": "What is left of the quota: `r` more requests now; the quota is whole again in `t` seconds. \
    Absent when the service runs without rate limits.",
        "schema": {"type": "string", "examples": ["\"default\";r=599;t=1"]}
    });
    let rate_limit_headers = ["RateLimit-Policy", "RateLimit"].map(|name| {
        (
            name,
            json!({"$ref": format!("#/components/headers/{name}")}),
        )
    });
    let add_header = |response: &mut Value, name: &str, header: &Value| {
        if let Some(response) = response.as_object_mut() {
            if response.contains_key("$ref") {
                return;
            }
            let headers = response.entry("headers").or_insert_with(|| json!({}));
            if let Some(headers) = headers.as_object_mut() {
                headers.entry(name).or_insert_with(|| header.clone());
            }
        }
    };
    let with_common_headers = |status: &str, response: &mut Value| {
        add_header(response, "X-Request-Id", &request_id);
        if status == "429" || status == "503" {
            add_header(response, "Retry-After", &retry_after);
        }
    };

    let component_enums: Vec<(String, Value)> = api["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| Some((name.clone(), schema.get("enum")?.clone())))
        .collect();

    for (name, response) in api["components"]["responses"]
        .as_object_mut()
        .into_iter()
        .flatten()
    {
        with_common_headers("", response);
        if name == "RateLimited" {
            with_common_headers("429", response);
        }
        // Shared responses are referenced by rate-limited operations (and by the exempt probes, which simply do not
        // send these headers).
        for (header, declaration) in &rate_limit_headers {
            add_header(response, header, declaration);
        }
    }
    // The shared responses are referenced for 503 (and 401/403/…): give the 503 one its Retry-After too.
    if let Some(unavailable) = api["components"]["responses"].get_mut("ServiceUnavailable") {
        with_common_headers("503", unavailable);
    }

    for (path, item) in api["paths"].as_object_mut().into_iter().flatten() {
        let rate_limited = !crate::rate_limit::is_exempt(path);
        for operation in item
            .as_object_mut()
            .into_iter()
            .flat_map(|i| i.values_mut())
        {
            let Some(operation) = operation.as_object_mut() else {
                continue;
            };
            operation
                .entry("security")
                .or_insert_with(|| Value::Array(Vec::new()));
            let parameters = operation
                .get_mut("parameters")
                .and_then(Value::as_array_mut);
            let mut idempotent = false;
            for parameter in parameters.into_iter().flatten() {
                if parameter["name"] == "Idempotency-Key" && parameter["in"] == "header" {
                    idempotent = true;
                    // As `routes::idempotency::idempotency_key` checks it.
                    parameter["schema"] = json!({
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 255,
                        "pattern": "^[!-~]+$"
                    });
                }
                if parameter["name"] == "If-Match" && parameter["in"] == "header" {
                    // As `routes::conditional::if_match` reads it: `*` or the ETag of a response (weak tags are
                    // understood too, and never match).
                    parameter["schema"] =
                        json!({"type": "string", "pattern": "^(\\*|\"[0-9]{1,9}\"|[0-9]{1,9})$"});
                }
                if parameter["in"] == "path" {
                    demo_path_example(parameter);
                }
                if parameter["in"] == "query" && parameter["schema"]["type"] == "string" {
                    if let Some(members) = parameter["schema"].as_object_mut() {
                        openapi_strings::no_nul(members);
                    }
                }
                reference_component_enum(&mut parameter["schema"], &component_enums);
            }
            let responses = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut);
            for (status, response) in responses.into_iter().flatten() {
                with_common_headers(status, response);
                if rate_limited {
                    for (header, declaration) in &rate_limit_headers {
                        add_header(response, header, declaration);
                    }
                }
                if idempotent && status == "201" {
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
            }
        }
    }

    openapi_strings::inline_bounded_texts(api);
    openapi_strings::forbid_nul_in_requests(api);
    client_scope(api);
    subscribable_events(api);
    plan_links(api);
    // Form bodies: an unknown field is ignored whatever its value holds, but no field name may hold a NUL
    // (`extract::nul_in_read_fields`). The rule stays on names only: declaring the values too (additionalProperties)
    // makes openapi-typescript emit an index signature that the optional, nullable fields do not fit.
    for form in ["TokenRequest", "RevokeRequest", "AuthorizeForm"] {
        if let Some(schema) = api["components"]["schemas"][form].as_object_mut() {
            schema.insert(
                "propertyNames".to_string(),
                json!({"pattern": NO_NUL_PATTERN}),
            );
        }
    }
    if let Some(flows) = api["components"]["securitySchemes"]["oauth2"]["flows"].as_object_mut() {
        let mut reordered = serde_json::Map::new();
        for first in ["authorizationCode", "password"] {
            if let Some(flow) = flows.shift_remove(first) {
                reordered.insert(first.to_string(), flow);
            }
        }
        reordered.append(flows);
        *flows = reordered;
    }
    open_response_enums(api);
}

/// OpenAPI links from a recovery plan (as created, or as read) to what a client does next with it: read it again,
/// add it to a calendar, update its first step. Without them a generator or a fuzzer guesses, and the plan's own
/// `steps[*].id` looks as much like a `plan_id` as its `id` does.
fn plan_links(api: &mut serde_json::Value) {
    use serde_json::json;

    let plan = json!({
        "interview_id": "$response.body#/interview_id",
        "plan_id": "$response.body#/id"
    });
    let links = json!({
        "GetRecoveryPlan": {
            "operationId": "get_recovery_plan",
            "parameters": plan,
            "description": "The plan again, with its steps' current status"
        },
        "GetPlanCalendar": {
            "operationId": "get_plan_calendar",
            "parameters": plan,
            "description": "The plan's dated steps as an iCalendar file"
        },
        "UpdateFirstPlanStep": {
            "operationId": "update_plan_step",
            "parameters": {
                "interview_id": "$response.body#/interview_id",
                "plan_id": "$response.body#/id",
                "step_id": "$response.body#/steps/0/id"
            },
            "description": "Mark the plan's first step done or skipped"
        }
    });
    for (path, method, status) in [
        (
            "/v1/interviews/{interview_id}/recovery-plans",
            "post",
            "201",
        ),
        (
            "/v1/interviews/{interview_id}/recovery-plans/{plan_id}",
            "get",
            "200",
        ),
    ] {
        if let Some(response) = api["paths"][path][method]["responses"][status].as_object_mut() {
            response.insert("links".to_string(), links.clone());
        }
    }
}

/// What `service::webhooks` accepts in a webhook endpoint's `events`: `*` or a known event type but `ping` (which
/// only the test call sends), at least one. A request enum, so closed.
fn subscribable_events(api: &mut serde_json::Value) {
    use rebound_domain::events::{EventType, ALL_EVENTS};
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
            events["items"] = serde_json::json!({"type": "string", "enum": names});
            events["minItems"] = serde_json::json!(1);
        }
    }
}

/// Gives a path parameter the id the demo workspace has (so "Try it out" works with the default value once
/// `rebound demo` has run), or says where to get one.
fn demo_path_example(parameter: &mut serde_json::Value) {
    use rebound_service::demo::{
        DEMO_CANDIDATE_ID, DEMO_GAFFE_IDS, DEMO_INTERVIEW_ID, DEMO_OWNER_ID,
    };
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
            parameter["example"] = serde_json::Value::String(id.to_string());
            append_description(
                parameter,
                "The example is the demo workspace's (`rebound demo`).",
            );
        }
        Err(source) => append_description(parameter, &format!("Where to get one: {source}.")),
    }
}

fn append_description(item: &mut serde_json::Value, sentence: &str) {
    let description = item["description"].as_str().unwrap_or_default();
    let joined = if description.is_empty() {
        sentence.to_string()
    } else {
        format!("{}. {sentence}", description.trim_end_matches('.'))
    };
    item["description"] = serde_json::Value::String(joined);
}

/// Integration clients cannot hold `admin`: their scopes are a `ClientScope`, every `Scope` but `admin`.
fn client_scope(api: &mut serde_json::Value) {
    use serde_json::json;

    let schemas = &mut api["components"]["schemas"];
    if let Some(scope) = schemas.get("Scope").cloned() {
        let mut client_scope = scope;
        if let Some(values) = client_scope["enum"].as_array_mut() {
            values.retain(|value| value != Scope::Admin.as_str());
        }
        client_scope["description"] =
            json!("A scope an integration client may hold: every scope but `admin`.");
        schemas["ClientScope"] = client_scope;
        for name in ["CreateApiClientRequest", "ApiClientResponse"] {
            if let Some(items) = schemas[name]["properties"]["scopes"].get_mut("items") {
                *items = json!({"$ref": "#/components/schemas/ClientScope"});
            }
        }
    }
}

/// Replaces an inline enum schema that lists exactly the values of a component enum with a reference to it,
/// keeping its description.
fn reference_component_enum(schema: &mut serde_json::Value, enums: &[(String, serde_json::Value)]) {
    let Some(values) = schema.get("enum") else {
        return;
    };
    let Some((name, _)) = enums.iter().find(|(_, e)| e == values) else {
        return;
    };
    let mut replacement = serde_json::Map::new();
    replacement.insert(
        "$ref".to_string(),
        format!("#/components/schemas/{name}").into(),
    );
    if let Some(description) = schema.get("description") {
        replacement.insert("description".to_string(), description.clone());
    }
    *schema = serde_json::Value::Object(replacement);
}

/// Clients must tolerate new enum values (a new step kind, gaffe kind, outcome …), and generators only do so when
/// the schema says it: in every schema a response uses, a reference to an enum becomes
/// `anyOf: [{$ref: Enum}, {type: string}]` (openapi-python-client types it `Enum | str` and keeps an unknown value as
/// the string; TypeScript generators give `Enum | string`). Requests keep the closed enums: the server refuses an
/// unknown value there. An object schema used by both requests and responses gets an open copy for responses,
/// named after it (`QuestionDto` → `QuestionResponse`).
fn open_response_enums(api: &mut serde_json::Value) {
    use std::collections::BTreeSet;

    use serde_json::Value;

    let schemas = api["components"]["schemas"].clone();
    let is_enum = |name: &str| schemas[name].get("enum").is_some();
    let mut in_requests = BTreeSet::new();
    let mut in_responses = BTreeSet::new();
    for item in api["paths"]
        .as_object()
        .into_iter()
        .flat_map(|p| p.values())
    {
        for operation in item.as_object().into_iter().flat_map(|i| i.values()) {
            referenced_schemas(&schemas, &operation["requestBody"], &mut in_requests);
            referenced_schemas(&schemas, &operation["parameters"], &mut in_requests);
            referenced_schemas(&schemas, &operation["responses"], &mut in_responses);
        }
    }
    referenced_schemas(&schemas, &api["components"]["responses"], &mut in_responses);

    // Object schemas both sides use, and that lead to an enum: responses get a copy.
    let leads_to_enum = |name: &str| {
        let mut reached = BTreeSet::new();
        referenced_schemas(&schemas, &schemas[name], &mut reached);
        reached.iter().any(|n| is_enum(n))
    };
    let copies: Vec<(String, String)> = in_responses
        .intersection(&in_requests)
        .filter(|name| !is_enum(name) && leads_to_enum(name))
        .map(|name| {
            let base = name.strip_suffix("Dto").unwrap_or(name);
            (name.clone(), format!("{base}Response"))
        })
        .filter(|(_, copy)| schemas.get(copy).is_none())
        .collect();

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
    for item in api["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|p| p.values_mut())
    {
        for operation in item
            .as_object_mut()
            .into_iter()
            .flat_map(|i| i.values_mut())
        {
            open(&mut operation["responses"]);
        }
    }
    open(&mut api["components"]["responses"]);
}

/// Adds the name of every component schema `value` refers to, directly or through other schemas, to `seen`.
fn referenced_schemas(
    schemas: &serde_json::Value,
    value: &serde_json::Value,
    seen: &mut std::collections::BTreeSet<String>,
) {
    match value {
        serde_json::Value::Object(members) => {
            if let Some(name) = members
                .get("$ref")
                .and_then(serde_json::Value::as_str)
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
        serde_json::Value::Array(items) => {
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
    value: &mut serde_json::Value,
    is_enum: &dyn Fn(&str) -> bool,
    copies: &[(String, String)],
) {
    use serde_json::{json, Value};

    let enum_reference = |v: &Value| {
        v.get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .is_some_and(is_enum)
    };
    match value {
        Value::Object(members) => {
            if let Some(Value::String(reference)) = members.get_mut("$ref") {
                if let Some((_, copy)) = copies
                    .iter()
                    .find(|(original, _)| reference.ends_with(&format!("/{original}")))
                {
                    *reference = format!("#/components/schemas/{copy}");
                }
            }
            if enum_reference(&Value::Object(members.clone())) {
                if let Some(reference) = members.shift_remove("$ref") {
                    members.insert(
                        "anyOf".to_string(),
                        json!([{"$ref": reference}, {"type": "string"}]),
                    );
                }
                return;
            }
            if let Some(Value::Array(branches)) = members.get("oneOf") {
                if branches.iter().any(enum_reference) {
                    let mut opened = Vec::new();
                    for branch in branches {
                        opened.push(branch.clone());
                        if enum_reference(branch) {
                            opened.push(json!({"type": "string"}));
                        }
                    }
                    members.shift_remove("oneOf");
                    members.insert("anyOf".to_string(), Value::Array(opened));
                    return;
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_tagged_and_documented() {
        let api = document();
        for (path, item) in &api.paths.paths {
            for operation in [&item.get, &item.post, &item.put, &item.patch, &item.delete]
                .into_iter()
                .flatten()
            {
                assert!(
                    operation.tags.as_ref().is_some_and(|t| !t.is_empty()),
                    "{path} has no tag"
                );
                assert!(operation.summary.is_some(), "{path} has no summary");
            }
        }
    }

    #[test]
    fn every_link_names_an_operation_and_exactly_its_path_parameters() {
        let api = published();
        let mut operations = std::collections::HashMap::new();
        for (path, item) in api["paths"].as_object().unwrap() {
            for operation in item.as_object().unwrap().values() {
                if let Some(id) = operation["operationId"].as_str() {
                    let mut parameters: Vec<String> = path
                        .split('{')
                        .skip(1)
                        .map(|p| p.split('}').next().unwrap().to_string())
                        .collect();
                    parameters.sort();
                    operations.insert(id.to_string(), parameters);
                }
            }
        }
        let mut links = 0;
        for item in api["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                for response in operation["responses"]
                    .as_object()
                    .into_iter()
                    .flat_map(|r| r.values())
                {
                    for (name, link) in response["links"].as_object().into_iter().flatten() {
                        let target = link["operationId"].as_str().unwrap();
                        let mut parameters: Vec<String> = link["parameters"]
                            .as_object()
                            .unwrap()
                            .keys()
                            .cloned()
                            .collect();
                        parameters.sort();
                        assert_eq!(operations.get(target), Some(&parameters), "link {name}");
                        links += 1;
                    }
                }
            }
        }
        assert!(links >= 6, "{links} links");
    }
}
