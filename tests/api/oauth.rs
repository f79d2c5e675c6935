//! The authorization-code flow with PKCE for public clients (browser plugins): the sign-in page, its form, the code
//! exchange, and the rules around them (single use, binding, expiry, CSRF, lockout, workspaces).

use std::collections::HashMap;

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{client_credentials, create_api_client, eventually_refused};
use crate::helpers::{access_token, urlencode, Response, TestApp, PASSWORD};

/// RFC 7636 Appendix B: a verifier and its S256 challenge.
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const REDIRECT: &str = "http://127.0.0.1:9999/callback";
const OWNER: &str = "owner@example.com";

/// Registers a public client with `REDIRECT` in the owner's workspace; returns its `client_id`.
async fn public_client(app: &TestApp, owner: &str) -> String {
    let created = app
        .post_json(
            "/v1/api-clients",
            Some(owner),
            &json!({"name": "Acme ATS plugin", "type": "public", "scopes": ["interviews:read", "plans:write"], "redirect_uris": [REDIRECT]}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["client"]["type"], "public");
    assert_eq!(created.body["client"]["redirect_uris"], json!([REDIRECT]));
    assert!(
        created.body.get("client_secret").is_none(),
        "a public client gets no secret: {}",
        created.text
    );
    created.body["client"]["client_id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The authorization request's path for `client_id`, with `changes` replacing (or, with an empty value, removing)
/// the usual parameters.
fn authorize_path(client_id: &str, changes: &[(&str, &str)]) -> String {
    let mut params = vec![
        ("response_type", "code".to_string()),
        ("client_id", client_id.to_string()),
        ("redirect_uri", REDIRECT.to_string()),
        ("scope", "interviews:read".to_string()),
        ("state", "xyz-123".to_string()),
        ("code_challenge", CHALLENGE.to_string()),
        ("code_challenge_method", "S256".to_string()),
    ];
    for (name, value) in changes {
        params.retain(|(n, _)| n != name);
        if !value.is_empty() {
            params.push((name, value.to_string()));
        }
    }
    let query: Vec<String> = params
        .iter()
        .map(|(n, v)| format!("{n}={}", urlencode(v)))
        .collect();
    format!("/oauth/authorize?{}", query.join("&"))
}

fn unescape(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2f;", "/")
        .replace("&#x2F;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// The hidden fields of the page's form, as a browser would post them.
fn hidden_fields(page: &str) -> Vec<(String, String)> {
    page.split("<input type=\"hidden\" ")
        .skip(1)
        .map(|tag| {
            let attribute = |name: &str| {
                let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                let end = start + tag[start..].find('"').unwrap();
                unescape(&tag[start..end])
            };
            (attribute("name"), attribute("value"))
        })
        .collect()
}

/// Posts the page's form with its hidden fields plus `fields`, as the browser does.
async fn post_form(app: &TestApp, page: &Response, fields: &[(&str, &str)]) -> Response {
    post_form_with(app, page, fields, &[]).await
}

async fn post_form_with(
    app: &TestApp,
    page: &Response,
    fields: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> Response {
    assert_eq!(page.status, 200, "{}", page.text);
    let hidden = hidden_fields(&page.text);
    let mut form: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    form.extend_from_slice(fields);
    let mut request = app.request(Method::POST, "/oauth/authorize").form(&form);
    for (name, value) in headers {
        request = request.header(name, value);
    }
    request.send().await
}

/// The query parameters of a redirect's `Location`, after checking it goes to `REDIRECT`.
fn redirected_to(response: &Response) -> HashMap<String, String> {
    assert_eq!(response.status, 303, "{}", response.text);
    let location = response.header("location").unwrap();
    let url = url::Url::parse(location).unwrap();
    assert!(location.starts_with(&format!("{REDIRECT}?")), "{location}");
    url.query_pairs().into_owned().collect()
}

/// Opens the page and signs in as `email`; returns the code from the redirect.
async fn sign_in(app: &TestApp, client_id: &str, email: &str) -> String {
    let page = app.get(&authorize_path(client_id, &[]), None).await;
    let done = post_form(
        app,
        &page,
        &[
            ("email", email),
            ("password", PASSWORD),
            ("decision", "allow"),
        ],
    )
    .await;
    let params = redirected_to(&done);
    assert_eq!(params["state"], "xyz-123");
    params["code"].clone()
}

async fn exchange(
    app: &TestApp,
    client_id: &str,
    code: &str,
    verifier: &str,
    redirect: &str,
) -> Response {
    app.post_form(
        "/v1/auth/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect),
            ("client_id", client_id),
            ("code_verifier", verifier),
        ],
    )
    .await
}

/// The refresh grant as a public client sends it: with its `client_id`.
async fn refresh(app: &TestApp, client_id: &str, refresh_token: &str) -> Response {
    app.post_form(
        "/v1/auth/token",
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", client_id),
        ],
    )
    .await
}

fn assert_page(response: &Response, status: u16, says: &str) {
    assert_eq!(response.status, status, "{}", response.text);
    assert_eq!(
        response.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(response.header("location").is_none(), "no redirect");
    assert!(response.text.contains(says), "{says}: {}", response.text);
}

#[actix_web::test]
async fn a_plugin_signs_a_user_in_with_pkce_and_calls_the_api_with_the_token() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;

    let page = app.get(&authorize_path(&client_id, &[]), None).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").unwrap();
    for directive in [
        "default-src 'none'",
        "style-src 'sha256-",
        "form-action 'self' http://127.0.0.1:9999",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} missing from {csp}");
    }
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    for shown in [
        "<html lang=\"en\">",
        "Acme ATS plugin",
        "interviews:read",
        "127.0.0.1:9999",
        "<label for=\"email\">",
        "<label for=\"password\">",
    ] {
        assert!(page.text.contains(shown), "{shown}: {}", page.text);
    }
    assert!(!page.text.contains("<script"), "no JavaScript");
    // Only what was asked for is offered.
    assert!(!page.text.contains("plans:write"));

    let done = post_form(
        &app,
        &page,
        &[
            ("email", OWNER),
            ("password", PASSWORD),
            ("decision", "allow"),
        ],
    )
    .await;
    assert_eq!(done.header("cache-control"), Some("no-store"));
    let params = redirected_to(&done);
    assert_eq!(params["state"], "xyz-123");
    assert_eq!(params["iss"], app.address);
    let code = &params["code"];
    assert!(code.len() >= 43, "at least 256 random bits: {code}");

    let issued = exchange(&app, &client_id, code, VERIFIER, REDIRECT).await;
    assert_eq!(issued.status, 200, "{}", issued.text);
    assert_eq!(issued.header("cache-control"), Some("no-store"));
    assert_eq!(issued.body["token_type"], "Bearer");
    assert_eq!(issued.body["scope"], "interviews:read");
    let me = app.get("/v1/me", Some(&access_token(&issued.body))).await;
    assert_eq!(me.status, 200, "{}", me.text);
    assert_eq!(me.body["email"], OWNER);
    assert_eq!(me.body["scopes"], json!(["interviews:read"]));
    // The refresh token rotates like any sign-in's, refreshed by the client it was issued to.
    let refreshed = refresh(
        &app,
        &client_id,
        issued.body["refresh_token"].as_str().unwrap(),
    )
    .await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    // The client's last use is recorded.
    let clients = app.get("/v1/api-clients", Some(&owner)).await;
    assert!(
        clients.body["data"][0]["last_used_at"].is_string(),
        "{}",
        clients.text
    );
}

#[actix_web::test]
async fn a_code_works_once_and_presenting_it_again_revokes_the_tokens_it_gave() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let code = sign_in(&app, &client_id, OWNER).await;

    let first = exchange(&app, &client_id, &code, VERIFIER, REDIRECT).await;
    assert_eq!(first.status, 200, "{}", first.text);
    let again = exchange(&app, &client_id, &code, VERIFIER, REDIRECT).await;
    let problem = again.assert_problem(400, "invalid_grant");
    assert_eq!(problem["error"], "invalid_grant");
    // What the first exchange gave is revoked: the refresh token at once, the access token within seconds.
    app.refresh_grant(first.body["refresh_token"].as_str().unwrap())
        .await
        .assert_problem(400, "invalid_grant");
    eventually_refused(&app, &access_token(&first.body), "/v1/me").await;
    // Other sign-ins of the user carry on.
    let other = app.login(OWNER, PASSWORD).await;
    assert_eq!(
        app.get("/v1/me", Some(&access_token(&other))).await.status,
        200
    );
}

/// Issue 22, item 1: a sign-in made through a client belongs to it. Only that client refreshes it, and revoking the
/// client ends it: the refresh token at once, the access tokens within the revocation window, unused codes too.
#[actix_web::test]
async fn revoking_a_public_client_ends_its_sign_ins_and_only_it_may_refresh_them() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let other_client = public_client(&app, &owner).await;
    let issued = exchange(
        &app,
        &client_id,
        &sign_in(&app, &client_id, OWNER).await,
        VERIFIER,
        REDIRECT,
    )
    .await;
    assert_eq!(issued.status, 200, "{}", issued.text);
    let refresh_token = issued.body["refresh_token"].as_str().unwrap().to_string();

    // Without its client_id, or with another client's, the refresh is refused and the token stays usable.
    app.refresh_grant(&refresh_token)
        .await
        .assert_problem(400, "invalid_grant");
    refresh(&app, &other_client, &refresh_token)
        .await
        .assert_problem(400, "invalid_grant");
    let refreshed = refresh(&app, &client_id, &refresh_token).await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    let newest = access_token(&refreshed.body);
    let newest_refresh = refreshed.body["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    let unused_code = sign_in(&app, &client_id, OWNER).await;
    assert_eq!(app.get("/v1/me", Some(&newest)).await.status, 200);

    let id = app.get("/v1/api-clients", Some(&owner)).await.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client_id"] == client_id.as_str())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let revoked = app
        .delete(&format!("/v1/api-clients/{id}"), Some(&owner))
        .await;
    assert!(revoked.status < 300, "{}", revoked.text);

    refresh(&app, &client_id, &newest_refresh)
        .await
        .assert_problem(400, "invalid_grant");
    exchange(&app, &client_id, &unused_code, VERIFIER, REDIRECT)
        .await
        .assert_problem(400, "invalid_grant");
    eventually_refused(&app, &newest, "/v1/me").await;
    // The owner's own sign-in, made without the client, carries on.
    assert_eq!(app.get("/v1/me", Some(&owner)).await.status, 200);
}

#[actix_web::test]
async fn a_wrong_verifier_redirect_uri_or_client_and_an_expired_code_are_invalid_grant() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let other_client = public_client(&app, &owner).await;
    let code = sign_in(&app, &client_id, OWNER).await;

    let wrong_verifier = "A".repeat(43);
    for (client, verifier, redirect, why) in [
        (
            client_id.as_str(),
            wrong_verifier.as_str(),
            REDIRECT,
            "verifier",
        ),
        (
            client_id.as_str(),
            VERIFIER,
            "http://127.0.0.1:9999/other",
            "redirect_uri",
        ),
        (other_client.as_str(), VERIFIER, REDIRECT, "client"),
        ("rbc_unknown", VERIFIER, REDIRECT, "unknown client"),
    ] {
        let refused = exchange(&app, client, &code, verifier, redirect).await;
        let problem = refused.assert_problem(400, "invalid_grant");
        assert_eq!(problem["error"], "invalid_grant", "{why}");
    }
    exchange(&app, &client_id, "not-a-code", VERIFIER, REDIRECT)
        .await
        .assert_problem(400, "invalid_grant");
    // A malformed verifier is a bad request, before any lookup.
    let malformed = exchange(&app, &client_id, &code, "short", REDIRECT).await;
    assert_eq!(
        malformed.assert_problem(400, "invalid_request")["error"],
        "invalid_request"
    );
    // Failed attempts do not use the code up.
    assert_eq!(
        exchange(&app, &client_id, &code, VERIFIER, REDIRECT)
            .await
            .status,
        200
    );

    // A code lives 60 seconds.
    let late = sign_in(&app, &client_id, OWNER).await;
    app.clock.advance(chrono::Duration::seconds(61));
    let expired = exchange(&app, &client_id, &late, VERIFIER, REDIRECT).await;
    assert!(
        expired.assert_problem(400, "invalid_grant")["error_description"]
            .as_str()
            .unwrap()
            .contains("expired"),
        "{}",
        expired.text
    );
}

/// RFC 9700 §4.11.2: any workspace can register a public client with any https redirect URI, so a request that
/// names it is no reason to send the browser there. Errors found in the link itself are shown on Rebound's page (400),
/// never redirected automatically; the page offers a link back to the client, with the error, for the user to follow.
/// (Before: a 303 to the redirect URI, which made `/oauth/authorize` an open redirector.)
#[actix_web::test]
async fn pkce_with_s256_is_required_and_request_errors_are_shown_on_the_page_not_redirected() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;

    for (changes, error, says) in [
        (
            vec![("code_challenge_method", "plain")],
            "invalid_request",
            "S256",
        ),
        (
            vec![("code_challenge_method", "")],
            "invalid_request",
            "PKCE is required",
        ),
        (
            vec![("code_challenge", "")],
            "invalid_request",
            "code_challenge",
        ),
        (
            vec![("code_challenge", "too-short")],
            "invalid_request",
            "code_challenge",
        ),
        (
            vec![("response_type", "token")],
            "unsupported_response_type",
            "response_type=code",
        ),
        (
            vec![("response_type", "")],
            "invalid_request",
            "response_type",
        ),
        (vec![("scope", "admin")], "invalid_scope", "admin"),
        (
            vec![("scope", "webhooks:write")],
            "invalid_scope",
            "webhooks:write",
        ),
        (vec![("scope", "everything")], "invalid_scope", "everything"),
    ] {
        let response = app.get(&authorize_path(&client_id, &changes), None).await;
        assert_page(&response, 400, says);
        assert!(!response.text.contains("<form"), "no form for {changes:?}");
        assert!(response.header("content-security-policy").is_some());
        // The way back is a link the user may follow, naming where it goes, with the error for the client.
        let href = unescape(
            response
                .text
                .split("<a href=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("a link back for {changes:?}: {}", response.text)),
        );
        assert!(href.starts_with(&format!("{REDIRECT}?")), "{href}");
        // Spaces as %20, so a client decoding with decodeURIComponent (Swagger UI) shows a sentence, not "The+scope".
        let description = href.split("error_description=").nth(1).unwrap();
        assert!(
            description.contains("%20") && !description.contains('+'),
            "{href}"
        );
        let params: HashMap<String, String> = url::Url::parse(&href)
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect();
        assert_eq!(params["error"], error, "{changes:?}");
        assert_eq!(
            params.get("state").map(String::as_str),
            Some("xyz-123"),
            "{changes:?} {href}"
        );
        assert!(params.contains_key("error_description"));
        assert!(params.contains_key("iss"));
        assert!(!params.contains_key("code"));
        assert!(response.text.contains("127.0.0.1:9999"), "names the host");
    }
}

#[actix_web::test]
async fn an_unknown_client_or_unregistered_redirect_uri_is_stated_on_the_page_and_nobody_is_redirected(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let confidential = create_api_client(&app, &owner, &["interviews:read"]).await;
    let confidential_id = confidential["client"]["client_id"].as_str().unwrap();

    // 400: a parameter missing or repeated; 422: well-formed, but naming a client or redirect URI that cannot be used.
    let cases = [
        (
            authorize_path(&client_id, &[("redirect_uri", "https://evil.example/cb")]),
            "redirect_uri",
            422,
        ),
        (
            authorize_path(&client_id, &[("redirect_uri", "")]),
            "no redirect_uri",
            400,
        ),
        (authorize_path("rbc_unknown", &[]), "unknown client", 422),
        (authorize_path("", &[]), "no client_id", 400),
        (
            authorize_path(confidential_id, &[]),
            "confidential client",
            422,
        ),
        (
            format!("{}&state=again", authorize_path(&client_id, &[])),
            "more than once",
            400,
        ),
    ];
    for (path, says, status) in cases {
        let response = app.get(&path, None).await;
        assert_page(&response, status, says);
        assert!(response.header("content-security-policy").is_some());
        assert!(!response.text.contains("<form"), "no form for {says}");
    }
    // A revoked client is unknown.
    let clients = app.get("/v1/api-clients", Some(&owner)).await;
    let id = clients.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client_id"] == client_id.as_str())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        app.delete(&format!("/v1/api-clients/{id}"), Some(&owner))
            .await
            .status,
        200
    );
    assert_page(
        &app.get(&authorize_path(&client_id, &[]), None).await,
        422,
        "unknown client",
    );
}

#[actix_web::test]
async fn the_form_needs_its_own_fresh_csrf_token_and_a_same_origin_post() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let page = app.get(&authorize_path(&client_id, &[]), None).await;
    let sign_in = [
        ("email", OWNER),
        ("password", PASSWORD),
        ("decision", "allow"),
    ];

    // Without the token.
    let hidden: Vec<(String, String)> = hidden_fields(&page.text)
        .into_iter()
        .filter(|(n, _)| n != "csrf_token")
        .collect();
    let mut form: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    form.extend_from_slice(&sign_in);
    let missing = app
        .request(Method::POST, "/oauth/authorize")
        .form(&form)
        .send()
        .await;
    assert_page(&missing, 400, "security token");

    // With a token for another request (the state changed underneath it).
    let mut tampered: Vec<(String, String)> = hidden_fields(&page.text);
    for (name, value) in tampered.iter_mut() {
        if name == "state" {
            *value = "attacker".into();
        }
    }
    let mut form: Vec<(&str, &str)> = tampered
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    form.extend_from_slice(&sign_in);
    let changed = app
        .request(Method::POST, "/oauth/authorize")
        .form(&form)
        .send()
        .await;
    assert_page(&changed, 403, "expired or was changed");

    // Posted from another site, by Fetch Metadata or (from browsers without it) by Origin.
    for headers in [
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
        vec![("sec-fetch-site", "cross-site"), ("origin", "null")],
        vec![("origin", "https://evil.example")],
    ] {
        let cross = post_form_with(&app, &page, &sign_in, &headers).await;
        assert_page(&cross, 403, "another site");
    }
    // The browser's own same-origin post is fine: with the page's no-referrer policy, Chrome sends `Origin: null`.
    let origin = app.address.clone();
    for headers in [
        vec![("origin", "null"), ("sec-fetch-site", "same-origin")],
        vec![("origin", origin.as_str())],
    ] {
        let same = post_form_with(&app, &page, &sign_in, &headers).await;
        assert!(redirected_to(&same).contains_key("code"), "{headers:?}");
    }

    // A page left open for more than 15 minutes has expired.
    let old_page = app.get(&authorize_path(&client_id, &[]), None).await;
    app.clock.advance(chrono::Duration::minutes(16));
    assert_page(&post_form(&app, &old_page, &sign_in).await, 403, "expired");
}

#[actix_web::test]
async fn denying_sends_access_denied_back_with_the_state() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let page = app.get(&authorize_path(&client_id, &[]), None).await;
    let denied = post_form(&app, &page, &[("decision", "deny")]).await;
    let params = redirected_to(&denied);
    assert_eq!(params["error"], "access_denied");
    assert_eq!(params["state"], "xyz-123");
    assert!(!params.contains_key("code"));
}

#[actix_web::test]
async fn failed_sign_ins_on_the_page_and_the_password_grant_share_one_lockout() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
    })
    .await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let page = app.get(&authorize_path(&client_id, &[]), None).await;

    // A wrong password shows the form again, the error tied to the field; the e-mail stays filled in.
    let wrong = post_form(
        &app,
        &page,
        &[
            ("email", OWNER),
            ("password", "wrong password!"),
            ("decision", "allow"),
        ],
    )
    .await;
    assert_page(&wrong, 400, "The e-mail address or password is incorrect.");
    assert!(wrong.text.contains("aria-describedby=\"password-error\""));
    assert!(wrong.text.contains("aria-invalid=\"true\""));
    assert!(
        wrong.text.contains(&format!("value=\"{OWNER}\"")),
        "{}",
        wrong.text
    );
    // Missing fields are named too.
    let empty = post_form(&app, &page, &[("decision", "allow")]).await;
    assert_page(&empty, 400, "Enter the e-mail address");
    assert!(empty.text.contains("aria-describedby=\"email-error\""));

    // The second failure through the password grant, the third (which locks) through the page again.
    app.password_grant(OWNER, "wrong password!")
        .await
        .assert_problem(400, "invalid_grant");
    let again = app.get(&authorize_path(&client_id, &[]), None).await;
    let locked = post_form(
        &app,
        &again,
        &[
            ("email", OWNER),
            ("password", "wrong password!"),
            ("decision", "allow"),
        ],
    )
    .await;
    assert_page(&locked, 429, "Too many failed attempts");
    assert!(locked.header("retry-after").is_some());
    // Now neither way in works, even with the right password.
    app.password_grant(OWNER, PASSWORD)
        .await
        .assert_problem(429, "too_many_requests");
    let right = post_form(
        &app,
        &again,
        &[
            ("email", OWNER),
            ("password", PASSWORD),
            ("decision", "allow"),
        ],
    )
    .await;
    assert_page(&right, 429, "Too many failed attempts");
}

#[actix_web::test]
async fn a_user_of_another_workspace_cannot_sign_in_to_a_client() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let other_owner = app.owner_token("other@example.com").await;

    let code = {
        let page = app.get(&authorize_path(&client_id, &[]), None).await;
        post_form(
            &app,
            &page,
            &[
                ("email", "other@example.com"),
                ("password", PASSWORD),
                ("decision", "allow"),
            ],
        )
        .await
    };
    assert_page(&code, 403, "another Rebound workspace");
    // Nor can the other workspace see or use the client.
    let listed = app.get("/v1/api-clients", Some(&other_owner)).await;
    assert_eq!(listed.body["data"], json!([]));
}

#[actix_web::test]
async fn public_clients_have_no_secret_and_confidential_ones_work_as_before() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;

    for secret in ["", "rbs_guess"] {
        let refused = client_credentials(&app, &client_id, secret).await;
        assert!(
            refused.status == 400 || refused.status == 401,
            "{}",
            refused.text
        );
        assert_ne!(refused.status, 200);
    }
    client_credentials(&app, &client_id, "rbs_guess")
        .await
        .assert_problem(401, "invalid_client");
    let clients = app.get("/v1/api-clients", Some(&owner)).await;
    let id = clients.body["data"][0]["id"].as_str().unwrap().to_string();
    app.request(Method::POST, &format!("/v1/api-clients/{id}/rotate-secret"))
        .token(&owner)
        .send()
        .await
        .assert_problem(409, "public_client");
    // A secret sent with the authorization_code grant means the wrong kind of client.
    app.post_form(
        "/v1/auth/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", "x"),
            ("redirect_uri", REDIRECT),
            ("client_id", &client_id),
            ("client_secret", "rbs_x"),
            ("code_verifier", VERIFIER),
        ],
    )
    .await
    .assert_problem(401, "invalid_client");

    // A confidential client (the default) is what it always was.
    let confidential = create_api_client(&app, &owner, &["interviews:read"]).await;
    assert_eq!(confidential["client"]["type"], "confidential");
    assert_eq!(confidential["client"]["redirect_uris"], json!([]));
    let token = client_credentials(
        &app,
        confidential["client"]["client_id"].as_str().unwrap(),
        confidential["client_secret"].as_str().unwrap(),
    )
    .await;
    assert_eq!(token.status, 200, "{}", token.text);
}

#[actix_web::test]
async fn redirect_uris_are_checked_and_named_when_wrong() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token(OWNER).await;
    let create = |body: Value| {
        let app = &app;
        let owner = owner.clone();
        async move { app.post_json("/v1/api-clients", Some(&owner), &body).await }
    };
    // 400: outside the documented shape; 422: of that shape, but not usable or against the rule across `type`
    // and `redirect_uris`, which the schema does not state.
    for (body, field, status) in [
        (
            json!({"name": "P", "type": "public", "scopes": ["interviews:read"]}),
            "redirect_uris",
            422,
        ),
        (
            json!({"name": "P", "type": "public", "scopes": ["interviews:read"], "redirect_uris": []}),
            "redirect_uris",
            422,
        ),
        (
            json!({"name": "P", "type": "public", "scopes": ["interviews:read"], "redirect_uris": ["http://plugin.example/cb"]}),
            "redirect_uris[0]",
            422,
        ),
        (
            json!({"name": "P", "type": "public", "scopes": ["interviews:read"], "redirect_uris": ["https://plugin.example/cb", "https://plugin.example/cb#x"]}),
            "redirect_uris[1]",
            400,
        ),
        (
            json!({"name": "P", "type": "public", "scopes": ["interviews:read"], "redirect_uris": ["cb"]}),
            "redirect_uris[0]",
            400,
        ),
        (
            json!({"name": "C", "scopes": ["interviews:read"], "redirect_uris": ["https://plugin.example/cb"]}),
            "redirect_uris",
            422,
        ),
        (
            json!({"name": "P", "type": "secretive", "scopes": ["interviews:read"]}),
            "type",
            400,
        ),
    ] {
        let response = create(body.clone()).await;
        let code = if status == 400 {
            "validation_failed"
        } else {
            "unprocessable_value"
        };
        response.assert_problem(status, code);
        assert_eq!(response.error_fields(), vec![field.to_string()], "{body}");
    }
    for good in [
        "https://abcdefghijklmnop.chromiumapp.org/",
        "http://localhost:3000/cb",
        "http://[::1]:8000/cb",
    ] {
        let response = create(json!({"name": "P", "type": "public", "scopes": ["interviews:read"], "redirect_uris": [good]})).await;
        assert_eq!(response.status, 201, "{good}: {}", response.text);
    }
}

#[actix_web::test]
async fn the_demo_seeds_swagger_ui_as_a_public_client_that_signs_in_through_the_page() {
    use diesel::{Connection, RunQueryDsl};
    use rebound_service::demo::{swagger_ui_redirect_uris, SWAGGER_UI_CLIENT_ID};

    let app = TestApp::spawn().await;
    let url = app.database_url().to_string();
    actix_web::web::block(move || {
        let mut conn = diesel::PgConnection::establish(&url).unwrap();
        rebound_service::demo::seed(&mut conn, 8080).unwrap();
        // A demo seeded before the client existed gets it on the next run; seeding again changes nothing.
        diesel::sql_query("DELETE FROM api_clients")
            .execute(&mut conn)
            .unwrap();
        rebound_service::demo::seed(&mut conn, 8080).unwrap();
        rebound_service::demo::seed(&mut conn, 8080).unwrap();
    })
    .await
    .unwrap();

    let redirect = &swagger_ui_redirect_uris(8080)[0];
    let path = authorize_path(
        SWAGGER_UI_CLIENT_ID,
        &[
            ("redirect_uri", redirect),
            ("scope", "interviews:read interviews:write"),
        ],
    );
    let page = app.get(&path, None).await;
    assert!(page.text.contains("Swagger UI"), "{}", page.text);
    let done = post_form(
        &app,
        &page,
        &[
            ("email", rebound_service::demo::DEMO_EMAIL),
            ("password", rebound_service::demo::DEMO_PASSWORD),
            ("decision", "allow"),
        ],
    )
    .await;
    assert_eq!(done.status, 303, "{}", done.text);
    let location = url::Url::parse(done.header("location").unwrap()).unwrap();
    assert!(location.as_str().starts_with(redirect), "{location}");
    let code = location
        .query_pairs()
        .find(|(name, _)| name == "code")
        .unwrap()
        .1
        .into_owned();
    let issued = exchange(&app, SWAGGER_UI_CLIENT_ID, &code, VERIFIER, redirect).await;
    assert_eq!(issued.status, 200, "{}", issued.text);
    let interviews = app
        .get("/v1/interviews", Some(&access_token(&issued.body)))
        .await;
    assert_eq!(interviews.body["data"].as_array().unwrap().len(), 1);
}

/// Swagger UI's "select all" in a flow asks for every scope the document lists for that flow.
#[actix_web::test]
async fn select_all_in_swagger_uis_authorization_code_flow_asks_only_for_what_the_demo_client_holds(
) {
    use diesel::Connection;
    use rebound_service::demo::{swagger_ui_redirect_uris, SWAGGER_UI_CLIENT_ID};

    let app = TestApp::spawn().await;
    let url = app.database_url().to_string();
    actix_web::web::block(move || {
        let mut conn = diesel::PgConnection::establish(&url).unwrap();
        rebound_service::demo::seed(&mut conn, 8080).unwrap();
    })
    .await
    .unwrap();
    let document = app.get("/api-docs/openapi.json", None).await.body;
    let flows = &document["components"]["securitySchemes"]["oauth2"]["flows"];
    let listed = |flow: &str| -> Vec<String> {
        flows[flow]["scopes"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    for flow in ["authorizationCode", "clientCredentials"] {
        assert!(!listed(flow).contains(&"admin".to_string()), "{flow}");
    }
    assert!(listed("password").contains(&"admin".to_string()));

    let every_listed = listed("authorizationCode").join(" ");
    let redirect = &swagger_ui_redirect_uris(8080)[0];
    let page = app
        .get(
            &authorize_path(
                SWAGGER_UI_CLIENT_ID,
                &[("redirect_uri", redirect), ("scope", &every_listed)],
            ),
            None,
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert!(page.text.contains("<form"), "{}", page.text);
}

#[actix_web::test]
async fn a_malformed_code_verifier_is_refused_whatever_the_grant() {
    // The document gives `code_verifier` its RFC 7636 shape; a grant that does not use it must not accept a bad one.
    let app = TestApp::spawn().await;
    app.signup("owner@example.com").await;
    let refused = app
        .post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "password"),
                ("username", "owner@example.com"),
                ("password", PASSWORD),
                ("code_verifier", "too short"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert_eq!(refused.body["error"], "invalid_request");
    assert!(refused.body["error_description"]
        .as_str()
        .is_some_and(|d| d.contains("code_verifier")));
}

/// The visible text of a page: its markup and the hidden fields' values left out, entities as the browser shows them.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    let body = html.split("</style>").nth(1).unwrap_or(html);
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text)
}

#[actix_web::test]
async fn the_sign_in_page_speaks_canadian_french_when_the_browser_asks_for_it() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "2".into());
    })
    .await;
    let owner = app.owner_token(OWNER).await;
    let client_id = public_client(&app, &owner).await;
    let page = app
        .request(Method::GET, &authorize_path(&client_id, &[]))
        .header("accept-language", "fr-CA,fr;q=0.9,en;q=0.5")
        .send()
        .await;
    assert_page(&page, 200, "<html lang=\"fr-CA\">");
    assert_eq!(page.header("content-language"), Some("fr-CA"));
    for shown in [
        "<title>Connexion à Rebound – Rebound</title>",
        "<strong>Acme ATS plugin</strong> demande à utiliser votre compte Rebound. Après la connexion, vous \
         retournerez à <strong>127.0.0.1:9999</strong>, et Acme ATS plugin pourra\u{a0}:",
        "<code>interviews:read</code>: Consulter les candidats, les entrevues, les impairs et les évaluations",
        "<label for=\"email\">Adresse courriel</label>",
        "<label for=\"password\">Mot de passe</label>",
        ">Me connecter et autoriser</button>",
        ">Refuser</button>",
        "Rebound ne vous demande jamais votre mot de passe ailleurs.",
    ] {
        assert!(page.text.contains(shown), "{shown}: {}", page.text);
    }
    // Nothing English is left on the page but the names (the product, the client, the scope's wire name).
    let text = visible_text(&page.text);
    for english in [
        "Sign in", "Password", "E-mail", "Deny", "allow", "asks", "never",
    ] {
        assert!(!text.contains(english), "{english}: {text}");
    }

    // The form posted in French comes back in French, with its errors.
    let french = [("accept-language", "fr")];
    let sign_in = [
        ("email", OWNER),
        ("password", "wrong password!"),
        ("decision", "allow"),
    ];
    let wrong = post_form_with(&app, &page, &sign_in, &french).await;
    assert_page(
        &wrong,
        400,
        "L’adresse courriel ou le mot de passe est incorrect.",
    );
    assert_eq!(wrong.header("content-language"), Some("fr-CA"));
    let empty = post_form_with(&app, &page, &[("decision", "allow")], &french).await;
    assert_page(
        &empty,
        400,
        "Entrez l’adresse courriel de votre compte Rebound.",
    );
    assert!(
        empty.text.contains("Entrez votre mot de passe."),
        "{}",
        empty.text
    );
    let locked = post_form_with(&app, &page, &sign_in, &french).await;
    assert_page(
        &locked,
        429,
        "Trop de tentatives infructueuses pour ce compte. Réessayez dans",
    );
    assert!(locked.text.contains("\u{a0}secondes."), "{}", locked.text);

    // Without the header, or asking for another language, the page is the English one.
    for header in [None, Some("de-DE, en;q=0.5")] {
        let mut request = app.request(Method::GET, &authorize_path(&client_id, &[]));
        if let Some(value) = header {
            request = request.header("accept-language", value);
        }
        let english = request.send().await;
        assert_page(&english, 200, "<html lang=\"en\">");
        assert_eq!(english.header("content-language"), Some("en"));
        assert!(
            english.text.contains(
                "<strong>Acme ATS plugin</strong> asks to use your Rebound account. After you sign in, you go back \
                 to <strong>127.0.0.1:9999</strong>, and Acme ATS plugin may:"
            ),
            "{}",
            english.text
        );
        assert!(english.text.contains(">Sign in and allow</button>"));
    }
}
