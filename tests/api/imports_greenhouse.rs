//! `POST /v1/imports/greenhouse`: a Greenhouse Harvest bundle (tests/fixtures/greenhouse_bundle.json, written from
//! Harvest's documented shapes with the nulls and extra fields it sends) imported, re-imported, changed remotely,
//! kept per workspace, and imported around objects that cannot be.

use serde_json::{json, Value};

use crate::fixtures::{candidate_user, id, parse_time};
use crate::helpers::{Response, TestApp};

const PATH: &str = "/v1/imports/greenhouse";

fn fixture() -> Value {
    serde_json::from_str(include_str!("../fixtures/greenhouse_bundle.json")).unwrap()
}

async fn import(app: &TestApp, token: &str, bundle: &Value) -> Response {
    app.post_json(PATH, Some(token), bundle).await
}

/// Imports `bundle` and returns the report, asserting the import succeeded.
async fn report(app: &TestApp, token: &str, bundle: &Value) -> Value {
    let response = import(app, token, bundle).await;
    assert_eq!(response.status, 200, "{}", response.text);
    response.body
}

fn counts(report: &Value) -> [u64; 4] {
    ["created", "updated", "unchanged", "deleted"].map(|k| report[k].as_u64().unwrap())
}

/// The interview a Greenhouse scheduled interview became, as `GET /v1/interviews/{id}` shows it (with its ETag).
async fn imported(app: &TestApp, token: &str, remote_id: &str) -> Response {
    let page = app
        .get(
            &format!("/v1/interviews?remote_source=greenhouse&remote_id={remote_id}"),
            Some(token),
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.text);
    let data = page.body["data"].as_array().unwrap();
    assert_eq!(
        data.len(),
        1,
        "one interview for {remote_id}: {}",
        page.text
    );
    let one = app
        .get(&format!("/v1/interviews/{}", id(&data[0])), Some(token))
        .await;
    assert_eq!(one.status, 200, "{}", one.text);
    one
}

fn scheduled_interview(bundle: &mut Value, remote_id: u64) -> &mut Value {
    bundle["scheduled_interviews"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["id"] == remote_id)
        .unwrap()
}

async fn events_of_type(app: &TestApp, token: &str, kind: &str) -> Vec<Value> {
    let page = app
        .get(&format!("/v1/events?type={kind}&limit=100"), Some(token))
        .await;
    assert_eq!(page.status, 200, "{}", page.text);
    page.body["data"].as_array().unwrap().clone()
}

#[actix_web::test]
async fn importing_the_greenhouse_fixture_creates_its_candidates_and_interviews() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;

    let report = report(&app, &owner, &fixture()).await;
    assert_eq!(counts(&report), [5, 0, 0, 0], "{report}");
    assert_eq!(report["skipped"], json!([]));

    let video = imported(&app, &owner, "110300001").await.body;
    assert_eq!(video["company"], "Halvorsen Capital");
    assert_eq!(video["role_title"], "Senior Financial Analyst");
    assert_eq!(video["stage"], "technical");
    assert_eq!(video["format"], "video");
    assert_eq!(video["duration_minutes"], 60);
    assert_eq!(video["remote"]["source"], "greenhouse");
    assert_eq!(video["remote"]["remote_id"], "110300001");
    let names: Vec<&str> = video["interviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Armin Lindqvist", "Priya Natarajan"]);
    assert_eq!(
        video["interviewers"][0]["email"],
        "armin.lindqvist@halvorsen.example.com"
    );

    let phone = imported(&app, &owner, "110300002").await.body;
    assert_eq!(
        (&phone["format"], &phone["stage"]),
        (&json!("phone"), &json!("screening"))
    );
    // Both of Amara's interviews hang off one candidate, found by her Greenhouse id.
    assert_eq!(phone["candidate_id"], video["candidate_id"]);
    let onsite = imported(&app, &owner, "110300003").await.body;
    assert_eq!(
        (&onsite["format"], &onsite["stage"]),
        (&json!("onsite"), &json!("final"))
    );
    let all_day = imported(&app, &owner, "110300004").await.body;
    assert_eq!(all_day["stage"], "case_study");
    assert_eq!(all_day["duration_minutes"], Value::Null);

    let candidates = app
        .get("/v1/candidates?external_id=48201331", Some(&owner))
        .await;
    assert_eq!(candidates.status, 200, "{}", candidates.text);
    let amara = &candidates.body["data"][0];
    assert_eq!(amara["display_name"], "Amara Okafor");
    assert_eq!(amara["email"], "amara.okafor@example.com");
    assert_eq!(amara["id"], video["candidate_id"]);
    let all = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(
        all.body["data"].as_array().unwrap().len(),
        3,
        "{}",
        all.text
    );
}

#[actix_web::test]
async fn re_importing_an_unchanged_bundle_changes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    report(&app, &owner, &fixture()).await;
    let ids = [
        "110300001",
        "110300002",
        "110300003",
        "110300004",
        "110300005",
    ];
    let mut before = Vec::new();
    for remote_id in ids {
        let one = imported(&app, &owner, remote_id).await;
        before.push((
            one.body["version"].clone(),
            one.header("etag").map(str::to_owned),
        ));
    }
    let updates_before = events_of_type(&app, &owner, "interview.updated")
        .await
        .len();

    let again = report(&app, &owner, &fixture()).await;
    assert_eq!(counts(&again), [0, 0, 5, 0], "{again}");
    assert_eq!(again["skipped"], json!([]));
    for (remote_id, (version, etag)) in ids.into_iter().zip(before) {
        let one = imported(&app, &owner, remote_id).await;
        assert_eq!(one.body["version"], version, "{remote_id}");
        assert_eq!(one.header("etag").map(str::to_owned), etag, "{remote_id}");
    }
    assert_eq!(
        events_of_type(&app, &owner, "interview.updated")
            .await
            .len(),
        updates_before
    );
}

#[actix_web::test]
async fn an_interview_changed_in_greenhouse_is_updated_once_with_an_event_and_the_candidates_notes_kept(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    report(&app, &owner, &fixture()).await;
    let before = imported(&app, &owner, "110300002").await;
    let interview_id = id(&before.body);
    // What the candidate logs themselves is theirs: an import never overwrites it.
    let noted = app
        .request(
            reqwest::Method::PATCH,
            &format!("/v1/interviews/{interview_id}"),
        )
        .token(&owner)
        .if_match(before.header("etag").unwrap())
        .json(&json!({"notes": "Kate asked about my notice period."}))
        .send()
        .await;
    assert_eq!(noted.status, 200, "{}", noted.text);
    let noted_version = noted.body["version"].as_i64().unwrap();

    // Greenhouse moved the phone screen later and made it longer, with a second interviewer.
    let mut bundle = fixture();
    let changed = scheduled_interview(&mut bundle, 110300002);
    changed["start"] = json!({"date_time": "2026-11-04T11:00:00.000Z"});
    changed["end"] = json!({"date_time": "2026-11-04T11:45:00.000Z"});
    changed["interviewers"].as_array_mut().unwrap().push(json!({
        "id": 5121, "employee_id": "HC-0098", "name": "Armin Lindqvist",
        "email": "armin.lindqvist@halvorsen.example.com", "response_status": "accepted", "scorecard_id": null
    }));
    changed["updated_at"] = json!("2026-11-05T09:00:00.000Z");

    let again = report(&app, &owner, &bundle).await;
    assert_eq!(counts(&again), [0, 1, 4, 0], "{again}");
    let after = imported(&app, &owner, "110300002").await;
    assert_eq!(after.body["version"].as_i64().unwrap(), noted_version + 1);
    assert_ne!(after.header("etag"), noted.header("etag"));
    assert_eq!(after.body["duration_minutes"], 45);
    assert_eq!(
        parse_time(&after.body["occurred_at"]),
        parse_time(&json!("2026-11-04T11:00:00Z"))
    );
    assert_eq!(after.body["interviewers"].as_array().unwrap().len(), 2);
    assert_eq!(after.body["notes"], "Kate asked about my notice period.");

    let updates = events_of_type(&app, &owner, "interview.updated").await;
    let for_this: Vec<&Value> = updates
        .iter()
        .filter(|e| e["data"]["id"] == json!(interview_id))
        .collect();
    // One from the candidate's own PATCH, one from the import.
    assert_eq!(for_this.len(), 2, "{updates:?}");
    assert_eq!(for_this[0]["data"]["duration_minutes"], 45);

    // The same change imported again is nothing new.
    let third = report(&app, &owner, &bundle).await;
    assert_eq!(counts(&third), [0, 0, 5, 0], "{third}");
}

#[actix_web::test]
async fn imports_are_kept_per_workspace() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    report(&app, &owner_a, &fixture()).await;
    let a_interview = imported(&app, &owner_a, "110300001").await.body;

    // The same Greenhouse ids in another workspace are that workspace's own: created, not found.
    let b_report = report(&app, &owner_b, &fixture()).await;
    assert_eq!(counts(&b_report), [5, 0, 0, 0], "{b_report}");
    let b_interview = imported(&app, &owner_b, "110300001").await.body;
    assert_ne!(b_interview["id"], a_interview["id"]);
    assert_ne!(b_interview["candidate_id"], a_interview["candidate_id"]);
    let peek = app
        .get(
            &format!("/v1/interviews/{}", id(&a_interview)),
            Some(&owner_b),
        )
        .await;
    peek.assert_problem(404, "not_found");

    // A change imported into B leaves A's copy as it was.
    let mut bundle = fixture();
    scheduled_interview(&mut bundle, 110300001)["end"] =
        json!({"date_time": "2026-11-18T15:30:00.000Z"});
    assert_eq!(counts(&report(&app, &owner_b, &bundle).await), [0, 1, 4, 0]);
    let a_after = imported(&app, &owner_a, "110300001").await.body;
    assert_eq!(a_after["version"], a_interview["version"]);
    assert_eq!(a_after["duration_minutes"], 60);
}

#[actix_web::test]
async fn objects_that_cannot_be_imported_are_skipped_and_the_rest_imported() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let mut bundle = fixture();
    scheduled_interview(&mut bundle, 110300002)["start"] = json!({"date_time": 1763980200});
    scheduled_interview(&mut bundle, 110300003)["application_id"] = json!(404);
    scheduled_interview(&mut bundle, 110300004)["start"] = Value::Null;
    bundle["scheduled_interviews"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "not-an-id", "application_id": 61500101}));

    let report = report(&app, &owner, &bundle).await;
    assert_eq!(counts(&report), [2, 0, 0, 0], "{report}");
    assert_eq!(
        report["skipped"],
        json!([
            {"remote_id": "110300002", "field": "start.date_time", "reason": "has the wrong type"},
            {"remote_id": "110300003", "field": "application_id",
             "reason": "no application with this id in the bundle's applications"},
            {"remote_id": "110300004", "field": "start",
             "reason": "missing: the interview has neither a start date_time nor a date"},
            {"remote_id": "", "field": "scheduled_interviews[5].id",
             "reason": "is not a Greenhouse id (a positive integer)"},
        ])
    );
    imported(&app, &owner, "110300001").await;
    imported(&app, &owner, "110300005").await;
    let none = app
        .get(
            "/v1/interviews?remote_source=greenhouse&remote_id=110300002",
            Some(&owner),
        )
        .await;
    assert_eq!(none.body["data"], json!([]));
}

#[actix_web::test]
async fn a_retried_import_with_the_same_idempotency_key_replays_the_first_report() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let first = app
        .post_idempotent(PATH, &owner, "gh-sync-2026-11-26", &fixture())
        .await;
    assert_eq!(first.status, 200, "{}", first.text);
    let replay = app
        .post_idempotent(PATH, &owner, "gh-sync-2026-11-26", &fixture())
        .await;
    assert_eq!(replay.status, 200, "{}", replay.text);
    assert_eq!(replay.body, first.body);
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(counts(&replay.body), [5, 0, 0, 0]);

    let mut other = fixture();
    other["company"] = json!("Someone Else");
    app.post_idempotent(PATH, &owner, "gh-sync-2026-11-26", &other)
        .await
        .assert_problem(422, "idempotency_key_reused");
}

#[actix_web::test]
async fn a_bundle_without_a_company_too_large_or_from_a_candidate_user_is_refused() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let mut bundle = fixture();
    bundle.as_object_mut().unwrap().remove("company");
    let missing = import(&app, &owner, &bundle).await;
    missing.assert_problem(400, "validation_failed");
    assert_eq!(missing.error_fields(), ["company"]);

    let mut bundle = fixture();
    let one = bundle["candidates"][0].clone();
    bundle["candidates"] = Value::Array(vec![one; 492]);
    let large = import(&app, &owner, &bundle).await;
    assert_eq!(large.status / 100, 4, "{}", large.text);
    assert_eq!(large.error_fields(), ["scheduled_interviews"]);

    let anonymous = app.post_json(PATH, None, &fixture()).await;
    anonymous.assert_problem(401, "unauthorized");
    let (_, candidate) = candidate_user(&app, &owner, "amara@example.com").await;
    import(&app, &candidate, &fixture())
        .await
        .assert_problem(403, "forbidden");
    let none = app.get("/v1/interviews", Some(&owner)).await;
    assert_eq!(none.body["data"], json!([]), "nothing refused was stored");
}
