//! Interviews: logging, validation with field paths, keyset paging, filters, remote references, partial updates
//! with If-Match, integration-client scopes and candidate users.

use std::collections::HashSet;

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    ago, candidate, client_token, create_concurrently_with_one_key, create_interview, gaffe_body,
    id, ids, interview, interview_body, linked_candidate, parse_time, rfc3339,
};
use crate::helpers::{urlencode, TestApp};

/// Every interview of a filtered list, following `next_cursor` to the end with pages of `limit`.
async fn all_pages(app: &TestApp, token: &str, query: &str, limit: u32) -> Vec<Value> {
    let mut path = format!("/v1/interviews?limit={limit}");
    if !query.is_empty() {
        path.push('&');
        path.push_str(query);
    }
    let items = app.all_pages(token, &path).await;
    assert!(items.len() <= 100 * limit as usize);
    items
}

/// The ids of the first page of `GET /v1/interviews?{query}`.
async fn list_ids(app: &TestApp, token: &str, query: String) -> Vec<String> {
    let response = app
        .get(&format!("/v1/interviews?{query}"), Some(token))
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text);
    ids(&response.body)
}

fn assert_newest_first(items: &[Value]) {
    for pair in items.windows(2) {
        assert!(
            parse_time(&pair[0]["occurred_at"]) >= parse_time(&pair[1]["occurred_at"]),
            "not newest first: {} then {}",
            pair[0]["occurred_at"],
            pair[1]["occurred_at"]
        );
    }
}

fn interview_ids(items: &[Value]) -> Vec<String> {
    items.iter().map(id).collect()
}

#[actix_web::test]
async fn an_interview_with_every_field_reads_back_as_logged() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = candidate(&app, &owner, "Jordan Reyes").await;
    let occurred_at = ago(1, 30);
    let body = json!({
        "candidate_id": id(&person),
        "company": "  Harbor & Finch Capital ",
        "role_title": "Senior Financial Analyst",
        "stage": "case_study",
        "format": "video",
        "occurred_at": occurred_at,
        "duration_minutes": 75,
        "interviewers": [
            {"name": "Armin Vogel", "title": "Finance Director", "email": "Armin.Vogel@Example.com"},
            {"name": "Priya Natarajan"}
        ],
        "questions": [
            {"question": "What are your salary expectations?", "answer_summary": "Froze.", "quality": "blanked"},
            {"question": "Walk us through a DCF.", "quality": "strong"}
        ],
        "strengths": ["Clear variance walk-through", "Good rapport with the controller"],
        "self_rating": 2,
        "outcome": "advanced",
        "notes": "Second round expected next week.",
        "remote": {"source": "greenhouse", "remote_id": "scheduled-interview-99812"}
    });
    let created = app.post_json("/v1/interviews", Some(&owner), &body).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let interview_id = id(&created.body);
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/interviews/{interview_id}").as_str())
    );
    assert_eq!(created.header("etag"), Some("\"1\""));

    let fetched = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(fetched.status, 200, "{}", fetched.text);
    assert_eq!(fetched.header("etag"), Some("\"1\""));
    assert_eq!(fetched.body, created.body);
    let got = &fetched.body;
    assert_eq!(got["candidate_id"], id(&person).as_str());
    assert_eq!(got["company"], "Harbor & Finch Capital", "text is trimmed");
    assert_eq!(got["role_title"], "Senior Financial Analyst");
    assert_eq!(got["stage"], "case_study");
    assert_eq!(got["format"], "video");
    assert_eq!(
        parse_time(&got["occurred_at"]),
        parse_time(&json!(occurred_at))
    );
    assert_eq!(got["duration_minutes"], 75);
    assert_eq!(
        got["interviewers"],
        json!([
            {"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"},
            {"name": "Priya Natarajan", "title": null, "email": null}
        ])
    );
    assert_eq!(
        got["questions"],
        json!([
            {"question": "What are your salary expectations?", "answer_summary": "Froze.", "quality": "blanked"},
            {"question": "Walk us through a DCF.", "answer_summary": null, "quality": "strong"}
        ])
    );
    assert_eq!(
        got["strengths"],
        json!([
            "Clear variance walk-through",
            "Good rapport with the controller"
        ])
    );
    assert_eq!(got["self_rating"], 2);
    assert_eq!(got["outcome"], "advanced");
    assert_eq!(got["notes"], "Second round expected next week.");
    assert_eq!(
        got["remote"],
        json!({"source": "greenhouse", "remote_id": "scheduled-interview-99812"})
    );
    assert_eq!(got["version"], 1);

    // Optional fields default sensibly.
    let minimal = interview(&app, &owner, &id(&person)).await;
    assert_eq!(minimal["outcome"], "pending");
    assert_eq!(minimal["interviewers"], json!([]));
    assert_eq!(minimal["questions"], json!([]));
    assert_eq!(minimal["strengths"], json!([]));
    assert_eq!(minimal["remote"], Value::Null);
    assert_eq!(minimal["notes"], Value::Null);
    assert_eq!(minimal["duration_minutes"], Value::Null);
}

#[actix_web::test]
async fn invalid_interview_fields_are_named_by_their_path() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = candidate(&app, &owner, "Jordan Reyes").await;
    let valid = interview_body(&id(&person), &ago(1, 0));
    let with = |field: &str, value: Value| {
        let mut body = valid.clone();
        body[field] = value;
        body
    };
    let twenty_one: Vec<Value> = (0..21)
        .map(|n| json!({"name": format!("Interviewer {n}")}))
        .collect();
    let cases = [
        (with("self_rating", json!(0)), "self_rating"),
        (with("self_rating", json!(6)), "self_rating"),
        (with("self_rating", json!(300)), "self_rating"),
        (
            with(
                "interviewers",
                json!([{"name": "Armin Vogel", "email": "armin-at-example"}]),
            ),
            "interviewers[0].email",
        ),
        (
            with(
                "interviewers",
                json!([{"name": "Armin Vogel"}, {"name": " "}]),
            ),
            "interviewers[1].name",
        ),
        (with("stage", json!("lunch")), "stage"),
        (with("interviewers", json!(twenty_one)), "interviewers"),
        (with("duration_minutes", json!(0)), "duration_minutes"),
        (
            with(
                "questions",
                json!([{"question": "Why us?", "quality": "meh"}]),
            ),
            "questions[0].quality",
        ),
        (with("company", json!("")), "company"),
    ];
    for (body, field) in cases {
        let response = app.post_json("/v1/interviews", Some(&owner), &body).await;
        response.assert_problem(400, "validation_failed");
        assert_eq!(response.error_fields(), vec![field], "{}", response.text);
        if field == "self_rating" {
            assert_eq!(
                response.body["errors"][0]["message"],
                "must be between 1 and 5"
            );
        }
    }
    // Well-formed but outside a range relative to now (which no schema states): a 422 naming the field.
    for days in [370, -365 * 21] {
        let occurred_at = rfc3339(chrono::Utc::now() + chrono::Duration::days(days));
        let response = app
            .post_json(
                "/v1/interviews",
                Some(&owner),
                &with("occurred_at", json!(occurred_at)),
            )
            .await;
        response.assert_problem(422, "unprocessable_value");
        assert_eq!(
            response.error_fields(),
            vec!["occurred_at"],
            "{}",
            response.text
        );
    }
    // Several problems are reported together.
    let mut body = with("self_rating", json!(0));
    body["company"] = json!("");
    let response = app.post_json("/v1/interviews", Some(&owner), &body).await;
    response.assert_problem(400, "validation_failed");
    let fields: HashSet<String> = response.error_fields().into_iter().collect();
    assert_eq!(
        fields,
        HashSet::from(["self_rating".to_string(), "company".to_string()])
    );

    let listed = app.get("/v1/interviews", Some(&owner)).await;
    assert!(ids(&listed.body).is_empty(), "nothing invalid was stored");
}

#[actix_web::test]
async fn interviews_page_newest_first_and_each_appears_exactly_once() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = candidate(&app, &owner, "Jordan Reyes").await;
    let mut created = Vec::new();
    // Out of order, with two interviews at the same instant to exercise the id tie-break.
    let same_time = ago(4, 0);
    for occurred_at in [
        ago(3, 0),
        ago(1, 0),
        same_time.clone(),
        ago(7, 0),
        same_time,
        ago(2, 0),
    ] {
        let body = interview_body(&id(&person), &occurred_at);
        created.push(id(&create_interview(&app, &owner, &body).await));
    }

    let items = all_pages(&app, &owner, "", 2).await;
    assert_newest_first(&items);
    let seen = interview_ids(&items);
    assert_eq!(seen.len(), created.len(), "{seen:?}");
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "an interview appeared twice");
    assert_eq!(unique, created.iter().collect::<HashSet<_>>());

    // One page fits everything; the cursor is then null.
    let one = app.get("/v1/interviews?limit=100", Some(&owner)).await;
    assert_eq!(interview_ids(one.body["data"].as_array().unwrap()), seen);
    assert_eq!(one.body["next_cursor"], Value::Null);

    app.get("/v1/interviews?limit=0", Some(&owner))
        .await
        .assert_problem(400, "validation_failed");
    let bad_cursor = app.get("/v1/interviews?cursor=bogus", Some(&owner)).await;
    bad_cursor.assert_problem(400, "validation_failed");
    assert_eq!(bad_cursor.error_fields(), vec!["cursor"]);
}

#[actix_web::test]
async fn paging_stays_stable_while_interviews_are_logged_between_pages() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = candidate(&app, &owner, "Jordan Reyes").await;
    let mut originals = Vec::new();
    for days in 1..=5 {
        let body = interview_body(&id(&person), &ago(days, 0));
        originals.push(id(&create_interview(&app, &owner, &body).await));
    }

    let first = app.get("/v1/interviews?limit=2", Some(&owner)).await;
    assert_eq!(first.status, 200, "{}", first.text);
    let mut seen = ids(&first.body);
    assert_eq!(seen, originals[..2].to_vec());
    let mut cursor = first.body["next_cursor"].as_str().unwrap().to_string();

    // Logged after page 1 was read: one newer than the cursor (belongs to a page already read) and one older.
    let newer =
        id(&create_interview(&app, &owner, &interview_body(&id(&person), &ago(0, 60))).await);
    let older =
        id(&create_interview(&app, &owner, &interview_body(&id(&person), &ago(10, 0))).await);

    loop {
        let page = app
            .get(
                &format!("/v1/interviews?limit=2&cursor={}", urlencode(&cursor)),
                Some(&owner),
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.text);
        seen.extend(ids(&page.body));
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = next.to_string(),
            None => break,
        }
    }
    let mut expected = originals.clone();
    expected.push(older);
    assert_eq!(seen, expected, "every original once, then the older one");
    assert!(!seen.contains(&newer));
}

#[actix_web::test]
async fn interview_filters_narrow_the_list_and_combine() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let jordan = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let sam = id(&candidate(&app, &owner, "Sam Okafor").await);
    let log = |candidate_id: &str, company: &str, stage: &str, outcome: &str, days: i64| {
        let mut body = interview_body(candidate_id, &ago(days, 0));
        body["company"] = json!(company);
        body["stage"] = json!(stage);
        body["outcome"] = json!(outcome);
        body
    };
    let a = id(&create_interview(
        &app,
        &owner,
        &log(&jordan, "Northwind Traders", "screening", "advanced", 10),
    )
    .await);
    let b = id(&create_interview(
        &app,
        &owner,
        &log(&jordan, "Contoso", "final", "rejected", 5),
    )
    .await);
    let c = id(&create_interview(
        &app,
        &owner,
        &log(&sam, "NORTHWIND TRADERS", "final", "pending", 3),
    )
    .await);
    let d = id(&create_interview(
        &app,
        &owner,
        &log(&sam, "North_ind Traders", "technical", "advanced", 1),
    )
    .await);

    let list = |query: String| list_ids(&app, &owner, query);
    assert_eq!(
        list(format!("candidate_id={jordan}")).await,
        vec![b.clone(), a.clone()]
    );
    assert_eq!(
        list(format!("candidate_id={sam}")).await,
        vec![d.clone(), c.clone()]
    );
    assert_eq!(
        list(format!("company={}", urlencode("northwind traders"))).await,
        vec![c.clone(), a.clone()],
        "company matches exactly, ignoring case"
    );
    assert_eq!(
        list(format!("company={}", urlencode("North_ind Traders"))).await,
        vec![d.clone()],
        "`_` is not a wildcard"
    );
    assert!(list(format!("company={}", urlencode("%"))).await.is_empty());
    assert!(
        list("company=Northwind".to_string()).await.is_empty(),
        "no partial matches"
    );
    assert_eq!(
        list("stage=final".to_string()).await,
        vec![c.clone(), b.clone()]
    );
    assert_eq!(
        list("outcome=advanced".to_string()).await,
        vec![d.clone(), a.clone()]
    );
    assert_eq!(
        list(format!("stage=final&candidate_id={jordan}")).await,
        vec![b.clone()]
    );
    assert_eq!(
        list(format!("occurred_after={}", urlencode(&ago(6, 0)))).await,
        vec![d.clone(), c.clone(), b.clone()]
    );
    assert_eq!(
        list(format!("occurred_before={}", urlencode(&ago(4, 0)))).await,
        vec![b.clone(), a.clone()]
    );
    assert_eq!(
        list(format!(
            "occurred_after={}&occurred_before={}&outcome=rejected",
            urlencode(&ago(6, 0)),
            urlencode(&ago(2, 0))
        ))
        .await,
        vec![b.clone()]
    );
    // The paged list honours filters too.
    let paged = all_pages(&app, &owner, &format!("candidate_id={sam}"), 1).await;
    assert_eq!(interview_ids(&paged), vec![d, c]);

    let same = ago(3, 0);
    for (after, before) in [(ago(2, 0), ago(6, 0)), (same.clone(), same)] {
        let response = app
            .get(
                &format!(
                    "/v1/interviews?occurred_after={}&occurred_before={}",
                    urlencode(&after),
                    urlencode(&before)
                ),
                Some(&owner),
            )
            .await;
        // An empty window is an empty page: the document cannot relate the two parameters, so it is no error.
        assert_eq!(response.status, 200, "{}", response.text);
        assert_eq!(response.body["data"], serde_json::json!([]));
    }
    let bad_stage = app.get("/v1/interviews?stage=lunch", Some(&owner)).await;
    bad_stage.assert_problem(400, "validation_failed");
    assert_eq!(bad_stage.error_fields(), vec!["stage"]);
}

#[actix_web::test]
async fn a_candidate_user_is_not_told_which_interview_of_another_candidate_holds_a_reference() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (own, candidate_token) = linked_candidate(&app, &owner, "sam@example.com").await;
    let other = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let remote = json!({"source": "greenhouse", "remote_id": "si-1"});
    let mut others = interview_body(&other, &ago(1, 0));
    others["remote"] = remote.clone();
    create_interview(&app, &owner, &others).await;

    let mut mine = interview_body(&own, &ago(1, 0));
    mine["remote"] = remote;
    let taken = app
        .post_json("/v1/interviews", Some(&candidate_token), &mine)
        .await;
    let problem = taken.assert_problem(409, "remote_reference_taken");
    assert!(problem.get("existing").is_none(), "{}", taken.text);
    assert_eq!(taken.header("location"), None);
}

#[actix_web::test]
async fn a_remote_reference_is_unique_in_the_workspace_and_finds_its_interview() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let with_remote = |source: &str, remote_id: &str| {
        let mut body = interview_body(&person, &ago(1, 0));
        body["remote"] = json!({"source": source, "remote_id": remote_id});
        body
    };
    let linked = create_interview(&app, &owner, &with_remote("greenhouse", "si-99812")).await;

    // A job board that lost the 201 learns which interview holds the reference, and where to read it.
    let taken = app
        .post_json(
            "/v1/interviews",
            Some(&owner),
            &with_remote("greenhouse", "si-99812"),
        )
        .await;
    let problem = taken.assert_problem(409, "remote_reference_taken");
    let location = format!("/v1/interviews/{}", id(&linked));
    assert_eq!(problem["existing"]["id"], id(&linked).as_str());
    assert_eq!(problem["existing"]["location"], location.as_str());
    assert_eq!(taken.header("location"), Some(location.as_str()));
    // The same remote id in another system is a different reference.
    let lever = create_interview(&app, &owner, &with_remote("lever", "si-99812")).await;
    let plain = interview(&app, &owner, &person).await;
    app.patch_json(
        &format!("/v1/interviews/{}", id(&plain)),
        Some(&owner),
        &json!({"remote": {"source": "greenhouse", "remote_id": "si-99812"}}),
    )
    .await
    .assert_problem(409, "remote_reference_taken")["existing"]["id"]
        .as_str()
        .map(|taken_by| assert_eq!(taken_by, id(&linked)))
        .expect("the 409 names the interview holding the reference");

    // Another workspace may use the same reference.
    let other_owner = app.owner_token("other@example.com").await;
    let other_person = id(&candidate(&app, &other_owner, "Elsewhere").await);
    let mut other_body = interview_body(&other_person, &ago(1, 0));
    other_body["remote"] = json!({"source": "greenhouse", "remote_id": "si-99812"});
    create_interview(&app, &other_owner, &other_body).await;

    let found = app
        .get(
            "/v1/interviews?remote_source=greenhouse&remote_id=si-99812",
            Some(&owner),
        )
        .await;
    assert_eq!(found.status, 200, "{}", found.text);
    assert_eq!(ids(&found.body), vec![id(&linked)]);
    let found = app
        .get(
            "/v1/interviews?remote_source=lever&remote_id=si-99812",
            Some(&owner),
        )
        .await;
    assert_eq!(ids(&found.body), vec![id(&lever)]);
    let missing = app
        .get(
            "/v1/interviews?remote_source=greenhouse&remote_id=si-0",
            Some(&owner),
        )
        .await;
    assert!(ids(&missing.body).is_empty());

    // Clearing a reference frees it.
    let cleared = app
        .patch_json(
            &format!("/v1/interviews/{}", id(&linked)),
            Some(&owner),
            &json!({"remote": null}),
        )
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.body["remote"], Value::Null);
    create_interview(&app, &owner, &with_remote("greenhouse", "si-99812")).await;
}

#[actix_web::test]
async fn a_patch_changes_only_the_given_fields_and_null_clears_notes() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let mut body = interview_body(&person, &ago(2, 0));
    body["notes"] = json!("Felt rushed at the end.");
    body["duration_minutes"] = json!(45);
    body["strengths"] = json!(["Good opening"]);
    let created = create_interview(&app, &owner, &body).await;
    let path = format!("/v1/interviews/{}", id(&created));

    let updated = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"outcome": "advanced", "self_rating": 4}))
        .send()
        .await;
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.header("etag"), Some("\"2\""));
    assert_eq!(updated.body["version"], 2);
    assert_eq!(updated.body["outcome"], "advanced");
    assert_eq!(updated.body["self_rating"], 4);
    for unchanged in [
        "candidate_id",
        "company",
        "role_title",
        "stage",
        "format",
        "occurred_at",
        "duration_minutes",
        "strengths",
        "notes",
        "created_at",
    ] {
        assert_eq!(updated.body[unchanged], created[unchanged], "{unchanged}");
    }

    let cleared = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"2\"")
        .json(&json!({"notes": null}))
        .send()
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.body["notes"], Value::Null);
    assert_eq!(cleared.body["duration_minutes"], 45);
    assert_eq!(cleared.body["outcome"], "advanced");
    assert_eq!(cleared.body["version"], 3);

    app.request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"2\"")
        .json(&json!({"outcome": "offer"}))
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    let invalid = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"3\"")
        .json(&json!({"self_rating": 0}))
        .send()
        .await;
    invalid.assert_problem(400, "validation_failed");
    assert_eq!(invalid.error_fields(), vec!["self_rating"]);
    let moving = app
        .patch_json(&path, Some(&owner), &json!({"candidate_id": person}))
        .await;
    moving.assert_problem(400, "validation_failed");
    assert_eq!(moving.error_fields(), vec!["candidate_id"]);

    let now = app.get(&path, Some(&owner)).await;
    assert_eq!(now.header("etag"), Some("\"3\""));
    assert_eq!(now.body, cleared.body, "refused patches changed nothing");
}

#[actix_web::test]
async fn deleting_with_a_stale_if_match_is_412_and_with_the_current_one_204() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let created = interview(&app, &owner, &person).await;
    let path = format!("/v1/interviews/{}", id(&created));
    let updated = app
        .patch_json(&path, Some(&owner), &json!({"outcome": "rejected"}))
        .await;
    assert_eq!(updated.header("etag"), Some("\"2\""));

    app.request(Method::DELETE, &path)
        .token(&owner)
        .if_match("\"1\"")
        .send()
        .await
        .assert_problem(412, "precondition_failed");
    assert_eq!(app.get(&path, Some(&owner)).await.status, 200);

    let deleted = app
        .request(Method::DELETE, &path)
        .token(&owner)
        .if_match("\"2\"")
        .send()
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    app.get(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
    app.delete(&path, Some(&owner))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn a_read_only_integration_client_can_read_interviews_but_not_log_them() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let logged = interview(&app, &owner, &person).await;

    let token = client_token(&app, &owner, &["interviews:read"]).await;

    let listed = app.get("/v1/interviews", Some(&token)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(ids(&listed.body), vec![id(&logged)]);
    let path = format!("/v1/interviews/{}", id(&logged));
    assert_eq!(app.get(&path, Some(&token)).await.status, 200);
    assert_eq!(app.get("/v1/candidates", Some(&token)).await.status, 200);

    app.post_json(
        "/v1/interviews",
        Some(&token),
        &interview_body(&person, &ago(1, 0)),
    )
    .await
    .assert_problem(403, "forbidden");
    app.patch_json(&path, Some(&token), &json!({"outcome": "offer"}))
        .await
        .assert_problem(403, "forbidden");
    app.delete(&path, Some(&token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json(
        "/v1/candidates",
        Some(&token),
        &json!({"display_name": "From the job board"}),
    )
    .await
    .assert_problem(403, "forbidden");
    let after = app.get("/v1/interviews", Some(&owner)).await;
    assert_eq!(ids(&after.body), vec![id(&logged)]);
    assert_eq!(after.body["data"][0]["outcome"], "pending");
}

#[actix_web::test]
async fn a_candidate_user_logs_interviews_only_for_their_own_record() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (own, candidate_token) = linked_candidate(&app, &owner, "sam@example.com").await;
    let other = id(&candidate(&app, &owner, "Jordan Reyes").await);

    app.post_json(
        "/v1/interviews",
        Some(&candidate_token),
        &interview_body(&other, &ago(1, 0)),
    )
    .await
    .assert_problem(404, "not_found");
    let mine = create_interview(&app, &candidate_token, &interview_body(&own, &ago(1, 0))).await;
    assert_eq!(mine["candidate_id"], own.as_str());
    let others = interview(&app, &owner, &other).await;

    let listed = app.get("/v1/interviews", Some(&candidate_token)).await;
    assert_eq!(ids(&listed.body), vec![id(&mine)]);
    let filtered = app
        .get(
            &format!("/v1/interviews?candidate_id={other}"),
            Some(&candidate_token),
        )
        .await;
    assert!(ids(&filtered.body).is_empty());
    app.get(
        &format!("/v1/interviews/{}", id(&others)),
        Some(&candidate_token),
    )
    .await
    .assert_problem(404, "not_found");
    let all = app.get("/v1/interviews", Some(&owner)).await;
    assert_eq!(ids(&all.body).len(), 2);
}

#[actix_web::test]
async fn a_retried_interview_with_the_same_idempotency_key_is_logged_once() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let body = interview_body(&person, &ago(1, 0));
    let first = app
        .post_idempotent("/v1/interviews", &owner, "log-1", &body)
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let retry = app
        .post_idempotent("/v1/interviews", &owner, "log-1", &body)
        .await;
    assert_eq!(retry.status, 201, "{}", retry.text);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(id(&retry.body), id(&first.body));
    let listed = app.get("/v1/interviews", Some(&owner)).await;
    assert_eq!(ids(&listed.body), vec![id(&first.body)]);
}

#[actix_web::test]
async fn concurrent_retries_with_one_idempotency_key_log_exactly_one_interview() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    for round in 0..5 {
        let mut body = interview_body(&person, &ago(1, round));
        body["remote"] = json!({"source": "greenhouse", "remote_id": format!("si-{round}")});
        let key = format!("log-{round}");
        create_concurrently_with_one_key(&app, "/v1/interviews", &owner, &key, &body).await;
    }
    let listed = app.get("/v1/interviews?limit=100", Some(&owner)).await;
    assert_eq!(ids(&listed.body).len(), 5);
}

#[actix_web::test]
async fn employer_interest_defaults_to_unknown_is_settable_on_create_and_patch_and_a_bad_value_is_a_400_naming_it(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);

    // Logged without a word about the employer's interest: nobody has said, so `unknown`.
    let plain = interview(&app, &owner, &person).await;
    assert_eq!(plain["employer_interest"], "unknown", "{plain}");

    // The recruiter told the candidate they were the front-runner before a final round that went wrong.
    let mut body = interview_body(&person, &ago(2, 0));
    body["employer_interest"] = json!("strong");
    let front_runner = create_interview(&app, &owner, &body).await;
    assert_eq!(front_runner["employer_interest"], "strong");
    let path = format!("/v1/interviews/{}", id(&front_runner));
    assert_eq!(
        app.get(&path, Some(&owner)).await.body["employer_interest"],
        "strong",
        "stored, not only echoed"
    );

    // A week later the recruiter goes quiet: the coach marks the interest as weak.
    let cooled = app
        .patch_json(&path, Some(&owner), &json!({"employer_interest": "weak"}))
        .await;
    assert_eq!(cooled.status, 200, "{}", cooled.text);
    assert_eq!(cooled.body["employer_interest"], "weak");
    assert_eq!(cooled.body["version"], 2);
    let untouched = app
        .patch_json(&path, Some(&owner), &json!({"self_rating": 2}))
        .await;
    assert_eq!(
        untouched.body["employer_interest"], "weak",
        "absent stays as it is"
    );

    for (method, target, body) in [
        (Method::POST, "/v1/interviews".to_string(), {
            let mut bad = interview_body(&person, &ago(1, 0));
            bad["employer_interest"] = json!("keen");
            bad
        }),
        (
            Method::PATCH,
            path.clone(),
            json!({"employer_interest": "keen"}),
        ),
        (Method::PATCH, path.clone(), json!({"employer_interest": 3})),
    ] {
        let response = app
            .request(method.clone(), &target)
            .token(&owner)
            .json(&body)
            .send()
            .await;
        response.assert_problem(400, "validation_failed");
        assert_eq!(
            response.error_fields(),
            vec!["employer_interest"],
            "{method} {target}: {}",
            response.text
        );
    }
}

#[actix_web::test]
async fn a_scheduled_interview_is_kept_but_has_no_gaffes_assessment_or_plan_until_it_has_taken_place(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let held = interview(&app, &owner, &person).await;

    // Ten days ahead: stored and listed, as an ATS would send it once the interview is scheduled.
    let in_ten_days = rfc3339(chrono::Utc::now() + chrono::Duration::days(10));
    let mut body = interview_body(&person, &in_ten_days);
    body["questions"] = json!([{"question": "Why this firm?", "quality": "weak"}]);
    let scheduled = create_interview(&app, &owner, &body).await;
    let scheduled_id = id(&scheduled);
    let upcoming = app
        .get(
            &format!(
                "/v1/interviews?occurred_after={}",
                urlencode(&rfc3339(chrono::Utc::now()))
            ),
            Some(&owner),
        )
        .await;
    assert_eq!(ids(&upcoming.body), vec![scheduled_id.clone()]);

    // Nothing has happened at it yet: a gaffe, its assessment and a plan each name `occurred_at`.
    let gaffe = app
        .post_json(
            &format!("/v1/interviews/{scheduled_id}/gaffes"),
            Some(&owner),
            &gaffe_body("late"),
        )
        .await;
    gaffe.assert_problem(422, "unprocessable_value");
    assert_eq!(gaffe.error_fields(), vec!["occurred_at"]);
    let assessment = app
        .get(
            &format!("/v1/interviews/{scheduled_id}/assessment"),
            Some(&owner),
        )
        .await;
    assessment.assert_problem(422, "unprocessable_value");
    assert_eq!(assessment.error_fields(), vec!["occurred_at"]);
    let plan = app
        .request(
            Method::POST,
            &format!("/v1/interviews/{scheduled_id}/recovery-plans"),
        )
        .token(&owner)
        .send()
        .await;
    plan.assert_problem(422, "unprocessable_value");
    assert_eq!(plan.error_fields(), vec!["occurred_at"]);
    let mut draft = interview_body(&person, &in_ten_days);
    draft.as_object_mut().unwrap().remove("candidate_id");
    let preview = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": draft}),
        )
        .await;
    preview.assert_problem(422, "unprocessable_value");
    assert_eq!(preview.error_fields(), vec!["interview.occurred_at"]);

    // Insights learn only from the interview that took place.
    let insights = app
        .get(&format!("/v1/candidates/{person}/insights"), Some(&owner))
        .await;
    assert_eq!(insights.status, 200, "{}", insights.text);
    assert_eq!(insights.body["interviews_considered"], 1);
    assert_eq!(insights.body["damage_trend"][0]["interview_id"], held["id"]);

    // The furthest an interview may be logged ahead (a year and a day) counts from the app's clock too.
    let beyond_horizon = rfc3339(chrono::Utc::now() + chrono::Duration::days(366 + 5));
    let too_far = app
        .post_json(
            "/v1/interviews",
            Some(&owner),
            &interview_body(&person, &beyond_horizon),
        )
        .await;
    too_far.assert_problem(422, "unprocessable_value");
    assert_eq!(too_far.error_fields(), vec!["occurred_at"]);

    // Once its time has passed on the app's one clock (nothing sleeps), it is an interview like any other: every
    // decision about whether it has taken place (gaffes, assessment, preview, plan) moves with that clock.
    app.clock
        .advance(chrono::Duration::days(10) + chrono::Duration::minutes(5));
    create_interview(&app, &owner, &interview_body(&person, &beyond_horizon)).await;
    let gaffe = app
        .post_json(
            &format!("/v1/interviews/{scheduled_id}/gaffes"),
            Some(&owner),
            &gaffe_body("late"),
        )
        .await;
    assert_eq!(gaffe.status, 201, "{}", gaffe.text);
    let assessment = app
        .get(
            &format!("/v1/interviews/{scheduled_id}/assessment"),
            Some(&owner),
        )
        .await;
    assert_eq!(assessment.status, 200, "{}", assessment.text);
    let preview = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": draft}),
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    let plan = app
        .request(
            Method::POST,
            &format!("/v1/interviews/{scheduled_id}/recovery-plans"),
        )
        .token(&owner)
        .send()
        .await;
    assert_eq!(plan.status, 201, "{}", plan.text);
}

#[actix_web::test]
async fn null_cannot_clear_a_field_an_interview_must_have() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let logged = interview(&app, &owner, &person).await;
    let path = format!("/v1/interviews/{}", id(&logged));
    let refused = app
        .patch_json(
            &path,
            Some(&owner),
            &json!({"company": null, "notes": null}),
        )
        .await;
    refused.assert_problem(400, "validation_failed");
    assert_eq!(refused.error_fields(), vec!["company"]);
    assert_eq!(
        refused.body["errors"][0]["message"],
        "must be a string, not null"
    );
    let unchanged = app.get(&path, Some(&owner)).await;
    assert_eq!(unchanged.body["company"], logged["company"]);
    assert_eq!(unchanged.body["version"], logged["version"]);
}
