//! Recovery plans (generation, snapshots, listing, step status with If-Match), follow-up note review and candidate
//! insights, including tenant and candidate isolation of every id-bearing route.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    ago, assert_all_not_found, candidate, create_gaffe, create_interview, gaffe_body,
    generate_plan, id, ids, owner_with_candidate, owner_with_interview, parse_time, plans_path,
    rich_interview_body, Attempt, World,
};
use crate::helpers::TestApp;

fn step_path(interview_id: &str, plan_id: &str, step_id: &str) -> String {
    format!("/v1/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}")
}

/// The plan's step of `kind`, if it has one.
fn step<'a>(plan: &'a Value, kind: &str) -> Option<&'a Value> {
    plan["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("no steps in {plan}"))
        .iter()
        .find(|s| s["kind"] == kind)
}

/// The plan's omitted entry of `kind`, if it has one.
fn omitted<'a>(plan: &'a Value, kind: &str) -> Option<&'a Value> {
    plan["omitted"]
        .as_array()
        .unwrap_or_else(|| panic!("no omitted in {plan}"))
        .iter()
        .find(|s| s["kind"] == kind)
}

fn step_kinds(plan: &Value) -> Vec<String> {
    plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap().to_string())
        .collect()
}

fn lesson_kinds(plan: &Value) -> Vec<String> {
    plan["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["kind"].as_str().unwrap().to_string())
        .collect()
}

/// The text a span covers, counted in characters.
fn covered(text: &str, span: &Value) -> String {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    text.chars().skip(start).take(end - start).collect()
}

#[actix_web::test]
async fn a_plan_for_the_wrong_name_interview_drafts_a_note_to_armin_never_arnold() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let interview =
        create_interview(&app, &owner, &rich_interview_body(&person, &ago(0, 120), 2)).await;
    let interview_id = id(&interview);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "wrong_interviewer_name", "description": "Kept calling him Arnold; his name is Armin.", "noticed": "certain", "moment": "mid"}),
    )
    .await;

    let created = app
        .post_json(&plans_path(&interview_id), Some(&owner), &json!({}))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let plan = &created.body;
    let plan_id = id(plan);
    let location = format!("{}/{plan_id}", plans_path(&interview_id));
    assert_eq!(created.header("location"), Some(location.as_str()));

    let note = step(plan, "follow_up_note").expect("a follow-up note step");
    let draft = note["draft"].as_str().expect("a drafted note");
    assert!(draft.contains("Armin"), "{draft}");
    assert!(!draft.contains("Arnold"), "{draft}");
    assert!(
        draft.starts_with("Dear Armin and Priya,"),
        "formal by default, first names when no honorific is logged: {draft}"
    );

    assert_eq!(plan["interview_id"], interview_id.as_str());
    assert_eq!(
        plan["interview_version"], 2,
        "the gaffe moved the interview to version 2"
    );
    assert_eq!(plan["tone"], "formal");
    assert!(plan["rules_version"].is_string() && plan["model_version"].is_string());
    let assessment = app
        .get(
            &format!("/v1/interviews/{interview_id}/assessment"),
            Some(&owner),
        )
        .await;
    assert_eq!(plan["damage_score"], assessment.body["damage_score"]);
    assert_eq!(plan["band"], assessment.body["band"]);
    assert_eq!(plan["assessment"]["damage_score"], plan["damage_score"]);
    assert_eq!(
        plan["assessment"]["gaffes"][0]["kind"],
        "wrong_interviewer_name"
    );
    assert_eq!(lesson_kinds(plan), vec!["wrong_interviewer_name"]);
    assert!(
        step(plan, "cool_off").is_some(),
        "two hours after a 2/5 interview the cool-off is still running"
    );

    let created_at = parse_time(&plan["created_at"]);
    let mut previous_due = created_at;
    for (i, s) in plan["steps"].as_array().unwrap().iter().enumerate() {
        assert_eq!(s["position"], i as u64 + 1);
        assert_eq!(s["status"], "pending");
        assert_eq!(s["version"], 1);
        let due = parse_time(&s["due_at"]);
        assert!(due >= previous_due, "due times never go backwards");
        previous_due = due;
    }

    let fetched = app.get(&location, Some(&owner)).await;
    assert_eq!(fetched.status, 200, "{}", fetched.text);
    assert_eq!(
        &fetched.body, plan,
        "the stored plan reads back exactly as created"
    );

    let warm = generate_plan(&app, &owner, &interview_id, &json!({"tone": "warm"})).await;
    assert_eq!(warm["tone"], "warm");
    let warm_draft = step(&warm, "follow_up_note").unwrap()["draft"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(warm_draft.starts_with("Hi Armin"), "{warm_draft}");
    assert!(!warm_draft.contains("Arnold"));
}

#[actix_web::test]
async fn the_body_is_optional_and_validated_when_present() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let interview_id =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(1, 0), 3)).await);
    let path = plans_path(&interview_id);

    let no_body = app.request(Method::POST, &path).token(&owner).send().await;
    assert_eq!(no_body.status, 201, "{}", no_body.text);
    assert_eq!(no_body.body["tone"], "formal");

    let empty_json = app
        .request(Method::POST, &path)
        .token(&owner)
        .header("content-type", "application/json")
        .body("")
        .send()
        .await;
    assert_eq!(empty_json.status, 201, "{}", empty_json.text);

    let null_json = app
        .request(Method::POST, &path)
        .token(&owner)
        .header("content-type", "application/json")
        .body("null")
        .send()
        .await;
    assert_eq!(null_json.status, 201, "{}", null_json.text);

    // Whitespace is not JSON: a body that is there but says nothing is a mistake, not "use the defaults".
    let blank = app
        .request(Method::POST, &path)
        .token(&owner)
        .header("content-type", "application/json")
        .body(" \r\n")
        .send()
        .await;
    blank.assert_problem(400, "malformed_json");

    let bad_tone = app
        .post_json(&path, Some(&owner), &json!({"tone": "casual"}))
        .await;
    bad_tone.assert_problem(400, "validation_failed");
    assert_eq!(bad_tone.error_fields(), vec!["tone"]);

    let unknown = app
        .post_json(&path, Some(&owner), &json!({"tone": "warm", "style": "x"}))
        .await;
    unknown.assert_problem(400, "validation_failed");
    assert_eq!(unknown.error_fields(), vec!["style"]);

    let not_json = app
        .request(Method::POST, &path)
        .token(&owner)
        .header("content-type", "text/plain")
        .body("warm please")
        .send()
        .await;
    not_json.assert_problem(415, "unsupported_media_type");

    let listed = app.get(&path, Some(&owner)).await;
    assert_eq!(
        ids(&listed.body).len(),
        3,
        "only the three valid requests made plans"
    );
}

/// A final-round interview at which the candidate certainly arrived late, with or without an extenuating
/// circumstance, and its first plan; returns (owner token, interview id, plan).
async fn plan_after_arriving_late(
    app: &TestApp,
    circumstance: Option<&str>,
) -> (String, String, Value) {
    let (owner, interview) = owner_with_interview(app).await;
    let mut gaffe = json!({"kind": "late", "noticed": "certain", "moment": "arrival"});
    if let Some(circumstance) = circumstance {
        gaffe["extenuating_circumstance"] = json!(circumstance);
    }
    let interview_id = id(&interview);
    create_gaffe(app, &owner, &interview_id, &gaffe).await;
    let plan = generate_plan(app, &owner, &interview_id, &json!({})).await;
    (owner, interview_id, plan)
}

#[actix_web::test]
async fn lateness_with_a_family_emergency_brings_a_second_interview_request_only_once_the_employer_interest_is_strong(
) {
    let app = TestApp::spawn().await;
    let (owner, interview_id, plan) =
        plan_after_arriving_late(&app, Some("A family emergency that morning")).await;
    assert_ne!(plan["band"], "minor", "{}", plan["damage_score"]);
    // A final round alone says nothing about how keen they were.
    assert!(
        step(&plan, "second_interview_request").is_none(),
        "{:?}",
        step_kinds(&plan)
    );
    let reason = omitted(&plan, "second_interview_request").expect("omitted with a reason")
        ["reason"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(reason.contains("employer's interest as strong"), "{reason}");
    assert!(!plan.to_string().contains("so they were already leaning"));

    // The recruiter had told the candidate they were the front-runner.
    let patched = app
        .patch_json(
            &format!("/v1/interviews/{interview_id}"),
            Some(&owner),
            &json!({"employer_interest": "strong"}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    let request = step(&plan, "second_interview_request").expect("a second-interview request");
    let why = request["why"].to_string();
    assert!(why.contains("family emergency"), "{why}");
    assert!(why.contains("strong interest"), "{why}");
    assert!(omitted(&plan, "second_interview_request").is_none());
    let note_due = parse_time(&step(&plan, "follow_up_note").unwrap()["due_at"]);
    assert!(
        parse_time(&request["due_at"]) > note_due,
        "the thank-you note goes first"
    );
}

#[actix_web::test]
async fn a_rejected_interview_gets_a_plan_that_keeps_the_relationship_instead_of_damage_control() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let mut body = rich_interview_body(&person, &ago(0, 180), 2);
    body["outcome"] = json!("rejected");
    body["employer_interest"] = json!("strong");
    let interview_id = id(&create_interview(&app, &owner, &body).await);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "late", "noticed": "certain", "moment": "arrival", "extenuating_circumstance": "A family emergency"}),
    )
    .await;
    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert_eq!(
        step_kinds(&plan),
        vec!["review", "follow_up_note", "lessons"]
    );
    let reply = step(&plan, "follow_up_note").unwrap();
    assert_eq!(reply["title"], "Reply graciously and keep the door open");
    let what_to_do = reply["what_to_do"].as_str().unwrap();
    assert!(
        what_to_do.contains("feedback") && what_to_do.contains("future roles"),
        "{what_to_do}"
    );
    for kind in ["cool_off", "second_interview_request", "reference_tip_off"] {
        assert!(omitted(&plan, kind).is_some(), "{kind}");
    }
    assert_eq!(
        step(&plan, "lessons").unwrap()["title"],
        "Learn from it for next time"
    );

    // The same interview, still pending, would take the recovery path.
    app.patch_json(
        &format!("/v1/interviews/{interview_id}"),
        Some(&owner),
        &json!({"outcome": "pending"}),
    )
    .await;
    let pending = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert!(
        step(&pending, "cool_off").is_some(),
        "{:?}",
        step_kinds(&pending)
    );
    assert!(step(&pending, "second_interview_request").is_some());
}

#[actix_web::test]
async fn a_stored_plan_keeps_the_rules_version_it_was_made_with() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let old = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert_eq!(old["rules_version"], rebound_domain::plan::RULES_VERSION);
    // As if made by the rules before this version.
    let url = app.database_url().to_string();
    let plan_id = id(&old);
    actix_web::web::block(move || {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let mut conn = diesel::PgConnection::establish(&url).expect("connecting");
        conn.batch_execute(&format!(
            "UPDATE recovery_plans SET rules_version = '2026-11-26.1' WHERE id = '{plan_id}'"
        ))
        .expect("backdating the plan's rules");
    })
    .await
    .unwrap();
    let read = app
        .get(
            &format!("{}/{}", plans_path(&interview_id), id(&old)),
            Some(&owner),
        )
        .await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(read.body["rules_version"], "2026-11-26.1");
    let new = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert_eq!(new["rules_version"], rebound_domain::plan::RULES_VERSION);
}

#[actix_web::test]
async fn the_same_lateness_without_a_circumstance_is_judged_on_the_employers_interest_alone() {
    let app = TestApp::spawn().await;
    let (_, _, plan) = plan_after_arriving_late(&app, None).await;
    assert!(
        step(&plan, "second_interview_request").is_none(),
        "{:?}",
        step_kinds(&plan)
    );
    let reason = omitted(&plan, "second_interview_request").expect("omitted with a reason")
        ["reason"]
        .as_str()
        .unwrap()
        .to_string();
    // Issue 21: a circumstance strengthens the case but is not required; what is missing is the employer's interest.
    assert!(reason.contains("employer's interest as strong"), "{reason}");
    assert!(!reason.contains("extenuating"), "{reason}");
}

#[actix_web::test]
async fn an_interview_eight_days_ago_gets_no_cool_off() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let interview_id =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(8, 0), 1)).await);
    create_gaffe(&app, &owner, &interview_id, &gaffe_body("rambling")).await;

    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert!(step(&plan, "cool_off").is_none(), "{:?}", step_kinds(&plan));
    let reason = omitted(&plan, "cool_off").expect("cool_off omitted")["reason"].to_string();
    assert!(reason.contains("8 days ago"), "{reason}");
    let created_at = parse_time(&plan["created_at"]);
    for s in plan["steps"].as_array().unwrap() {
        assert!(
            parse_time(&s["due_at"]) >= created_at,
            "never due in the past: {s}"
        );
    }
}

#[actix_web::test]
async fn plans_list_newest_first_and_an_old_plan_stays_readable_after_gaffes_change() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &gaffe_body("wrong_interviewer_name"),
    )
    .await;
    let first = generate_plan(&app, &owner, &interview_id, &json!({})).await;

    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
    )
    .await;
    let second = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    assert!(second["interview_version"].as_i64() > first["interview_version"].as_i64());
    assert_eq!(
        lesson_kinds(&second),
        vec!["wrong_interviewer_name", "salary_blank"]
    );

    let path = plans_path(&interview_id);
    let listed = app.get(&path, Some(&owner)).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(
        ids(&listed.body),
        vec![id(&second), id(&first)],
        "newest first"
    );
    assert_eq!(listed.body["next_cursor"], Value::Null);

    let old = app
        .get(&format!("{path}/{}", id(&first)), Some(&owner))
        .await;
    assert_eq!(old.status, 200, "{}", old.text);
    assert_eq!(old.body, first, "the old plan is unchanged");
    assert_eq!(lesson_kinds(&old.body), vec!["wrong_interviewer_name"]);
    assert_eq!(
        old.body["assessment"]["gaffes"].as_array().unwrap().len(),
        1
    );

    let page_one = app.get(&format!("{path}?limit=1"), Some(&owner)).await;
    assert_eq!(ids(&page_one.body), vec![id(&second)]);
    let cursor = page_one.body["next_cursor"]
        .as_str()
        .expect("a next page")
        .to_string();
    let page_two = app
        .get(&format!("{path}?limit=1&cursor={cursor}"), Some(&owner))
        .await;
    assert_eq!(ids(&page_two.body), vec![id(&first)]);
    assert_eq!(page_two.body["next_cursor"], Value::Null);

    let bad = app.get(&format!("{path}?limit=0"), Some(&owner)).await;
    bad.assert_problem(400, "validation_failed");
    assert_eq!(bad.error_fields(), vec!["limit"]);
    let bad = app
        .get(&format!("{path}?cursor=nonsense!"), Some(&owner))
        .await;
    assert_eq!(bad.error_fields(), vec!["cursor"]);
}

#[actix_web::test]
async fn an_idempotency_key_makes_generation_safe_to_retry() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let path = plans_path(&interview_id);
    let first = app
        .post_idempotent(&path, &owner, "plan-key-1", &json!({"tone": "warm"}))
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let again = app
        .post_idempotent(&path, &owner, "plan-key-1", &json!({"tone": "warm"}))
        .await;
    assert_eq!(again.status, 201, "{}", again.text);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    let reused = app
        .post_idempotent(&path, &owner, "plan-key-1", &json!({"tone": "formal"}))
        .await;
    reused.assert_problem(422, "idempotency_key_reused");
    assert_eq!(ids(&app.get(&path, Some(&owner)).await.body).len(), 1);
}

#[actix_web::test]
async fn a_step_status_change_honours_if_match_on_the_step() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    create_gaffe(&app, &owner, &interview_id, &gaffe_body("salary_blank")).await;
    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    let plan_id = id(&plan);
    let note = step(&plan, "follow_up_note").unwrap();
    let path = step_path(&interview_id, &plan_id, &id(note));

    let stale = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"5\"")
        .json(&json!({"status": "done"}))
        .send()
        .await;
    stale.assert_problem(412, "precondition_failed");

    let done = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"status": "done"}))
        .send()
        .await;
    assert_eq!(done.status, 200, "{}", done.text);
    assert_eq!(done.body["status"], "done");
    assert_eq!(done.body["version"], 2);
    assert_eq!(done.header("etag"), Some("\"2\""));
    assert_eq!(done.body["draft"], note["draft"], "only the status changes");
    assert!(parse_time(&done.body["updated_at"]) >= parse_time(&note["updated_at"]));

    let replayed = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .if_match("\"1\"")
        .json(&json!({"status": "skipped"}))
        .send()
        .await;
    replayed.assert_problem(412, "precondition_failed");

    let fetched = app
        .get(
            &format!("{}/{plan_id}", plans_path(&interview_id)),
            Some(&owner),
        )
        .await;
    let stored = step(&fetched.body, "follow_up_note").unwrap();
    assert_eq!(stored["status"], "done");
    assert_eq!(stored["version"], 2);
    assert_eq!(
        step(&fetched.body, "review").unwrap()["status"],
        "pending",
        "other steps are untouched"
    );

    let invalid = app
        .patch_json(&path, Some(&owner), &json!({"status": "finished"}))
        .await;
    invalid.assert_problem(400, "validation_failed");
    assert_eq!(invalid.error_fields(), vec!["status"]);
    let missing = app.patch_json(&path, Some(&owner), &json!({})).await;
    assert_eq!(missing.error_fields(), vec!["status"]);

    let unknown_step = app
        .patch_json(
            &step_path(
                &interview_id,
                &plan_id,
                "0193f000-0000-7000-8000-000000000000",
            ),
            Some(&owner),
            &json!({"status": "done"}),
        )
        .await;
    unknown_step.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn note_review_flags_dear_arnold_and_repeated_apologies() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let text = "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst position. I'm so sorry \
                about the salary question. Sorry again, and my apologies for rambling.\n\nI remain very interested in \
                the role and look forward to hearing about the next steps.\n\nKind regards,\nJordan";

    let reviewed = app
        .post_json(
            "/v1/follow-up-notes/review",
            Some(&owner),
            &json!({"text": text, "interview_id": interview_id}),
        )
        .await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.text);
    let findings = reviewed.body["findings"].as_array().unwrap();
    let of_kind = |kind: &str| {
        findings
            .iter()
            .filter(|f| f["kind"] == kind)
            .collect::<Vec<_>>()
    };

    let names = of_kind("unknown_name");
    assert_eq!(names.len(), 1, "{findings:?}");
    assert_eq!(names[0]["severity"], "error");
    assert_eq!(names[0]["span"], json!({"start": 5, "end": 11}));
    assert_eq!(covered(text, &names[0]["span"]), "Arnold");
    assert!(
        names[0]["suggestion"].as_str().unwrap().contains("Armin"),
        "{}",
        names[0]
    );

    let first = of_kind("apology");
    assert_eq!(first.len(), 1, "{findings:?}");
    assert_eq!(covered(text, &first[0]["span"]), "sorry");
    let repeated: Vec<String> = of_kind("repeated_apology")
        .iter()
        .map(|f| covered(text, &f["span"]))
        .collect();
    assert_eq!(repeated, vec!["Sorry", "apologies"]);
    assert!(of_kind("repeated_apology")
        .iter()
        .all(|f| f["severity"] == "error"));
    assert!(reviewed.body["word_count"].as_u64().unwrap() > 30);
    for finding in findings {
        for member in ["kind", "severity", "message", "suggestion"] {
            assert!(finding[member].is_string(), "{finding}");
        }
    }

    // Without an interview there are no names to check against.
    let plain = app
        .post_json(
            "/v1/follow-up-notes/review",
            Some(&owner),
            &json!({"text": text}),
        )
        .await;
    assert_eq!(plain.status, 200, "{}", plain.text);
    assert!(plain.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] != "unknown_name"));
    assert!(plain.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "repeated_apology"));
}

#[actix_web::test]
async fn note_review_validation_names_the_field() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    let path = "/v1/follow-up-notes/review";
    for body in [
        json!({"text": ""}),
        json!({"text": "   \n "}),
        json!({"text": "a".repeat(10_001)}),
        json!({}),
    ] {
        let response = app.post_json(path, Some(&owner), &body).await;
        response.assert_problem(400, "validation_failed");
        assert_eq!(response.error_fields(), vec!["text"], "{}", response.text);
    }
    let bad_id = app
        .post_json(
            path,
            Some(&owner),
            &json!({"text": "Thank you!", "interview_id": "nope"}),
        )
        .await;
    bad_id.assert_problem(400, "validation_failed");
    assert_eq!(bad_id.error_fields(), vec!["interview_id"]);
    let longest = app
        .post_json(path, Some(&owner), &json!({"text": "a".repeat(10_000)}))
        .await;
    assert_eq!(longest.status, 200, "{}", longest.text);
}

#[actix_web::test]
async fn insights_show_a_recurring_gaffe_a_damage_trend_and_a_prep_checklist() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let older =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(10, 0), 1)).await);
    let newer =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(3, 0), 2)).await);
    let salary = json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0});
    create_gaffe(&app, &owner, &older, &salary).await;
    create_gaffe(&app, &owner, &older, &gaffe_body("wrong_interviewer_name")).await;
    create_gaffe(&app, &owner, &newer, &salary).await;
    generate_plan(&app, &owner, &older, &json!({})).await;
    generate_plan(&app, &owner, &newer, &json!({})).await;
    // A regenerated plan must not count its lessons twice.
    generate_plan(&app, &owner, &newer, &json!({})).await;

    let insights = app
        .get(&format!("/v1/candidates/{person}/insights"), Some(&owner))
        .await;
    assert_eq!(insights.status, 200, "{}", insights.text);
    let body = &insights.body;
    assert_eq!(body["candidate_id"], person.as_str());
    assert_eq!(body["interviews_considered"], 2);
    assert_eq!(
        body["recurring_gaffes"],
        json!([{"kind": "salary_blank", "count": 2, "interviews": 2}]),
        "the wrong name happened once, so it is not recurring"
    );

    let trend = body["damage_trend"].as_array().unwrap();
    let trend_ids: Vec<&str> = trend
        .iter()
        .map(|p| p["interview_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        trend_ids,
        vec![older.as_str(), newer.as_str()],
        "oldest first"
    );
    for point in trend {
        let interview_id = point["interview_id"].as_str().unwrap();
        let assessment = app
            .get(
                &format!("/v1/interviews/{interview_id}/assessment"),
                Some(&owner),
            )
            .await;
        assert_eq!(point["damage_score"], assessment.body["damage_score"]);
        assert_eq!(point["band"], assessment.body["band"]);
        assert_eq!(point["company"], "Harbor & Finch Capital");
    }

    let rating = &body["self_rating"];
    assert_eq!(rating["average_self_rating"], 1.5);
    assert!(rating["average_evidence_rating"].as_f64().unwrap() >= 1.0);
    assert!(
        ["catastrophises", "calibrated", "optimistic"]
            .contains(&rating["verdict"].as_str().unwrap()),
        "{rating}"
    );
    assert!(
        rating["note"].as_str().unwrap().contains("1.5 out of 5"),
        "{rating}"
    );

    let checklist = body["prep_checklist"].as_array().unwrap();
    let items: Vec<(&str, u64)> = checklist
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap(),
                i["interviews"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![("salary_blank", 2), ("wrong_interviewer_name", 1)],
        "most frequent first"
    );
    assert!(checklist[0]["prevention"]
        .as_str()
        .unwrap()
        .contains("range"));

    let newcomer = id(&candidate(&app, &owner, "Sam Okafor").await);
    let empty = app
        .get(&format!("/v1/candidates/{newcomer}/insights"), Some(&owner))
        .await;
    assert_eq!(empty.status, 200, "{}", empty.text);
    assert_eq!(empty.body["interviews_considered"], 0);
    assert_eq!(empty.body["self_rating"], Value::Null);
    assert_eq!(empty.body["damage_trend"], json!([]));
    assert_eq!(empty.body["prep_checklist"], json!([]));
}

#[actix_web::test]
async fn the_third_late_arrival_is_named_as_the_third_in_the_plan_and_in_the_insights() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let late = json!({"kind": "late", "noticed": "certain", "moment": "arrival"});
    // Logged out of order: "earlier" means the interview took place before, not that it was logged before.
    let latest =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(2, 0), 2)).await);
    let first =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(30, 0), 2)).await);
    let middle =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(15, 0), 2)).await);
    // The first interview logs the kind twice: it is still one earlier interview.
    for interview in [&latest, &first, &first, &middle] {
        create_gaffe(&app, &owner, interview, &late).await;
    }
    // Another candidate's late arrivals are not this candidate's pattern.
    let other = id(&candidate(&app, &owner, "Sam Okafor").await);
    let theirs =
        id(&create_interview(&app, &owner, &rich_interview_body(&other, &ago(20, 0), 2)).await);
    create_gaffe(&app, &owner, &theirs, &late).await;

    let plan = generate_plan(&app, &owner, &latest, &json!({})).await;
    let review = step(&plan, "review").expect("a review");
    let text = review["what_to_do"].as_str().unwrap();
    assert!(
        text.contains("This is the third interview where you arrived late: a pattern now, not bad luck. Plan the route"),
        "{text}"
    );
    assert!(
        review["why"]
            .as_array()
            .unwrap()
            .contains(&json!("Logged in 2 earlier interviews too: late arrival")),
        "{review}"
    );
    let lessons = step(&plan, "lessons").expect("lessons");
    assert!(
        lessons["what_to_do"]
            .as_str()
            .unwrap()
            .starts_with("- Arrived late (third time): "),
        "{lessons}"
    );

    let second = generate_plan(&app, &owner, &middle, &json!({})).await;
    let text = step(&second, "review").unwrap()["what_to_do"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains("This is the second interview where you arrived late"),
        "{text}"
    );
    let opening = generate_plan(&app, &owner, &first, &json!({})).await;
    let text = step(&opening, "review").unwrap()["what_to_do"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!text.contains("interview where you arrived late"), "{text}");

    let insights = app
        .get(&format!("/v1/candidates/{person}/insights"), Some(&owner))
        .await;
    assert_eq!(insights.status, 200, "{}", insights.text);
    let summary = insights.body["summary"].as_str().unwrap();
    assert!(
        summary.contains("over your last three interviews"),
        "{summary}"
    );
    assert!(
        summary.ends_with("; late arrival keeps coming back (3 of 3 interviews)."),
        "{summary}"
    );
}

/// Every plan, note-review and insight request that names another candidate's records: their interview, their plan
/// (also under an interview the caller can see), their step, and the candidate. `visible_interview` and
/// `visible_plan` belong to the caller.
fn attempts(
    candidate_id: &str,
    interview_id: &str,
    plan: &Value,
    visible_interview: &str,
    visible_plan: &Value,
) -> Vec<Attempt> {
    let plan_id = id(plan);
    let step_id = id(&plan["steps"][0]);
    let visible_step = id(&visible_plan["steps"][0]);
    let done = json!({"status": "done"});
    vec![
        Attempt::new(Method::GET, plans_path(interview_id)),
        Attempt::new(Method::POST, plans_path(interview_id)).json(json!({})),
        Attempt::new(
            Method::GET,
            format!("{}/{plan_id}", plans_path(interview_id)),
        ),
        Attempt::new(
            Method::GET,
            format!("{}/{plan_id}", plans_path(visible_interview)),
        ),
        Attempt::new(Method::PATCH, step_path(interview_id, &plan_id, &step_id)).json(done.clone()),
        Attempt::new(
            Method::PATCH,
            step_path(visible_interview, &plan_id, &step_id),
        )
        .json(done.clone()),
        Attempt::new(
            Method::PATCH,
            step_path(visible_interview, &id(visible_plan), &step_id),
        )
        .json(done.clone()),
        Attempt::new(
            Method::PATCH,
            step_path(interview_id, &plan_id, &visible_step),
        )
        .json(done),
        Attempt::new(Method::POST, "/v1/follow-up-notes/review").json(
            json!({"text": "Dear Armin, thank you for your time.", "interview_id": interview_id}),
        ),
        Attempt::new(
            Method::GET,
            format!("/v1/candidates/{candidate_id}/insights"),
        ),
    ]
}

#[actix_web::test]
async fn every_plan_note_and_insight_route_is_404_for_another_workspaces_ids() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    assert_all_not_found(
        &app,
        "owner of A",
        &w.owner_a,
        &attempts(
            &w.b1,
            &w.interview_b,
            &w.plan_b,
            &w.interview_a1,
            &w.plan_a1,
        ),
    )
    .await;
    assert_all_not_found(
        &app,
        "owner of B",
        &w.owner_b,
        &attempts(
            &w.a1,
            &w.interview_a1,
            &w.plan_a1,
            &w.interview_b,
            &w.plan_b,
        ),
    )
    .await;

    // Nothing changed: B still has one plan, its steps all pending; A's steps too.
    let b_plans = app.get(&plans_path(&w.interview_b), Some(&w.owner_b)).await;
    assert_eq!(ids(&b_plans.body), vec![id(&w.plan_b)]);
    assert!(b_plans.body["data"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["status"] == "pending" && s["version"] == 1));
    let a_plan = app
        .get(
            &format!("{}/{}", plans_path(&w.interview_a1), id(&w.plan_a1)),
            Some(&w.owner_a),
        )
        .await;
    assert_eq!(a_plan.body, w.plan_a1);
}

#[actix_web::test]
async fn a_candidate_user_gets_404_for_another_candidates_plans_notes_and_insights() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    assert_all_not_found(
        &app,
        "candidate user of A",
        &w.candidate_user_a,
        &attempts(
            &w.a2,
            &w.interview_a2,
            &w.plan_a2,
            &w.interview_a1,
            &w.plan_a1,
        ),
    )
    .await;
    let a2_plans = app
        .get(&plans_path(&w.interview_a2), Some(&w.owner_a))
        .await;
    assert_eq!(
        ids(&a2_plans.body),
        vec![id(&w.plan_a2)],
        "no plan was generated for A2"
    );
    let a2_plan = &a2_plans.body["data"][0];
    assert_eq!(a2_plan, &w.plan_a2, "no step of A2's plan changed");

    // Their own records answer.
    let own = [
        app.get(&plans_path(&w.interview_a1), Some(&w.candidate_user_a))
            .await,
        app.get(
            &format!("{}/{}", plans_path(&w.interview_a1), id(&w.plan_a1)),
            Some(&w.candidate_user_a),
        )
        .await,
        app.get(
            &format!("/v1/candidates/{}/insights", w.a1),
            Some(&w.candidate_user_a),
        )
        .await,
        app.post_json(
            "/v1/follow-up-notes/review",
            Some(&w.candidate_user_a),
            &json!({"text": "Dear Armin, thank you.", "interview_id": w.interview_a1}),
        )
        .await,
    ];
    for response in own {
        assert_eq!(response.status, 200, "{}", response.text);
    }
    let step_id = id(&w.plan_a1["steps"][0]);
    let patched = app
        .request(
            Method::PATCH,
            &step_path(&w.interview_a1, &id(&w.plan_a1), &step_id),
        )
        .token(&w.candidate_user_a)
        .if_match("\"1\"")
        .json(&json!({"status": "skipped"}))
        .send()
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    let generated = app
        .request(Method::POST, &plans_path(&w.interview_a1))
        .token(&w.candidate_user_a)
        .send()
        .await;
    assert_eq!(generated.status, 201, "{}", generated.text);
}

#[actix_web::test]
async fn the_review_asks_each_gaffe_the_questions_of_its_kind_and_names_the_weak_answer() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "wrong_interviewer_name", "description": "Called him Arnold", "noticed": "certain", "moment": "mid"}),
    )
    .await;
    // Question 1 of the fixture is "Tell us about a difficult coworker." (weak).
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "weak_behavioral_answer", "noticed": "likely", "moment": "mid", "question_index": 1}),
    )
    .await;
    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    let review = step(&plan, "review").unwrap()["what_to_do"]
        .as_str()
        .unwrap()
        .to_string();
    let name = review
        .lines()
        .find(|l| l.starts_with("- Wrong interviewer name"))
        .unwrap_or_else(|| panic!("{review}"));
    assert!(name.contains("Which name did you use"), "{name}");
    assert!(!name.contains("better answer"), "{name}");
    let weak = review
        .lines()
        .find(|l| l.starts_with("- Weak behavioural answer"))
        .unwrap_or_else(|| panic!("{review}"));
    assert!(
        weak.contains("Tell us about a difficult coworker"),
        "{weak}"
    );
    assert!(weak.contains("Which real situation"), "{weak}");
    let lessons = step(&plan, "lessons").unwrap()["what_to_do"].to_string();
    assert!(lessons.contains("Have on hand next time"), "{lessons}");

    let catalogue = app.get("/v1/gaffe-kinds", None).await;
    let late = catalogue.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "late")
        .unwrap();
    assert!(late["review_questions"].as_array().unwrap().len() >= 2);
    assert!(late["on_hand"].is_string());
}
