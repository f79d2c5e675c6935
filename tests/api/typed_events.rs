//! Typed events: every event type, produced for real, validates against its own member of the `EventEnvelope`
//! union (the one the discriminator names) and against no other, and carries its workspace and API version.

use serde_json::{json, Value};

use crate::fixtures::{
    create_gaffe, gaffe_body, generate_plan, id, owner_with_interview, plans_path,
};
use crate::helpers::{eventually, TestApp};
use crate::openapi::conforms;
use crate::webhooks::{fast_app, register};

/// Produces at least one event of every type in `app`'s workspace; returns the owner's token.
async fn one_of_each(app: &TestApp) -> String {
    let (owner, interview) = owner_with_interview(app).await;
    let interview_id = id(&interview);
    let candidate_path = format!(
        "/v1/candidates/{}",
        interview["candidate_id"].as_str().unwrap()
    );
    let interview_path = format!("/v1/interviews/{interview_id}");
    let patched = app
        .patch_json(&candidate_path, Some(&owner), &json!({"notes": "Typed"}))
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    let gaffe = create_gaffe(
        app,
        &owner,
        &interview_id,
        &gaffe_body("wrong_interviewer_name"),
    )
    .await;
    let gaffe_path = format!("{interview_path}/gaffes/{}", id(&gaffe));
    let changed = app
        .patch_json(&gaffe_path, Some(&owner), &json!({"noticed": "certain"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    let late = create_gaffe(app, &owner, &interview_id, &gaffe_body("late")).await;
    let late_path = format!("{interview_path}/gaffes/{}", id(&late));
    assert_eq!(app.delete(&late_path, Some(&owner)).await.status, 204);
    let plan = generate_plan(app, &owner, &interview_id, &json!({})).await;
    let steps = plan["steps"].as_array().unwrap();
    let step_path = format!(
        "{}/{}/steps/{}",
        plans_path(&interview_id),
        id(&plan),
        id(&steps[0])
    );
    let done = app
        .patch_json(&step_path, Some(&owner), &json!({"status": "done"}))
        .await;
    assert_eq!(done.status, 200, "{}", done.text);

    // A later step falls due when the clock passes it.
    let due = crate::fixtures::parse_time(&steps[steps.len() - 1]["due_at"]);
    app.clock
        .advance(due - chrono::Utc::now() + chrono::Duration::minutes(1));
    eventually("a step_due event", || async {
        let due = app
            .get("/v1/events?type=recovery_plan.step_due", Some(&owner))
            .await;
        match due.body["data"].as_array().map(Vec::len) {
            Some(n) if n > 0 => Ok(()),
            _ => Err(due.text),
        }
    })
    .await;

    let endpoint = register(
        app,
        &owner,
        "https://jobs.example.com/hooks/rebound",
        json!(["*"]),
    )
    .await;
    let ping = app
        .post_json(
            &format!("/v1/webhook-endpoints/{}/test", id(&endpoint["endpoint"])),
            Some(&owner),
            &json!({}),
        )
        .await;
    assert_eq!(ping.status, 202, "{}", ping.text);

    // Deleting the interview, then the candidate, last.
    assert_eq!(app.delete(&interview_path, Some(&owner)).await.status, 204);
    assert_eq!(app.delete(&candidate_path, Some(&owner)).await.status, 204);
    owner
}

#[actix_web::test]
async fn every_event_type_validates_against_its_own_member_of_the_envelope_union() {
    let app = fast_app().await;
    let owner = one_of_each(&app).await;
    let me = app.get("/v1/me", Some(&owner)).await.body;
    let spec: Value = serde_json::from_str(&rebound::openapi::document_json()).unwrap();
    let envelope = &spec["components"]["schemas"]["EventEnvelope"];
    let mapping = envelope["discriminator"]["mapping"].as_object().unwrap();

    let mut events = Vec::new();
    let mut page = app.get("/v1/events?limit=100", Some(&owner)).await.body;
    events.extend(page["data"].as_array().unwrap().clone());
    while let Some(cursor) = page["next_cursor"].as_str() {
        page = app
            .get(
                &format!("/v1/events?limit=100&after={cursor}"),
                Some(&owner),
            )
            .await
            .body;
        events.extend(page["data"].as_array().unwrap().clone());
    }
    let pinged = app.get("/v1/events?type=ping", Some(&owner)).await.body;
    events.extend(pinged["data"].as_array().unwrap().clone());

    let mut seen = std::collections::BTreeSet::new();
    for event in &events {
        let event_type = event["type"].as_str().unwrap();
        seen.insert(event_type.to_string());
        assert_eq!(event["workspace_id"], me["workspace"]["id"], "{event}");
        assert_eq!(event["api_version"], rebound_views::API_VERSION, "{event}");
        let mut matched = Vec::new();
        for (name, member) in mapping {
            let mut errors = Vec::new();
            conforms(&spec, &json!({"$ref": member}), event, "event", &mut errors);
            if errors.is_empty() {
                matched.push(name.clone());
            } else if name == event_type {
                panic!("{event_type} does not fit its schema: {errors:?}\n{event}");
            }
        }
        assert_eq!(matched, [event_type], "exactly its own member fits");
    }
    let every: std::collections::BTreeSet<String> = rebound_domain::events::EventType::ALL
        .iter()
        .map(|t| t.as_str().to_string())
        .collect();
    assert_eq!(
        seen, every,
        "one event of every type was produced and checked"
    );
}
