//! Integration clients: creation with a one-time secret, the client-credentials grant, revocation, isolation.

use reqwest::Method;
use serde_json::json;

use crate::fixtures::{client_credentials, create_api_client};
use crate::helpers::{access_token, TestApp};

#[actix_web::test]
async fn a_client_gets_tokens_with_its_scopes_and_its_secret_is_shown_only_once() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = create_api_client(&app, &owner, &["interviews:write", "interviews:read"]).await;
    let client_id = created["client"]["client_id"].as_str().unwrap();
    let secret = created["client_secret"].as_str().unwrap();
    assert_eq!(
        created["client"]["scopes"],
        json!(["interviews:read", "interviews:write"])
    );

    let token = client_credentials(&app, client_id, secret).await;
    assert_eq!(token.status, 200, "{}", token.text);
    assert!(
        token.body.get("refresh_token").is_none(),
        "client tokens get no refresh token"
    );
    assert_eq!(token.body["scope"], "interviews:read interviews:write");
    let me = app.get("/v1/me", Some(&access_token(&token.body))).await;
    assert_eq!(me.body["subject_type"], "client");
    assert_eq!(me.body["name"], "Acme Job Board");
    assert!(me.body.get("role").is_none());

    // The secret never appears again.
    let id = created["client"]["id"].as_str().unwrap();
    let fetched = app
        .get(&format!("/v1/api-clients/{id}"), Some(&owner))
        .await;
    assert_eq!(fetched.status, 200);
    assert!(!fetched.text.contains(secret));
    let listed = app.get("/v1/api-clients", Some(&owner)).await;
    assert!(!listed.text.contains(secret));
    assert_eq!(listed.body["data"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn client_credentials_work_with_http_basic_and_scopes_cannot_be_widened() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = create_api_client(&app, &owner, &["interviews:read"]).await;
    let client_id = created["client"]["client_id"].as_str().unwrap();
    let secret = created["client_secret"].as_str().unwrap();

    let basic = app
        .request(Method::POST, "/v1/auth/token")
        .basic_auth(client_id, secret)
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await;
    assert_eq!(basic.status, 200, "{}", basic.text);

    let wider = app
        .post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "client_credentials"),
                ("client_id", client_id),
                ("client_secret", secret),
                ("scope", "admin"),
            ],
        )
        .await;
    wider.assert_problem(400, "invalid_scope");

    let wrong_secret = client_credentials(&app, client_id, "rbs_wrong").await;
    wrong_secret.assert_problem(401, "invalid_client");
}

#[actix_web::test]
async fn a_revoked_client_can_no_longer_get_tokens() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = create_api_client(&app, &owner, &["interviews:read"]).await;
    let id = created["client"]["id"].as_str().unwrap();
    let revoked = app
        .delete(&format!("/v1/api-clients/{id}"), Some(&owner))
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.text);
    assert!(revoked.body["revoked_at"].is_string());
    // From then on it is gone from the API (the row stays for audit): read, listed, revoked again.
    let path = format!("/v1/api-clients/{id}");
    app.get(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
    app.delete(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
    let listed = app.get("/v1/api-clients", Some(&owner)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert!(
        listed.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != id),
        "{}",
        listed.text
    );
    let token = client_credentials(
        &app,
        created["client"]["client_id"].as_str().unwrap(),
        created["client_secret"].as_str().unwrap(),
    )
    .await;
    token.assert_problem(401, "invalid_client");
}

#[actix_web::test]
async fn another_workspaces_client_ids_are_404() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    let created = create_api_client(&app, &owner_b, &["interviews:read"]).await;
    let id_in_b = created["client"]["id"].as_str().unwrap();
    app.get(&format!("/v1/api-clients/{id_in_b}"), Some(&owner_a))
        .await
        .assert_problem(404, "not_found");
    app.delete(&format!("/v1/api-clients/{id_in_b}"), Some(&owner_a))
        .await
        .assert_problem(404, "not_found");
    let still_active = app
        .get(&format!("/v1/api-clients/{id_in_b}"), Some(&owner_b))
        .await;
    assert!(still_active.body["revoked_at"].is_null());
}

#[actix_web::test]
async fn creating_a_client_without_scopes_or_with_an_unknown_scope_names_the_field() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let empty = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "x", "scopes": []}),
        )
        .await;
    empty.assert_problem(400, "validation_failed");
    assert_eq!(empty.error_fields(), vec!["scopes"]);
    let unknown = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "x", "scopes": ["interviews:read", "root"]}),
        )
        .await;
    unknown.assert_problem(400, "validation_failed");
    assert_eq!(unknown.error_fields(), vec!["scopes[1]"]);
}

#[actix_web::test]
async fn the_admin_scope_cannot_be_given_to_an_integration_client() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let refused = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "x", "scopes": ["interviews:read", "admin"]}),
        )
        .await;
    refused.assert_problem(400, "validation_failed");
    assert_eq!(refused.error_fields(), vec!["scopes"]);
}

#[actix_web::test]
async fn wrong_client_secrets_are_throttled_per_client_and_address_without_locking_the_integration_out(
) {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
    })
    .await;
    let owner = app.owner_token("owner@example.com").await;
    let created = create_api_client(&app, &owner, &["interviews:read"]).await;
    let client_id = created["client"]["client_id"].as_str().unwrap().to_string();
    let secret = created["client_secret"].as_str().unwrap().to_string();
    // The guesser, on 127.0.0.1 like every other test request.
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let guess = client_credentials(&app, &client_id, "rbs_wrong").await;
        statuses.push(guess.status);
    }
    assert_eq!(statuses[..2], [401, 401], "{statuses:?}");
    assert_eq!(statuses[3], 429, "{statuses:?}");
    let locked = client_credentials(&app, &client_id, &secret).await;
    assert_eq!(
        locked.status, 429,
        "even the right secret waits out the lock from that address"
    );
    assert!(locked.header("retry-after").is_some());
    // The integration itself, calling from another address, is not locked out by the guesser.
    let elsewhere = reqwest::Client::builder()
        .local_address(Some("127.0.0.2".parse().unwrap()))
        .build()
        .unwrap()
        .post(format!("{}/v1/auth/token", app.address))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", client_id.as_str()),
            ("client_secret", secret.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), 200);
}
