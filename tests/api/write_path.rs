//! The one-statement creates (#18): the answer is built before the write, so it must be exactly what a later read
//! returns and what the event carries — times in whole microseconds as PostgreSQL keeps them, defaults as stored.

use serde_json::{json, Value};

use crate::fixtures::{
    candidate, create_interview, id, interview_body, owner_with_candidate, plan_after_a_wrong_name,
    plans_path,
};
use crate::helpers::TestApp;

/// The `data` of the workspace's event of `event_type` about the resource `resource_id`.
async fn event_data(app: &TestApp, token: &str, event_type: &str, resource_id: &str) -> Value {
    let events = app
        .get(
            &format!("/v1/events?type={event_type}&limit=100"),
            Some(token),
        )
        .await;
    assert_eq!(events.status, 200, "{}", events.text);
    events.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|event| event["data"]["id"] == resource_id)
        .unwrap_or_else(|| panic!("no {event_type} event for {resource_id}"))["data"]
        .clone()
}

#[actix_web::test]
async fn a_created_interview_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    // Nanoseconds in the time sent: PostgreSQL keeps microseconds, and so must the answer.
    let body = interview_body(&person, "2026-11-30T09:30:00.123456789-05:00");
    let created = create_interview(&app, &owner, &body).await;
    assert_eq!(created["occurred_at"], "2026-11-30T09:30:00.123456-05:00");
    let read = app
        .get(&format!("/v1/interviews/{}", id(&created)), Some(&owner))
        .await;
    assert_eq!(read.body, created);
    let announced = event_data(&app, &owner, "interview.created", &id(&created)).await;
    assert_eq!(announced, created);
}

#[actix_web::test]
async fn a_created_candidate_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = candidate(&app, &owner, "Hélène Côté-Gagnon").await;
    let read = app
        .get(&format!("/v1/candidates/{}", id(&created)), Some(&owner))
        .await;
    assert_eq!(read.body, created);
    let announced = event_data(&app, &owner, "candidate.created", &id(&created)).await;
    assert_eq!(announced, created);
}

#[actix_web::test]
async fn a_generated_plan_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let logged = create_interview(
        &app,
        &owner,
        &interview_body(&person, "2026-11-30T09:30:00Z"),
    )
    .await;
    let plan = plan_after_a_wrong_name(&app, &owner, &id(&logged)).await;
    let read = app
        .get(
            &format!("{}/{}", plans_path(&id(&logged)), id(&plan)),
            Some(&owner),
        )
        .await;
    assert_eq!(read.body, plan);
    let announced = event_data(&app, &owner, "recovery_plan.created", &id(&plan)).await;
    assert_eq!(announced, plan);
    assert_eq!(json!(plan["steps"][0]["status"]), json!("pending"));
}
