//! Sign-up, the token endpoint's grants, and `/v1/me`.

use reqwest::Method;
use serde_json::json;

use crate::fixtures::eventually_refused;
use crate::helpers::{access_token, TestApp, PASSWORD};

#[actix_web::test]
async fn signup_then_password_grant_then_me_describes_the_owner() {
    let app = TestApp::spawn().await;
    let signup = app.signup("maya@example.com").await;
    assert_eq!(signup["user"]["role"], "owner");
    assert_eq!(signup["user"]["email"], "maya@example.com");

    let token = app.login("maya@example.com", PASSWORD).await;
    assert_eq!(token["token_type"], "Bearer");
    assert_eq!(token["expires_in"], 900);
    assert!(token["refresh_token"].as_str().unwrap().starts_with("rbr_"));
    assert_eq!(
        token["scope"],
        "interviews:read interviews:write plans:write admin webhooks:read webhooks:write"
    );

    let me = app.get("/v1/me", Some(&access_token(&token))).await;
    assert_eq!(me.status, 200, "{}", me.text);
    assert_eq!(me.body["subject_type"], "user");
    assert_eq!(me.body["id"], signup["user"]["id"]);
    assert_eq!(me.body["role"], "owner");
    assert_eq!(me.body["workspace"]["id"], signup["workspace"]["id"]);
    assert_eq!(
        me.body["workspace"]["name"],
        "Workspace of maya@example.com"
    );
}

#[actix_web::test]
async fn the_token_endpoint_also_accepts_json_and_narrows_scopes_on_request() {
    let app = TestApp::spawn().await;
    app.signup("json@example.com").await;
    let response = app
        .post_json(
            "/v1/auth/token",
            None,
            &json!({"grant_type": "password", "username": "JSON@example.com", "password": PASSWORD, "scope": "interviews:read"}),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text);
    assert_eq!(response.body["scope"], "interviews:read");
    assert_eq!(response.header("cache-control"), Some("no-store"));

    let me = app.get("/v1/me", Some(&access_token(&response.body))).await;
    assert_eq!(me.body["scopes"], json!(["interviews:read"]));
    // A narrowed token cannot administer, even for an owner.
    let users = app
        .get("/v1/users", Some(&access_token(&response.body)))
        .await;
    users.assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn signing_up_twice_with_one_email_is_a_conflict() {
    let app = TestApp::spawn().await;
    app.signup("twice@example.com").await;
    let again = app
        .post_json(
            "/v1/signup",
            None,
            &json!({"workspace_name": "Other", "email": "Twice@Example.com", "password": PASSWORD, "display_name": "X"}),
        )
        .await;
    again.assert_problem(409, "email_taken");
}

#[actix_web::test]
async fn signup_validation_names_every_bad_field() {
    let app = TestApp::spawn().await;
    let response = app
        .post_json(
            "/v1/signup",
            None,
            &json!({"workspace_name": " ", "email": "not-an-email", "password": "short", "display_name": "Ok"}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    let mut fields = response.error_fields();
    fields.sort();
    assert_eq!(fields, vec!["email", "password", "workspace_name"]);
}

#[actix_web::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.signup("real@example.com").await;
    let wrong_password = app
        .password_grant("real@example.com", "not the password")
        .await;
    let unknown_email = app
        .password_grant("nobody@example.com", "not the password")
        .await;
    wrong_password.assert_problem(400, "invalid_grant");
    unknown_email.assert_problem(400, "invalid_grant");
    assert_eq!(wrong_password.body, unknown_email.body);
    assert_eq!(wrong_password.body["error"], "invalid_grant");
}

#[actix_web::test]
async fn repeated_failed_logins_are_throttled_with_retry_after() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
        vars.insert("REBOUND_LOGIN_LOCKOUT_SECS".into(), "120".into());
    })
    .await;
    app.signup("locked@example.com").await;
    let attempt = |password| app.password_grant("locked@example.com", password);
    attempt("wrong-1")
        .await
        .assert_problem(400, "invalid_grant");
    attempt("wrong-2")
        .await
        .assert_problem(400, "invalid_grant");
    let third = attempt("wrong-3").await;
    third.assert_problem(429, "too_many_requests");
    let retry_after: u64 = third.header("retry-after").unwrap().parse().unwrap();
    assert!(retry_after > 0 && retry_after <= 120);
    // Even the right password is refused while the lock lasts.
    let right = attempt(PASSWORD).await;
    right.assert_problem(429, "too_many_requests");
    // Unknown accounts are throttled the same way, so the lock reveals nothing.
    for _ in 0..2 {
        app.password_grant("ghost@example.com", "x")
            .await
            .assert_problem(400, "invalid_grant");
    }
    app.password_grant("ghost@example.com", "x")
        .await
        .assert_problem(429, "too_many_requests");
}

/// Issue 22, item 13: the throttle counts failed attempts per username without storing what was typed: a leaked
/// `login_throttle` table names no address, client or caller.
#[actix_web::test]
async fn the_login_throttle_stores_no_attempted_username_in_plain_text() {
    let app = TestApp::spawn().await;
    app.signup("kept@example.com").await;
    app.password_grant("Kept@Example.com", "wrong")
        .await
        .assert_problem(400, "invalid_grant");
    app.password_grant("typo-of-a-password@example.com", "x")
        .await
        .assert_problem(400, "invalid_grant");
    app.post_json(
        "/v1/signup",
        None,
        &json!({"email": "kept@example.com", "password": PASSWORD, "display_name": "Again",
                "workspace_name": "Again"}),
    )
    .await
    .assert_problem(409, "email_taken");
    let url = app.database_url().to_string();
    let keys: Vec<String> = actix_web::web::block(move || {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Key {
            #[diesel(sql_type = diesel::sql_types::Text)]
            login_key: String,
        }
        let mut conn = PgConnection::establish(&url).unwrap();
        diesel::sql_query("SELECT login_key FROM login_throttle")
            .load::<Key>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|k| k.login_key)
            .collect()
    })
    .await
    .unwrap();
    assert!(keys.len() >= 3, "the failures were counted: {keys:?}");
    for key in &keys {
        assert!(
            key.len() == 64 && key.chars().all(|c| c.is_ascii_hexdigit()),
            "stored in plain text: {key}"
        );
    }
}

#[actix_web::test]
async fn a_refresh_token_rotates_and_reusing_an_old_one_revokes_the_family() {
    let app = TestApp::spawn().await;
    app.signup("rotate@example.com").await;
    let first = app.login("rotate@example.com", PASSWORD).await;
    let first_refresh = first["refresh_token"].as_str().unwrap().to_string();

    let second = app.refresh_grant(&first_refresh).await;
    assert_eq!(second.status, 200, "{}", second.text);
    let second_refresh = second.body["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(second_refresh, first_refresh);
    assert_eq!(
        app.get("/v1/me", Some(&access_token(&second.body)))
            .await
            .status,
        200
    );

    // The first token was rotated: presenting it again is refused ...
    let reuse = app.refresh_grant(&first_refresh).await;
    reuse.assert_problem(400, "invalid_grant");
    // ... and it revoked the whole family, including the newest token.
    let after_reuse = app.refresh_grant(&second_refresh).await;
    after_reuse.assert_problem(400, "invalid_grant");
    // A new sign-in starts a new family and works.
    app.login("rotate@example.com", PASSWORD).await;
}

/// Issue 22, item 2: reusing a rotated refresh token ends the sign-in's access tokens too, not only its refresh
/// tokens, so the newest access token (perhaps the attacker's) stops working within the revocation window.
#[actix_web::test]
async fn reusing_a_refresh_token_ends_the_newest_access_token_too() {
    let app = TestApp::spawn().await;
    app.signup("reuse@example.com").await;
    let first = app.login("reuse@example.com", PASSWORD).await;
    let first_refresh = first["refresh_token"].as_str().unwrap().to_string();
    let second = app.refresh_grant(&first_refresh).await;
    assert_eq!(second.status, 200, "{}", second.text);
    let newest = access_token(&second.body);
    assert_eq!(app.get("/v1/me", Some(&newest)).await.status, 200);

    app.refresh_grant(&first_refresh)
        .await
        .assert_problem(400, "invalid_grant");
    eventually_refused(&app, &newest, "/v1/me").await;
    eventually_refused(&app, &access_token(&first), "/v1/me").await;
}

#[actix_web::test]
async fn unknown_grant_types_and_missing_parameters_are_oauth_errors() {
    let app = TestApp::spawn().await;
    let unsupported = app
        .post_form("/v1/auth/token", &[("grant_type", "implicit")])
        .await;
    unsupported.assert_problem(400, "unsupported_grant_type");
    let missing = app
        .post_form(
            "/v1/auth/token",
            &[("grant_type", "password"), ("username", "a@b.co")],
        )
        .await;
    missing.assert_problem(400, "invalid_request");
    let bad_refresh = app.refresh_grant("rbr_made-up").await;
    bad_refresh.assert_problem(400, "invalid_grant");
}

#[actix_web::test]
async fn a_token_request_with_an_unsupported_body_type_is_415() {
    let app = TestApp::spawn().await;
    app.request(Method::POST, "/v1/auth/token")
        .header("content-type", "text/plain")
        .body("grant_type=password")
        .send()
        .await
        .assert_problem(415, "unsupported_media_type");
}

#[actix_web::test]
async fn a_refresh_asking_for_more_scope_than_the_sign_in_granted_is_invalid_scope_and_burns_nothing(
) {
    let app = TestApp::spawn().await;
    app.signup("owner@example.com").await;
    let narrow = app
        .post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "password"),
                ("username", "owner@example.com"),
                ("password", PASSWORD),
                ("scope", "interviews:read"),
            ],
        )
        .await;
    assert_eq!(narrow.status, 200, "{}", narrow.text);
    let refresh_token = narrow.body["refresh_token"].as_str().unwrap().to_string();
    let wider = app
        .post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", &refresh_token),
                ("scope", "interviews:read interviews:write"),
            ],
        )
        .await;
    assert_eq!(wider.status, 400, "{}", wider.text);
    assert_eq!(wider.body["error"], "invalid_scope");
    // The refused request changed nothing: the same token still refreshes, with the scope it was granted.
    let same = app.refresh_grant(&refresh_token).await;
    assert_eq!(same.status, 200, "{}", same.text);
    assert_eq!(same.body["scope"], "interviews:read");
}

#[actix_web::test]
async fn probing_signup_for_registered_addresses_is_throttled_per_caller_and_email() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
    })
    .await;
    let signup_from = |local: &'static str, email: String| {
        let address = app.address.clone();
        async move {
            reqwest::Client::builder()
                .local_address(Some(local.parse().unwrap()))
                .build()
                .unwrap()
                .post(format!("{address}/v1/signup"))
                .json(&json!({"workspace_name": "W", "email": email, "password": PASSWORD, "display_name": "D"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    // Five real accounts, signed up from elsewhere: successes never count.
    for n in 0..5 {
        assert_eq!(
            signup_from("127.0.0.3", format!("taken{n}@example.com")).await,
            201
        );
    }
    // A prober on 127.0.0.1 learns at most three answers, then gets 429 for any address, registered or not.
    let mut statuses = Vec::new();
    for n in 0..5 {
        statuses.push(signup_from("127.0.0.1", format!("taken{n}@example.com")).await);
    }
    assert_eq!(statuses[..2], [409, 409], "{statuses:?}");
    assert_eq!(statuses[3..], [429, 429], "{statuses:?}");
    assert_eq!(
        signup_from("127.0.0.1", "fresh@example.com".into()).await,
        429
    );
    // Someone else, from another address, signs up as usual.
    assert_eq!(
        signup_from("127.0.0.2", "fresh@example.com".into()).await,
        201
    );
}

#[actix_web::test]
async fn inviting_registered_addresses_is_throttled_like_sign_up() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
    })
    .await;
    for n in 0..4 {
        app.signup(&format!("taken{n}@example.com")).await;
    }
    let owner = app.owner_token("prober@example.com").await;
    let invite = |email: String| {
        app.request(reqwest::Method::POST, "/v1/users")
            .token(&owner)
            .json(&json!({"email": email, "display_name": "D", "role": "coach"}))
            .send()
    };
    // An owner's invitation answers "already registered" about any address, so it is rationed the same way.
    let mut statuses = Vec::new();
    for n in 0..4 {
        statuses.push(invite(format!("taken{n}@example.com")).await.status);
    }
    assert_eq!(statuses[..2], [409, 409], "{statuses:?}");
    assert_eq!(statuses[3], 429, "{statuses:?}");
    let locked = invite("new.coach@example.com".into()).await;
    locked.assert_problem(429, "too_many_requests");
    assert!(locked.header("retry-after").is_some());
}
