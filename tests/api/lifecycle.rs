//! Account lifecycle: changing one's password, an owner changing a role, signing out (RFC 7009) and rotating an
//! integration client's secret. Each ends exactly the tokens it should, within the revocation window, and nothing
//! else; another workspace's ids are 404.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    client_credentials, create_api_client, eventually_refused, id, parse_time, user_of_role,
};
use crate::helpers::{access_token, TestApp, PASSWORD};

const NEW_PASSWORD: &str = "a longer and newer passphrase";

fn refresh_token(grant: &Value) -> String {
    grant["refresh_token"].as_str().unwrap().to_string()
}

async fn change_password(
    app: &TestApp,
    token: &str,
    current: &str,
    new: &str,
) -> crate::helpers::Response {
    app.post_json(
        "/v1/me/password",
        Some(token),
        &json!({"current_password": current, "new_password": new}),
    )
    .await
}

async fn revoke(app: &TestApp, token: &str) -> crate::helpers::Response {
    app.post_form("/v1/auth/revoke", &[("token", token)]).await
}

/// Returns once the app's revocation cache has refreshed since the call, instead of sleeping through a refresh: a
/// sign-in of `email` made and revoked now is refused only once the cache holds every revocation committed before.
async fn revocations_refreshed(app: &TestApp, email: &str) {
    let sentinel = access_token(&app.login(email, PASSWORD).await);
    assert_eq!(revoke(app, &sentinel).await.status, 200);
    eventually_refused(app, &sentinel, "/v1/candidates").await;
}

#[actix_web::test]
async fn changing_your_password_ends_every_sign_in_and_only_the_new_password_works() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    user_of_role(&app, &owner, "coach@example.com", "coach").await;
    let laptop = app.login("coach@example.com", PASSWORD).await;
    let phone = app.login("coach@example.com", PASSWORD).await;
    let laptop_token = access_token(&laptop);

    let wrong = change_password(&app, &laptop_token, "not my password", NEW_PASSWORD).await;
    wrong.assert_problem(422, "unprocessable_value");
    assert_eq!(wrong.error_fields(), vec!["current_password"]);
    let weak = change_password(&app, &laptop_token, PASSWORD, "short").await;
    assert_eq!(weak.error_fields(), vec!["new_password"]);
    weak.assert_problem(400, "validation_failed");
    let same = change_password(&app, &laptop_token, PASSWORD, PASSWORD).await;
    same.assert_problem(422, "unprocessable_value");
    assert_eq!(same.error_fields(), vec!["new_password"]);

    let changed = change_password(&app, &laptop_token, PASSWORD, NEW_PASSWORD).await;
    assert_eq!(changed.status, 204, "{}", changed.text);

    // Both sign-ins end: refresh tokens at once, access tokens within the revocation window.
    for session in [&laptop, &phone] {
        app.refresh_grant(&refresh_token(session))
            .await
            .assert_problem(400, "invalid_grant");
        eventually_refused(&app, &access_token(session), "/v1/candidates").await;
    }
    app.password_grant("coach@example.com", PASSWORD)
        .await
        .assert_problem(400, "invalid_grant");
    // A sign-in right after the change (often within the same second) works, now and after the cache refreshed.
    let fresh = access_token(&app.login("coach@example.com", NEW_PASSWORD).await);
    assert_eq!(app.get("/v1/candidates", Some(&fresh)).await.status, 200);
    revocations_refreshed(&app, "owner@example.com").await;
    assert_eq!(app.get("/v1/candidates", Some(&fresh)).await.status, 200);
    // The owner's sessions were never touched.
    assert_eq!(app.get("/v1/candidates", Some(&owner)).await.status, 200);
}

#[actix_web::test]
async fn wrong_current_passwords_lock_the_account_like_failed_sign_ins_and_clients_have_no_password(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let mut last = None;
    for _ in 0..6 {
        last = Some(change_password(&app, &owner, "guess guess guess", NEW_PASSWORD).await);
    }
    let locked = last.unwrap();
    locked.assert_problem(429, "too_many_requests");
    assert!(locked.header("retry-after").is_some());
    // The lock is the account's: signing in with the right password is refused as well.
    assert_eq!(
        app.password_grant("owner@example.com", PASSWORD)
            .await
            .status,
        429
    );

    let client = crate::fixtures::client_token(&app, &owner, &["interviews:read"]).await;
    change_password(&app, &client, PASSWORD, NEW_PASSWORD)
        .await
        .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn an_owner_changes_a_role_and_the_old_roles_tokens_stop_within_seconds() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    crate::fixtures::candidate(&app, &owner, "Dana Reyes").await;
    let (coach_id, _) = user_of_role(&app, &owner, "coach@example.com", "coach").await;
    let coach = app.login("coach@example.com", PASSWORD).await;
    let seen = app.get("/v1/candidates", Some(&access_token(&coach))).await;
    assert_eq!(seen.body["data"].as_array().unwrap().len(), 1);
    let path = format!("/v1/users/{coach_id}");
    let update = |body: Value, etag: Option<&str>| {
        let mut request = app.request(Method::PATCH, &path).token(&owner).json(&body);
        if let Some(etag) = etag {
            request = request.if_match(etag);
        }
        request.send()
    };

    let demoted = update(json!({"role": "candidate"}), Some("\"1\"")).await;
    assert_eq!(demoted.status, 200, "{}", demoted.text);
    assert_eq!(demoted.body["role"], "candidate");
    assert_eq!(demoted.body["version"], 2);
    assert_eq!(demoted.header("etag"), Some("\"2\""));
    update(json!({"display_name": "Stale"}), Some("\"1\""))
        .await
        .assert_problem(412, "precondition_failed");
    assert_eq!(app.get(&path, Some(&owner)).await.body["role"], "candidate");

    // The coach-role access token stops; the sign-in carries on in the candidate role.
    eventually_refused(&app, &access_token(&coach), "/v1/interviews").await;
    let refreshed = app.refresh_grant(&refresh_token(&coach)).await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    let me = app
        .get("/v1/me", Some(&access_token(&refreshed.body)))
        .await;
    assert_eq!(me.body["role"], "candidate");
    // As a candidate user they see only their own records, no longer the workspace's.
    let seen = app
        .get("/v1/candidates", Some(&access_token(&refreshed.body)))
        .await;
    assert_eq!(seen.body["data"], json!([]), "{}", seen.text);

    // A rename alone keeps the user's tokens working.
    let renamed = update(json!({"display_name": "Sam O."}), None).await;
    assert_eq!(renamed.body["display_name"], "Sam O.");
    assert_eq!(renamed.body["role"], "candidate");

    // Nobody becomes or stops being the owner this way; bad fields are named.
    let owner_id = app.get("/v1/me", Some(&owner)).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.request(Method::PATCH, &format!("/v1/users/{owner_id}"))
        .token(&owner)
        .json(&json!({"role": "coach"}))
        .send()
        .await
        .assert_problem(409, "cannot_change_owner_role");
    let promote = update(json!({"role": "owner"}), None).await;
    assert_eq!(promote.status, 400, "{}", promote.text);
    assert_eq!(promote.error_fields(), vec!["role"]);
    let blank = update(json!({"display_name": ""}), None).await;
    assert_eq!(blank.error_fields(), vec!["display_name"]);
    let unknown = update(json!({"email": "x@example.com"}), None).await;
    assert_eq!(unknown.status, 400, "{}", unknown.text);

    // Only owners change roles.
    let coach2 = user_of_role(&app, &owner, "coach2@example.com", "coach")
        .await
        .1;
    app.request(Method::PATCH, &path)
        .token(&coach2)
        .json(&json!({"role": "coach"}))
        .send()
        .await
        .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn signing_out_ends_that_sign_in_only() {
    let app = TestApp::spawn().await;
    app.owner_token("owner@example.com").await;
    let first = app.login("owner@example.com", PASSWORD).await;
    let second = app.login("owner@example.com", PASSWORD).await;

    // Revoking a refresh token ends its sign-in: the refresh token at once, its access token within seconds.
    let out = revoke(&app, &refresh_token(&first)).await;
    assert_eq!(out.status, 200, "{}", out.text);
    assert!(out.text.is_empty());
    assert_eq!(out.header("cache-control"), Some("no-store"));
    app.refresh_grant(&refresh_token(&first))
        .await
        .assert_problem(400, "invalid_grant");
    eventually_refused(&app, &access_token(&first), "/v1/candidates").await;
    // The other sign-in is untouched.
    assert_eq!(
        app.get("/v1/candidates", Some(&access_token(&second)))
            .await
            .status,
        200
    );
    let second = app.refresh_grant(&refresh_token(&second)).await.body;

    // Revoking an access token (all Swagger UI holds) ends its sign-in too, refresh token included.
    assert_eq!(revoke(&app, &access_token(&second)).await.status, 200);
    app.refresh_grant(&refresh_token(&second))
        .await
        .assert_problem(400, "invalid_grant");
    eventually_refused(&app, &access_token(&second), "/v1/candidates").await;

    // Unknown, garbage and already revoked tokens are no error (RFC 7009 §2.2); a missing one is.
    for token in [
        "rbr_unknown",
        "not-a-token",
        "a.b.c",
        &refresh_token(&first),
    ] {
        assert_eq!(revoke(&app, token).await.status, 200, "{token}");
    }
    app.post_form("/v1/auth/revoke", &[("token_type_hint", "refresh_token")])
        .await
        .assert_problem(400, "invalid_request");
    let as_json = app
        .post_json("/v1/auth/revoke", None, &json!({"token": "x"}))
        .await;
    assert_eq!(as_json.status, 415, "{}", as_json.text);
    // Signing in again works at once.
    let again = access_token(&app.login("owner@example.com", PASSWORD).await);
    assert_eq!(app.get("/v1/candidates", Some(&again)).await.status, 200);
}

#[actix_web::test]
async fn revoking_a_clients_access_token_stops_that_token_alone() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let client = create_api_client(&app, &owner, &["interviews:read"]).await;
    let (client_id, secret) = (
        client["client"]["client_id"].as_str().unwrap(),
        client["client_secret"].as_str().unwrap(),
    );
    let first = access_token(&client_credentials(&app, client_id, secret).await.body);
    let second = access_token(&client_credentials(&app, client_id, secret).await.body);
    assert_eq!(revoke(&app, &first).await.status, 200);
    eventually_refused(&app, &first, "/v1/candidates").await;
    assert_eq!(app.get("/v1/candidates", Some(&second)).await.status, 200);
}

#[actix_web::test]
async fn a_rotated_client_secret_works_alongside_the_old_one_for_the_grace_period() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let client = create_api_client(&app, &owner, &["interviews:read"]).await;
    let client_id = client["client"]["client_id"].as_str().unwrap();
    let original = client["client_secret"].as_str().unwrap();
    let rotate_path = format!("/v1/api-clients/{}/rotate-secret", id(&client["client"]));
    let token_before = access_token(&client_credentials(&app, client_id, original).await.body);

    // No body: 24 hours of grace.
    let rotated = app
        .request(Method::POST, &rotate_path)
        .token(&owner)
        .send()
        .await;
    assert_eq!(rotated.status, 200, "{}", rotated.text);
    assert_eq!(rotated.header("cache-control"), Some("no-store"));
    let second = rotated.body["client_secret"].as_str().unwrap().to_string();
    assert_ne!(second, original);
    assert!(second.starts_with("rbs_"));
    let grace_ends = parse_time(&rotated.body["client"]["previous_secret_expires_at"]);
    let hours = (grace_ends - chrono::Utc::now()).num_minutes() as f64 / 60.0;
    assert!((23.9..=24.0).contains(&hours), "{hours} h of grace");
    for secret in [original, second.as_str()] {
        assert_eq!(
            client_credentials(&app, client_id, secret).await.status,
            200
        );
    }
    // Tokens already issued are untouched.
    assert_eq!(
        app.get("/v1/candidates", Some(&token_before)).await.status,
        200
    );

    // Rotating again with no grace (after a leak): only the newest secret works.
    let third = app
        .request(Method::POST, &rotate_path)
        .token(&owner)
        .json(&json!({"grace_period_seconds": 0}))
        .send()
        .await;
    assert_eq!(third.status, 200, "{}", third.text);
    assert!(third.body["client"]["previous_secret_expires_at"].is_null());
    let third = third.body["client_secret"].as_str().unwrap().to_string();
    for stale in [original, second.as_str()] {
        client_credentials(&app, client_id, stale)
            .await
            .assert_problem(401, "invalid_client");
    }
    assert_eq!(
        client_credentials(&app, client_id, &third).await.status,
        200
    );

    // Bad grace periods are named; a revoked client gets no new secret.
    for bad in [
        json!({"grace_period_seconds": 604_801}),
        json!({"grace_period_seconds": -1}),
        json!({"grace": 1}),
    ] {
        let refused = app
            .request(Method::POST, &rotate_path)
            .token(&owner)
            .json(&bad)
            .send()
            .await;
        assert_eq!(refused.status, 400, "{bad}: {}", refused.text);
    }
    let client_path = format!("/v1/api-clients/{}", id(&client["client"]));
    assert_eq!(app.delete(&client_path, Some(&owner)).await.status, 200);
    app.request(Method::POST, &rotate_path)
        .token(&owner)
        .send()
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn another_workspaces_users_and_clients_are_404_for_role_changes_and_rotation() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    let (coach_b, coach_b_token) =
        user_of_role(&app, &owner_b, "coach@b.example.com", "coach").await;
    let client_b = create_api_client(&app, &owner_b, &["interviews:read"]).await;
    let client_b_id = id(&client_b["client"]);

    app.request(Method::PATCH, &format!("/v1/users/{coach_b}"))
        .token(&owner_a)
        .if_match("\"1\"")
        .json(&json!({"role": "candidate"}))
        .send()
        .await
        .assert_problem(404, "not_found");
    app.request(
        Method::POST,
        &format!("/v1/api-clients/{client_b_id}/rotate-secret"),
    )
    .token(&owner_a)
    .send()
    .await
    .assert_problem(404, "not_found");

    // Nothing changed in B: the coach keeps the role and the token, the client its secret.
    let coach = app
        .get(&format!("/v1/users/{coach_b}"), Some(&owner_b))
        .await;
    assert_eq!(
        (coach.body["role"].clone(), coach.body["version"].clone()),
        (json!("coach"), json!(1))
    );
    revocations_refreshed(&app, "a@example.com").await;
    assert_eq!(
        app.get("/v1/interviews", Some(&coach_b_token)).await.status,
        200
    );
    assert_eq!(
        client_credentials(
            &app,
            client_b["client"]["client_id"].as_str().unwrap(),
            client_b["client_secret"].as_str().unwrap()
        )
        .await
        .status,
        200
    );
}
