//! Dated API versions: a request names one with `Rebound-Version` or gets its API client's pin; every `/v1`
//! answer says which; a retiring version says so with `Deprecation` and `Sunset`; and a client pinned to an older
//! version keeps the behaviour it was built against after a breaking change lands under a newer date.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    client_credentials, id, mark_step_done, owner_with_interview, plan_after_a_wrong_name,
    plans_path,
};
use crate::helpers::{access_token, TestApp};

const CURRENT: &str = "2026-12-07";
const FIRST: &str = "2026-11-26";

/// Registers a client pinned by `api_version` (the default when `None`); returns (client, token).
async fn pinned_client(app: &TestApp, owner: &str, api_version: Option<&str>) -> (Value, String) {
    let mut body = json!({"name": "Board", "scopes": ["interviews:read", "plans:write"]});
    if let Some(version) = api_version {
        body["api_version"] = json!(version);
    }
    let created = app.post_json("/v1/api-clients", Some(owner), &body).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let token = client_token_of(app, &created.body).await;
    (created.body["client"].clone(), token)
}

async fn client_token_of(app: &TestApp, created: &Value) -> String {
    let granted = client_credentials(
        app,
        created["client"]["client_id"].as_str().unwrap(),
        created["client_secret"].as_str().unwrap(),
    )
    .await;
    assert_eq!(granted.status, 200, "{}", granted.text);
    access_token(&granted.body)
}

#[actix_web::test]
async fn every_answer_names_its_version_and_a_retiring_one_says_when_it_goes() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;

    let plain = app.get("/v1/me", Some(&owner)).await;
    assert_eq!(plain.header("rebound-version"), Some(CURRENT));
    assert_eq!(plain.header("deprecation"), None);

    // A date names the newest version on or before it.
    for (sent, answered) in [
        ("2027-03-01", CURRENT),
        ("2026-12-06", FIRST),
        ("2020-01-01", FIRST),
    ] {
        let response = app
            .request(Method::GET, "/v1/me")
            .token(&owner)
            .header("Rebound-Version", sent)
            .send()
            .await;
        assert_eq!(response.status, 200, "{sent}");
        assert_eq!(response.header("rebound-version"), Some(answered), "{sent}");
    }
    let retiring = app
        .request(Method::GET, "/v1/me")
        .token(&owner)
        .header("Rebound-Version", FIRST)
        .send()
        .await;
    assert_eq!(retiring.header("deprecation"), Some("@1796601600"));
    assert_eq!(
        retiring.header("sunset"),
        Some("Mon, 07 Jun 2027 00:00:00 GMT")
    );

    // Errors carry it too, and a malformed version is a 400 naming the header.
    let unknown = app.get("/v1/interviews/not-an-id", Some(&owner)).await;
    assert_eq!(unknown.header("rebound-version"), Some(CURRENT));
    for malformed in ["latest", "2026-13-01", "2026-12-7"] {
        let refused = app
            .request(Method::GET, "/v1/me")
            .token(&owner)
            .header("Rebound-Version", malformed)
            .send()
            .await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(refused.error_fields(), ["Rebound-Version"], "{malformed}");
    }
}

#[actix_web::test]
async fn an_api_client_is_pinned_at_creation_and_can_be_moved() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;

    let (current, current_token) = pinned_client(&app, &owner, None).await;
    assert_eq!(current["api_version"], CURRENT);
    let answer = app.get("/v1/interviews", Some(&current_token)).await;
    assert_eq!(answer.header("rebound-version"), Some(CURRENT));

    // Pinned to a date: stored as the version it names; its tokens get that version and the retirement notice.
    let created = app
        .post_json(
            "/v1/api-clients",
            Some(&owner),
            &json!({"name": "Old board", "scopes": ["interviews:read"], "api_version": "2026-12-01"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["client"]["api_version"], FIRST);
    let old_token = client_token_of(&app, &created.body).await;
    let answer = app.get("/v1/interviews", Some(&old_token)).await;
    assert_eq!(answer.header("rebound-version"), Some(FIRST));
    assert!(answer.header("sunset").is_some());
    // A request may still name another version for itself.
    let trying = app
        .request(Method::GET, "/v1/interviews")
        .token(&old_token)
        .header("Rebound-Version", CURRENT)
        .send()
        .await;
    assert_eq!(trying.header("rebound-version"), Some(CURRENT));

    // Moved: new tokens carry the new pin.
    let client_path = format!("/v1/api-clients/{}", id(&created.body["client"]));
    let moved = app
        .patch_json(&client_path, Some(&owner), &json!({"api_version": CURRENT}))
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.body["api_version"], CURRENT);
    let new_token = client_token_of(&app, &created.body).await;
    let answer = app.get("/v1/interviews", Some(&new_token)).await;
    assert_eq!(answer.header("rebound-version"), Some(CURRENT));

    // A malformed date is a 400 naming the field; another workspace's client is a 404.
    let refused = app
        .patch_json(&client_path, Some(&owner), &json!({"api_version": "soon"}))
        .await;
    refused.assert_problem(400, "validation_failed");
    assert_eq!(refused.error_fields(), ["api_version"]);
    let stranger = app.owner_token("stranger@example.com").await;
    app.patch_json(
        &client_path,
        Some(&stranger),
        &json!({"api_version": CURRENT}),
    )
    .await
    .assert_problem(404, "not_found");
}

/// The breaking change of 2026-12-07: plan calendars keep finished steps as cancelled entries. A client pinned to
/// 2026-11-26 still gets them left out.
#[actix_web::test]
async fn a_client_pinned_to_an_older_version_keeps_its_behaviour_after_a_breaking_change() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let plan = plan_after_a_wrong_name(&app, &owner, &interview_id).await;
    let steps = plan["steps"].as_array().unwrap();
    mark_step_done(&app, &owner, &interview_id, &plan, &steps[0]).await;
    let calendar = format!("{}/{}/calendar.ics", plans_path(&interview_id), id(&plan));
    let finished_uid = format!("UID:step-{}@rebound", id(&steps[0]));

    let (_, old_board) = pinned_client(&app, &owner, Some(FIRST)).await;
    let old = app.get(&calendar, Some(&old_board)).await;
    assert_eq!(old.status, 200, "{}", old.text);
    assert!(
        !old.text.contains(&finished_uid),
        "left out before 2026-12-07"
    );
    assert_eq!(old.text.matches("BEGIN:VEVENT").count(), steps.len() - 1);

    let (_, new_board) = pinned_client(&app, &owner, None).await;
    let new = app.get(&calendar, Some(&new_board)).await;
    assert!(
        new.text.contains(&finished_uid),
        "kept, cancelled, from 2026-12-07"
    );
    assert!(new.text.contains("STATUS:CANCELLED"));

    // The old client trying the new version on one request gets the new behaviour, and only there.
    let tried = app
        .request(Method::GET, &calendar)
        .token(&old_board)
        .header("Rebound-Version", CURRENT)
        .send()
        .await;
    assert_eq!(tried.text, new.text);
}

/// The sync convention of 2026-12-07 (inclusive `_after` bounds; the event feed's sync form oldest first): a client
/// on 2026-11-26 keeps strict bounds and the newest-first feed.
#[actix_web::test]
async fn a_client_on_the_first_version_keeps_strict_bounds_and_the_newest_first_feed() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for name in ["Ada", "Ben", "Cy"] {
        crate::fixtures::candidate(&app, &owner, name).await;
    }
    let as_version = |path: String, version: &'static str| {
        let owner = owner.clone();
        let app = &app;
        async move {
            let answer = app
                .request(Method::GET, &path)
                .token(&owner)
                .header("Rebound-Version", version)
                .send()
                .await;
            assert_eq!(answer.status, 200, "{}", answer.text);
            answer.body["data"].as_array().unwrap().clone()
        }
    };
    let first =
        &crate::helpers::eventually("the candidates to be listed in sync order", || async {
            let listed = as_version(
                "/v1/candidates?updated_after=2000-01-01T00:00:00Z".into(),
                CURRENT,
            )
            .await;
            if listed.len() == 3 {
                Ok(listed)
            } else {
                Err(format!("{listed:?}"))
            }
        })
        .await[0];
    let bound = crate::helpers::urlencode(first["updated_at"].as_str().unwrap());

    // Candidates: the first one's own time includes it from 2026-12-07, and excludes it before.
    let names = |listed: &[Value]| -> Vec<String> {
        listed
            .iter()
            .map(|c| c["display_name"].as_str().unwrap().to_string())
            .collect()
    };
    let now = as_version(format!("/v1/candidates?updated_after={bound}"), CURRENT).await;
    assert_eq!(names(&now), ["Ada", "Ben", "Cy"]);
    let then = as_version(format!("/v1/candidates?updated_after={bound}"), FIRST).await;
    assert_eq!(names(&then), ["Ben", "Cy"]);

    // Events: oldest first and inclusive now; newest first and strict before.
    let events = as_version("/v1/events?type=candidate.created".into(), CURRENT).await;
    let oldest = events.last().unwrap();
    let since = crate::helpers::urlencode(oldest["created_at"].as_str().unwrap());
    let path = format!("/v1/events?type=candidate.created&created_after={since}");
    let now: Vec<String> = as_version(path.clone(), CURRENT)
        .await
        .iter()
        .map(|e| e["data"]["display_name"].to_string())
        .collect();
    assert_eq!(now, ["\"Ada\"", "\"Ben\"", "\"Cy\""]);
    let then: Vec<String> = as_version(path, FIRST)
        .await
        .iter()
        .map(|e| e["data"]["display_name"].to_string())
        .collect();
    assert_eq!(then, ["\"Cy\"", "\"Ben\""]);
}
