//! Events out: every change is recorded with the change itself (a transactional outbox) and can be read back from
//! the feed; a change that rolled back leaves no event.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{candidate, id, user_of_role};
use crate::helpers::TestApp;

async fn events(app: &TestApp, token: &str, query: &str) -> Vec<Value> {
    let page = app.get(&format!("/v1/events{query}"), Some(token)).await;
    assert_eq!(page.status, 200, "{}", page.text);
    page.body["data"].as_array().unwrap().clone()
}

fn types(events: &[Value]) -> Vec<&str> {
    events.iter().map(|e| e["type"].as_str().unwrap()).collect()
}

#[actix_web::test]
async fn candidate_changes_appear_in_the_feed_as_the_api_showed_them_and_rolled_back_ones_do_not() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let dana = candidate(&app, &owner, "Dana Reyes").await;
    let path = format!("/v1/candidates/{}", id(&dana));
    let taken = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "Sam", "external_id": "ext-1"}),
        )
        .await;
    assert_eq!(taken.status, 201);

    let updated = app
        .patch_json(
            &path,
            Some(&owner),
            &json!({"notes": "Open to FP&A roles."}),
        )
        .await;
    assert_eq!(updated.status, 200);
    // A change that fails (and rolls back) records nothing.
    let conflict = app
        .patch_json(&path, Some(&owner), &json!({"external_id": "ext-1"}))
        .await;
    conflict.assert_problem(409, "external_id_taken");
    assert_eq!(app.delete(&path, Some(&owner)).await.status, 204);

    let feed = events(&app, &owner, "").await;
    assert_eq!(
        types(&feed),
        vec![
            "candidate.deleted",
            "candidate.updated",
            "candidate.created",
            "candidate.created"
        ]
    );
    let created = &feed[3];
    assert_eq!(
        created["data"], dana,
        "the event carries the resource as the API returned it"
    );
    let update = &feed[1];
    assert_eq!(update["data"], updated.body);
    assert_eq!(update["previous_attributes"]["notes"], Value::Null);
    assert_eq!(update["previous_attributes"]["version"], 1);
    assert!(update["previous_attributes"].get("display_name").is_none());
    assert_eq!(feed[0]["data"]["id"], dana["id"]);
    assert!(feed[0].get("previous_attributes").is_none());

    // One event by id; filters by type and time; pages.
    let one = app
        .get(&format!("/v1/events/{}", id(update)), Some(&owner))
        .await;
    assert_eq!(one.body, *update);
    assert_eq!(
        types(&events(&app, &owner, "?type=candidate.created").await),
        vec!["candidate.created", "candidate.created"]
    );
    // `created_after` includes its bound and lists oldest first (the sync form; see sync.rs).
    let after = urlencoding(created["created_at"].as_str().unwrap());
    let since = crate::helpers::eventually("the feed's events to settle", || async {
        let listed = events(&app, &owner, &format!("?created_after={after}")).await;
        (listed.len() == 4)
            .then_some(listed.clone())
            .ok_or(format!("{listed:?}"))
    })
    .await;
    let mut newest_first: Vec<&str> = feed.iter().map(id_of).collect();
    newest_first.reverse();
    assert_eq!(since.iter().map(id_of).collect::<Vec<_>>(), newest_first);
    let first = app.get("/v1/events?limit=3", Some(&owner)).await.body;
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest = events(&app, &owner, &format!("?limit=3&cursor={cursor}")).await;
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0]["id"], created["id"]);
    let bad = app
        .get("/v1/events?type=candidate.exploded", Some(&owner))
        .await;
    assert_eq!(bad.status, 400, "{}", bad.text);
}

fn id_of(event: &Value) -> &str {
    event["id"].as_str().unwrap()
}

fn urlencoding(value: &str) -> String {
    crate::helpers::urlencode(value)
}

#[actix_web::test]
async fn the_feed_is_per_workspace_and_needs_the_webhooks_scope() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    candidate(&app, &owner_b, "Only in B").await;
    let b_event = events(&app, &owner_b, "").await[0].clone();

    assert!(events(&app, &owner_a, "").await.is_empty());
    app.get(&format!("/v1/events/{}", id(&b_event)), Some(&owner_a))
        .await
        .assert_problem(404, "not_found");
    // Coaches see the workspace's records but not its integration feed.
    let (_, coach) = user_of_role(&app, &owner_b, "coach@example.com", "coach").await;
    app.request(Method::GET, "/v1/events")
        .token(&coach)
        .send()
        .await
        .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn interview_gaffe_and_plan_changes_are_events_too_and_a_keyed_retry_adds_none() {
    let app = TestApp::spawn().await;
    let (owner, interview) = crate::fixtures::owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let interview_path = format!("/v1/interviews/{interview_id}");
    let gaffe = crate::fixtures::create_gaffe(
        &app,
        &owner,
        &interview_id,
        &crate::fixtures::gaffe_body("late"),
    )
    .await;
    let gaffe_path = format!("{interview_path}/gaffes/{}", id(&gaffe));
    let changed = app
        .patch_json(&gaffe_path, Some(&owner), &json!({"noticed": "unlikely"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    // The same creation retried with its key is one event, not two.
    for _ in 0..2 {
        let plan = app
            .post_idempotent(
                &crate::fixtures::plans_path(&interview_id),
                &owner,
                "plan-once",
                &json!({}),
            )
            .await;
        assert_eq!(plan.status, 201, "{}", plan.text);
    }
    let plan = events(&app, &owner, "?type=recovery_plan.created").await;
    assert_eq!(plan.len(), 1);
    let plan = &plan[0]["data"];
    let step = &plan["steps"][0];
    let step_path = format!(
        "{interview_path}/recovery-plans/{}/steps/{}",
        id(plan),
        id(step)
    );
    let done = app
        .patch_json(&step_path, Some(&owner), &json!({"status": "done"}))
        .await;
    assert_eq!(done.status, 200, "{}", done.text);
    assert_eq!(app.delete(&gaffe_path, Some(&owner)).await.status, 204);
    assert_eq!(app.delete(&interview_path, Some(&owner)).await.status, 204);

    let feed = events(&app, &owner, "").await;
    assert_eq!(
        types(&feed),
        vec![
            "interview.deleted",
            // Every gaffe change moves its interview's version, and says so.
            "interview.updated",
            "gaffe.deleted",
            "recovery_plan.step_updated",
            "recovery_plan.created",
            "interview.updated",
            "gaffe.updated",
            "interview.updated",
            "gaffe.created",
            "interview.created",
            "candidate.created"
        ]
    );
    let step_event = &feed[3]["data"];
    assert_eq!(step_event["plan_id"], plan["id"]);
    assert_eq!(step_event["interview_id"], interview["id"]);
    assert_eq!(step_event["step"], done.body);
    assert_eq!(feed[6]["data"], changed.body);
    assert_eq!(feed[6]["previous_attributes"]["noticed"], gaffe["noticed"]);
    assert_eq!(feed[9]["data"], interview);
}

#[actix_web::test]
async fn a_mirror_kept_by_events_follows_the_interview_version_through_gaffe_changes() {
    let app = TestApp::spawn().await;
    let (owner, interview) = crate::fixtures::owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let interview_path = format!("/v1/interviews/{interview_id}");
    let gaffe = crate::fixtures::create_gaffe(
        &app,
        &owner,
        &interview_id,
        &crate::fixtures::gaffe_body("late"),
    )
    .await;
    let gaffe_path = format!("{interview_path}/gaffes/{}", id(&gaffe));
    let changed = app
        .patch_json(&gaffe_path, Some(&owner), &json!({"noticed": "unlikely"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);

    // The mirror applies interview events only; the newest one carries the interview as it now is.
    let updates = events(&app, &owner, "?type=interview.updated").await;
    assert_eq!(updates.len(), 2);
    let newest = &updates[0];
    let current = app.get(&interview_path, Some(&owner)).await;
    assert_eq!(newest["data"], current.body);
    assert_eq!(
        newest["previous_attributes"]["version"],
        current.body["version"].as_i64().unwrap() - 1
    );

    // Its If-Match, taken from the event, is the current one: the write goes through.
    let version = newest["data"]["version"].as_i64().unwrap();
    let patched = app
        .request(Method::PATCH, &interview_path)
        .token(&owner)
        .if_match(&format!("\"{version}\""))
        .json(&json!({"notes": "Mirror in sync"}))
        .send()
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
}
