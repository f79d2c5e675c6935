//! Local time (#10): candidates' and interviews' IANA time zones, plan texts in local time, and `occurred_at` given
//! back with the offset it was sent with.

use chrono::{DateTime, Duration, FixedOffset, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::fixtures::{
    create_candidate, create_gaffe, create_interview, generate_plan, id, interview_body,
    owner_with_candidate, parse_time,
};
use crate::helpers::TestApp;

/// `hours` ago, written with the UTC offset `offset_hours` (negative is west of Greenwich), to the second.
fn hours_ago_at_offset(hours: i64, offset_hours: i32) -> String {
    let offset = FixedOffset::east_opt(offset_hours * 3600).expect("an offset");
    let at = (Utc::now() - Duration::hours(hours)).with_timezone(&offset);
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The plan's step of `kind`.
fn step<'a>(plan: &'a Value, kind: &str) -> &'a Value {
    plan["steps"]
        .as_array()
        .and_then(|steps| steps.iter().find(|s| s["kind"] == kind))
        .unwrap_or_else(|| panic!("no {kind} step in {plan}"))
}

/// `at` as plan texts write it in `zone`.
fn local(at: DateTime<Utc>, zone: &str, place: &str) -> String {
    let zone: chrono_tz::Tz = zone.parse().expect("a zone");
    format!(
        "{} ({place} time)",
        at.with_timezone(&zone).format("%a %d %b %Y, %H:%M")
    )
}

#[actix_web::test]
async fn an_interview_sent_with_an_offset_comes_back_with_the_same_offset() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let sent = hours_ago_at_offset(5, -5);
    assert!(sent.ends_with("-05:00"), "{sent}");
    let created = create_interview(&app, &owner, &interview_body(&person, &sent)).await;
    assert_eq!(created["occurred_at"], sent.as_str());
    let interview_id = id(&created);
    let read = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(read.body["occurred_at"], sent.as_str(), "{}", read.text);
    let listed = app
        .get(
            &format!("/v1/interviews?candidate_id={person}"),
            Some(&owner),
        )
        .await;
    assert_eq!(listed.body["data"][0]["occurred_at"], sent.as_str());

    // A change of time keeps the new offset; UTC is still written with a Z, as before offsets were kept.
    let moved = hours_ago_at_offset(6, 5);
    let patched = app
        .patch_json(
            &format!("/v1/interviews/{interview_id}"),
            Some(&owner),
            &json!({"occurred_at": moved}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["occurred_at"], moved.as_str());
    let in_utc = hours_ago_at_offset(7, 0);
    assert!(in_utc.ends_with('Z'), "{in_utc}");
    let utc = create_interview(&app, &owner, &interview_body(&person, &in_utc)).await;
    assert_eq!(utc["occurred_at"], in_utc.as_str());
}

#[actix_web::test]
async fn a_candidates_time_zone_puts_plan_texts_in_local_time_and_an_interview_can_override_it() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    let person = id(&create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Maya Chen", "time_zone": "America/New_York"}),
    )
    .await);
    let mut body = interview_body(&person, &hours_ago_at_offset(1, -5));
    body["self_rating"] = json!(1);
    let interview_id = id(&create_interview(&app, &owner, &body).await);
    create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing"}),
    )
    .await;
    let plan = generate_plan(&app, &owner, &interview_id, &json!({})).await;
    let cool_off = step(&plan, "cool_off");
    let until = parse_time(&cool_off["due_at"]);
    assert!(
        cool_off["due_at"].as_str().unwrap().ends_with('Z'),
        "due_at stays UTC: {cool_off}"
    );
    let text = cool_off["what_to_do"].as_str().unwrap();
    assert!(
        text.contains(&format!(
            "until {}.",
            local(until, "America/New_York", "New York")
        )),
        "{text}"
    );
    let all = plan.to_string();
    assert!(!all.contains("UTC"), "{all}");

    // The same candidate interviewing in London: the interview's zone wins.
    let mut abroad = interview_body(&person, &hours_ago_at_offset(1, 0));
    abroad["self_rating"] = json!(1);
    abroad["time_zone"] = json!("Europe/London");
    let abroad = create_interview(&app, &owner, &abroad).await;
    assert_eq!(abroad["time_zone"], "Europe/London");
    let plan = generate_plan(&app, &owner, &id(&abroad), &json!({})).await;
    let cool_off = step(&plan, "cool_off");
    let until = parse_time(&cool_off["due_at"]);
    let text = cool_off["what_to_do"].as_str().unwrap();
    assert!(
        text.contains(&format!(
            "until {}.",
            local(until, "Europe/London", "London")
        )),
        "{text}"
    );
}

#[actix_web::test]
async fn an_unknown_time_zone_is_a_422_naming_time_zone() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let bad = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "Sam Okafor", "time_zone": "Mars/Olympus_Mons"}),
        )
        .await;
    bad.assert_problem(422, "unprocessable_value");
    assert_eq!(bad.error_fields(), vec!["time_zone"], "{}", bad.text);

    let patched = app
        .patch_json(
            &format!("/v1/candidates/{person}"),
            Some(&owner),
            &json!({"time_zone": "EST5EDT-ish"}),
        )
        .await;
    patched.assert_problem(422, "unprocessable_value");
    assert_eq!(patched.error_fields(), vec!["time_zone"]);

    let mut body = interview_body(&person, &hours_ago_at_offset(2, 1));
    body["time_zone"] = json!("Europe/Londn");
    let bad = app.post_json("/v1/interviews", Some(&owner), &body).await;
    bad.assert_problem(422, "unprocessable_value");
    assert_eq!(bad.error_fields(), vec!["time_zone"], "{}", bad.text);

    // A known zone is stored, and null clears it.
    let set = app
        .patch_json(
            &format!("/v1/candidates/{person}"),
            Some(&owner),
            &json!({"time_zone": " Asia/Kolkata "}),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text);
    assert_eq!(set.body["time_zone"], "Asia/Kolkata");
    let cleared = app
        .patch_json(
            &format!("/v1/candidates/{person}"),
            Some(&owner),
            &json!({"time_zone": null}),
        )
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.body["time_zone"], Value::Null);
}
