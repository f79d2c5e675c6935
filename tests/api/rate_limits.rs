//! Rate limits as a client meets them: the IETF draft headers on every response with the remaining quota counting
//! down, a problem+json 429 with Retry-After beyond it, one bucket per user or client (and per address without a
//! token), probes and docs exempt, and a switch to turn it all off.

use reqwest::Method;

use crate::helpers::{Response, TestApp};

/// An app whose quota is `burst` requests, refilled at one a minute (slow enough that nothing refills during a
/// test, so the counts are exact).
async fn app_with_burst(burst: u32) -> TestApp {
    TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_RATE_LIMIT_PER_MINUTE".into(), "1".into());
        vars.insert("REBOUND_RATE_LIMIT_BURST".into(), burst.to_string());
        vars.insert(
            "REBOUND_CORS_ORIGINS".into(),
            "https://plugin.example.com".into(),
        );
    })
    .await
}

/// The `r` (remaining) of a `RateLimit` header.
fn remaining(response: &Response) -> u32 {
    let header = response
        .header("ratelimit")
        .unwrap_or_else(|| panic!("no RateLimit header: {:?}", response.headers));
    let r = header
        .split(';')
        .find_map(|part| part.trim().strip_prefix("r="))
        .unwrap_or_else(|| panic!("no r in {header}"));
    r.parse().unwrap()
}

#[actix_web::test]
async fn every_response_carries_the_policy_and_the_remaining_quota_counting_down() {
    let app = app_with_burst(10).await;
    // Sign-up and sign-in spend the address's quota, not the user's.
    let token = app.owner_token("ada@example.com").await;

    let mut seen = Vec::new();
    for _ in 0..3 {
        let me = app.get("/v1/me", Some(&token)).await;
        assert_eq!(me.status, 200, "{}", me.text);
        assert_eq!(
            me.header("ratelimit-policy"),
            Some("\"default\";q=10;w=600")
        );
        seen.push(remaining(&me));
    }
    assert_eq!(seen, vec![9, 8, 7]);
    let header = app.get("/v1/me", Some(&token)).await;
    assert_eq!(header.header("ratelimit"), Some("\"default\";r=6;t=240"));

    // Errors count and carry the headers too.
    let missing = app
        .get(
            "/v1/candidates/00000000-0000-7000-8000-000000000000",
            Some(&token),
        )
        .await;
    missing.assert_problem(404, "not_found");
    assert_eq!(remaining(&missing), 5);
    let unknown = app.get("/v1/nothing-here", Some(&token)).await;
    unknown.assert_problem(404, "route_not_found");
    assert_eq!(remaining(&unknown), 4);
}

#[actix_web::test]
async fn beyond_the_quota_a_caller_gets_429_problem_json_with_retry_after() {
    let app = app_with_burst(4).await;
    let token = app.owner_token("ada@example.com").await;
    for left in (0..4).rev() {
        assert_eq!(remaining(&app.get("/v1/me", Some(&token)).await), left);
    }
    let limited = app
        .request(Method::GET, "/v1/me")
        .token(&token)
        .header("origin", "https://plugin.example.com")
        .send()
        .await;
    let problem = limited.assert_problem(429, "rate_limited");
    assert_eq!(problem["type"], "https://rebound.dev/problems/rate_limited");
    let retry_after: u64 = limited
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("retry in {retry_after} second")),
        "{}",
        limited.text
    );
    assert_eq!(remaining(&limited), 0);
    assert_eq!(
        limited.header("ratelimit-policy"),
        Some("\"default\";q=4;w=240")
    );
    assert!(limited.header("x-request-id").is_some());
    // A browser plugin can read the 429 and its headers.
    assert_eq!(
        limited.header("access-control-allow-origin"),
        Some("https://plugin.example.com")
    );
    // Still limited: refusals do not reset anything, and they are cheap (no handler ran).
    app.get("/v1/me", Some(&token))
        .await
        .assert_problem(429, "rate_limited");
}

#[actix_web::test]
async fn each_user_has_a_bucket_of_their_own_and_requests_without_a_token_share_the_address() {
    let app = app_with_burst(6).await;
    // Two sign-ups and two sign-ins: four of the address's six.
    let a = app.owner_token("ada@example.com").await;
    let b = app.owner_token("bo@example.com").await;

    for _ in 0..6 {
        assert_eq!(app.get("/v1/me", Some(&a)).await.status, 200);
    }
    app.get("/v1/me", Some(&a))
        .await
        .assert_problem(429, "rate_limited");

    // Workspace B's owner is not held back by A's burst.
    let other = app.get("/v1/me", Some(&b)).await;
    assert_eq!(other.status, 200, "{}", other.text);
    assert_eq!(remaining(&other), 5);

    // Without a token: the address's bucket, which sign-up and sign-in drew from.
    let public = app.get("/v1/gaffe-kinds", None).await;
    assert_eq!(public.status, 200);
    assert_eq!(remaining(&public), 1);
    assert_eq!(app.get("/v1/gaffe-kinds", None).await.status, 200);
    app.get("/v1/gaffe-kinds", None)
        .await
        .assert_problem(429, "rate_limited");
    // A forged or expired token counts against the address too.
    app.get("/v1/me", Some("not-a-token"))
        .await
        .assert_problem(429, "rate_limited");
    // The signed-in users keep theirs.
    assert_eq!(app.get("/v1/me", Some(&b)).await.status, 200);
}

#[actix_web::test]
async fn probes_metrics_and_the_api_document_are_never_limited() {
    let app = app_with_burst(1).await;
    for path in [
        "/livez",
        "/readyz",
        "/metrics",
        "/api-docs/openapi.json",
        "/swagger-ui/",
    ] {
        for _ in 0..3 {
            let response = app.get(path, None).await;
            assert_eq!(response.status, 200, "{path}: {}", response.text);
            assert!(response.header("ratelimit").is_none(), "{path}");
            assert!(response.header("ratelimit-policy").is_none(), "{path}");
        }
    }
    // The one request of the quota is still there.
    assert_eq!(app.get("/v1/gaffe-kinds", None).await.status, 200);
    app.get("/v1/gaffe-kinds", None)
        .await
        .assert_problem(429, "rate_limited");
}

#[actix_web::test]
async fn rate_limits_turned_off_send_no_headers_and_never_429() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_RATE_LIMIT_PER_MINUTE".into(), "off".into());
        vars.insert("REBOUND_RATE_LIMIT_BURST".into(), "1".into());
    })
    .await;
    for _ in 0..5 {
        let response = app.get("/v1/gaffe-kinds", None).await;
        assert_eq!(response.status, 200);
        assert!(response.header("ratelimit").is_none());
        assert!(response.header("ratelimit-policy").is_none());
    }
}

#[actix_web::test]
async fn preflights_are_not_counted() {
    let app = app_with_burst(1).await;
    for _ in 0..3 {
        let preflight = app
            .request(Method::OPTIONS, "/v1/gaffe-kinds")
            .header("origin", "https://plugin.example.com")
            .header("access-control-request-method", "GET")
            .send()
            .await;
        assert_eq!(preflight.status, 204, "{}", preflight.text);
    }
    assert_eq!(app.get("/v1/gaffe-kinds", None).await.status, 200);
}

#[actix_web::test]
async fn behind_a_trusted_proxy_anonymous_callers_count_by_the_address_it_saw_and_otherwise_spoofing_does_not_help(
) {
    async fn anonymous(app: &TestApp, forwarded: &str) -> Response {
        app.request(Method::GET, "/v1/gaffe-kinds")
            .header("x-forwarded-for", forwarded)
            .send()
            .await
    }
    let proxied = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_RATE_LIMIT_PER_MINUTE".into(), "1".into());
        vars.insert("REBOUND_RATE_LIMIT_BURST".into(), "1".into());
        vars.insert("REBOUND_TRUSTED_PROXY_HOPS".into(), "1".into());
    })
    .await;
    assert_eq!(anonymous(&proxied, "203.0.113.7").await.status, 200);
    // Another client behind the proxy; what a client prepends itself does not matter.
    assert_eq!(
        anonymous(&proxied, "6.6.6.6, 203.0.113.8").await.status,
        200
    );
    anonymous(&proxied, "6.6.6.7, 203.0.113.7")
        .await
        .assert_problem(429, "rate_limited");

    let direct = app_with_burst(1).await;
    assert_eq!(anonymous(&direct, "203.0.113.7").await.status, 200);
    anonymous(&direct, "203.0.113.8")
        .await
        .assert_problem(429, "rate_limited");
}
