//! The edge of the service: which forwarding headers are believed (only those of configured trusted proxies), and
//! the browser security headers of the pages Rebound serves outside the API (Swagger UI, its OAuth redirect page)
//! and HSTS in production.

use serde_json::{json, Value};

use crate::helpers::{Response, TestApp};

const OWNER: &str = "owner@edge.example";
const REDIRECT: &str = "http://127.0.0.1:9999/callback";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

/// Forged forwarding headers, in both spellings: the de-facto `X-Forwarded-*` and RFC 7239's `Forwarded`.
const FORGED: [&[(&str, &str)]; 2] = [
    &[
        ("x-forwarded-host", "evil.example"),
        ("x-forwarded-proto", "https"),
    ],
    &[("forwarded", "for=192.0.2.7;host=evil.example;proto=https")],
];

async fn public_client(app: &TestApp, owner: &str) -> String {
    let created = app
        .post_json(
            "/v1/api-clients",
            Some(owner),
            &json!({"name": "Edge plugin", "type": "public", "scopes": ["interviews:read"], "redirect_uris": [REDIRECT]}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body["client"]["client_id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The `iss` the authorization endpoint gives the client (here in the link back from a refused request; a
/// successful sign-in's redirect carries the same).
async fn issuer(app: &TestApp, client_id: &str, headers: &[(&str, &str)]) -> String {
    let path = format!(
        "/oauth/authorize?response_type=token&client_id={client_id}&redirect_uri={}&state=s\
         &code_challenge={CHALLENGE}&code_challenge_method=S256",
        crate::helpers::urlencode(REDIRECT)
    );
    let mut request = app.request(reqwest::Method::GET, &path);
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let page: Response = request.send().await;
    assert_eq!(page.status, 400, "{}", page.text);
    let href = page
        .text
        .split("<a href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a link back: {}", page.text))
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    url::Url::parse(&href)
        .unwrap()
        .query_pairs()
        .find(|(name, _)| name == "iss")
        .unwrap()
        .1
        .into_owned()
}

/// The URL an inbound receiver created with `headers` is given.
async fn receiver_url(app: &TestApp, owner: &str, headers: &[(&str, &str)]) -> String {
    let mut request = app
        .request(reqwest::Method::POST, "/v1/inbound-receivers")
        .token(owner)
        .json(&json!({"vendor": "greenhouse", "label": "Greenhouse"}));
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let created = request.send().await;
    assert_eq!(created.status, 201, "{}", created.text);
    let url: &Value = &created.body["receiver"]["url"];
    url.as_str().unwrap().to_string()
}

/// Issue 22 item 11: with no trusted proxy configured, a caller's `X-Forwarded-Host`/`-Proto` or `Forwarded` header
/// used to become the OAuth `iss` and the receiver URL an owner pastes into the ATS (`https://evil.example/…`).
#[actix_web::test]
async fn forwarding_headers_are_ignored_unless_the_peer_is_a_trusted_proxy() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let own = app.address.clone();
    for forged in FORGED {
        assert_eq!(issuer(&app, &client_id, forged).await, own, "{forged:?}");
        let url = receiver_url(&app, &owner, forged).await;
        assert!(
            url.starts_with(&format!("{own}/v1/inbound/")),
            "{forged:?}: {url}"
        );
    }

    // The test client connects from loopback: named as a trusted proxy, its headers are believed.
    let behind_proxy = TestApp::spawn_with(|vars| {
        vars.insert(
            "REBOUND_TRUSTED_PROXIES".into(),
            "10.0.0.0/8, 127.0.0.1".into(),
        );
    })
    .await;
    let owner = behind_proxy.owner_token(OWNER).await;
    let client_id = public_client(&behind_proxy, &owner).await;
    for forged in FORGED {
        assert_eq!(
            issuer(&behind_proxy, &client_id, forged).await,
            "https://evil.example",
            "{forged:?}"
        );
        let url = receiver_url(&behind_proxy, &owner, forged).await;
        assert!(
            url.starts_with("https://evil.example/v1/inbound/"),
            "{forged:?}: {url}"
        );
    }
    // Without the headers, the request's own `Host` and scheme still count.
    let own = behind_proxy.address.clone();
    assert_eq!(issuer(&behind_proxy, &client_id, &[]).await, own);
}

/// Issue 22 item 13: Swagger UI, which keeps the bearer token in `localStorage`, could be framed by any site, and
/// its `oauth2-redirect.html` (which gets the authorization code in its query) sent no `Referrer-Policy`.
#[actix_web::test]
async fn swagger_ui_pages_forbid_framing_inline_scripts_and_referrers() {
    let app = TestApp::spawn().await;
    for path in [
        "/swagger-ui/",
        "/swagger-ui/index.html",
        "/swagger-ui/oauth2-redirect.html",
        "/swagger-ui/swagger-initializer.js",
    ] {
        let response = app.get(path, None).await;
        assert_eq!(response.status, 200, "{path}: {}", response.text);
        let csp = response
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("{path} has a CSP"));
        for directive in [
            "script-src 'self';",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "connect-src 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: {directive} in {csp}");
        }
        assert_eq!(response.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(
            response.header("referrer-policy"),
            Some("no-referrer"),
            "{path}"
        );
        assert!(
            response.header("strict-transport-security").is_none(),
            "development: no HSTS"
        );
        // What the CSP relies on: Swagger UI's pages load every script from a file of their own.
        if path.ends_with(".html") || path.ends_with('/') {
            let scripts: Vec<&str> = response.text.split("<script").skip(1).collect();
            assert!(!scripts.is_empty(), "{path}");
            for script in scripts {
                let tag = script.split('>').next().unwrap();
                assert!(
                    tag.contains("src="),
                    "{path}: an inline script: <script{tag}>"
                );
            }
        }
    }
    // Under `no-referrer`, browsers send `Origin: null` on Swagger UI's same-origin POSTs (the token exchange,
    // try-it-out): they are served as before, not refused as cross-origin.
    let exchange = app
        .request(reqwest::Method::POST, "/v1/auth/token")
        .header("origin", "null")
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", "unknown"),
            ("client_id", "swagger-ui"),
        ])
        .send()
        .await;
    assert_eq!(exchange.status, 400, "{}", exchange.text);
    // The token endpoint itself answered (here: no verifier), not a CORS refusal.
    assert_eq!(
        exchange.body["error"], "invalid_request",
        "{}",
        exchange.text
    );
}

/// Issue 22 item 13: production sent no `Strict-Transport-Security`.
#[actix_web::test]
async fn production_responses_carry_strict_transport_security() {
    let app = TestApp::spawn_in_production(|_| {}).await;
    for path in ["/livez", "/swagger-ui/", "/v1/me"] {
        let response = app.get(path, None).await;
        assert_eq!(
            response.header("strict-transport-security"),
            Some("max-age=31536000"),
            "{path}: {}",
            response.status
        );
    }
}
