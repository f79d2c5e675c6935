//! Inbound ATS webhooks: receivers configured by an owner (`/v1/inbound-receivers`), and signed deliveries from
//! Merge and Greenhouse to `/v1/inbound/{vendor}/{receiver_id}`. Signatures here are computed independently of the
//! service's own code (hmac + sha2 + base64 directly), as each vendor documents them.

use serde_json::{json, Value};

use crate::fixtures::{id, user_of_role};
use crate::helpers::TestApp;

const MERGE_KEY: &str = "mrg_sig_key_0123456789abcdef";

/// Creates a receiver; returns the 201 body (`receiver`, `secret`).
async fn create_receiver(app: &TestApp, owner: &str, body: &Value) -> Value {
    let created = app
        .post_json("/v1/inbound-receivers", Some(owner), body)
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body
}

/// A Merge receiver with Merge's own key, and a Greenhouse receiver with a generated secret.
async fn receivers(app: &TestApp, owner: &str) -> (String, String, String) {
    let merge = create_receiver(
        app,
        owner,
        &json!({"vendor": "merge", "label": "Merge", "secret": MERGE_KEY}),
    )
    .await;
    let greenhouse = create_receiver(
        app,
        owner,
        &json!({"vendor": "greenhouse", "label": "Greenhouse"}),
    )
    .await;
    (
        id(&merge["receiver"]),
        id(&greenhouse["receiver"]),
        greenhouse["secret"].as_str().unwrap().to_string(),
    )
}

#[actix_web::test]
async fn an_owner_configures_receivers_and_the_secret_is_shown_once() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound.example").await;

    let created = app
        .post_json(
            "/v1/inbound-receivers",
            Some(&owner),
            &json!({"vendor": "greenhouse", "label": "Greenhouse (production)"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let receiver = &created.body["receiver"];
    let receiver_id = id(receiver);
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/inbound-receivers/{receiver_id}").as_str())
    );
    assert_eq!(created.header("cache-control"), Some("no-store"));
    assert_eq!(receiver["vendor"], "greenhouse");
    assert_eq!(receiver["secret_generated"], true);
    assert_eq!(receiver["last_delivery_at"], Value::Null);
    let url = receiver["url"].as_str().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        url.ends_with(&format!("/v1/inbound/greenhouse/{receiver_id}")),
        "{url}"
    );
    let secret = created.body["secret"].as_str().unwrap();
    assert!(secret.starts_with("rbi_") && secret.len() > 40, "{secret}");

    // The ATS's own key: accepted, never echoed.
    let merge = create_receiver(
        &app,
        &owner,
        &json!({"vendor": "merge", "label": "Merge", "secret": MERGE_KEY}),
    )
    .await;
    assert_eq!(merge["secret"], Value::Null);
    assert_eq!(merge["receiver"]["secret_generated"], false);

    let got = app
        .get(
            &format!("/v1/inbound-receivers/{receiver_id}"),
            Some(&owner),
        )
        .await;
    assert_eq!(got.status, 200, "{}", got.text);
    assert_eq!(got.body["url"], url);
    assert!(
        !got.text.contains(secret),
        "the secret is never shown again"
    );

    let page = app.get("/v1/inbound-receivers?limit=1", Some(&owner)).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(
        page.body["data"][0]["id"], merge["receiver"]["id"],
        "newest first"
    );
    let cursor = page.body["next_cursor"].as_str().unwrap();
    let next = app
        .get(
            &format!("/v1/inbound-receivers?limit=1&cursor={cursor}"),
            Some(&owner),
        )
        .await;
    assert_eq!(next.body["data"][0]["id"], receiver_id.as_str());
    assert_eq!(next.body["next_cursor"], Value::Null);
    assert!(!page.text.contains(secret) && !page.text.contains(MERGE_KEY));

    let deleted = app
        .delete(
            &format!("/v1/inbound-receivers/{receiver_id}"),
            Some(&owner),
        )
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    app.get(
        &format!("/v1/inbound-receivers/{receiver_id}"),
        Some(&owner),
    )
    .await
    .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn bad_receivers_are_refused_naming_the_field_and_only_owners_manage_them() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound-bad.example").await;
    for (body, field) in [
        (json!({"vendor": "lever", "label": "x"}), "vendor"),
        (json!({"vendor": "merge", "label": ""}), "label"),
        (
            json!({"vendor": "merge", "label": "x", "secret": "short"}),
            "secret",
        ),
        (
            json!({"vendor": "merge", "label": "x", "secret": "has a space in it somewhere"}),
            "secret",
        ),
    ] {
        let refused = app
            .post_json("/v1/inbound-receivers", Some(&owner), &body)
            .await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(refused.error_fields(), vec![field.to_string()], "{body}");
    }
    let (_, coach) = user_of_role(&app, &owner, "coach@inbound-bad.example", "coach").await;
    app.post_json(
        "/v1/inbound-receivers",
        Some(&coach),
        &json!({"vendor": "merge", "label": "x"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get("/v1/inbound-receivers", Some(&coach))
        .await
        .assert_problem(403, "forbidden");
    app.get("/v1/inbound-receivers", None)
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn another_workspaces_receivers_are_not_found() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@inbound-iso.example").await;
    let owner_b = app.owner_token("b@inbound-iso.example").await;
    let (merge_a, greenhouse_a, _) = receivers(&app, &owner_a).await;
    for receiver_id in [&merge_a, &greenhouse_a] {
        let path = format!("/v1/inbound-receivers/{receiver_id}");
        app.get(&path, Some(&owner_b))
            .await
            .assert_problem(404, "not_found");
        app.delete(&path, Some(&owner_b))
            .await
            .assert_problem(404, "not_found");
        assert_eq!(app.get(&path, Some(&owner_a)).await.status, 200);
    }
    let listed = app.get("/v1/inbound-receivers", Some(&owner_b)).await;
    assert_eq!(listed.body["data"], json!([]));
}
