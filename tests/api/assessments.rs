//! Damage assessments of logged interviews and of unsaved drafts.

use std::collections::HashSet;

use serde_json::{json, Value};

use crate::fixtures::{
    ago, candidate, create_gaffe, create_interview, gaffe_body, id, ids, interview_body,
    owner_with_interview, rich_interview_body,
};
use crate::helpers::{Response, TestApp};

/// The documented band of a damage score.
fn band_of(score: u64) -> &'static str {
    match score {
        0..=24 => "minor",
        25..=59 => "recoverable",
        _ => "serious",
    }
}

async fn assessment(app: &TestApp, token: &str, interview_id: &str) -> Response {
    let response = app
        .get(
            &format!("/v1/interviews/{interview_id}/assessment"),
            Some(token),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text);
    response
}

fn damage_score(assessment: &Value) -> u64 {
    let score = assessment["damage_score"]
        .as_u64()
        .unwrap_or_else(|| panic!("no damage_score in {assessment}"));
    assert!(score <= 100, "damage_score {score} out of range");
    score
}

/// The interview fields a preview takes, from a create body.
fn preview_interview(create_body: &Value) -> Value {
    let mut draft = create_body.clone();
    draft.as_object_mut().unwrap().remove("candidate_id");
    draft
}

#[actix_web::test]
async fn an_assessment_explains_the_score_gaffe_by_gaffe() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let logged_gaffes = [
        json!({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid"}),
        json!({"kind": "salary_blank", "noticed": "likely", "moment": "closing", "question_index": 0}),
        json!({"kind": "late", "noticed": "unsure", "moment": "arrival", "corrected_in_interview": true, "extenuating_circumstance": "Train cancelled."}),
    ];
    for body in &logged_gaffes {
        create_gaffe(&app, &owner, &interview_id, body).await;
    }

    let response = assessment(&app, &owner, &interview_id).await;
    let body = &response.body;
    assert_eq!(body["interview_id"], interview_id.as_str());
    assert_eq!(body["interview_version"], 4, "1 + one per gaffe");
    assert_eq!(response.header("etag"), Some("\"4\""));
    let score = damage_score(body);
    assert_eq!(body["band"], band_of(score), "score {score}");
    assert!(body["model_version"]
        .as_str()
        .is_some_and(|v| !v.is_empty()));
    assert!(body["raw_points"].as_f64().is_some_and(|p| p > 0.0));
    assert!(body["offset_points"].as_f64().is_some_and(|p| p >= 0.0));

    let impacts = body["gaffes"].as_array().expect("gaffes[]");
    assert_eq!(impacts.len(), logged_gaffes.len());
    for (index, (impact, logged)) in impacts.iter().zip(&logged_gaffes).enumerate() {
        assert_eq!(impact["index"], index);
        assert_eq!(impact["kind"], logged["kind"]);
        assert!(impact["impact"].as_f64().is_some_and(|i| i >= 0.0));
        let reasons = impact["reasons"].as_array().expect("reasons");
        assert!(!reasons.is_empty(), "gaffe {index} has no reasons");
        assert!(reasons
            .iter()
            .all(|r| r.as_str().is_some_and(|s| !s.trim().is_empty())));
    }
    assert!(
        body["offsets"].as_array().is_some_and(|o| !o.is_empty()),
        "the strength and strong answer count"
    );
    let calibration = &body["calibration"];
    assert_eq!(calibration["self_rating"], 2);
    assert!((1..=5).contains(&calibration["evidence_rating"].as_u64().unwrap_or(0)));
    assert!(calibration["verdict"].is_string());
    assert!(calibration["note"].as_str().is_some_and(|n| !n.is_empty()));

    // Deterministic for a given version.
    let again = assessment(&app, &owner, &interview_id).await;
    assert_eq!(again.body, response.body);
}

#[actix_web::test]
async fn a_disastrous_feeling_after_a_single_minor_gaffe_is_felt_worse_than_evidence() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let mut body = interview_body(&person, &ago(1, 0));
    body["self_rating"] = json!(1);
    let logged = create_interview(&app, &owner, &body).await;
    create_gaffe(
        &app,
        &owner,
        &id(&logged),
        &json!({"kind": "misread_body_language", "noticed": "unsure", "moment": "mid"}),
    )
    .await;

    let response = assessment(&app, &owner, &id(&logged)).await;
    let score = damage_score(&response.body);
    assert!(score < 25, "a single minor gaffe scored {score}");
    assert_eq!(response.body["band"], "minor");
    assert_eq!(response.body["gaffes"].as_array().unwrap().len(), 1);
    let calibration = &response.body["calibration"];
    assert_eq!(calibration["self_rating"], 1);
    assert!(calibration["evidence_rating"].as_u64().unwrap() > 1);
    assert_eq!(calibration["verdict"], "felt_worse_than_evidence");
}

#[actix_web::test]
async fn adding_a_certain_gaffe_never_lowers_the_damage_score() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let logged = create_interview(&app, &owner, &rich_interview_body(&person, &ago(1, 0), 3)).await;
    let interview_id = id(&logged);

    let additions = [
        json!({"kind": "misread_body_language", "noticed": "certain", "moment": "after", "corrected_in_interview": true}),
        json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
        json!({"kind": "weak_behavioral_answer", "noticed": "certain", "moment": "mid", "question_index": 1, "extenuating_circumstance": "Migraine."}),
        json!({"kind": "technical_blank", "noticed": "certain", "moment": "mid", "question_index": 2}),
        gaffe_body("inappropriate_attire"),
        gaffe_body("badmouthed_employer"),
        gaffe_body("inappropriate_question"),
        gaffe_body("late"),
    ];
    let mut previous = damage_score(&assessment(&app, &owner, &interview_id).await.body);
    let mut previous_raw = 0.0;
    for (n, body) in additions.iter().enumerate() {
        create_gaffe(&app, &owner, &interview_id, body).await;
        let now = assessment(&app, &owner, &interview_id).await.body;
        let score = damage_score(&now);
        assert_eq!(now["band"], band_of(score), "score {score}");
        assert!(
            score >= previous,
            "adding {} lowered the score from {previous} to {score}",
            body["kind"]
        );
        let raw = now["raw_points"].as_f64().unwrap();
        assert!(
            raw >= previous_raw,
            "raw points fell from {previous_raw} to {raw}"
        );
        assert_eq!(now["gaffes"].as_array().unwrap().len(), n + 1);
        previous = score;
        previous_raw = raw;
    }
    assert!(previous > 0);
}

#[actix_web::test]
async fn a_preview_scores_like_the_stored_interview_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(&app, &owner, "Jordan Reyes").await);
    let create_body = rich_interview_body(&person, &ago(1, 0), 1);
    let logged = create_interview(&app, &owner, &create_body).await;
    let gaffes = vec![
        json!({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid"}),
        json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
        json!({"kind": "omitted_key_experience", "noticed": "unsure", "moment": "mid", "corrected_in_interview": true}),
    ];
    for body in &gaffes {
        create_gaffe(&app, &owner, &id(&logged), body).await;
    }
    let stored = assessment(&app, &owner, &id(&logged)).await.body;
    let interviews_before = app.get("/v1/interviews", Some(&owner)).await.body;
    let gaffes_path = format!("/v1/interviews/{}/gaffes", id(&logged));
    let gaffes_before = app.get(&gaffes_path, Some(&owner)).await.body;

    let preview = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": preview_interview(&create_body), "gaffes": gaffes}),
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    assert_eq!(damage_score(&preview.body), damage_score(&stored));
    for same in [
        "band",
        "model_version",
        "raw_points",
        "offset_points",
        "gaffes",
        "questions",
        "offsets",
        "calibration",
    ] {
        assert_eq!(preview.body[same], stored[same], "{same}");
    }
    assert!(preview.body.get("interview_id").is_none());

    let interviews_after = app.get("/v1/interviews", Some(&owner)).await.body;
    assert_eq!(ids(&interviews_after), ids(&interviews_before));
    assert_eq!(interviews_after, interviews_before, "nothing changed");
    assert_eq!(
        app.get(&gaffes_path, Some(&owner)).await.body,
        gaffes_before
    );

    // A draft with no gaffes is fine too, and still stores nothing.
    let empty = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": preview_interview(&create_body)}),
        )
        .await;
    assert_eq!(empty.status, 200, "{}", empty.text);
    assert!(damage_score(&empty.body) <= damage_score(&stored));
    assert_eq!(
        ids(&app.get("/v1/interviews", Some(&owner)).await.body).len(),
        1
    );
}

#[actix_web::test]
async fn preview_validation_errors_carry_paths_within_the_body() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let draft = preview_interview(&rich_interview_body(
        "00000000-0000-0000-0000-000000000000",
        &ago(1, 0),
        2,
    ));

    let mut bad_rating = draft.clone();
    bad_rating["self_rating"] = json!(0);
    let response = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({
                "interview": bad_rating,
                "gaffes": [
                    {"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 3},
                    {"kind": "late", "noticed": "certain", "moment": "arrival", "question_index": 2}
                ]
            }),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    let fields: HashSet<String> = response.error_fields().into_iter().collect();
    assert_eq!(
        fields,
        HashSet::from([
            "interview.self_rating".to_string(),
            "gaffes[0].question_index".to_string()
        ]),
        "{}",
        response.text
    );

    let mut bad_email = draft.clone();
    bad_email["interviewers"][0]["email"] = json!("armin-at-example");
    let response = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": bad_email}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(
        response.error_fields(),
        vec!["interview.interviewers[0].email"]
    );

    let mut bad_stage = draft.clone();
    bad_stage["stage"] = json!("lunch");
    let response = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": bad_stage}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(response.error_fields(), vec!["interview.stage"]);

    let response = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": draft, "gaffes": [{"kind": "late", "noticed": "often", "moment": "mid"}]}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(response.error_fields(), vec!["gaffes[0].noticed"]);

    let too_many = vec![gaffe_body("late"); 51];
    let response = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": draft, "gaffes": too_many}),
        )
        .await;
    response.assert_problem(400, "validation_failed");
    assert_eq!(response.error_fields(), vec!["gaffes"]);

    let unauthenticated = app
        .post_json(
            "/v1/assessments/preview",
            None,
            &json!({"interview": draft}),
        )
        .await;
    unauthenticated.assert_problem(401, "unauthorized");
}
