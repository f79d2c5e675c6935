//! The OpenAPI document is the contract: committed, served, and equal to the routes the app really serves.

use serde_json::{json, Value};

use crate::helpers::TestApp;

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
        let concrete = path
            .split('/')
            .map(|s| {
                if s.starts_with('{') {
                    "0193f000-0000-7000-8000-000000000000"
                } else {
                    s
                }
            })
            .collect::<Vec<_>>()
            .join("/");
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
            && path != "/v1/gaffe-categories"
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
