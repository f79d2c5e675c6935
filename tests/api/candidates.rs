//! Candidates: CRUD, external ids, linked candidate users, optimistic concurrency and idempotent creation.

use reqwest::Method;
use serde_json::json;

use crate::fixtures::{
    candidate, candidate_user, create_candidate, create_concurrently_with_one_key, create_gaffe,
    gaffe_body, id, ids, interview, user_of_role,
};
use crate::helpers::{urlencode, TestApp};

#[actix_web::test]
async fn an_owner_creates_lists_reads_updates_and_deletes_a_candidate() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;

    let created = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "Jordan Reyes", "email": "Jordan.Reyes@Example.com", "external_id": "acme-48213", "notes": "Targeting analyst roles."}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let candidate_id = id(&created.body);
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/candidates/{candidate_id}").as_str())
    );
    assert_eq!(created.header("etag"), Some("\"1\""));
    assert_eq!(created.body["display_name"], "Jordan Reyes");
    assert_eq!(created.body["email"], "jordan.reyes@example.com");
    assert_eq!(created.body["external_id"], "acme-48213");
    assert_eq!(created.body["user_id"], serde_json::Value::Null);
    assert_eq!(created.body["notes"], "Targeting analyst roles.");
    assert_eq!(created.body["version"], 1);

    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(ids(&listed.body), vec![candidate_id.clone()]);
    assert_eq!(listed.body["next_cursor"], serde_json::Value::Null);

    let path = format!("/v1/candidates/{candidate_id}");
    let fetched = app.get(&path, Some(&owner)).await;
    assert_eq!(fetched.status, 200, "{}", fetched.text);
    assert_eq!(fetched.header("etag"), Some("\"1\""));
    assert_eq!(fetched.body, created.body);

    let updated = app
        .patch_json(
            &path,
            Some(&owner),
            &json!({"display_name": "Jordan A. Reyes", "email": null}),
        )
        .await;
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.body["display_name"], "Jordan A. Reyes");
    assert_eq!(updated.body["email"], serde_json::Value::Null);
    assert_eq!(
        updated.body["notes"], "Targeting analyst roles.",
        "absent fields stay as they are"
    );
    assert_eq!(updated.body["external_id"], "acme-48213");
    assert_eq!(updated.body["version"], 2);
    assert_eq!(updated.header("etag"), Some("\"2\""));

    let deleted = app.delete(&path, Some(&owner)).await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    app.get(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert!(ids(&listed.body).is_empty());
}

#[actix_web::test]
async fn invalid_candidate_fields_are_named() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let response = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "  ", "email": "not-an-email"}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    let mut fields = response.error_fields();
    fields.sort();
    assert_eq!(fields, vec!["display_name", "email"]);
    assert!(ids(&app.get("/v1/candidates", Some(&owner)).await.body).is_empty());
}

#[actix_web::test]
async fn external_ids_are_unique_within_a_workspace_and_find_the_candidate() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let first = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Jordan Reyes", "external_id": "acme user/48213"}),
    )
    .await;
    let second = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Sam Okafor", "external_id": "acme-2"}),
    )
    .await;

    app.post_json(
        "/v1/candidates",
        Some(&owner),
        &json!({"display_name": "Someone Else", "external_id": "acme user/48213"}),
    )
    .await
    .assert_problem(409, "external_id_taken");
    app.patch_json(
        &format!("/v1/candidates/{}", id(&second)),
        Some(&owner),
        &json!({"external_id": "acme user/48213"}),
    )
    .await
    .assert_problem(409, "external_id_taken");

    // Another workspace may use the same external id.
    let other_owner = app.owner_token("other@example.com").await;
    create_candidate(
        &app,
        &other_owner,
        &json!({"display_name": "Jordan Elsewhere", "external_id": "acme user/48213"}),
    )
    .await;

    let found = app
        .get(
            &format!(
                "/v1/candidates?external_id={}",
                urlencode("acme user/48213")
            ),
            Some(&owner),
        )
        .await;
    assert_eq!(found.status, 200, "{}", found.text);
    assert_eq!(ids(&found.body), vec![id(&first)]);
    let none = app
        .get("/v1/candidates?external_id=acme-404", Some(&owner))
        .await;
    assert_eq!(none.status, 200, "{}", none.text);
    assert!(ids(&none.body).is_empty());
    assert_eq!(
        ids(&app.get("/v1/candidates", Some(&owner)).await.body).len(),
        2,
        "the refused writes created nothing"
    );
}

#[actix_web::test]
async fn a_linked_candidate_user_sees_and_edits_only_their_own_record() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (user_id, candidate_token) = candidate_user(&app, &owner, "sam@example.com").await;
    let own = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Sam Okafor", "user_id": user_id, "external_id": "sam-1"}),
    )
    .await;
    assert_eq!(own["user_id"], user_id.as_str());
    let other = candidate(&app, &owner, "Jordan Reyes").await;

    let listed = app.get("/v1/candidates", Some(&candidate_token)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(ids(&listed.body), vec![id(&own)]);
    let by_external_id = app
        .get("/v1/candidates?external_id=sam-1", Some(&candidate_token))
        .await;
    assert_eq!(ids(&by_external_id.body), vec![id(&own)]);

    let own_path = format!("/v1/candidates/{}", id(&own));
    let other_path = format!("/v1/candidates/{}", id(&other));
    assert_eq!(app.get(&own_path, Some(&candidate_token)).await.status, 200);
    app.get(&other_path, Some(&candidate_token))
        .await
        .assert_problem(404, "not_found");
    app.patch_json(
        &other_path,
        Some(&candidate_token),
        &json!({"notes": "mine now"}),
    )
    .await
    .assert_problem(404, "not_found");

    app.post_json(
        "/v1/candidates",
        Some(&candidate_token),
        &json!({"display_name": "A Friend"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.patch_json(&own_path, Some(&candidate_token), &json!({"user_id": null}))
        .await
        .assert_problem(403, "forbidden");
    app.patch_json(
        &own_path,
        Some(&candidate_token),
        &json!({"external_id": "sam-2"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.delete(&own_path, Some(&candidate_token))
        .await
        .assert_problem(403, "forbidden");

    let edited = app
        .request(Method::PATCH, &own_path)
        .token(&candidate_token)
        .if_match("\"1\"")
        .json(&json!({"notes": "Now also open to FP&A roles."}))
        .send()
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text);
    assert_eq!(edited.body["notes"], "Now also open to FP&A roles.");
    assert_eq!(edited.body["user_id"], user_id.as_str());
    assert_eq!(edited.body["external_id"], "sam-1");

    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(ids(&listed.body).len(), 2, "nothing was created or deleted");
    let other_now = app.get(&other_path, Some(&owner)).await;
    assert_eq!(other_now.body, other, "the other record is untouched");
}

#[actix_web::test]
async fn linking_a_user_who_is_not_a_candidate_of_the_workspace_is_a_422_naming_user_id() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (coach_id, _) = user_of_role(&app, &owner, "coach@example.com", "coach").await;
    let owner_id = app.get("/v1/me", Some(&owner)).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let other_owner = app.owner_token("other@example.com").await;
    let (foreign_candidate_id, _) = candidate_user(&app, &other_owner, "foreign@example.com").await;

    for user_id in [
        coach_id.as_str(),
        owner_id.as_str(),
        foreign_candidate_id.as_str(),
        "01936f8e-0000-7000-8000-000000000000",
    ] {
        let response = app
            .post_json(
                "/v1/candidates",
                Some(&owner),
                &json!({"display_name": "Linked", "user_id": user_id}),
            )
            .await;
        response.assert_problem(422, "unprocessable_value");
        assert_eq!(response.error_fields(), vec!["user_id"], "{user_id}");
    }

    let existing = candidate(&app, &owner, "Jordan Reyes").await;
    let response = app
        .patch_json(
            &format!("/v1/candidates/{}", id(&existing)),
            Some(&owner),
            &json!({"user_id": coach_id}),
        )
        .await;
    response.assert_problem(422, "unprocessable_value");
    assert_eq!(response.error_fields(), vec!["user_id"]);
    assert!(ids(&app.get("/v1/candidates", Some(&owner)).await.body).len() == 1);
}

#[actix_web::test]
async fn a_candidate_user_can_be_linked_to_only_one_record() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (user_id, _) = candidate_user(&app, &owner, "sam@example.com").await;
    create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Sam Okafor", "user_id": user_id}),
    )
    .await;
    app.post_json(
        "/v1/candidates",
        Some(&owner),
        &json!({"display_name": "Sam Again", "user_id": user_id}),
    )
    .await
    .assert_problem(409, "user_already_linked");
}

#[actix_web::test]
async fn the_etag_is_the_version_and_a_stale_if_match_is_412() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = candidate(&app, &owner, "Jordan Reyes").await;
    let path = format!("/v1/candidates/{}", id(&created));

    let first = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"notes": "first edit"}))
        .send()
        .await;
    assert_eq!(first.status, 200, "{}", first.text);
    assert_eq!(first.body["version"], 2);
    assert_eq!(first.header("etag"), Some("\"2\""));
    let fetched = app.get(&path, Some(&owner)).await;
    assert_eq!(
        fetched.header("etag"),
        Some(format!("\"{}\"", fetched.body["version"]).as_str())
    );
    assert_eq!(fetched.header("etag"), Some("\"2\""));

    // A second writer still holding version 1 is refused, and nothing changes.
    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"notes": "lost update"}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    let unchanged = app.get(&path, Some(&owner)).await;
    assert_eq!(unchanged.body["notes"], "first edit");
    assert_eq!(unchanged.body["version"], 2);

    let second = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"2\"")
        .json(&json!({"notes": "second edit"}))
        .send()
        .await;
    assert_eq!(second.status, 200, "{}", second.text);
    assert_eq!(second.body["version"], 3);
    assert_eq!(second.body["notes"], "second edit");
    assert_eq!(second.header("etag"), Some("\"3\""));

    app.request(Method::DELETE, &path)
        .token(&owner)
        .if_match("\"2\"")
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    assert_eq!(app.get(&path, Some(&owner)).await.status, 200);
    assert_eq!(
        app.request(Method::DELETE, &path)
            .token(&owner)
            .if_match("\"3\"")
            .send()
            .await
            .status,
        204
    );
}

#[actix_web::test]
async fn a_retried_create_with_the_same_idempotency_key_replays_the_first_response() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let body = json!({"display_name": "Jordan Reyes", "external_id": "acme-1"});
    let key = "7f1c3a52-8f0e-4c59-9a57-3d1c0b5e2a11";

    let first = app
        .post_idempotent("/v1/candidates", &owner, key, &body)
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    assert_eq!(first.header("idempotent-replayed"), None);

    let retry = app
        .post_idempotent("/v1/candidates", &owner, key, &body)
        .await;
    assert_eq!(retry.status, 201, "{}", retry.text);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(id(&retry.body), id(&first.body));
    assert_eq!(retry.body, first.body);
    assert_eq!(retry.header("location"), first.header("location"));
    assert_eq!(retry.header("etag"), first.header("etag"));

    // A retry that re-serialises the same request (other key order, other spacing) is the same request.
    let reserialised = app
        .request(Method::POST, "/v1/candidates")
        .token(&owner)
        .idempotency_key(key)
        .header("content-type", "application/json")
        .body(r#"{ "external_id" : "acme-1",  "display_name" : "Jordan Reyes" }"#)
        .send()
        .await;
    assert_eq!(reserialised.status, 201, "{}", reserialised.text);
    assert_eq!(reserialised.header("idempotent-replayed"), Some("true"));

    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(ids(&listed.body), vec![id(&first.body)]);
}

#[actix_web::test]
async fn reusing_an_idempotency_key_with_a_different_body_is_422() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let key = "candidate-import-42";
    let first = app
        .post_idempotent(
            "/v1/candidates",
            &owner,
            key,
            &json!({"display_name": "Jordan Reyes"}),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.text);

    app.post_idempotent(
        "/v1/candidates",
        &owner,
        key,
        &json!({"display_name": "Sam Okafor"}),
    )
    .await
    .assert_problem(422, "idempotency_key_reused");
    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(ids(&listed.body), vec![id(&first.body)]);
}

#[actix_web::test]
async fn concurrent_retries_with_one_idempotency_key_create_exactly_one_candidate() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for round in 0..5 {
        let key = format!("concurrent-{round}");
        let body = json!({"display_name": "Jordan Reyes", "external_id": format!("acme-{round}")});
        create_concurrently_with_one_key(&app, "/v1/candidates", &owner, &key, &body).await;
    }
    let listed = app.get("/v1/candidates?limit=100", Some(&owner)).await;
    assert_eq!(ids(&listed.body).len(), 5);
}

#[actix_web::test]
async fn deleting_a_candidate_deletes_their_interviews_and_gaffes() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let leaving = candidate(&app, &owner, "Jordan Reyes").await;
    let staying = candidate(&app, &owner, "Sam Okafor").await;
    let gone = interview(&app, &owner, &id(&leaving)).await;
    let kept = interview(&app, &owner, &id(&staying)).await;
    let gaffe = create_gaffe(&app, &owner, &id(&gone), &gaffe_body("late")).await;

    let deleted = app
        .delete(&format!("/v1/candidates/{}", id(&leaving)), Some(&owner))
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    for path in [
        format!("/v1/interviews/{}", id(&gone)),
        format!("/v1/interviews/{}/gaffes/{}", id(&gone), id(&gaffe)),
        format!("/v1/interviews/{}/assessment", id(&gone)),
    ] {
        app.get(&path, Some(&owner))
            .await
            .assert_problem(404, "not_found");
    }
    let listed = app.get("/v1/interviews", Some(&owner)).await;
    assert_eq!(ids(&listed.body), vec![id(&kept)]);
}

#[actix_web::test]
async fn an_if_match_that_is_not_an_etag_is_a_400_naming_the_header() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = candidate(&app, &owner, "Jordan Reyes").await;
    let path = format!("/v1/candidates/{}", id(&created));
    let response = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("version-one")
        .json(&json!({"notes": "x"}))
        .send()
        .await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(response.error_fields(), vec!["If-Match"]);
    let star = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("*")
        .json(&json!({"notes": "x"}))
        .send()
        .await;
    assert_eq!(star.status, 200, "{}", star.text);
    assert_eq!(star.body["version"], 2);
}

#[actix_web::test]
async fn once_unlinked_a_candidate_user_can_no_longer_write_the_record_or_its_interviews() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (user_id, candidate_token) = candidate_user(&app, &owner, "sam@example.com").await;
    let own = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Sam Okafor", "user_id": user_id}),
    )
    .await;
    let logged = interview(&app, &owner, &id(&own)).await;
    let own_path = format!("/v1/candidates/{}", id(&own));
    let interview_path = format!("/v1/interviews/{}", id(&logged));
    let gaffes_path = format!("{interview_path}/gaffes");
    let linked = app
        .patch_json(
            &own_path,
            Some(&candidate_token),
            &json!({"notes": "still mine"}),
        )
        .await;
    assert_eq!(linked.status, 200, "{}", linked.text);

    let unlinked = app
        .patch_json(&own_path, Some(&owner), &json!({"user_id": null}))
        .await;
    assert_eq!(unlinked.status, 200, "{}", unlinked.text);
    assert_eq!(unlinked.body["user_id"], serde_json::Value::Null);

    app.patch_json(
        &own_path,
        Some(&candidate_token),
        &json!({"notes": "mine again"}),
    )
    .await
    .assert_problem(404, "not_found");
    app.patch_json(
        &interview_path,
        Some(&candidate_token),
        &json!({"self_rating": 1}),
    )
    .await
    .assert_problem(404, "not_found");
    app.post_json(&gaffes_path, Some(&candidate_token), &gaffe_body("late"))
        .await
        .assert_problem(404, "not_found");
    let now = app.get(&own_path, Some(&owner)).await;
    assert_eq!(now.body["notes"], "still mine");
    assert_eq!(
        app.get(&interview_path, Some(&owner)).await.body["version"],
        logged["version"],
        "the interview is untouched"
    );
}
