//! Gaffes: CRUD under an interview, question_index validation, the interview's version moving with its gaffes,
//! If-Match, and the public gaffe catalogue.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    candidate, create_concurrently_with_one_key, create_gaffe, gaffe_body, id, ids, interview,
    owner_with_interview,
};
use crate::helpers::TestApp;

async fn interview_etag(app: &TestApp, token: &str, interview_id: &str) -> String {
    let fetched = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(token))
        .await;
    assert_eq!(fetched.status, 200, "{}", fetched.text);
    fetched.header("etag").expect("interview ETag").to_string()
}

#[actix_web::test]
async fn gaffes_are_logged_listed_read_updated_and_deleted() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let collection = format!("/v1/interviews/{interview_id}/gaffes");

    let created = app
        .post_json(
            &collection,
            Some(&owner),
            &json!({
                "kind": "wrong_interviewer_name",
                "description": "Called the finance director Arnold twice; his name is Armin.",
                "noticed": "certain",
                "moment": "mid"
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let gaffe_id = id(&created.body);
    let path = format!("{collection}/{gaffe_id}");
    assert_eq!(created.header("location"), Some(path.as_str()));
    assert_eq!(created.header("etag"), Some("\"1\""));
    assert_eq!(created.body["interview_id"], interview_id.as_str());
    assert_eq!(created.body["kind"], "wrong_interviewer_name");
    assert_eq!(created.body["noticed"], "certain");
    assert_eq!(created.body["moment"], "mid");
    assert_eq!(created.body["corrected_in_interview"], false);
    assert_eq!(created.body["extenuating_circumstance"], Value::Null);
    assert_eq!(created.body["question_index"], Value::Null);
    assert_eq!(created.body["version"], 1);

    let second = create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "salary_blank", "noticed": "likely", "moment": "closing", "question_index": 0, "extenuating_circumstance": "Had just heard of a family emergency."}),
    )
    .await;
    assert_eq!(second["question_index"], 0);
    assert_eq!(
        second["extenuating_circumstance"],
        "Had just heard of a family emergency."
    );

    let listed = app.get(&collection, Some(&owner)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(
        ids(&listed.body),
        vec![gaffe_id.clone(), id(&second)],
        "in the order logged"
    );

    let fetched = app.get(&path, Some(&owner)).await;
    assert_eq!(fetched.status, 200, "{}", fetched.text);
    assert_eq!(fetched.header("etag"), Some("\"1\""));
    assert_eq!(fetched.body, created.body);

    let updated = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"noticed": "likely", "corrected_in_interview": true, "description": null}))
        .send()
        .await;
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.header("etag"), Some("\"2\""));
    assert_eq!(updated.body["version"], 2);
    assert_eq!(updated.body["noticed"], "likely");
    assert_eq!(updated.body["corrected_in_interview"], true);
    assert_eq!(updated.body["description"], Value::Null);
    assert_eq!(updated.body["kind"], "wrong_interviewer_name");
    assert_eq!(updated.body["moment"], "mid");

    let deleted = app.delete(&path, Some(&owner)).await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    app.get(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
    let listed = app.get(&collection, Some(&owner)).await;
    assert_eq!(ids(&listed.body), vec![id(&second)]);

    // Deleting the interview takes its gaffes with it.
    assert_eq!(
        app.delete(&format!("/v1/interviews/{interview_id}"), Some(&owner))
            .await
            .status,
        204
    );
    app.get(&collection, Some(&owner))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn invalid_gaffe_fields_are_named() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let collection = format!("/v1/interviews/{}/gaffes", id(&logged));
    for (body, field) in [
        (
            json!({"kind": "spilled_coffee", "noticed": "certain", "moment": "mid"}),
            "kind",
        ),
        (
            json!({"kind": "late", "noticed": "maybe", "moment": "mid"}),
            "noticed",
        ),
        (json!({"kind": "late", "noticed": "certain"}), "moment"),
        (
            json!({"kind": "late", "noticed": "certain", "moment": "mid", "question_index": -1}),
            "question_index",
        ),
        (
            json!({"kind": "late", "noticed": "certain", "moment": "mid", "extenuating_circumstance": ""}),
            "extenuating_circumstance",
        ),
    ] {
        let response = app.post_json(&collection, Some(&owner), &body).await;
        response.assert_problem(400, "validation_failed");
        assert_eq!(response.error_fields(), vec![field], "{}", response.text);
    }
    assert!(ids(&app.get(&collection, Some(&owner)).await.body).is_empty());
}

#[actix_web::test]
async fn a_question_index_outside_the_interviews_questions_is_422() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let collection = format!("/v1/interviews/{interview_id}/gaffes");
    assert_eq!(logged["questions"].as_array().unwrap().len(), 3);

    let mut body = gaffe_body("salary_blank");
    body["question_index"] = json!(3);
    let response = app.post_json(&collection, Some(&owner), &body).await;
    response.assert_problem(422, "unprocessable_value");
    assert_eq!(response.error_fields(), vec!["question_index"]);
    assert_eq!(
        interview_etag(&app, &owner, &interview_id).await,
        "\"1\"",
        "a refused gaffe does not touch the interview"
    );

    body["question_index"] = json!(2);
    let gaffe = create_gaffe(&app, &owner, &interview_id, &body).await;
    assert_eq!(gaffe["question_index"], 2);

    let response = app
        .patch_json(
            &format!("{collection}/{}", id(&gaffe)),
            Some(&owner),
            &json!({"question_index": 7}),
        )
        .await;
    response.assert_problem(422, "unprocessable_value");
    assert_eq!(response.error_fields(), vec!["question_index"]);

    // An interview without questions accepts no question_index at all.
    let bare = interview(&app, &owner, logged["candidate_id"].as_str().unwrap()).await;
    body["question_index"] = json!(0);
    let response = app
        .post_json(
            &format!("/v1/interviews/{}/gaffes", id(&bare)),
            Some(&owner),
            &body,
        )
        .await;
    response.assert_problem(422, "unprocessable_value");
    assert_eq!(response.error_fields(), vec!["question_index"]);
}

#[actix_web::test]
async fn logging_updating_and_deleting_a_gaffe_moves_the_interviews_etag() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    assert_eq!(interview_etag(&app, &owner, &interview_id).await, "\"1\"");

    let gaffe = create_gaffe(&app, &owner, &interview_id, &gaffe_body("late")).await;
    let after_create = interview_etag(&app, &owner, &interview_id).await;
    assert_eq!(after_create, "\"2\"");

    // Someone who read the interview before the gaffe was logged is now stale.
    app.request(Method::PATCH, &format!("/v1/interviews/{interview_id}"))
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"self_rating": 1}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");

    let path = format!("/v1/interviews/{interview_id}/gaffes/{}", id(&gaffe));
    let updated = app
        .patch_json(&path, Some(&owner), &json!({"moment": "arrival"}))
        .await;
    assert_eq!(updated.status, 200, "{}", updated.text);
    let after_update = interview_etag(&app, &owner, &interview_id).await;
    assert_eq!(after_update, "\"3\"");

    assert_eq!(app.delete(&path, Some(&owner)).await.status, 204);
    let after_delete = interview_etag(&app, &owner, &interview_id).await;
    assert_eq!(after_delete, "\"4\"");
    let fetched = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(fetched.body["version"], 4);
}

#[actix_web::test]
async fn a_stale_if_match_on_a_gaffe_is_412() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let gaffe = create_gaffe(&app, &owner, &interview_id, &gaffe_body("rambling")).await;
    let path = format!("/v1/interviews/{interview_id}/gaffes/{}", id(&gaffe));

    let first = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"noticed": "unsure"}))
        .send()
        .await;
    assert_eq!(first.status, 200, "{}", first.text);
    assert_eq!(first.header("etag"), Some("\"2\""));

    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"noticed": "certain"}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    app.request(Method::DELETE, &path)
        .token(&owner)
        .if_match("\"1\"")
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    let now = app.get(&path, Some(&owner)).await;
    assert_eq!(now.body["noticed"], "unsure");
    assert_eq!(now.body["version"], 2);
    assert_eq!(
        interview_etag(&app, &owner, &interview_id).await,
        "\"3\"",
        "refused writes do not touch the interview"
    );

    // If-Match compares strongly (RFC 9110): a weak tag never matches, even the current version's.
    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("W/\"2\"")
        .json(&json!({"noticed": "certain"}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    // A bare version is read as its tag: a stale one is a 412 like any other.
    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("1")
        .json(&json!({"noticed": "certain"}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"2")
        .json(&json!({"noticed": "certain"}))
        .send()
        .await
        .assert_problem(400, "validation_failed");
    let second = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"2\"")
        .json(&json!({"noticed": "certain"}))
        .send()
        .await;
    assert_eq!(second.status, 200, "{}", second.text);
    assert_eq!(second.body["version"], 3);
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
async fn the_gaffe_catalogue_lists_every_seed_kind_with_its_guidance() {
    let app = TestApp::spawn().await;
    let response = app.get("/v1/gaffe-kinds", None).await;
    assert_eq!(response.status, 200, "{}", response.text);
    let entries = response.body["data"].as_array().expect("data array");
    assert!(entries.len() >= 14, "only {} categories", entries.len());

    let kinds: Vec<&str> = entries
        .iter()
        .map(|e| e["kind"].as_str().expect("kind"))
        .collect();
    for seed in [
        "wrong_interviewer_name",
        "inappropriate_attire",
        "salary_blank",
        "inappropriate_question",
        "weak_behavioral_answer",
        "late",
        "omitted_key_experience",
        "misread_body_language",
    ] {
        assert!(kinds.contains(&seed), "{seed} missing from {kinds:?}");
        let entry = entries.iter().find(|e| e["kind"] == seed).unwrap();
        assert_eq!(entry["classic"], true, "{seed}");
    }
    let mut unique = kinds.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), kinds.len(), "kinds are listed once each");

    for entry in entries {
        let kind = &entry["kind"];
        for text in ["title", "prevention"] {
            assert!(
                entry[text].as_str().is_some_and(|s| !s.trim().is_empty()),
                "{kind}: {text}"
            );
        }
        let severity = entry["base_severity"].as_u64().expect("base_severity");
        assert!((1..=10).contains(&severity), "{kind}: severity {severity}");
        assert!(
            ["high", "medium", "low"].contains(&entry["recoverability"].as_str().unwrap_or("")),
            "{kind}: recoverability {}",
            entry["recoverability"]
        );
        assert!(
            [
                "note_correction",
                "note_addendum",
                "reference_mention",
                "none"
            ]
            .contains(&entry["repair"].as_str().unwrap_or("")),
            "{kind}: repair {}",
            entry["repair"]
        );
    }

    // Every listed kind can be logged.
    let (owner, logged) = {
        let owner = app.owner_token("owner@example.com").await;
        let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
        let logged = interview(&app, &owner, &person).await;
        (owner, logged)
    };
    for kind in &kinds {
        create_gaffe(&app, &owner, &id(&logged), &gaffe_body(kind)).await;
    }
    let listed = app
        .get(
            &format!("/v1/interviews/{}/gaffes", id(&logged)),
            Some(&owner),
        )
        .await;
    assert_eq!(ids(&listed.body).len(), kinds.len());
}

#[actix_web::test]
async fn concurrent_retries_with_one_idempotency_key_log_one_gaffe() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let collection = format!("/v1/interviews/{}/gaffes", id(&logged));
    let body = gaffe_body("late");
    let created =
        create_concurrently_with_one_key(&app, &collection, &owner, "gaffe-1", &body).await;
    assert_eq!(
        ids(&app.get(&collection, Some(&owner)).await.body),
        vec![id(&created)]
    );
    assert_eq!(interview_etag(&app, &owner, &id(&logged)).await, "\"2\"");

    // The same key with another body is refused, also for gaffes.
    app.post_idempotent(&collection, &owner, "gaffe-1", &gaffe_body("rambling"))
        .await
        .assert_problem(422, "idempotency_key_reused");
}

/// A gaffe's create checks the interview before it writes; a retry of a create that succeeded replays it even when
/// the check would now refuse (the interview has filled up since).
#[actix_web::test]
async fn a_keyed_retry_replays_its_gaffe_after_the_interview_filled_up() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let collection = format!("/v1/interviews/{}/gaffes", id(&logged));
    let body = gaffe_body("late");
    let first = app
        .post_idempotent(&collection, &owner, "gaffe-first", &body)
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    for _ in 1..50 {
        create_gaffe(&app, &owner, &id(&logged), &body).await;
    }
    app.post_json(&collection, Some(&owner), &body)
        .await
        .assert_problem(409, "too_many_gaffes");
    let retry = app
        .post_idempotent(&collection, &owner, "gaffe-first", &body)
        .await;
    assert_eq!(retry.status, 201, "{}", retry.text);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body, first.body);
}

#[actix_web::test]
async fn removing_a_question_a_gaffe_points_at_is_refused_naming_questions() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "weak_behavioral_answer", "noticed": "certain", "moment": "mid", "question_index": 1}),
    )
    .await;
    let path = format!("/v1/interviews/{interview_id}");
    let shorter = json!({"questions": [{"question": "What are your salary expectations?", "quality": "blanked"}]});
    let refused = app.patch_json(&path, Some(&owner), &shorter).await;
    refused.assert_problem(422, "unprocessable_value");
    assert_eq!(refused.error_fields(), vec!["questions"]);
    let unchanged = app.get(&path, Some(&owner)).await;
    assert_eq!(unchanged.body["questions"].as_array().unwrap().len(), 3);

    // Keeping the question the gaffe points at is fine.
    let kept = json!({"questions": [
        {"question": "What are your salary expectations?", "quality": "blanked"},
        {"question": "Tell us about a difficult coworker.", "quality": "weak"}
    ]});
    assert_eq!(app.patch_json(&path, Some(&owner), &kept).await.status, 200);
}

#[actix_web::test]
async fn an_interview_takes_at_most_50_gaffes_and_the_51st_is_409() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let collection = format!("/v1/interviews/{interview_id}/gaffes");
    let mut logged_ids = Vec::new();
    for _ in 0..50 {
        logged_ids.push(id(&create_gaffe(
            &app,
            &owner,
            &interview_id,
            &gaffe_body("late"),
        )
        .await));
    }
    let etag_at_cap = interview_etag(&app, &owner, &interview_id).await;

    app.post_json(&collection, Some(&owner), &gaffe_body("rambling"))
        .await
        .assert_problem(409, "too_many_gaffes");
    assert_eq!(
        ids(&app.get(&collection, Some(&owner)).await.body).len(),
        50
    );
    assert_eq!(
        interview_etag(&app, &owner, &interview_id).await,
        etag_at_cap,
        "a refused gaffe does not touch the interview"
    );

    // Deleting one makes room again.
    let path = format!("{collection}/{}", logged_ids[0]);
    assert_eq!(app.delete(&path, Some(&owner)).await.status, 204);
    create_gaffe(&app, &owner, &interview_id, &gaffe_body("rambling")).await;
}
