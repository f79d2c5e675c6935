//! Owner-managed users, roles and tenant isolation.

use serde_json::json;

use crate::fixtures::user_of_role;
use crate::helpers::{access_token, TestApp, PASSWORD};

#[actix_web::test]
async fn an_owner_invites_a_candidate_with_a_generated_password_who_can_then_sign_in() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = app
        .post_json(
            "/v1/users",
            Some(&owner),
            &json!({"email": "Sam@Example.com", "display_name": "Sam Okafor", "role": "candidate"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["user"]["email"], "sam@example.com");
    assert_eq!(created.body["user"]["role"], "candidate");
    assert_eq!(created.header("etag"), Some("\"1\""));
    let id = created.body["user"]["id"].as_str().unwrap();
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/users/{id}").as_str())
    );
    let password = created.body["initial_password"].as_str().unwrap();
    assert!(password.len() >= 10);

    let token = app.login("sam@example.com", password).await;
    assert_eq!(
        token["scope"],
        "interviews:read interviews:write plans:write"
    );
    let me = app.get("/v1/me", Some(&access_token(&token))).await;
    assert_eq!(me.body["role"], "candidate");

    let fetched = app.get(&format!("/v1/users/{id}"), Some(&owner)).await;
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.body["display_name"], "Sam Okafor");
}

#[actix_web::test]
async fn candidates_and_coaches_cannot_manage_users_or_clients() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (_, candidate) = user_of_role(&app, &owner, "cand@example.com", "candidate").await;
    let (_, coach) = user_of_role(&app, &owner, "coach@example.com", "coach").await;
    for token in [&candidate, &coach] {
        app.get("/v1/users", Some(token))
            .await
            .assert_problem(403, "forbidden");
        app.get("/v1/api-clients", Some(token))
            .await
            .assert_problem(403, "forbidden");
        app.post_json(
            "/v1/users",
            Some(token),
            &json!({"email": "x@example.com", "display_name": "X", "role": "coach"}),
        )
        .await
        .assert_problem(403, "forbidden");
        app.post_json(
            "/v1/api-clients",
            Some(token),
            &json!({"name": "x", "scopes": ["admin"]}),
        )
        .await
        .assert_problem(403, "forbidden");
    }
}

#[actix_web::test]
async fn another_workspaces_user_ids_are_404_for_get_and_delete() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    let (id_in_b, _) = user_of_role(&app, &owner_b, "coach-b@example.com", "coach").await;

    app.get(&format!("/v1/users/{id_in_b}"), Some(&owner_a))
        .await
        .assert_problem(404, "not_found");
    app.delete(&format!("/v1/users/{id_in_b}"), Some(&owner_a))
        .await
        .assert_problem(404, "not_found");
    // Still there for its own workspace, and not listed in the other one.
    assert_eq!(
        app.get(&format!("/v1/users/{id_in_b}"), Some(&owner_b))
            .await
            .status,
        200
    );
    let listed_in_a = app.get("/v1/users", Some(&owner_a)).await;
    assert!(!listed_in_a.text.contains(&id_in_b));
}

#[actix_web::test]
async fn deleting_a_user_ends_their_refresh_tokens_and_an_owner_cannot_delete_themselves() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (id, _) = user_of_role(&app, &owner, "leaver@example.com", "coach").await;
    let leaver = app.login("leaver@example.com", PASSWORD).await;

    let deleted = app.delete(&format!("/v1/users/{id}"), Some(&owner)).await;
    assert_eq!(deleted.status, 204);
    app.get(&format!("/v1/users/{id}"), Some(&owner))
        .await
        .assert_problem(404, "not_found");
    let refresh = app
        .refresh_grant(leaver["refresh_token"].as_str().unwrap())
        .await;
    refresh.assert_problem(400, "invalid_grant");

    let me = app.get("/v1/me", Some(&owner)).await;
    let own_id = me.body["id"].as_str().unwrap();
    app.delete(&format!("/v1/users/{own_id}"), Some(&owner))
        .await
        .assert_problem(409, "cannot_delete_self");
}

#[actix_web::test]
async fn users_page_newest_first_with_an_opaque_cursor() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for n in 0..4 {
        user_of_role(&app, &owner, &format!("m{n}@example.com"), "coach").await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/users?limit=2&cursor={c}"),
            None => "/v1/users?limit=2".to_string(),
        };
        let page = app.get(&path, Some(&owner)).await;
        assert_eq!(page.status, 200, "{}", page.text);
        let data = page.body["data"].as_array().unwrap();
        assert!(data.len() <= 2);
        seen.extend(
            data.iter()
                .map(|u| u["email"].as_str().unwrap().to_string()),
        );
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(
        seen,
        vec![
            "m3@example.com",
            "m2@example.com",
            "m1@example.com",
            "m0@example.com",
            "owner@example.com"
        ]
    );
}

#[actix_web::test]
async fn inviting_with_an_unknown_role_or_a_taken_email_is_refused() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let bad_role = app
        .post_json(
            "/v1/users",
            Some(&owner),
            &json!({"email": "x@example.com", "display_name": "X", "role": "owner"}),
        )
        .await;
    bad_role.assert_problem(400, "validation_failed");
    assert_eq!(bad_role.error_fields(), vec!["role"]);
    let taken = app
        .post_json(
            "/v1/users",
            Some(&owner),
            &json!({"email": "owner@example.com", "display_name": "X", "role": "coach"}),
        )
        .await;
    taken.assert_problem(409, "email_taken");
}

#[actix_web::test]
async fn a_removed_users_and_a_revoked_clients_tokens_stop_working_within_seconds_everywhere() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (coach_id, coach) =
        crate::fixtures::user_of_role(&app, &owner, "coach@example.com", "coach").await;
    let client =
        crate::fixtures::create_api_client(&app, &owner, &["interviews:read", "interviews:write"])
            .await;
    let client_token = crate::helpers::access_token(
        &crate::fixtures::client_credentials(
            &app,
            client["client"]["client_id"].as_str().unwrap(),
            client["client_secret"].as_str().unwrap(),
        )
        .await
        .body,
    );
    for token in [&coach, &client_token] {
        assert_eq!(app.get("/v1/candidates", Some(token)).await.status, 200);
    }

    assert_eq!(
        app.delete(&format!("/v1/users/{coach_id}"), Some(&owner))
            .await
            .status,
        204
    );
    let client_id = client["client"]["id"].as_str().unwrap();
    assert_eq!(
        app.delete(&format!("/v1/api-clients/{client_id}"), Some(&owner))
            .await
            .status,
        200
    );

    // A second replica on the same database learns it from PostgreSQL, not from the first.
    let replica = TestApp::spawn_against(app.database_url()).await;
    for server in [&app, &replica] {
        crate::fixtures::eventually_refused(server, &coach, "/v1/candidates").await;
        crate::fixtures::eventually_refused(server, &client_token, "/v1/candidates").await;
    }
    // Writes too, and with the same answer.
    for token in [&coach, &client_token] {
        let write = app
            .post_json(
                "/v1/candidates",
                Some(token),
                &serde_json::json!({"display_name": "Late"}),
            )
            .await;
        write.assert_problem(401, "unauthorized");
    }
    // The owner, untouched, still works.
    assert_eq!(app.get("/v1/candidates", Some(&owner)).await.status, 200);
}
