//! The OpenAPI document is the contract: committed, served, and equal to the routes the app really serves.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use crate::fixtures::client_token;
use crate::helpers::{Response, TestApp};

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json");

#[test]
fn the_committed_openapi_document_matches_the_code() {
    let generated = rebound::openapi::document_json();
    if std::env::var_os("REBOUND_UPDATE_OPENAPI").is_some() {
        std::fs::write(COMMITTED, &generated).expect("writing openapi/openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date. Regenerate it with:\n  REBOUND_UPDATE_OPENAPI=1 cargo test --test api openapi\nand commit the result."
    );
}

fn operations(spec: &Value) -> Vec<(String, String)> {
    let mut operations = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                operations.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

/// Query parameters keep literal limits in their attributes (a `schema_with` would drop their description and
/// example), so this holds them to the constants the server enforces.
#[test]
fn every_page_limit_parameter_states_the_limit_the_server_enforces() {
    use rebound::routes::pagination::{DEFAULT_LIMIT, MAX_LIMIT};
    let spec = rebound::openapi::published();
    let mut checked = 0;
    for (method, path) in operations(&spec) {
        let operation = &spec["paths"][&path][method.to_lowercase()];
        let parameters = operation["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for parameter in parameters.iter().filter(|p| p["name"] == "limit") {
            let at = format!("{method} {path}");
            assert_eq!(parameter["schema"]["minimum"], json!(1), "{at}");
            assert_eq!(parameter["schema"]["maximum"], json!(MAX_LIMIT), "{at}");
            let said = format!("1 to {MAX_LIMIT} (default {DEFAULT_LIMIT})");
            assert!(
                parameter["description"]
                    .as_str()
                    .unwrap_or_default()
                    .contains(&said),
                "{at}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} list operations have a limit");
}

#[actix_web::test]
async fn the_served_document_is_the_generated_one() {
    let app = TestApp::spawn().await;
    let served = app.get("/api-docs/openapi.json", None).await;
    assert_eq!(served.status, 200);
    let generated: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    assert_eq!(served.body, generated);
    assert_eq!(served.body["openapi"], "3.1.0");
}

#[actix_web::test]
async fn every_documented_operation_is_routed_and_nothing_else_is() {
    let app = TestApp::spawn().await;
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    let operations = operations(&spec);
    assert!(
        operations.len() >= 14,
        "expected the whole API, found {operations:?}"
    );
    for (method, path) in &operations {
        // Any id will do: the route must answer for itself (401, 404 not_found, 400 …), not as "no such route".
        let concrete = with_fresh_ids(path);
        let response = app
            .request(method.parse().unwrap(), &concrete)
            .json(&json!({}))
            .send()
            .await;
        assert!(
            response.status != 404 || response.body["code"] != "route_not_found",
            "{method} {path} is documented but not routed"
        );
        assert_ne!(
            response.status, 405,
            "{method} {path} is documented but not routed for {method}"
        );
    }
    // The other direction: what the router matches is derived from the same list, and paths outside it are unknown.
    for (method, path) in [
        ("GET", "/v1/signup"),
        ("GET", "/v1"),
        ("POST", "/livez/x"),
        ("GET", "/v1/auth"),
    ] {
        let response = app.request(method.parse().unwrap(), path).send().await;
        assert!(
            matches!(
                response.body["code"].as_str(),
                Some("route_not_found" | "method_not_allowed")
            ),
            "{method} {path} answered {} although it is not documented",
            response.status
        );
    }
}

#[test]
fn every_object_schema_and_operation_has_examples_and_descriptions() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        if schema["type"] == "object" {
            assert!(
                schema.get("example").is_some() || schema.get("examples").is_some(),
                "schema {name} has no example"
            );
        }
    }
    for (method, path) in operations(&spec) {
        let operation = &spec["paths"][&path][method.to_lowercase()];
        assert!(
            operation["summary"].is_string(),
            "{method} {path} has no summary"
        );
        assert!(
            !operation["tags"].as_array().unwrap().is_empty(),
            "{method} {path} has no tag"
        );
    }
    for (method, path) in operations(&spec) {
        let responses = &spec["paths"][&path][method.to_lowercase()]["responses"];
        assert!(
            responses.get("500").is_some(),
            "{method} {path} does not document 500"
        );
        if path != "/livez"
            && path != "/metrics"
            && path != "/v1/gaffe-kinds"
            && path != "/v1/assessments/preview"
        {
            assert!(
                responses.get("503").is_some(),
                "{method} {path} does not document 503"
            );
        }
    }
    let schemes = &spec["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(
        schemes["oauth2"]["flows"]["password"]["tokenUrl"],
        "/v1/auth/token"
    );
    assert_eq!(
        schemes["oauth2"]["flows"]["clientCredentials"]["tokenUrl"],
        "/v1/auth/token"
    );
}

#[actix_web::test]
async fn swagger_ui_is_served_from_the_binary() {
    let app = TestApp::spawn().await;
    let page = app.get("/swagger-ui/", None).await;
    assert_eq!(page.status, 200);
    assert!(page.text.to_lowercase().contains("swagger"));
    let redirect = app.get("/swagger-ui", None).await;
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), Some("/swagger-ui/"));
}

/// The document the running app serves.
async fn served_document(app: &TestApp) -> Value {
    let served = app.get("/api-docs/openapi.json", None).await;
    assert_eq!(served.status, 200, "{}", served.text);
    served.body
}

/// The operation object of `method path`.
fn operation<'a>(spec: &'a Value, method: &str, path: &str) -> &'a Value {
    &spec["paths"][path][method.to_lowercase()]
}

/// Follows `$ref`s (`#/components/…`) until the value is not a reference.
fn resolve<'a>(spec: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value["$ref"].as_str() {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external reference {reference}"));
        value = spec
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling reference {reference}"));
    }
    value
}

/// The names of the component schemas a schema stands for: its own `$ref`, or those of its `oneOf`/`anyOf`/`allOf`
/// branches (utoipa writes an optional body as `oneOf: [{$ref}, {type: null}]`).
fn named_schemas(schema: &Value) -> Vec<String> {
    let name = |s: &Value| {
        s["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .map(str::to_string)
    };
    let mut names: Vec<String> = name(schema).into_iter().collect();
    for combinator in ["oneOf", "anyOf", "allOf"] {
        for branch in schema[combinator].as_array().into_iter().flatten() {
            names.extend(name(branch));
        }
    }
    names
}

/// One example a request or response body is documented with.
struct Example {
    /// Where it is written, for messages: `components.schemas.X.example` or the operation's own.
    source: String,
    media_type: String,
    value: Value,
}

/// The examples documented for one request or response `content` map: each media type's own `example` and
/// `examples.*.value`, and the `example` of every component schema its schema names.
fn content_examples(spec: &Value, content: &Value, owner: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    for (media_type, media) in content.as_object().into_iter().flatten() {
        let mut push = |source: String, value: &Value| {
            examples.push(Example {
                source,
                media_type: media_type.clone(),
                value: value.clone(),
            })
        };
        if let Some(example) = media.get("example") {
            push(format!("{owner} {media_type} example"), example);
        }
        for (name, example) in media["examples"].as_object().into_iter().flatten() {
            push(
                format!("{owner} {media_type} examples.{name}"),
                &resolve(spec, example)["value"],
            );
        }
        for name in named_schemas(&media["schema"]) {
            if let Some(example) = spec["components"]["schemas"][&name].get("example") {
                push(format!("components.schemas.{name}.example"), example);
            }
        }
    }
    examples
}

/// The request-body examples of an operation.
fn request_examples(spec: &Value, method: &str, path: &str) -> Vec<Example> {
    let body = resolve(spec, &operation(spec, method, path)["requestBody"]);
    content_examples(
        spec,
        &body["content"],
        &format!("{method} {path} requestBody"),
    )
}

/// `path` with every `{parameter}` replaced by a fresh UUID.
pub fn with_fresh_ids(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            // A parameter may be followed by a fixed suffix in its segment (`{secret}.ics`).
            if let (true, Some(end)) = (segment.starts_with('{'), segment.find('}')) {
                format!("{}{}", uuid::Uuid::new_v4(), &segment[end + 1..])
            } else {
                segment.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Sends `example` to `method path` as its media type says (JSON, or a form of its top-level members).
async fn send_example(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    example: &Example,
) -> Response {
    let request = app
        .request(method.parse().unwrap(), &with_fresh_ids(path))
        .token(token);
    match example.media_type.as_str() {
        "application/json" => request.json(&example.value).send().await,
        "application/x-www-form-urlencoded" => {
            let fields: Vec<(String, String)> = example
                .value
                .as_object()
                .unwrap_or_else(|| panic!("{}: a form example is an object", example.source))
                .iter()
                .map(|(name, value)| {
                    let text = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_string);
                    (name.clone(), text)
                })
                .collect();
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect();
            request.form(&fields).send().await
        }
        other => panic!("{}: no way to send {other}", example.source),
    }
}

/// The scopes an operation's `oauth2` security requirements name.
fn declared_scopes(operation: &Value) -> Vec<String> {
    operation["security"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|requirement| requirement["oauth2"].as_array())
        .flatten()
        .map(|scope| scope.as_str().unwrap().to_string())
        .collect()
}

/// For every scope of the document's oauth2 scheme, a token that has every other scope it can: an integration
/// client's: for `admin` (which clients may not hold) one with every other scope.
/// Checks each token's `/v1/me` scopes are exactly that.
async fn tokens_lacking_each_scope(
    app: &TestApp,
    spec: &Value,
    owner: &str,
) -> BTreeMap<String, String> {
    let all_scopes: BTreeSet<String> = spec["components"]["securitySchemes"]["oauth2"]["flows"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|flow| flow["scopes"].as_object().unwrap().keys().cloned())
        .collect();
    assert!(all_scopes.contains("admin"), "{all_scopes:?}");

    let mut tokens = BTreeMap::new();
    for scope in all_scopes.iter() {
        let others: Vec<&str> = all_scopes
            .iter()
            .filter(|s| *s != scope && *s != "admin")
            .map(String::as_str)
            .collect();
        tokens.insert(scope.clone(), client_token(app, owner, &others).await);
    }
    for (missing, token) in &tokens {
        let me = app.get("/v1/me", Some(token)).await;
        let has: BTreeSet<String> = serde_json::from_value(me.body["scopes"].clone()).unwrap();
        let expected: BTreeSet<String> = all_scopes
            .iter()
            .filter(|s| *s != missing && (missing == "admin" || *s != "admin"))
            .cloned()
            .collect();
        assert_eq!(has, expected, "the token that lacks `{missing}`");
    }
    tokens
}

#[actix_web::test]
async fn every_operation_refuses_a_token_that_lacks_its_declared_scope() {
    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let owner = app.owner_token("owner@example.com").await;
    let tokens = tokens_lacking_each_scope(&app, &spec, &owner).await;

    let mut visited = 0;
    for (method, path) in operations(&spec) {
        let scopes = declared_scopes(operation(&spec, &method, &path));
        if scopes.is_empty() {
            continue;
        }
        let json_body = request_examples(&spec, &method, &path)
            .into_iter()
            .find(|e| e.media_type == "application/json");
        for scope in &scopes {
            let token = &tokens[scope];
            let response = match &json_body {
                Some(example) => send_example(&app, &method, &path, token, example).await,
                None => {
                    app.request(method.parse().unwrap(), &with_fresh_ids(&path))
                        .token(token)
                        .send()
                        .await
                }
            };
            assert_eq!(
                response.status, 403,
                "{method} {path} without `{scope}`: {}",
                response.text
            );
            response.assert_problem(403, "forbidden");
            let detail = response.body["detail"].as_str().unwrap();
            assert!(
                detail.contains(scope.as_str()),
                "{method} {path}: the refusal names the missing scope `{scope}`: {detail}"
            );
        }
        visited += 1;
    }
    let scoped = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .filter(|operation| !declared_scopes(operation).is_empty())
        .count();
    assert!(visited > 0, "no operation declares a scope");
    assert_eq!(visited, scoped, "every scoped operation was called");
}

/// How the server answered a documented request-body example, when it refused the body itself.
fn body_refusal(response: &Response) -> Option<&str> {
    match (response.status, response.body["code"].as_str()) {
        (400, Some("malformed_json" | "validation_failed")) | (413, _) | (415, _) => {
            Some(response.body["code"].as_str().unwrap_or("?"))
        }
        _ => None,
    }
}

#[actix_web::test]
async fn every_request_body_example_is_accepted_by_the_servers_parser() {
    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let owner = app.owner_token("owner@example.com").await;
    let tokens = tokens_lacking_each_scope(&app, &spec, &owner).await;

    let mut sent = 0;
    let mut wrong = Vec::new();
    for (method, path) in operations(&spec) {
        let body = resolve(&spec, &operation(&spec, &method, &path)["requestBody"]);
        let examples = request_examples(&spec, &method, &path);
        for media_type in body["content"]
            .as_object()
            .into_iter()
            .flat_map(|c| c.keys())
        {
            assert!(
                examples.iter().any(|e| &e.media_type == media_type),
                "{method} {path} documents no {media_type} request example"
            );
        }
        for example in &examples {
            sent += 1;
            let response = send_example(&app, &method, &path, &owner, example).await;
            let Some(code) = body_refusal(&response) else {
                continue;
            };
            // The parser runs before the handler, whose first step is the scope check: a token without the scope
            // tells a body the parser refused (still 400) from one it accepted and validation refused (403).
            let scope = declared_scopes(operation(&spec, &method, &path))
                .into_iter()
                .next();
            let stage = match (code, scope) {
                ("validation_failed", Some(scope)) => {
                    let probe = send_example(&app, &method, &path, &tokens[&scope], example).await;
                    if probe.status == 403 {
                        "the parser accepted it but validation refused it"
                    } else {
                        "the body parser refused it"
                    }
                }
                ("validation_failed", None) => "refused as invalid by the parser or by validation",
                _ => "the body extractor refused it",
            };
            wrong.push(format!(
                "{} ({}), sent to {method} {path}: {stage}: {} {}",
                example.source, example.media_type, response.status, response.text
            ));
        }
    }
    assert!(sent > 0, "the document has no request-body examples");

    // Control for the probe above: a body the parser must refuse (an array where an object belongs) is refused
    // before the scope check, even with a token that lacks the scope.
    let (method, path, scope) = operations(&spec)
        .into_iter()
        .find_map(|(method, path)| {
            let scope = declared_scopes(operation(&spec, &method, &path))
                .into_iter()
                .next()?;
            let has_json_example = request_examples(&spec, &method, &path)
                .iter()
                .any(|e| e.media_type == "application/json");
            has_json_example.then_some((method, path, scope))
        })
        .expect("a scoped operation with a JSON body");
    let not_an_object = Example {
        source: "control".to_string(),
        media_type: "application/json".to_string(),
        value: json!([]),
    };
    send_example(&app, &method, &path, &tokens[&scope], &not_an_object)
        .await
        .assert_problem(400, "validation_failed");
    assert!(
        wrong.is_empty(),
        "wrong request examples:\n{}",
        wrong.join("\n")
    );
}

/// Checks `value` against `schema` (the subset of JSON Schema utoipa writes: `$ref`, `oneOf`/`anyOf`/`allOf`, `type`
/// including type lists, `enum`, `required`, `properties`, `additionalProperties`, `items`, `minimum`/`maximum`,
/// `minItems`/`maxItems`, and the `uuid` and `date-time` formats), adding what does not conform to `errors`. A `oneOf`
/// is taken as "at least one branch", as utoipa's `[X, null]` pairs never overlap.
pub(crate) fn conforms(
    spec: &Value,
    schema: &Value,
    value: &Value,
    at: &str,
    errors: &mut Vec<String>,
) {
    let schema = resolve(spec, schema);
    for branch in schema["allOf"].as_array().into_iter().flatten() {
        conforms(spec, branch, value, at, errors);
    }
    for combinator in ["oneOf", "anyOf"] {
        if let Some(branches) = schema[combinator].as_array() {
            let matches = branches.iter().any(|branch| {
                let mut branch_errors = Vec::new();
                conforms(spec, branch, value, at, &mut branch_errors);
                branch_errors.is_empty()
            });
            if !matches {
                errors.push(format!("{at}: {value} matches no branch of {combinator}"));
            }
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let is = |t: &str| match t {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    };
    if !types.is_empty() && !types.iter().any(|t| is(t)) {
        errors.push(format!("{at}: {value} is not of type {types:?}"));
        return;
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    match value {
        Value::Object(members) => {
            for required in schema["required"].as_array().into_iter().flatten() {
                let name = required.as_str().unwrap();
                if !members.contains_key(name) {
                    errors.push(format!("{at}: required property `{name}` is missing"));
                }
            }
            for (name, member) in members {
                let at = format!("{at}.{name}");
                match (
                    schema["properties"].get(name),
                    &schema["additionalProperties"],
                ) {
                    (Some(property), _) => conforms(spec, property, member, &at, errors),
                    (None, Value::Bool(false)) => {
                        errors.push(format!("{at}: not a property of the schema"))
                    }
                    (None, additional @ Value::Object(_)) => {
                        conforms(spec, additional, member, &at, errors)
                    }
                    (None, _) => {}
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (index, item) in items.iter().enumerate() {
                    conforms(spec, item_schema, item, &format!("{at}[{index}]"), errors);
                }
            }
            let count = items.len() as u64;
            if schema["minItems"].as_u64().is_some_and(|min| count < min)
                || schema["maxItems"].as_u64().is_some_and(|max| count > max)
            {
                errors.push(format!("{at}: {count} items is outside minItems/maxItems"));
            }
        }
        Value::Number(number) => {
            let number = number.as_f64().unwrap();
            if schema["minimum"].as_f64().is_some_and(|min| number < min)
                || schema["maximum"].as_f64().is_some_and(|max| number > max)
            {
                errors.push(format!("{at}: {number} is outside minimum/maximum"));
            }
        }
        Value::String(text) => {
            let well_formed = match schema["format"].as_str() {
                Some("uuid") => uuid::Uuid::parse_str(text).is_ok(),
                Some("date-time") => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
                _ => true,
            };
            if !well_formed {
                errors.push(format!("{at}: {text:?} is not a {}", schema["format"]));
            }
        }
        _ => {}
    }
}

/// The names of every component schema `schema` refers to, directly or through the schemas it refers to.
fn reachable_schemas(spec: &Value, schema: &Value, seen: &mut BTreeSet<String>) {
    match schema {
        Value::Object(members) => {
            if let Some(name) = members
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                if seen.insert(name.to_string()) {
                    reachable_schemas(spec, &spec["components"]["schemas"][name], seen);
                }
            }
            for (key, member) in members {
                if key != "example" && key != "examples" {
                    reachable_schemas(spec, member, seen);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                reachable_schemas(spec, item, seen);
            }
        }
        _ => {}
    }
}

#[test]
fn the_example_checker_notices_missing_properties_wrong_types_unknown_values_and_bad_formats() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    let schema = &spec["components"]["schemas"]["InterviewResponse"];
    let mut errors = Vec::new();
    conforms(&spec, schema, &schema["example"], "example", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");

    let mut broken = schema["example"].clone();
    broken.as_object_mut().unwrap().remove("company");
    broken["id"] = json!("not-a-uuid");
    broken["self_rating"] = json!("3");
    // Response enums are open: a new outcome is fine, a number where the stage belongs is not.
    broken["outcome"] = json!("maybe");
    broken["stage"] = json!(3);
    broken["remote"] = json!({"source": 1});
    conforms(&spec, schema, &broken, "broken", &mut errors);
    // Request enums stay closed.
    let request = &spec["components"]["schemas"]["CreateInterviewRequest"];
    let mut unknown_outcome = request["example"].clone();
    unknown_outcome["outcome"] = json!("maybe");
    conforms(&spec, request, &unknown_outcome, "request", &mut errors);
    let at: Vec<&str> = errors
        .iter()
        .map(|e| e.split_once(':').unwrap().0)
        .collect();
    assert_eq!(
        at,
        [
            "broken",
            "broken.id",
            "broken.stage",
            "broken.self_rating",
            "broken.remote",
            "request.outcome"
        ],
        "{errors:#?}"
    );
}

#[actix_web::test]
async fn every_response_example_conforms_to_its_schema() {
    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;

    let mut schemas = BTreeSet::new();
    let mut errors = Vec::new();
    let mut checked = 0;
    for (method, path) in operations(&spec) {
        let responses = operation(&spec, &method, &path)["responses"]
            .as_object()
            .unwrap();
        for (status, response) in responses {
            let content = &resolve(&spec, response)["content"];
            for (media_type, media) in content.as_object().into_iter().flatten() {
                reachable_schemas(&spec, &media["schema"], &mut schemas);
                // Examples written on the response itself illustrate the response's schema.
                let own = media.get("example").into_iter().chain(
                    media["examples"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(_, e)| &resolve(&spec, e)["value"]),
                );
                for example in own {
                    checked += 1;
                    conforms(
                        &spec,
                        &media["schema"],
                        example,
                        &format!("{method} {path} {status} {media_type} example"),
                        &mut errors,
                    );
                }
            }
        }
    }
    // And every schema a response uses, directly or nested, is illustrated by an example that fits it.
    let mut unillustrated = Vec::new();
    for name in &schemas {
        let schema = &spec["components"]["schemas"][name];
        match schema.get("example") {
            Some(example) => {
                checked += 1;
                conforms(
                    &spec,
                    schema,
                    example,
                    &format!("components.schemas.{name}.example"),
                    &mut errors,
                );
            }
            None if schema["type"] == "object" => unillustrated.push(name),
            None => {}
        }
    }
    assert!(checked > 0, "no response example in the document");
    assert!(
        unillustrated.is_empty(),
        "response object schemas without an example: {unillustrated:?}"
    );
    assert!(
        errors.is_empty(),
        "response examples that do not fit their schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_event_type_is_documented_as_a_webhook_with_a_payload_schema_that_exists() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let envelope = &schemas["EventEnvelope"];
    for event_type in rebound_domain::events::EventType::ALL {
        let name = event_type.as_str();
        let body =
            &spec["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"];
        // The webhook's body is the envelope's member for this type, the one the discriminator maps it to.
        let member = body["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: {body}"));
        assert_eq!(envelope["discriminator"]["mapping"][name], member, "{name}");
        assert!(
            envelope["oneOf"].as_array().unwrap().contains(body),
            "{name}"
        );
        let member = resolve(&spec, body);
        assert_eq!(member["properties"]["type"]["enum"], json!([name]));
        for field in [
            "id",
            "type",
            "created_at",
            "workspace_id",
            "api_version",
            "data",
        ] {
            assert!(
                member["required"]
                    .as_array()
                    .unwrap()
                    .contains(&json!(field)),
                "{name}: {field}"
            );
        }
        let data = member["properties"]["data"]["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} has no data schema"));
        let component = data.trim_start_matches("#/components/schemas/");
        assert!(
            schemas.contains_key(component),
            "{name}: {component} is not a schema"
        );
        let headers: Vec<&str> = spec["webhooks"][name]["post"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            headers,
            ["webhook-id", "webhook-timestamp", "webhook-signature"]
        );
    }
}

#[test]
fn the_token_endpoint_documents_a_form_body_only() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    for path in ["/v1/auth/token", "/v1/auth/revoke"] {
        let content = &operation(&spec, "POST", path)["requestBody"]["content"];
        let media_types: Vec<&String> = content.as_object().unwrap().keys().collect();
        assert_eq!(
            media_types,
            ["application/x-www-form-urlencoded"],
            "{path}: one media type, so generators build one body type"
        );
    }
}

#[actix_web::test]
async fn the_token_endpoint_still_accepts_json_though_it_documents_only_forms() {
    let app = TestApp::spawn().await;
    app.signup("json@example.com").await;
    let issued = app
        .post_json(
            "/v1/auth/token",
            None,
            &json!({"grant_type": "password", "username": "json@example.com", "password": crate::helpers::PASSWORD}),
        )
        .await;
    assert_eq!(issued.status, 200, "{}", issued.text);
    assert!(issued.body["access_token"].is_string());
}

#[test]
fn public_operations_declare_no_security_and_the_document_names_a_server() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    assert_eq!(spec["servers"][0]["url"], "/");
    for (method, path) in operations(&spec) {
        let security = &operation(&spec, &method, &path)["security"];
        assert!(
            security.is_array(),
            "{method} {path} says nothing about security"
        );
    }
    for (method, path) in [
        ("POST", "/v1/signup"),
        ("POST", "/v1/auth/token"),
        ("POST", "/v1/auth/revoke"),
        ("GET", "/v1/gaffe-kinds"),
        ("GET", "/livez"),
        ("GET", "/readyz"),
    ] {
        assert_eq!(
            operation(&spec, method, path)["security"],
            json!([]),
            "{method} {path} is public"
        );
    }
    // Swagger UI lists the flows in document order: people sign in through the sign-in page (authorization code
    // with PKCE) or with a password far more often than clients use their secrets.
    let flows = &spec["components"]["securitySchemes"]["oauth2"]["flows"];
    let names: Vec<&String> = flows.as_object().unwrap().keys().collect();
    assert_eq!(
        names,
        ["authorizationCode", "password", "clientCredentials"]
    );
    assert_eq!(
        flows["authorizationCode"]["authorizationUrl"],
        "/oauth/authorize"
    );
    assert_eq!(flows["authorizationCode"]["tokenUrl"], "/v1/auth/token");
}

#[actix_web::test]
async fn swagger_ui_uses_no_online_validator_keeps_authorization_and_explains_the_demo() {
    let app = TestApp::spawn().await;
    let initializer = app.get("/swagger-ui/swagger-initializer.js", None).await;
    assert_eq!(initializer.status, 200);
    let script = initializer.text.replace(char::is_whitespace, "");
    assert!(
        script.contains(r#""validatorUrl":"none""#),
        "{}",
        initializer.text
    );
    assert!(
        script.contains(r#""persistAuthorization":true"#),
        "{}",
        initializer.text
    );
    assert!(script.contains(r#""url":"/api-docs/openapi.json""#));
    // The authorization-code flow uses PKCE with the demo's public client, whose redirect URI Swagger UI serves.
    assert!(
        script.contains(r#""usePkceWithAuthorizationCodeGrant":true"#),
        "{}",
        initializer.text
    );
    assert!(
        script.contains(&format!(
            r#""clientId":"{}""#,
            rebound_service::demo::SWAGGER_UI_CLIENT_ID
        )),
        "{}",
        initializer.text
    );
    let redirect_page = app.get("/swagger-ui/oauth2-redirect.html", None).await;
    assert_eq!(redirect_page.status, 200);
    assert!(
        redirect_page.text.contains("oauth2"),
        "{}",
        redirect_page.text
    );
    let spec = served_document(&app).await;
    let description = spec["info"]["description"].as_str().unwrap();
    assert!(description.contains("rebound demo"), "{description}");
    assert!(
        description.contains(rebound_service::demo::DEMO_EMAIL),
        "{description}"
    );
    // The ids it quotes are the demo's.
    for id in [
        rebound_service::demo::DEMO_INTERVIEW_ID.as_uuid(),
        rebound_service::demo::DEMO_CANDIDATE_ID.as_uuid(),
    ] {
        assert!(description.contains(&id.to_string()), "{description}");
    }
}

/// Response headers a client may rely on: each one the server sends must be declared for that response.
const CONTRACT_HEADERS: [&str; 7] = [
    "location",
    "etag",
    "idempotent-replayed",
    "x-request-id",
    "retry-after",
    "ratelimit",
    "ratelimit-policy",
];

/// Adds to `errors` every contract header `response` carries that the document does not declare for
/// `method path` and its status.
fn check_declared_headers(
    spec: &Value,
    method: &str,
    path: &str,
    response: &Response,
    errors: &mut Vec<String>,
) {
    let declared = resolve(
        spec,
        &operation(spec, method, path)["responses"][response.status.to_string()],
    );
    assert!(
        declared.is_object(),
        "{method} {path} answered {} which it does not document: {}",
        response.status,
        response.text
    );
    let names: Vec<String> = declared["headers"]
        .as_object()
        .into_iter()
        .flat_map(|h| h.keys())
        .map(|name| name.to_lowercase())
        .collect();
    for header in CONTRACT_HEADERS {
        if response.header(header).is_some() && !names.iter().any(|n| n == header) {
            errors.push(format!(
                "{method} {path} {} sends {header} but does not declare it",
                response.status
            ));
        }
    }
}

#[actix_web::test]
async fn every_contract_header_the_server_sends_is_declared() {
    use crate::fixtures::{id, interview_body, plans_path};

    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let mut errors = Vec::new();
    let mut check = |method: &str, path: &str, response: &Response| {
        check_declared_headers(&spec, method, path, response, &mut errors);
    };

    let signup = app
        .post_json(
            "/v1/signup",
            None,
            &json!({"workspace_name": "Headers", "email": "headers@example.com", "password": crate::helpers::PASSWORD, "display_name": "Owner"}),
        )
        .await;
    check("POST", "/v1/signup", &signup);
    let issued = app
        .password_grant("headers@example.com", crate::helpers::PASSWORD)
        .await;
    check("POST", "/v1/auth/token", &issued);
    let owner = crate::helpers::access_token(&issued.body);
    check("GET", "/v1/me", &app.get("/v1/me", Some(&owner)).await);

    // Each idempotent creation twice: the first time, and its replay.
    let create = |path: String, template: &'static str, body: Value| {
        let app = &app;
        let owner = owner.clone();
        async move {
            let key = uuid::Uuid::new_v4().to_string();
            let first = app.post_idempotent(&path, &owner, &key, &body).await;
            assert_eq!(first.status, 201, "{path}: {}", first.text);
            let replay = app.post_idempotent(&path, &owner, &key, &body).await;
            assert_eq!(replay.header("idempotent-replayed"), Some("true"));
            (template, first, replay)
        }
    };
    let mut created = Vec::new();
    let (t, candidate, replay) = create(
        "/v1/candidates".into(),
        "/v1/candidates",
        json!({"display_name": "Jordan Reyes"}),
    )
    .await;
    let candidate_id = id(&candidate.body);
    created.push((t, candidate, replay));
    let (t, interview, replay) = create(
        "/v1/interviews".into(),
        "/v1/interviews",
        interview_body(&candidate_id, &crate::fixtures::ago(1, 0)),
    )
    .await;
    let interview_id = id(&interview.body);
    created.push((t, interview, replay));
    created.push(
        create(
            format!("/v1/interviews/{interview_id}/gaffes"),
            "/v1/interviews/{interview_id}/gaffes",
            crate::fixtures::gaffe_body("late"),
        )
        .await,
    );
    created.push(
        create(
            plans_path(&interview_id),
            "/v1/interviews/{interview_id}/recovery-plans",
            json!({}),
        )
        .await,
    );
    for (template, first, replay) in &created {
        assert!(first.header("location").is_some(), "{template}");
        check("POST", template, first);
        check("POST", template, replay);
    }

    let user = app
        .post_json(
            "/v1/users",
            Some(&owner),
            &json!({"email": "coach@example.com", "display_name": "Coach", "role": "coach", "password": crate::helpers::PASSWORD}),
        )
        .await;
    assert!(user.header("location").is_some());
    check("POST", "/v1/users", &user);
    let client = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "Job board", "scopes": ["interviews:read"]}),
        )
        .await;
    assert!(client.header("location").is_some(), "{}", client.text);
    check("POST", "/v1/api-clients", &client);

    for (template, path) in [
        (
            "/v1/candidates/{candidate_id}",
            format!("/v1/candidates/{candidate_id}"),
        ),
        (
            "/v1/interviews/{interview_id}",
            format!("/v1/interviews/{interview_id}"),
        ),
        (
            "/v1/interviews/{interview_id}/assessment",
            format!("/v1/interviews/{interview_id}/assessment"),
        ),
        ("/v1/interviews", "/v1/interviews".to_string()),
        (
            "/v1/candidates/{candidate_id}",
            format!("/v1/candidates/{}", uuid::Uuid::new_v4()),
        ),
        (
            "/v1/candidates/{candidate_id}",
            "/v1/candidates/not-a-uuid".to_string(),
        ),
        ("/v1/gaffe-kinds", "/v1/gaffe-kinds".to_string()),
    ] {
        check("GET", template, &app.get(&path, Some(&owner)).await);
    }
    let unauthenticated = app.get("/v1/interviews", None).await;
    assert!(unauthenticated.header("x-request-id").is_some());
    check("GET", "/v1/interviews", &unauthenticated);

    assert!(
        errors.is_empty(),
        "undeclared headers:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_429_and_503_declares_retry_after_and_every_response_its_request_id() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    for (method, path) in operations(&spec) {
        for (status, response) in operation(&spec, &method, &path)["responses"]
            .as_object()
            .unwrap()
        {
            let headers = &resolve(&spec, response)["headers"];
            assert!(
                headers.get("X-Request-Id").is_some(),
                "{method} {path} {status} does not declare X-Request-Id"
            );
            if status == "429" || status == "503" {
                assert!(
                    headers.get("Retry-After").is_some(),
                    "{method} {path} {status} does not declare Retry-After"
                );
            }
        }
    }
}

/// The open enums of the response schemas: `anyOf` an enum and any string.
fn is_open_enum(spec: &Value, schema: &Value) -> bool {
    let branches = schema["anyOf"].as_array().cloned().unwrap_or_default();
    branches.contains(&json!({"type": "string"}))
        && branches
            .iter()
            .any(|b| b.get("$ref").is_some() && resolve(spec, b).get("enum").is_some())
}

#[test]
fn response_enums_are_open_and_request_enums_closed() {
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    let schemas = &spec["components"]["schemas"];
    // Responses: a new step kind, outcome or answer quality must not break a client.
    assert!(is_open_enum(
        &spec,
        &schemas["PlanStepResponse"]["properties"]["kind"]
    ));
    assert!(is_open_enum(
        &spec,
        &schemas["InterviewResponse"]["properties"]["outcome"]
    ));
    let questions = &schemas["InterviewResponse"]["properties"]["questions"]["items"];
    assert_eq!(questions["$ref"], "#/components/schemas/QuestionResponse");
    assert!(is_open_enum(
        &spec,
        &schemas["QuestionResponse"]["properties"]["quality"]
    ));
    // Requests: the server refuses unknown values, and says so.
    assert_eq!(
        schemas["CreateInterviewRequest"]["properties"]["stage"]["$ref"],
        "#/components/schemas/Stage"
    );
    assert_eq!(
        schemas["QuestionDto"]["properties"]["quality"]["$ref"],
        "#/components/schemas/AnswerQuality"
    );
    // Query parameters name the component enum instead of repeating it.
    let parameters = operation(&spec, "GET", "/v1/interviews")["parameters"]
        .as_array()
        .unwrap();
    let stage = parameters.iter().find(|p| p["name"] == "stage").unwrap();
    assert_eq!(stage["schema"]["$ref"], "#/components/schemas/Stage");
}

/// The top-level length and range limits the document declares on a request body's properties:
/// (property, "length" or "value", lower bound, upper bound).
fn declared_limits(
    spec: &Value,
    schema: &Value,
) -> Vec<(String, &'static str, Option<i64>, Option<i64>)> {
    let schema = resolve(spec, schema);
    let mut limits = Vec::new();
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        if name == "email" {
            // An address, not free text: a string of x's is never one (its own checks are below).
            continue;
        }
        let lengths = (
            property["minLength"].as_i64(),
            property["maxLength"].as_i64(),
        );
        let values = (property["minimum"].as_i64(), property["maximum"].as_i64());
        if lengths != (None, None) {
            limits.push((name.clone(), "length", lengths.0, lengths.1));
        }
        if values != (None, None) {
            limits.push((name.clone(), "value", values.0, values.1));
        }
    }
    limits
}

#[actix_web::test]
async fn the_declared_limits_are_the_ones_the_server_enforces() {
    use crate::fixtures::{ago, id, interview_body};

    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let owner = app.owner_token("limits@example.com").await;
    let person = id(&crate::fixtures::candidate(&app, &owner, "Jordan Reyes").await);

    let bodies = [
        ("/v1/candidates", json!({"display_name": "Jordan Reyes"})),
        ("/v1/interviews", interview_body(&person, &ago(1, 0))),
    ];
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (path, base) in bodies {
        let schema =
            &operation(&spec, "POST", path)["requestBody"]["content"]["application/json"]["schema"];
        let limits = declared_limits(&spec, schema);
        assert!(!limits.is_empty(), "POST {path} declares no limits");
        for (field, kind, min, max) in limits {
            let value = |n: i64| match kind {
                "length" => json!("x".repeat(n as usize)),
                _ => json!(n),
            };
            let mut cases = Vec::new();
            if let Some(min) = min {
                cases.push((value(min), true));
                if min > 0 || kind == "value" {
                    cases.push((value(min - 1), false));
                }
            }
            if let Some(max) = max {
                cases.push((value(max), true));
                cases.push((value(max + 1), false));
            }
            for (candidate, valid) in cases {
                let mut body = base.clone();
                body[&field] = candidate.clone();
                let response = app.post_json(path, Some(&owner), &body).await;
                checked += 1;
                let shown = candidate.to_string().chars().take(20).collect::<String>();
                match (valid, response.status) {
                    (true, 201) => {}
                    (false, 400) if response.error_fields().contains(&field) => {}
                    (_, status) => wrong.push(format!(
                        "POST {path} with {field} = {shown}… ({} {kind} {min:?}..={max:?}): {status} {}",
                        if valid { "within" } else { "outside" },
                        response.text
                    )),
                }
            }
        }
    }
    let email = &resolve(
        &spec,
        &operation(&spec, "POST", "/v1/candidates")["requestBody"]["content"]["application/json"]
            ["schema"],
    )["properties"]["email"];
    assert_eq!(email["maxLength"], 254);
    for (address, accepted) in [
        (format!("{}@example.com", "x".repeat(64)), true),
        ("Ada.Lovelace+cv@sub.example.co.uk".to_string(), true),
        (format!("{}@example.com", "x".repeat(65)), false),
        ("ada@example".to_string(), false),
        ("ada@@example.com".to_string(), false),
    ] {
        let body = json!({"display_name": "Ada", "email": address});
        let response = app.post_json("/v1/candidates", Some(&owner), &body).await;
        assert_eq!(
            response.status,
            if accepted { 201 } else { 400 },
            "{address}: {}",
            response.text
        );
    }
    assert!(checked >= 20, "only {checked} cases");
    assert!(
        wrong.is_empty(),
        "limits the server does not enforce as declared:\n{}",
        wrong.join("\n")
    );
}

#[actix_web::test]
async fn the_declared_idempotency_key_and_client_scope_rules_are_the_servers() {
    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let owner = app.owner_token("keys@example.com").await;
    let key = operation(&spec, "POST", "/v1/candidates")["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Idempotency-Key")
        .unwrap()["schema"]
        .clone();
    assert_eq!(
        (key["minLength"].as_u64(), key["maxLength"].as_u64()),
        (Some(1), Some(255))
    );
    assert_eq!(key["pattern"], "^[!-~]+$");
    let body = json!({"display_name": "Jordan Reyes"});
    for (value, accepted) in [
        ("k".repeat(255), true),
        ("~!".to_string(), true),
        ("k".repeat(256), false),
        ("two words".to_string(), false),
    ] {
        let response = app
            .post_idempotent("/v1/candidates", &owner, &value, &body)
            .await;
        assert_eq!(
            response.status,
            if accepted { 201 } else { 400 },
            "Idempotency-Key {value:.20}…: {}",
            response.text
        );
    }

    let client_scopes = &spec["components"]["schemas"]["ClientScope"]["enum"];
    assert!(!client_scopes.as_array().unwrap().contains(&json!("admin")));
    let scopes =
        &spec["components"]["schemas"]["CreateApiClientRequest"]["properties"]["scopes"]["items"];
    assert_eq!(scopes["$ref"], "#/components/schemas/ClientScope");
    let refused = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "Board", "scopes": ["admin"]}),
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.text);
}

#[actix_web::test]
async fn every_list_endpoint_refuses_an_unknown_query_parameter_and_names_it() {
    use crate::fixtures::owner_with_interview;

    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = crate::fixtures::id(&interview);
    let endpoint = app
        .post_json(
            "/v1/webhook-endpoints",
            Some(&owner),
            &json!({"url": "http://127.0.0.1:9/hooks", "events": ["*"]}),
        )
        .await;
    let endpoint_id = crate::fixtures::id(&endpoint.body["endpoint"]);
    let mut lists = 0;
    for (method, path) in operations(&spec) {
        let responses = &operation(&spec, &method, &path)["responses"]["200"];
        let schema = resolve(&spec, &responses["content"]["application/json"]["schema"]);
        if method != "GET" || schema["properties"]["data"]["type"] != "array" {
            continue;
        }
        lists += 1;
        let concrete = path
            .replace("{interview_id}", &interview_id)
            .replace("{endpoint_id}", &endpoint_id);
        let known = app.get(&format!("{concrete}?limit=5"), Some(&owner)).await;
        let declares_limit = operation(&spec, &method, &path)["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["name"] == "limit");
        if declares_limit {
            assert_eq!(known.status, 200, "GET {path}?limit=5: {}", known.text);
        }
        let typo = app
            .get(
                &format!("{concrete}?updated_afer=2026-01-01T00:00:00Z"),
                Some(&owner),
            )
            .await;
        typo.assert_problem(400, "validation_failed");
        assert_eq!(
            typo.error_fields(),
            ["updated_afer"],
            "GET {path} names the unknown parameter: {}",
            typo.text
        );
    }
    assert!(lists >= 7, "found only {lists} list endpoints");
}

#[actix_web::test]
async fn an_optional_body_sent_as_json_null_means_no_body_as_its_schema_says() {
    use crate::fixtures::{id, owner_with_interview, plans_path};

    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let (owner, interview) = owner_with_interview(&app).await;
    let path = "/v1/interviews/{interview_id}/recovery-plans";
    let schema =
        &operation(&spec, "POST", path)["requestBody"]["content"]["application/json"]["schema"];
    assert!(
        schema["oneOf"]
            .as_array()
            .is_some_and(|branches| branches.contains(&json!({"type": "null"}))),
        "{schema}"
    );
    let generated = app
        .post_json(&plans_path(&id(&interview)), Some(&owner), &Value::Null)
        .await;
    assert_eq!(generated.status, 201, "{}", generated.text);
}

#[actix_web::test]
async fn the_declared_if_match_shape_is_what_the_server_reads() {
    use crate::fixtures::{candidate, id};

    let app = TestApp::spawn().await;
    let spec = served_document(&app).await;
    let owner = app.owner_token("etags@example.com").await;
    let parameter = operation(&spec, "PATCH", "/v1/candidates/{candidate_id}")["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "If-Match")
        .unwrap()
        .clone();
    assert_eq!(
        parameter["schema"]["pattern"],
        r#"^(\*|"[0-9]{1,9}"|[0-9]{1,9})$"#
    );
    let path = format!(
        "/v1/candidates/{}",
        id(&candidate(&app, &owner, "Jordan Reyes").await)
    );
    for (tag, status) in [
        ("\"1\"", 200),
        ("*", 200),
        ("\"1\"", 412),
        ("", 400),
        // A bare version is read as its tag (the document allows it): the current one, then a stale one.
        ("3", 200),
        ("3", 412),
        ("\"2", 400),
    ] {
        let response = app
            .request(reqwest::Method::PATCH, &path)
            .token(&owner)
            .if_match(tag)
            .json(&json!({"notes": "Open to FP&A roles."}))
            .send()
            .await;
        assert_eq!(
            response.status, status,
            "If-Match: {tag}: {}",
            response.text
        );
    }
}
