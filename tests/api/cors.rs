//! CORS as a browser plugin meets it: origins allowed by the operator or registered by a workspace owner get
//! preflights answered and responses readable; other origins get nothing (and are still served); a workspace's
//! origin cannot read responses made with another workspace's token.

use reqwest::Method;
use serde_json::json;

use crate::fixtures::{id, user_of_role};
use crate::helpers::{Response, TestApp};

const PLUGIN: &str = "https://plugin.example.com";
const OTHER: &str = "https://elsewhere.example.net";

/// A browser's preflight for `method` on `path` from `origin`, announcing `headers`.
async fn preflight(
    app: &TestApp,
    path: &str,
    origin: &str,
    method: &str,
    headers: &str,
) -> Response {
    app.request(Method::OPTIONS, path)
        .header("origin", origin)
        .header("access-control-request-method", method)
        .header("access-control-request-headers", headers)
        .send()
        .await
}

/// A cross-origin GET with a bearer token (or none).
async fn get_from(app: &TestApp, path: &str, origin: &str, token: Option<&str>) -> Response {
    app.request(Method::GET, path)
        .maybe_token(token)
        .header("origin", origin)
        .send()
        .await
}

/// Every `Access-Control-*` header name of a response.
fn cors_headers(response: &Response) -> Vec<String> {
    response
        .headers
        .keys()
        .map(|name| name.as_str().to_string())
        .filter(|name| name.starts_with("access-control-"))
        .collect()
}

fn listed(response: &Response, header: &str) -> Vec<String> {
    response
        .header(header)
        .unwrap_or_default()
        .split(',')
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

/// Asserts an accepted preflight for `origin`: 204 with the methods, headers and max age, never credentials.
fn assert_preflight_accepted(response: &Response, origin: &str) {
    assert_eq!(response.status, 204, "{}", response.text);
    assert_eq!(response.header("access-control-allow-origin"), Some(origin));
    let methods = listed(response, "access-control-allow-methods");
    for method in ["get", "post", "patch", "delete"] {
        assert!(methods.contains(&method.to_string()), "{methods:?}");
    }
    let headers = listed(response, "access-control-allow-headers");
    for header in [
        "authorization",
        "content-type",
        "if-match",
        "if-none-match",
        "idempotency-key",
        "prefer",
        "x-request-id",
    ] {
        assert!(headers.contains(&header.to_string()), "{headers:?}");
    }
    assert_eq!(response.header("access-control-max-age"), Some("600"));
    assert!(listed(response, "vary").contains(&"origin".to_string()));
    assert!(response
        .header("access-control-allow-credentials")
        .is_none());
}

/// Asserts an actual response readable by `origin`: its own origin (never `*`), the exposed headers, no credentials.
fn assert_readable_by(response: &Response, origin: &str) {
    assert_eq!(response.header("access-control-allow-origin"), Some(origin));
    let exposed = listed(response, "access-control-expose-headers");
    for header in [
        "etag",
        "location",
        "idempotent-replayed",
        "x-request-id",
        "retry-after",
        "ratelimit",
        "ratelimit-policy",
    ] {
        assert!(exposed.contains(&header.to_string()), "{exposed:?}");
    }
    assert!(response
        .header("access-control-allow-credentials")
        .is_none());
    assert!(listed(response, "vary").contains(&"origin".to_string()));
}

async fn add_origin(app: &TestApp, token: &str, origin: &str) -> Response {
    app.post_json(
        "/v1/cors-origins",
        Some(token),
        &json!({ "origin": origin }),
    )
    .await
}

#[actix_web::test]
async fn an_origin_from_the_environment_gets_preflights_answered_and_responses_readable() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_CORS_ORIGINS".into(), PLUGIN.into());
    })
    .await;
    let token = app.owner_token("ada@example.com").await;

    let answered = preflight(
        &app,
        "/v1/candidates",
        PLUGIN,
        "POST",
        "authorization, content-type, idempotency-key",
    )
    .await;
    assert_preflight_accepted(&answered, PLUGIN);

    let me = get_from(&app, "/v1/me", PLUGIN, Some(&token)).await;
    assert_eq!(me.status, 200, "{}", me.text);
    assert_readable_by(&me, PLUGIN);

    // Errors are readable too, so a plugin can show the problem.
    let missing = get_from(
        &app,
        "/v1/candidates/00000000-0000-7000-8000-000000000000",
        PLUGIN,
        Some(&token),
    )
    .await;
    missing.assert_problem(404, "not_found");
    assert_readable_by(&missing, PLUGIN);
}

#[actix_web::test]
async fn origins_not_allowed_get_no_cors_headers_and_are_still_served() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_CORS_ORIGINS".into(), PLUGIN.into());
    })
    .await;
    let token = app.owner_token("ada@example.com").await;

    let served = get_from(&app, "/v1/me", OTHER, Some(&token)).await;
    assert_eq!(served.status, 200, "{}", served.text);
    assert!(cors_headers(&served).is_empty(), "{:?}", served.headers);

    // Server to server: no Origin, no CORS headers, served as always.
    let plain = app.get("/v1/me", Some(&token)).await;
    assert_eq!(plain.status, 200);
    assert!(cors_headers(&plain).is_empty(), "{:?}", plain.headers);

    let refused = preflight(&app, "/v1/me", OTHER, "GET", "authorization").await;
    refused.assert_problem(400, "cors_preflight_refused");
    assert!(cors_headers(&refused).is_empty(), "{:?}", refused.headers);
    assert!(refused.body["detail"].as_str().unwrap().contains("origin"));

    // An allowed origin asking for a header the API does not take is refused, saying so.
    let odd_header = preflight(&app, "/v1/me", PLUGIN, "GET", "x-custom-thing").await;
    odd_header.assert_problem(400, "cors_preflight_refused");
    assert!(odd_header.header("access-control-allow-origin").is_none());
}

#[actix_web::test]
async fn an_owner_registers_a_plugin_origin_and_it_is_allowed_until_removed() {
    let app = TestApp::spawn().await;
    let token = app.owner_token("ada@example.com").await;
    assert_eq!(
        preflight(&app, "/v1/me", PLUGIN, "GET", "authorization")
            .await
            .status,
        400
    );

    let created = add_origin(&app, &token, PLUGIN).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["origin"], PLUGIN);
    let origin_id = id(&created.body);
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/cors-origins/{origin_id}").as_str())
    );

    // No waiting for the periodic reload: the replica that registered it knows at once.
    assert_preflight_accepted(
        &preflight(&app, "/v1/me", PLUGIN, "GET", "authorization").await,
        PLUGIN,
    );
    assert_readable_by(
        &get_from(&app, "/v1/me", PLUGIN, Some(&token)).await,
        PLUGIN,
    );
    assert!(cors_headers(&get_from(&app, "/v1/me", OTHER, Some(&token)).await).is_empty());

    let listed = app.get("/v1/cors-origins", Some(&token)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(listed.body["data"][0]["id"], origin_id.as_str());
    assert_eq!(listed.body["next_cursor"], serde_json::Value::Null);
    let one = app
        .get(&format!("/v1/cors-origins/{origin_id}"), Some(&token))
        .await;
    assert_eq!(one.body["origin"], PLUGIN);

    let removed = app
        .delete(&format!("/v1/cors-origins/{origin_id}"), Some(&token))
        .await;
    assert_eq!(removed.status, 204, "{}", removed.text);
    preflight(&app, "/v1/me", PLUGIN, "GET", "authorization")
        .await
        .assert_problem(400, "cors_preflight_refused");
    let after = get_from(&app, "/v1/me", PLUGIN, Some(&token)).await;
    assert_eq!(after.status, 200);
    assert!(cors_headers(&after).is_empty(), "{:?}", after.headers);
    app.get(&format!("/v1/cors-origins/{origin_id}"), Some(&token))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn a_workspaces_origin_cannot_read_responses_made_with_another_workspaces_token() {
    let app = TestApp::spawn().await;
    let a = app.owner_token("ada@example.com").await;
    let b = app.owner_token("bo@example.com").await;
    assert_eq!(add_origin(&app, &a, PLUGIN).await.status, 201);

    assert_readable_by(&get_from(&app, "/v1/me", PLUGIN, Some(&a)).await, PLUGIN);
    let with_b = get_from(&app, "/v1/me", PLUGIN, Some(&b)).await;
    assert_eq!(with_b.status, 200);
    assert!(cors_headers(&with_b).is_empty(), "{:?}", with_b.headers);
    // Without a token (the token endpoint, sign-up, the catalogue) the origin counts as allowed: the plugin must
    // be able to sign in before it has a token.
    let public = get_from(&app, "/v1/gaffe-kinds", PLUGIN, None).await;
    assert_eq!(public.status, 200);
    assert_readable_by(&public, PLUGIN);
}

#[actix_web::test]
async fn only_owners_manage_origins() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("ada@example.com").await;
    let created = add_origin(&app, &owner, PLUGIN).await;
    let path = format!("/v1/cors-origins/{}", id(&created.body));
    let (_, coach) = user_of_role(&app, &owner, "coach@example.com", "coach").await;

    add_origin(&app, &coach, OTHER)
        .await
        .assert_problem(403, "forbidden");
    app.get("/v1/cors-origins", Some(&coach))
        .await
        .assert_problem(403, "forbidden");
    app.get(&path, Some(&coach))
        .await
        .assert_problem(403, "forbidden");
    app.delete(&path, Some(&coach))
        .await
        .assert_problem(403, "forbidden");
    app.get("/v1/cors-origins", None)
        .await
        .assert_problem(401, "unauthorized");
    assert_eq!(app.get(&path, Some(&owner)).await.status, 200);
}

#[actix_web::test]
async fn another_workspaces_origin_is_404_and_stays() {
    let app = TestApp::spawn().await;
    let a = app.owner_token("ada@example.com").await;
    let b = app.owner_token("bo@example.com").await;
    let path = format!(
        "/v1/cors-origins/{}",
        id(&add_origin(&app, &a, PLUGIN).await.body)
    );

    app.get(&path, Some(&b))
        .await
        .assert_problem(404, "not_found");
    app.delete(&path, Some(&b))
        .await
        .assert_problem(404, "not_found");
    let b_list = app.get("/v1/cors-origins", Some(&b)).await;
    assert_eq!(b_list.body["data"], json!([]));
    assert_eq!(app.get(&path, Some(&a)).await.status, 200);
    assert_preflight_accepted(
        &preflight(&app, "/v1/me", PLUGIN, "GET", "authorization").await,
        PLUGIN,
    );
}

#[actix_web::test]
async fn origins_that_are_not_serialized_https_origins_are_400_naming_origin() {
    let app = TestApp::spawn().await;
    let token = app.owner_token("ada@example.com").await;
    for bad in [
        "",
        "plugin.example.com",
        "https://plugin.example.com/",
        "https://plugin.example.com/app",
        "https://plugin.example.com?x=1",
        "https://plugin.example.com#x",
        "https://Plugin.Example.com",
        "https://*.example.com",
        "*",
        "null",
        "http://plugin.example.com",
        "ftp://plugin.example.com",
        &format!("https://{}.example.com", "a".repeat(250)),
    ] {
        let refused = add_origin(&app, &token, bad).await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(
            refused.error_fields(),
            vec!["origin"],
            "{bad:?}: {}",
            refused.text
        );
    }
    // Of the documented shape, but still not a serialized origin: a 422 with the same reasons.
    for unusable in [
        "https://plugin.example.com:443",
        "https://1",
        "https://plugin.example.com:99999",
    ] {
        let refused = add_origin(&app, &token, unusable).await;
        refused.assert_problem(422, "unprocessable_value");
        assert_eq!(
            refused.error_fields(),
            vec!["origin"],
            "{unusable:?}: {}",
            refused.text
        );
    }
    let mistaken = add_origin(&app, &token, "https://plugin.example.com/").await;
    assert!(
        mistaken
            .text
            .contains("did you mean https://plugin.example.com?"),
        "{}",
        mistaken.text
    );
    // A developer's local plugin, in development.
    assert_eq!(
        add_origin(&app, &token, "http://localhost:5173")
            .await
            .status,
        201
    );
    let nothing = app.get("/v1/cors-origins", Some(&token)).await;
    assert_eq!(nothing.body["data"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn a_duplicate_origin_is_409_while_another_workspace_may_register_it() {
    let app = TestApp::spawn().await;
    let a = app.owner_token("ada@example.com").await;
    let b = app.owner_token("bo@example.com").await;
    assert_eq!(add_origin(&app, &a, PLUGIN).await.status, 201);
    let again = add_origin(&app, &a, PLUGIN).await;
    again.assert_problem(409, "origin_taken");
    assert!(again.body["detail"].as_str().unwrap().contains("origin"));
    assert_eq!(add_origin(&app, &b, PLUGIN).await.status, 201);

    // Removing it from one workspace leaves the other's in force.
    let a_list = app.get("/v1/cors-origins", Some(&a)).await;
    let a_id = a_list.body["data"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        app.delete(&format!("/v1/cors-origins/{a_id}"), Some(&a))
            .await
            .status,
        204
    );
    assert_readable_by(&get_from(&app, "/v1/me", PLUGIN, Some(&b)).await, PLUGIN);
    assert!(cors_headers(&get_from(&app, "/v1/me", PLUGIN, Some(&a)).await).is_empty());
}

#[actix_web::test]
async fn another_replica_learns_registered_and_removed_origins_from_the_database() {
    let app = TestApp::spawn().await;
    let replica = TestApp::spawn_against_with(app.database_url(), |vars| {
        vars.insert("REBOUND_CORS_REFRESH_SECS".into(), "1".into());
    })
    .await;
    let token = app.owner_token("ada@example.com").await;

    /// Polls `replica` (reloading every second) until its preflight answers `status`.
    async fn eventually(replica: &TestApp, status: u16) -> Response {
        let awaited = format!("the replica's preflight to answer {status}");
        crate::helpers::eventually(&awaited, || async {
            let answer = preflight(replica, "/v1/me", PLUGIN, "GET", "authorization").await;
            if answer.status == status {
                Ok(answer)
            } else {
                Err(format!("{} {}", answer.status, answer.text))
            }
        })
        .await
    }

    let created = add_origin(&app, &token, PLUGIN).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_preflight_accepted(&eventually(&replica, 204).await, PLUGIN);
    assert_readable_by(
        &get_from(&replica, "/v1/me", PLUGIN, Some(&token)).await,
        PLUGIN,
    );

    let path = format!("/v1/cors-origins/{}", id(&created.body));
    assert_eq!(app.delete(&path, Some(&token)).await.status, 204);
    eventually(&replica, 400)
        .await
        .assert_problem(400, "cors_preflight_refused");
    assert!(cors_headers(&get_from(&replica, "/v1/me", PLUGIN, Some(&token)).await).is_empty());
}
