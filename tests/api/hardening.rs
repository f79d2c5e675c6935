//! What the edge refuses and what every response carries: NUL characters in any input, data after a JSON body,
//! caching and sniffing headers, strong If-Match, and the empty plan body under one Idempotency-Key.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{ago, id, plans_path};
use crate::fixtures::{
    create_interview, interview_body, owner_with_candidate, owner_with_interview,
};
use crate::helpers::TestApp;
use crate::openapi::with_fresh_ids;

#[actix_web::test]
async fn a_nul_in_any_documented_string_query_parameter_is_a_400_naming_it() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let spec = app.get("/api-docs/openapi.json", None).await.body;
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let parameters = operation["parameters"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for parameter in parameters.iter().filter(|p| p["in"] == "query") {
                let schema = &parameter["schema"];
                let is_string = schema["type"] == "string"
                    || schema["type"]
                        .as_array()
                        .is_some_and(|types| types.contains(&json!("string")));
                // Enum, date-time and UUID parameters are refused by their type already; plain strings are the
                // ones that used to reach PostgreSQL.
                if !is_string || schema.get("enum").is_some() || schema.get("format").is_some() {
                    continue;
                }
                let name = parameter["name"].as_str().unwrap();
                let url = format!("{}?{name}=a%00b", with_fresh_ids(path));
                let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let response = app.request(method.clone(), &url).token(&owner).send().await;
                response.assert_problem(400, "validation_failed");
                assert_eq!(
                    response.error_fields(),
                    vec![name.to_string()],
                    "{method} {url}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "only {checked} string query parameters found");
}

#[actix_web::test]
async fn a_nul_in_a_token_form_field_is_a_400_without_signing_in() {
    let app = TestApp::spawn().await;
    for field in [
        "username",
        "password",
        "client_id",
        "client_secret",
        "scope",
        "refresh_token",
    ] {
        let mut form = vec![
            ("grant_type", "password"),
            ("username", "a@example.com"),
            ("password", "x"),
        ];
        form.retain(|(name, _)| *name != field);
        form.push((field, "a\0b"));
        let response = app.post_form("/v1/auth/token", &form).await;
        assert_eq!(response.status, 400, "{field}: {}", response.text);
        assert!(response.text.contains(field), "{field}: {}", response.text);
    }
}

#[actix_web::test]
async fn a_form_ignores_an_unknown_field_whatever_it_holds_but_not_a_nul_in_a_name() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form(
            "/v1/auth/revoke",
            &[("token", "not-a-token"), ("utm_source", "a\0b")],
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text);
    let response = app
        .post_form(
            "/v1/auth/revoke",
            &[("token", "not-a-token"), ("a\0b", "x")],
        )
        .await;
    assert_eq!(response.status, 400, "{}", response.text);
    assert!(response.text.contains("a\\\\0b"), "{}", response.text);
    // The field the request reads still refuses a NUL.
    let response = app.post_form("/v1/auth/revoke", &[("token", "a\0b")]).await;
    assert_eq!(response.status, 400, "{}", response.text);
    assert!(response.text.contains("token"), "{}", response.text);
}

#[actix_web::test]
async fn a_nul_inside_a_json_body_is_a_400_naming_its_path() {
    let app = TestApp::spawn().await;
    let (owner, candidate_id) = owner_with_candidate(&app).await;
    let mut body = interview_body(&candidate_id, &ago(1, 0));
    body["strengths"] = json!(["clear", "calm\u{0}"]);
    let response = app.post_json("/v1/interviews", Some(&owner), &body).await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(response.error_fields(), vec!["strengths[1]".to_string()]);
}

#[actix_web::test]
async fn data_after_a_json_body_is_refused_and_nothing_is_created() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for body in [
        r#"{"display_name": "Jordan"} junk"#,
        r#"{"display_name": "Jordan"}{"display_name": "Sam"}"#,
    ] {
        app.request(Method::POST, "/v1/candidates")
            .token(&owner)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .assert_problem(400, "malformed_json");
    }
    let list = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(list.body["data"], json!([]));
}

#[actix_web::test]
async fn api_responses_are_never_cached_and_no_response_is_sniffed() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = app
        .post_json(
            "/v1/users",
            Some(&owner),
            &json!({"email": "coach@example.com", "display_name": "Coach", "role": "coach"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let me = app.get("/v1/me", Some(&owner)).await;
    let refused = app.get("/v1/me", None).await;
    for (what, response) in [
        ("user with a password", &created),
        ("me", &me),
        ("401", &refused),
    ] {
        assert_eq!(response.header("cache-control"), Some("no-store"), "{what}");
        assert_eq!(
            response.header("x-content-type-options"),
            Some("nosniff"),
            "{what}"
        );
    }
    let catalogue = app.get("/v1/gaffe-kinds", None).await;
    assert_eq!(
        catalogue.header("cache-control"),
        Some("public, max-age=300")
    );
    for path in ["/livez", "/api-docs/openapi.json", "/no-such-route"] {
        let response = app.get(path, None).await;
        assert_eq!(
            response.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
    }
}

#[actix_web::test]
async fn a_weak_stale_or_malformed_if_match_never_wins_a_write() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let path = format!("/v1/interviews/{}", id(&interview));
    let change = json!({"company": "Changed"});
    for (tag, status, code) in [
        ("W/\"1\"", 412, "precondition_failed"),
        // A bare version is read as its tag, so a stale one loses like any other; half a tag is no tag.
        ("9", 412, "precondition_failed"),
        ("\"1", 400, "validation_failed"),
        ("\"1\", \"2\"", 400, "validation_failed"),
    ] {
        app.request(Method::PATCH, &path)
            .token(&owner)
            .if_match(tag)
            .json(&change)
            .send()
            .await
            .assert_problem(status, code);
    }
    let unchanged = app.get(&path, Some(&owner)).await;
    assert_eq!(unchanged.body["version"], 1);
    let changed = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("W/\"9\", \"1\"")
        .json(&change)
        .send()
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
}

#[actix_web::test]
async fn no_body_and_an_empty_object_are_the_same_plan_request_under_one_key() {
    let app = TestApp::spawn().await;
    let (owner, candidate_id) = owner_with_candidate(&app).await;
    let interview =
        create_interview(&app, &owner, &interview_body(&candidate_id, &ago(1, 0))).await;
    let path = plans_path(&id(&interview));
    let first = app
        .request(Method::POST, &path)
        .token(&owner)
        .idempotency_key("plan-once")
        .send()
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let retried = app
        .request(Method::POST, &path)
        .token(&owner)
        .idempotency_key("plan-once")
        .json(&json!({}))
        .send()
        .await;
    assert_eq!(retried.status, 201, "{}", retried.text);
    assert_eq!(retried.header("idempotent-replayed"), Some("true"));
    assert_eq!(retried.body["id"], first.body["id"]);
    let different: Value = json!({"tone": "warm"});
    app.request(Method::POST, &path)
        .token(&owner)
        .idempotency_key("plan-once")
        .json(&different)
        .send()
        .await
        .assert_problem(422, "idempotency_key_reused");
}

#[actix_web::test]
async fn a_cursor_only_pages_the_list_and_workspace_it_came_from() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let other = app.owner_token("other@example.com").await;
    for token in [&owner, &other] {
        for name in ["Jordan", "Sam"] {
            crate::fixtures::candidate(&app, token, name).await;
        }
    }
    let next = |response: &crate::helpers::Response| {
        response.body["next_cursor"]
            .as_str()
            .expect("a next page")
            .to_string()
    };
    let mine = next(&app.get("/v1/candidates?limit=1", Some(&owner)).await);
    let second = app
        .get(
            &format!("/v1/candidates?limit=1&cursor={mine}"),
            Some(&owner),
        )
        .await;
    assert_eq!(second.status, 200, "{}", second.text);
    // Another workspace's cursor, and a cursor of another list, are refused rather than followed.
    let refused = app
        .get(
            &format!("/v1/candidates?limit=1&cursor={mine}"),
            Some(&other),
        )
        .await;
    refused.assert_problem(400, "validation_failed");
    assert_eq!(refused.error_fields(), vec!["cursor".to_string()]);
    app.post_json(
        "/v1/users",
        Some(&owner),
        &json!({"email": "coach@example.com", "display_name": "Coach", "role": "coach"}),
    )
    .await;
    let users_cursor = next(&app.get("/v1/users?limit=1", Some(&owner)).await);
    app.get(
        &format!("/v1/candidates?cursor={users_cursor}"),
        Some(&owner),
    )
    .await
    .assert_problem(400, "validation_failed");
}

/// Whether a schema in the published document admits `null`.
fn admits_null(schema: &Value) -> bool {
    let null = json!("null");
    schema["type"] == null
        || schema["type"]
            .as_array()
            .is_some_and(|types| types.contains(&null))
        || ["oneOf", "anyOf"].iter().any(|key| {
            schema[*key]
                .as_array()
                .is_some_and(|branches| branches.iter().any(admits_null))
        })
}

#[actix_web::test]
async fn a_patch_refuses_null_exactly_where_the_document_says_a_field_cannot_be_cleared() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let spec = app.get("/api-docs/openapi.json", None).await.body;
    let (mut refused, mut accepted) = (0, 0);
    for (path, item) in spec["paths"].as_object().unwrap() {
        let Some(operation) = item.get("patch") else {
            continue;
        };
        let reference = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap();
        let name = reference.rsplit('/').next().unwrap();
        let schema = &spec["components"]["schemas"][name];
        for (field, property) in schema["properties"].as_object().unwrap() {
            // The body is read before the (fresh, unknown) ids are looked up: a null the body cannot take is a 400
            // naming the field; one it can take gets as far as the 404.
            let url = with_fresh_ids(path);
            let response = app
                .request(Method::PATCH, &url)
                .token(&owner)
                .json(&json!({ field: null }))
                .send()
                .await;
            if admits_null(property) {
                assert_ne!(
                    response.status, 400,
                    "PATCH {path} {{{field}: null}}: {}",
                    response.text
                );
                accepted += 1;
            } else {
                response.assert_problem(400, "validation_failed");
                assert_eq!(response.error_fields(), vec![field.clone()], "PATCH {path}");
                refused += 1;
            }
        }
    }
    assert!(
        refused >= 20 && accepted >= 10,
        "{refused} refused, {accepted} accepted"
    );
}
