//! Access-token validation: every malformed or foreign token is a 401 problem.

use base64::Engine;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use rebound_service::auth::jwt::Claims;
use reqwest::Method;
use serde_json::json;

use crate::helpers::{access_token, TestApp, PASSWORD, TEST_JWT_KID, TEST_JWT_SECRET};

fn now() -> u64 {
    jsonwebtoken::get_current_timestamp()
}

/// Claims that would be valid for `user`/`workspace` of the running app.
fn valid_claims(me: &serde_json::Value) -> Claims {
    Claims {
        iss: "rebound".into(),
        aud: "rebound-api".into(),
        sub: me["id"].as_str().unwrap().into(),
        exp: now() + 600,
        iat: now(),
        nbf: now(),
        jti: "test".into(),
        sub_type: "user".into(),
        ws: me["workspace"]["id"].as_str().unwrap().parse().unwrap(),
        role: Some("owner".into()),
        scope: "interviews:read admin".into(),
        sid: None,
        ver: None,
    }
}

fn sign(claims: &Claims, algorithm: Algorithm, kid: Option<&str>, secret: &str) -> String {
    let mut header = Header::new(algorithm);
    header.kid = kid.map(str::to_string);
    encode(
        &header,
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

async fn me_of_new_owner(app: &TestApp) -> serde_json::Value {
    app.signup("owner@example.com").await;
    let token = access_token(&app.login("owner@example.com", PASSWORD).await);
    app.get("/v1/me", Some(&token)).await.body
}

async fn assert_rejected(app: &TestApp, token: &str, why: &str) {
    let response = app.get("/v1/me", Some(token)).await;
    assert_eq!(
        response.status, 401,
        "{why}: expected 401, got {}: {}",
        response.status, response.text
    );
    response.assert_problem(401, "unauthorized");
    assert!(response
        .header("www-authenticate")
        .unwrap()
        .starts_with("Bearer"));
}

#[actix_web::test]
async fn a_correctly_forged_test_token_is_accepted_so_the_rejections_below_mean_something() {
    let app = TestApp::spawn().await;
    let me = me_of_new_owner(&app).await;
    let token = sign(
        &valid_claims(&me),
        Algorithm::HS256,
        Some(TEST_JWT_KID),
        TEST_JWT_SECRET,
    );
    assert_eq!(app.get("/v1/me", Some(&token)).await.status, 200);
}

#[actix_web::test]
async fn expired_tampered_foreign_and_unsigned_tokens_are_all_401() {
    let app = TestApp::spawn().await;
    let me = me_of_new_owner(&app).await;
    let claims = valid_claims(&me);

    let mut expired = claims.clone();
    expired.exp = now() - 120;
    expired.iat = now() - 1000;
    expired.nbf = now() - 1000;
    assert_rejected(
        &app,
        &sign(
            &expired,
            Algorithm::HS256,
            Some(TEST_JWT_KID),
            TEST_JWT_SECRET,
        ),
        "expired",
    )
    .await;

    let mut wrong_audience = claims.clone();
    wrong_audience.aud = "another-api".into();
    assert_rejected(
        &app,
        &sign(
            &wrong_audience,
            Algorithm::HS256,
            Some(TEST_JWT_KID),
            TEST_JWT_SECRET,
        ),
        "audience",
    )
    .await;

    let mut wrong_issuer = claims.clone();
    wrong_issuer.iss = "someone-else".into();
    assert_rejected(
        &app,
        &sign(
            &wrong_issuer,
            Algorithm::HS256,
            Some(TEST_JWT_KID),
            TEST_JWT_SECRET,
        ),
        "issuer",
    )
    .await;

    let wrong_key = sign(
        &claims,
        Algorithm::HS256,
        Some(TEST_JWT_KID),
        "a-different-secret-0123456789abcdefghijkl",
    );
    assert_rejected(&app, &wrong_key, "signed with another key").await;

    let unknown_kid = sign(&claims, Algorithm::HS256, Some("retired"), TEST_JWT_SECRET);
    assert_rejected(&app, &unknown_kid, "unknown kid").await;

    let wrong_algorithm = sign(
        &claims,
        Algorithm::HS384,
        Some(TEST_JWT_KID),
        TEST_JWT_SECRET,
    );
    assert_rejected(&app, &wrong_algorithm, "HS384").await;

    // Tampered: a valid token whose payload was edited to claim another role.
    let valid = sign(
        &claims,
        Algorithm::HS256,
        Some(TEST_JWT_KID),
        TEST_JWT_SECRET,
    );
    let parts: Vec<&str> = valid.split('.').collect();
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut payload: serde_json::Value =
        serde_json::from_slice(&engine.decode(parts[1]).unwrap()).unwrap();
    payload["scope"] = json!("interviews:read interviews:write plans:write admin");
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        engine.encode(payload.to_string()),
        parts[2]
    );
    assert_rejected(&app, &tampered, "tampered payload").await;

    // `alg: none` with no signature.
    let header =
        engine.encode(json!({"alg": "none", "typ": "JWT", "kid": TEST_JWT_KID}).to_string());
    let body = engine.encode(serde_json::to_string(&claims).unwrap());
    assert_rejected(&app, &format!("{header}.{body}."), "alg none").await;

    // A token without `sub`.
    let mut without_sub = serde_json::to_value(&claims).unwrap();
    without_sub.as_object_mut().unwrap().remove("sub");
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(TEST_JWT_KID.into());
    let no_sub = encode(
        &header,
        &without_sub,
        &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
    )
    .unwrap();
    assert_rejected(&app, &no_sub, "no sub").await;

    assert_rejected(&app, "not-a-jwt", "garbage").await;
}

#[actix_web::test]
async fn requests_without_a_bearer_token_are_401() {
    let app = TestApp::spawn().await;
    app.get("/v1/me", None)
        .await
        .assert_problem(401, "unauthorized");
    app.request(Method::GET, "/v1/me")
        .basic_auth("user", "pass")
        .send()
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn tokens_signed_with_a_previous_key_are_accepted_after_rotation() {
    let old_secret = "old-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    let app = TestApp::spawn_with(|vars| {
        vars.insert(
            "REBOUND_JWT_KEYS".into(),
            format!("{TEST_JWT_KID}:{TEST_JWT_SECRET},old-1:{old_secret}"),
        );
    })
    .await;
    let me = me_of_new_owner(&app).await;
    let from_old_key = sign(
        &valid_claims(&me),
        Algorithm::HS256,
        Some("old-1"),
        old_secret,
    );
    assert_eq!(app.get("/v1/me", Some(&from_old_key)).await.status, 200);
    // The old key verifies only tokens that name it.
    let mislabelled = sign(
        &valid_claims(&me),
        Algorithm::HS256,
        Some(TEST_JWT_KID),
        old_secret,
    );
    assert_rejected(&app, &mislabelled, "old key under the current kid").await;
}
