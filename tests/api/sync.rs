//! Sync lists (docs/src/job-boards/conventions.md, "Sync"): every `_after` filter includes its bound, every
//! `_before` excludes it; the sync form of a list gives changes oldest first, and its `changes_cursor` never skips a
//! change committed late: not even one whose transaction began before the poll that moved past it.
//!
//! Sync lists hold back changes while an older transaction anywhere on the server is still running (other tests'
//! included), so every sync read here polls until the page holds what the test waits for.

use diesel::{Connection, PgConnection, RunQueryDsl};
use serde_json::{json, Value};

use crate::fixtures::{ago, candidate, create_interview, id, interview_body};
use crate::helpers::{eventually, urlencode, TestApp};

/// The ids of a page's items.
fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect()
}

/// GET `path` until its page lists every id of `wanted` (and gives a `changes_cursor`); returns the page.
async fn settled(app: &TestApp, token: &str, path: &str, wanted: &[&str]) -> Value {
    eventually(&format!("{path} to list {wanted:?}"), || async {
        let page = app.get(path, Some(token)).await;
        if page.status != 200 {
            return Err(page.text);
        }
        let listed = ids(&page.body);
        let complete = wanted.iter().all(|w| listed.iter().any(|l| l == w));
        if complete && page.body["changes_cursor"].is_string() {
            Ok(page.body)
        } else {
            Err(page.text)
        }
    })
    .await
}

fn cursor(page: &Value) -> String {
    urlencode(page["changes_cursor"].as_str().unwrap())
}

#[actix_web::test]
async fn a_sync_loop_pages_through_changes_oldest_first_and_polls_on_with_changes_cursor() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let mut created = Vec::new();
    for name in ["Ana", "Ben", "Cai"] {
        created.push(id(&candidate(&app, &owner, name).await));
    }
    let [ana, ben, cai] = [&created[0], &created[1], &created[2]].map(String::as_str);
    let since = urlencode("2000-01-01T00:00:00Z");
    // Wait until all three have settled, so that the pages below are what a client sees from then on.
    let all = format!("/v1/candidates?updated_after={since}");
    settled(&app, &owner, &all, &[ana, ben, cai]).await;
    let start = format!("/v1/candidates?updated_after={since}&limit=2");
    let first = settled(&app, &owner, &start, &[ana, ben]).await;
    assert_eq!(ids(&first), [ana, ben], "oldest change first");
    // The next page: `cursor` (as before) or `changes_after`, which alone carries on where the page ended.
    let next = first["next_cursor"].as_str().unwrap();
    assert_eq!(next, first["changes_cursor"].as_str().unwrap());
    let second = settled(
        &app,
        &owner,
        &format!(
            "/v1/candidates?updated_after={since}&limit=2&cursor={}",
            urlencode(next)
        ),
        &[cai],
    )
    .await;
    assert_eq!(ids(&second), [cai]);
    assert!(second["next_cursor"].is_null());
    let again = settled(
        &app,
        &owner,
        &format!("/v1/candidates?limit=2&changes_after={}", cursor(&first)),
        &[cai],
    )
    .await;
    assert_eq!(ids(&again), [cai]);
    // A sync cursor is not a newest-first cursor.
    app.get(
        &format!("/v1/candidates?cursor={}", urlencode(next)),
        Some(&owner),
    )
    .await
    .assert_problem(400, "validation_failed");

    // The next poll passes the last changes_cursor: only Ana, just edited, now last in change order.
    let path = format!("/v1/candidates/{ana}");
    let edited = app
        .patch_json(&path, Some(&owner), &json!({"notes": "Moved to Lisbon"}))
        .await;
    assert_eq!(edited.status, 200);
    let poll = format!("/v1/candidates?changes_after={}", cursor(&second));
    let changed = settled(&app, &owner, &poll, &[ana]).await;
    assert_eq!(ids(&changed), [ana]);
    assert_eq!(changed["data"][0]["notes"], "Moved to Lisbon");
    // Nothing new: an empty page whose changes_cursor is where the client already was.
    let quiet = settled(
        &app,
        &owner,
        &format!("/v1/candidates?changes_after={}", cursor(&changed)),
        &[],
    )
    .await;
    assert!(ids(&quiet).is_empty());
    assert_eq!(quiet["changes_cursor"], changed["changes_cursor"]);

    // `updated_after` includes its bound: the item last seen at that time comes again (harmless: same version).
    let bound = urlencode(edited.body["updated_at"].as_str().unwrap());
    let inclusive = settled(
        &app,
        &owner,
        &format!("/v1/candidates?updated_after={bound}"),
        &[ana],
    )
    .await;
    assert_eq!(ids(&inclusive), [ana]);
}

#[actix_web::test]
async fn a_change_committed_after_a_poll_that_began_before_it_is_in_the_next_poll() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let early = id(&candidate(&app, &owner, "Early Bird").await);
    let early_interview =
        id(&create_interview(&app, &owner, &interview_body(&early, &ago(3, 0))).await);
    let since = urlencode("2000-01-01T00:00:00Z");
    let lists = [
        format!("/v1/candidates?updated_after={since}"),
        format!("/v1/interviews?updated_after={since}"),
        format!("/v1/events?created_after={since}"),
    ];
    let mut cursors = Vec::new();
    for (list, wanted) in lists.iter().zip([&early, &early_interview, &early]) {
        let wanted = if list.contains("events") {
            vec![]
        } else {
            vec![wanted.as_str()]
        };
        cursors.push(cursor(&settled(&app, &owner, list, &wanted).await));
    }

    // A writer whose transaction begins now (its `updated_at`, `now()`, is this moment) and commits late.
    let mut writer = PgConnection::establish(app.database_url()).unwrap();
    diesel::sql_query("BEGIN").execute(&mut writer).unwrap();
    diesel::sql_query(format!(
        "UPDATE candidates SET notes = 'late' WHERE id = '{early}'"
    ))
    .execute(&mut writer)
    .unwrap();
    diesel::sql_query(format!(
        "UPDATE interviews SET notes = 'late' WHERE id = '{early_interview}'"
    ))
    .execute(&mut writer)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO events (id, workspace_id, type, created_at, data) \
         SELECT '00000000-0000-7000-8000-00000000001a', workspace_id, type, now(), data FROM events LIMIT 1",
    )
    .execute(&mut writer)
    .unwrap();

    // Meanwhile other changes commit, and a client polls: a timestamp cursor would now move past the writer's.
    let later = id(&candidate(&app, &owner, "Later Bird").await);
    let later_interview =
        id(&create_interview(&app, &owner, &interview_body(&later, &ago(2, 0))).await);
    let mut polled = Vec::new();
    for (list, after) in lists.iter().zip(&cursors) {
        let path = format!("{}?changes_after={after}", list.split('?').next().unwrap());
        let page = app.get(&path, Some(&owner)).await;
        assert_eq!(page.status, 200, "{}", page.text);
        polled.push((page.body.clone(), cursor(&page.body)));
    }
    diesel::sql_query("COMMIT").execute(&mut writer).unwrap();

    // The next poll, from where the last one ended, lists the late changes (and the others, if held back before).
    let late_event = "00000000-0000-7000-8000-00000000001a".to_string();
    let expected = [
        vec![early.clone(), later.clone()],
        vec![early_interview.clone(), later_interview.clone()],
        vec![late_event.clone()],
    ];
    for ((list, (before, after)), wanted) in lists.iter().zip(&polled).zip(&expected) {
        let path = format!("{}?changes_after={after}", list.split('?').next().unwrap());
        let not_yet: Vec<&str> = wanted
            .iter()
            .map(String::as_str)
            .filter(|w| !ids(before).iter().any(|seen| seen == w))
            .collect();
        assert!(
            !ids(before).contains(&late_event) && !not_yet.is_empty(),
            "the late change was not committed at the first poll: {before}"
        );
        let next = settled(&app, &owner, &path, &not_yet).await;
        if !list.contains("events") {
            let late = next["data"]
                .as_array()
                .unwrap()
                .iter()
                .find(|item| item["id"] == wanted[0].as_str())
                .unwrap();
            assert_eq!(late["notes"], "late", "{next}");
        }
    }
}

#[actix_web::test]
async fn a_changes_after_this_api_did_not_issue_is_a_400_naming_it_and_an_empty_cursor_does_not_conflict(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for list in ["/v1/candidates", "/v1/interviews", "/v1/events"] {
        let refused = app
            .get(&format!("{list}?changes_after=not-a-cursor"), Some(&owner))
            .await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(refused.error_fields(), ["changes_after"], "{list}");
        // An empty cursor is the first page, as on every list: with changes_after it is no conflict.
        let first = app
            .get(&format!("{list}?cursor=&changes_after="), Some(&owner))
            .await;
        assert_eq!(first.status, 200, "{list}: {}", first.text);
    }
}
