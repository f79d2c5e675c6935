//! Inbound ATS webhooks: receivers configured by an owner (`/v1/inbound-receivers`), and signed deliveries from
//! Merge and Greenhouse to `/v1/inbound/{vendor}/{receiver_id}`. Signatures here are computed independently of the
//! service's own code (hmac + sha2 + base64 directly), as each vendor documents them.

use base64::Engine;
use hmac::{Hmac, Mac};
use reqwest::Method;
use serde_json::{json, Value};
use sha2::Sha256;

use crate::fixtures::{
    ago, create_gaffe, create_interview, gaffe_body, id, interview_body, owner_with_candidate,
    user_of_role,
};
use crate::helpers::{Response, TestApp};

pub(crate) const MERGE_KEY: &str = "mrg_sig_key_0123456789abcdef";

fn hmac_sha256(key: &str, body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// `X-Merge-Webhook-Signature`: base64url of HMAC-SHA256(key, raw body).
pub(crate) fn merge_signature(key: &str, body: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE.encode(hmac_sha256(key, body))
}

/// Greenhouse's `Signature`: `sha256 ` and the hex HMAC-SHA256(secret key, raw body).
pub(crate) fn greenhouse_signature(key: &str, body: &[u8]) -> String {
    let hex: String = hmac_sha256(key, body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256 {hex}")
}

/// Creates a receiver; returns the 201 body (`receiver`, `secret`).
async fn create_receiver(app: &TestApp, owner: &str, body: &Value) -> Value {
    let created = app
        .post_json("/v1/inbound-receivers", Some(owner), body)
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body
}

/// A Merge receiver with Merge's own key, and a Greenhouse receiver with a generated secret.
pub(crate) async fn receivers(app: &TestApp, owner: &str) -> (String, String, String) {
    let merge = create_receiver(
        app,
        owner,
        &json!({"vendor": "merge", "label": "Merge", "secret": MERGE_KEY}),
    )
    .await;
    let greenhouse = create_receiver(
        app,
        owner,
        &json!({"vendor": "greenhouse", "label": "Greenhouse"}),
    )
    .await;
    (
        id(&merge["receiver"]),
        id(&greenhouse["receiver"]),
        greenhouse["secret"].as_str().unwrap().to_string(),
    )
}

pub(crate) async fn deliver(
    app: &TestApp,
    vendor: &str,
    receiver_id: &str,
    body: &[u8],
    headers: &[(&str, &str)],
) -> Response {
    let mut request = app
        .request(Method::POST, &format!("/v1/inbound/{vendor}/{receiver_id}"))
        .header("content-type", "application/json")
        .body(String::from_utf8(body.to_vec()).unwrap());
    for (name, value) in headers {
        request = request.header(name, value);
    }
    request.send().await
}

pub(crate) async fn deliver_merge(
    app: &TestApp,
    receiver_id: &str,
    key: &str,
    body: &Value,
) -> Response {
    let body = serde_json::to_vec(body).unwrap();
    let signature = merge_signature(key, &body);
    deliver(
        app,
        "merge",
        receiver_id,
        &body,
        &[("x-merge-webhook-signature", &signature)],
    )
    .await
}

async fn deliver_greenhouse(
    app: &TestApp,
    receiver_id: &str,
    key: &str,
    event_id: &str,
    body: &Value,
) -> Response {
    let body = serde_json::to_vec(body).unwrap();
    let signature = greenhouse_signature(key, &body);
    deliver(
        app,
        "greenhouse",
        receiver_id,
        &body,
        &[("signature", &signature), ("greenhouse-event-id", event_id)],
    )
    .await
}

#[actix_web::test]
async fn an_owner_configures_receivers_and_the_secret_is_shown_once() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound.example").await;

    let created = app
        .post_json(
            "/v1/inbound-receivers",
            Some(&owner),
            &json!({"vendor": "greenhouse", "label": "Greenhouse (production)"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let receiver = &created.body["receiver"];
    let receiver_id = id(receiver);
    assert_eq!(
        created.header("location"),
        Some(format!("/v1/inbound-receivers/{receiver_id}").as_str())
    );
    assert_eq!(created.header("cache-control"), Some("no-store"));
    assert_eq!(receiver["vendor"], "greenhouse");
    assert_eq!(receiver["secret_generated"], true);
    assert_eq!(receiver["last_delivery_at"], Value::Null);
    let url = receiver["url"].as_str().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        url.ends_with(&format!("/v1/inbound/greenhouse/{receiver_id}")),
        "{url}"
    );
    let secret = created.body["secret"].as_str().unwrap();
    assert!(secret.starts_with("rbi_") && secret.len() > 40, "{secret}");

    // The ATS's own key: accepted, never echoed.
    let merge = create_receiver(
        &app,
        &owner,
        &json!({"vendor": "merge", "label": "Merge", "secret": MERGE_KEY}),
    )
    .await;
    assert_eq!(merge["secret"], Value::Null);
    assert_eq!(merge["receiver"]["secret_generated"], false);

    let got = app
        .get(
            &format!("/v1/inbound-receivers/{receiver_id}"),
            Some(&owner),
        )
        .await;
    assert_eq!(got.status, 200, "{}", got.text);
    assert_eq!(got.body["url"], url);
    assert!(
        !got.text.contains(secret),
        "the secret is never shown again"
    );

    let page = app.get("/v1/inbound-receivers?limit=1", Some(&owner)).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(
        page.body["data"][0]["id"], merge["receiver"]["id"],
        "newest first"
    );
    let cursor = page.body["next_cursor"].as_str().unwrap();
    let next = app
        .get(
            &format!("/v1/inbound-receivers?limit=1&cursor={cursor}"),
            Some(&owner),
        )
        .await;
    assert_eq!(next.body["data"][0]["id"], receiver_id.as_str());
    assert_eq!(next.body["next_cursor"], Value::Null);
    assert!(!page.text.contains(secret) && !page.text.contains(MERGE_KEY));

    let deleted = app
        .delete(
            &format!("/v1/inbound-receivers/{receiver_id}"),
            Some(&owner),
        )
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    app.get(
        &format!("/v1/inbound-receivers/{receiver_id}"),
        Some(&owner),
    )
    .await
    .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn bad_receivers_are_refused_naming_the_field_and_only_owners_manage_them() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound-bad.example").await;
    for (body, field) in [
        (json!({"vendor": "lever", "label": "x"}), "vendor"),
        (json!({"vendor": "merge", "label": ""}), "label"),
        (
            json!({"vendor": "merge", "label": "x", "secret": "short"}),
            "secret",
        ),
        (
            json!({"vendor": "merge", "label": "x", "secret": "has a space in it somewhere"}),
            "secret",
        ),
        // A next-line control character (U+0085), which some regex engines count as a space and others do not:
        // the rule is visible ASCII, stated as such in the schema.
        (
            json!({"vendor": "merge", "label": "x", "secret": "key\u{85}with-a-next-line-in-it"}),
            "secret",
        ),
        (
            json!({"vendor": "merge", "label": "x", "secret": "clé-de-signature-du-fournisseur"}),
            "secret",
        ),
    ] {
        let refused = app
            .post_json("/v1/inbound-receivers", Some(&owner), &body)
            .await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(refused.error_fields(), vec![field.to_string()], "{body}");
    }
    let (_, coach) = user_of_role(&app, &owner, "coach@inbound-bad.example", "coach").await;
    app.post_json(
        "/v1/inbound-receivers",
        Some(&coach),
        &json!({"vendor": "merge", "label": "x"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get("/v1/inbound-receivers", Some(&coach))
        .await
        .assert_problem(403, "forbidden");
    app.get("/v1/inbound-receivers", None)
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn another_workspaces_receivers_are_not_found() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@inbound-iso.example").await;
    let owner_b = app.owner_token("b@inbound-iso.example").await;
    let (merge_a, greenhouse_a, _) = receivers(&app, &owner_a).await;
    for receiver_id in [&merge_a, &greenhouse_a] {
        let path = format!("/v1/inbound-receivers/{receiver_id}");
        app.get(&path, Some(&owner_b))
            .await
            .assert_problem(404, "not_found");
        app.delete(&path, Some(&owner_b))
            .await
            .assert_problem(404, "not_found");
        assert_eq!(app.get(&path, Some(&owner_a)).await.status, 200);
    }
    let listed = app.get("/v1/inbound-receivers", Some(&owner_b)).await;
    assert_eq!(listed.body["data"], json!([]));
}

/// A Merge `ScheduledInterview` webhook body, its application, candidate and job expanded (as `expand=` returns
/// them), with the nulls and extra fields Merge sends.
pub(crate) fn merge_interview_event(event: &str, start_at: &str, location: &str) -> Value {
    json!({
        "hook": {"id": "6d4e1c51-3a7e-4d0b-9a8c-1f2e3d4c5b6a", "event": event, "target": "https://rebound.example.com/hook"},
        "linked_account": {
            "id": "0496d4c2-42e6-4072-80b3-7b69bfdc76fd", "integration": "Greenhouse", "integration_slug": "greenhouse",
            "category": "ats", "end_user_origin_id": "acct-7", "end_user_organization_name": "Harbor & Finch Capital",
            "end_user_email_address": "ops@harborfinch.example", "status": "COMPLETE", "webhook_listener_url": null
        },
        "data": {
            "id": "m-int-1", "remote_id": "int-500",
            "application": {
                "id": "m-app-1", "remote_id": "app-77",
                "candidate": {"id": "m-cand-1", "remote_id": "gh-4021", "first_name": "Dana", "last_name": "Okafor",
                              "email_addresses": [{"value": "dana@home.example", "email_address_type": "PERSONAL"}],
                              "phone_numbers": null, "remote_data": null},
                "job": {"id": "m-job-1", "remote_id": "job-9", "name": "Senior Financial Analyst", "status": "OPEN"},
                "current_stage": null
            },
            "job_interview_stage": {"id": "m-stage-1", "name": "Final Round"},
            "organizer": "m-user-1", "interviewers": ["m-user-unknown"],
            "location": location, "start_at": start_at, "end_at": null, "status": "SCHEDULED",
            "remote_was_deleted": false, "remote_updated_at": start_at, "field_mappings": null, "remote_data": null
        }
    })
}

/// The workspace's interviews imported from `source` as `remote_id`.
pub(crate) async fn interviews_with_remote(
    app: &TestApp,
    token: &str,
    source: &str,
    remote_id: &str,
) -> Vec<Value> {
    let listed = app
        .get(
            &format!("/v1/interviews?remote_source={source}&remote_id={remote_id}"),
            Some(token),
        )
        .await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    listed.body["data"].as_array().unwrap().clone()
}

#[actix_web::test]
async fn signed_merge_deliveries_create_update_and_delete_and_bad_ones_store_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound-merge.example").await;
    let other = app.owner_token("other@inbound-merge.example").await;
    let (merge_id, greenhouse_id, _) = receivers(&app, &owner).await;

    let added = merge_interview_event("ScheduledInterview.added", &ago(2, 0), "Conference Room 4B");
    let bytes = serde_json::to_vec(&added).unwrap();

    // Not signed, signed with another key, or signed and then tampered with: 401, nothing stored.
    deliver(&app, "merge", &merge_id, &bytes, &[])
        .await
        .assert_problem(401, "unauthorized");
    deliver_merge(&app, &merge_id, "not_the_merge_key_0123456789", &added)
        .await
        .assert_problem(401, "unauthorized");
    let mut tampered = bytes.clone();
    let at = tampered.windows(5).position(|w| w == b"Okafo").unwrap();
    tampered[at] = b'X';
    deliver(
        &app,
        "merge",
        &merge_id,
        &tampered,
        &[(
            "x-merge-webhook-signature",
            &merge_signature(MERGE_KEY, &bytes),
        )],
    )
    .await
    .assert_problem(401, "unauthorized");
    // A Merge receiver is not a Greenhouse one, and an unknown id is no receiver.
    let signature = merge_signature(MERGE_KEY, &bytes);
    deliver(
        &app,
        "greenhouse",
        &merge_id,
        &bytes,
        &[("signature", &signature)],
    )
    .await
    .assert_problem(404, "not_found");
    deliver(
        &app,
        "merge",
        &greenhouse_id,
        &bytes,
        &[("x-merge-webhook-signature", &signature)],
    )
    .await
    .assert_problem(404, "not_found");
    assert!(interviews_with_remote(&app, &owner, "merge", "int-500")
        .await
        .is_empty());
    assert_eq!(
        app.get("/v1/candidates", Some(&owner)).await.body["data"],
        json!([]),
        "a refused delivery creates no candidate either"
    );

    let applied = deliver_merge(&app, &merge_id, MERGE_KEY, &added).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(applied.body["status"], "applied");
    assert_eq!(applied.body["event"], "ScheduledInterview.added");
    assert_eq!(applied.body["report"]["created"], 1, "{}", applied.text);
    let stored = interviews_with_remote(&app, &owner, "merge", "int-500").await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["company"], "Harbor & Finch Capital");
    assert_eq!(stored[0]["role_title"], "Senior Financial Analyst");
    assert_eq!(stored[0]["stage"], "final");
    assert_eq!(stored[0]["format"], "onsite");
    let interview_id = id(&stored[0]);
    let version = stored[0]["version"].clone();

    // The same delivery again (Merge does send duplicates; or a replay): acknowledged, not applied.
    let replayed = deliver_merge(&app, &merge_id, MERGE_KEY, &added).await;
    assert_eq!(replayed.status, 200, "{}", replayed.text);
    assert_eq!(replayed.body["status"], "duplicate");
    assert_eq!(replayed.body["report"], Value::Null);

    // Changed in the ATS: moved to a video call.
    let changed = merge_interview_event(
        "ScheduledInterview.changed",
        &ago(2, 0),
        "https://zoom.us/j/555",
    );
    let updated = deliver_merge(&app, &merge_id, MERGE_KEY, &changed).await;
    assert_eq!(updated.body["report"]["updated"], 1, "{}", updated.text);
    let now = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(now.body["format"], "video");
    assert_ne!(now.body["version"], version);

    // The other workspace saw none of it.
    assert!(interviews_with_remote(&app, &other, "merge", "int-500")
        .await
        .is_empty());
    app.get(&format!("/v1/interviews/{interview_id}"), Some(&other))
        .await
        .assert_problem(404, "not_found");

    // Linked objects sent by id only (as Merge does unless expanded) resolve against what earlier deliveries
    // brought: the application, its candidate and job came expanded in the first one.
    let mut by_id = merge_interview_event("ScheduledInterview.changed", &ago(1, 0), "Room 2");
    by_id["data"]["application"] = json!("m-app-1");
    by_id["data"]["job_interview_stage"] = json!("m-stage-1");
    let rescheduled = deliver_merge(&app, &merge_id, MERGE_KEY, &by_id).await;
    assert_eq!(
        rescheduled.body["status"], "applied",
        "{}",
        rescheduled.text
    );
    assert_eq!(
        rescheduled.body["report"]["updated"], 1,
        "{}",
        rescheduled.text
    );
    let now = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(now.body["format"], "onsite");
    assert_eq!(now.body["stage"], "final");
    assert_eq!(now.body["role_title"], "Senior Financial Analyst");
    // One Rebound has never seen is skipped, naming the field.
    by_id["data"]["application"] = json!("m-app-unknown");
    let skipped = deliver_merge(&app, &merge_id, MERGE_KEY, &by_id).await;
    assert_eq!(skipped.body["report"]["skipped"][0]["remote_id"], "int-500");
    assert_eq!(skipped.body["report"]["skipped"][0]["field"], "application");

    // Removed in the ATS: only the ids are needed.
    let removed = json!({"hook": {"event": "ScheduledInterview.removed"}, "linked_account": null,
        "data": {"id": "m-int-1", "remote_id": "int-500", "application": "m-app-1"}});
    let deleted = deliver_merge(&app, &merge_id, MERGE_KEY, &removed).await;
    assert_eq!(deleted.body["report"]["deleted"], 1, "{}", deleted.text);
    app.get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await
        .assert_problem(404, "not_found");

    // Events Rebound does not act on: 200 so Merge stops retrying, nothing stored.
    let ignored = deliver_merge(
        &app,
        &merge_id,
        MERGE_KEY,
        &json!({"hook": {"event": "Candidate.changed"}, "data": {"id": "m-cand-1"}}),
    )
    .await;
    assert_eq!(ignored.status, 200, "{}", ignored.text);
    assert_eq!(ignored.body["status"], "ignored");
    assert_eq!(ignored.body["event"], "Candidate.changed");
    let receiver = app
        .get(&format!("/v1/inbound-receivers/{merge_id}"), Some(&owner))
        .await;
    assert!(
        receiver.body["last_delivery_at"].is_string(),
        "{}",
        receiver.text
    );
}

/// A Merge `ScheduledInterview.added` delivery as Merge sends it by default: every related object by id only.
fn merge_delivery_by_ids(
    remote_id: &str,
    application: &str,
    interviewers: &[&str],
    start_at: &str,
) -> Value {
    json!({
        "hook": {"id": "0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5", "event": "ScheduledInterview.added", "target": "https://rebound.example.com/hook"},
        "linked_account": {"id": "0496d4c2-42e6-4072-80b3-7b69bfdc76fd", "integration": "Greenhouse", "category": "ats",
                           "end_user_organization_name": "Harbor & Finch Capital"},
        "data": {
            "id": format!("m-{remote_id}"), "remote_id": remote_id, "application": application,
            "job_interview_stage": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11", "organizer": null,
            "interviewers": interviewers, "location": "https://meet.google.com/abc-defg-hij",
            "start_at": start_at, "end_at": null, "status": "SCHEDULED", "remote_was_deleted": false,
            "remote_updated_at": start_at, "field_mappings": null, "remote_data": null
        }
    })
}

#[actix_web::test]
async fn after_one_merge_import_deliveries_that_name_objects_by_id_create_interviews_with_their_interviewers(
) {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound-ids.example").await;
    let other = app.owner_token("other@inbound-ids.example").await;
    let (merge_id, _, _) = receivers(&app, &owner).await;
    let (other_merge_id, _, _) = receivers(&app, &other).await;
    let delivery = merge_delivery_by_ids(
        "930200",
        "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d",
        &["b82302de-852e-4e60-b050-edf9da3b7c02"],
        &ago(0, 90),
    );

    // Before any import, nothing to resolve the application against.
    let early = deliver_merge(&app, &merge_id, MERGE_KEY, &delivery).await;
    assert_eq!(
        early.body["report"]["skipped"][0]["field"], "application",
        "{}",
        early.text
    );

    // The recruiter's first import brings candidates, applications, jobs, users and stages.
    let bundle: Value =
        serde_json::from_str(include_str!("../fixtures/merge_bundle.json")).unwrap();
    let imported = app
        .post_json("/v1/imports/merge", Some(&owner), &bundle)
        .await;
    assert_eq!(imported.status, 200, "{}", imported.text);

    // The same delivery again, re-signed by Merge as a retry would be (a new hook id, so not a duplicate).
    let mut retry = delivery.clone();
    retry["hook"]["id"] = json!("1c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5");
    let applied = deliver_merge(&app, &merge_id, MERGE_KEY, &retry).await;
    assert_eq!(applied.body["report"]["created"], 1, "{}", applied.text);
    let stored = interviews_with_remote(&app, &owner, "merge", "930200").await;
    assert_eq!(stored.len(), 1);
    let created = &stored[0];
    assert_eq!(created["role_title"], "Senior Financial Analyst");
    assert_eq!(created["stage"], "final");
    assert_eq!(created["format"], "video");
    assert_eq!(
        created["interviewers"],
        json!([{"name": "Armin Vogel", "title": null, "email": "armin.vogel@harborfinch.example"}])
    );
    let candidate = app
        .get(
            &format!(
                "/v1/candidates/{}",
                created["candidate_id"].as_str().unwrap()
            ),
            Some(&owner),
        )
        .await;
    assert_eq!(candidate.body["external_id"], "4021", "{}", candidate.text);
    assert_eq!(candidate.body["display_name"], "Dana Okafor");

    // What one workspace imported resolves nothing for another.
    let elsewhere = deliver_merge(&app, &other_merge_id, MERGE_KEY, &retry).await;
    assert_eq!(elsewhere.body["report"]["created"], 0, "{}", elsewhere.text);
    assert_eq!(
        elsewhere.body["report"]["skipped"][0]["field"],
        "application"
    );
    assert!(interviews_with_remote(&app, &other, "merge", "930200")
        .await
        .is_empty());

    // Deleting the candidate deletes what the import remembered about them: nothing left names them, and a
    // delivery by ids can no longer bring them back from Rebound's memory.
    let remembered_about_dana = || {
        let url = app.database_url().to_string();
        actix_web::web::block(move || {
            use diesel::prelude::*;
            #[derive(QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            let mut conn = PgConnection::establish(&url).unwrap();
            diesel::sql_query(
                "SELECT count(*) AS n FROM ats_objects WHERE body::text LIKE '%Okafor%'",
            )
            .get_result::<Count>(&mut conn)
            .unwrap()
            .n
        })
    };
    assert_eq!(remembered_about_dana().await.unwrap(), 1);
    let candidate_path = format!(
        "/v1/candidates/{}",
        created["candidate_id"].as_str().unwrap()
    );
    let deleted = app.delete(&candidate_path, Some(&owner)).await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    assert_eq!(remembered_about_dana().await.unwrap(), 0);
    retry["hook"]["id"] = json!("2c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5");
    let after = deliver_merge(&app, &merge_id, MERGE_KEY, &retry).await;
    assert_eq!(after.body["report"]["created"], 0, "{}", after.text);
    assert_eq!(
        after.body["report"]["skipped"][0]["field"],
        "application.candidate"
    );
}

#[actix_web::test]
async fn signed_greenhouse_deliveries_delete_interviews_and_replays_and_tampering_are_refused() {
    let app = TestApp::spawn().await;
    let (owner, candidate_id) = owner_with_candidate(&app).await;
    let other = app.owner_token("other@inbound-gh.example").await;
    let (_, greenhouse_id, secret) = receivers(&app, &owner).await;

    let mut body = interview_body(&candidate_id, &ago(3, 0));
    body["remote"] = json!({"source": "greenhouse", "remote_id": "31087450"});
    let interview_id = id(&create_interview(&app, &owner, &body).await);
    // The same remote id in another workspace: a delivery to the first workspace's receiver must not touch it.
    let (other_candidate, _) = {
        let c = app
            .post_json(
                "/v1/candidates",
                Some(&other),
                &json!({"display_name": "Sam Lee"}),
            )
            .await;
        assert_eq!(c.status, 201, "{}", c.text);
        (id(&c.body), ())
    };
    let mut other_body = interview_body(&other_candidate, &ago(3, 0));
    other_body["remote"] = json!({"source": "greenhouse", "remote_id": "31087450"});
    let other_interview = id(&create_interview(&app, &other, &other_body).await);

    let deleted_event =
        json!({"action": "interview_deleted", "payload": {"interview": {"id": 31087450}}});
    let bytes = serde_json::to_vec(&deleted_event).unwrap();

    // Wrong secret, tampered body, missing or malformed header: 401 and the interview is still there.
    deliver_greenhouse(
        &app,
        &greenhouse_id,
        "a_wrong_secret_key_0000000000",
        "evt-1",
        &deleted_event,
    )
    .await
    .assert_problem(401, "unauthorized");
    let tampered = String::from_utf8(bytes.clone())
        .unwrap()
        .replace("31087450", "31087451");
    let signature = greenhouse_signature(&secret, &bytes);
    deliver(
        &app,
        "greenhouse",
        &greenhouse_id,
        tampered.as_bytes(),
        &[("signature", &signature), ("greenhouse-event-id", "evt-1")],
    )
    .await
    .assert_problem(401, "unauthorized");
    for header in [
        None,
        Some(signature.trim_start_matches("sha256 ").to_string()),
    ] {
        let headers: Vec<(&str, &str)> = header.iter().map(|h| ("signature", h.as_str())).collect();
        deliver(&app, "greenhouse", &greenhouse_id, &bytes, &headers)
            .await
            .assert_problem(401, "unauthorized");
    }
    assert_eq!(
        app.get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
            .await
            .status,
        200
    );

    let applied = deliver_greenhouse(&app, &greenhouse_id, &secret, "evt-1", &deleted_event).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(applied.body["status"], "applied");
    assert_eq!(applied.body["event"], "interview_deleted");
    assert_eq!(applied.body["report"]["deleted"], 1, "{}", applied.text);
    app.get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await
        .assert_problem(404, "not_found");
    assert_eq!(
        app.get(&format!("/v1/interviews/{other_interview}"), Some(&other))
            .await
            .status,
        200,
        "a receiver of one workspace cannot write into another"
    );

    // A replay of that delivery (same Greenhouse-Event-ID, even with the body re-signed) is not applied again.
    let replayed = deliver_greenhouse(&app, &greenhouse_id, &secret, "evt-1", &deleted_event).await;
    assert_eq!(replayed.status, 200, "{}", replayed.text);
    assert_eq!(replayed.body["status"], "duplicate");

    // Greenhouse's ping and actions Rebound does not act on: 200, ignored.
    for (event_id, action) in [("evt-2", "ping"), ("evt-3", "new_candidate_application")] {
        let ignored = deliver_greenhouse(
            &app,
            &greenhouse_id,
            &secret,
            event_id,
            &json!({"action": action, "payload": {"application": {"id": 71980812}}, "extra": null}),
        )
        .await;
        assert_eq!(ignored.status, 200, "{}", ignored.text);
        assert_eq!(ignored.body["status"], "ignored");
        assert_eq!(ignored.body["event"], action);
    }

    // Signed but not Greenhouse's envelope: 400 naming the field.
    let refused = deliver_greenhouse(
        &app,
        &greenhouse_id,
        &secret,
        "evt-4",
        &json!({"payload": {}}),
    )
    .await;
    refused.assert_problem(400, "validation_failed");
    assert_eq!(refused.error_fields(), vec!["action".to_string()]);
}

#[actix_web::test]
async fn a_greenhouse_deletion_of_an_interview_the_candidate_logged_on_keeps_it_marked_and_announced(
) {
    let app = TestApp::spawn().await;
    let (owner, candidate_id) = owner_with_candidate(&app).await;
    let (_, greenhouse_id, secret) = receivers(&app, &owner).await;
    let mut body = interview_body(&candidate_id, &ago(3, 0));
    body["remote"] = json!({"source": "greenhouse", "remote_id": "31087460"});
    let interview = create_interview(&app, &owner, &body).await;
    let path = format!("/v1/interviews/{}", id(&interview));
    create_gaffe(&app, &owner, &id(&interview), &gaffe_body("late")).await;
    let before = app.get(&path, Some(&owner)).await;
    assert_eq!(before.body["remote_deleted_at"], Value::Null);

    let deleted =
        json!({"action": "interview_deleted", "payload": {"interview": {"id": 31087460}}});
    let applied = deliver_greenhouse(&app, &greenhouse_id, &secret, "evt-kept", &deleted).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(
        applied.body["report"]["skipped"][0]["field"], "remote_was_deleted",
        "{}",
        applied.text
    );

    let kept = app.get(&path, Some(&owner)).await;
    assert_eq!(kept.status, 200, "{}", kept.text);
    assert!(kept.body["remote_deleted_at"].is_string(), "{}", kept.text);
    assert!(kept.body["version"].as_i64() > before.body["version"].as_i64());
    let events = app
        .get("/v1/events?type=interview.updated", Some(&owner))
        .await;
    let newest = &events.body["data"][0];
    assert_eq!(newest["data"]["id"], interview["id"], "{}", events.text);
    assert_eq!(
        newest["data"]["remote_deleted_at"],
        kept.body["remote_deleted_at"]
    );
    assert_eq!(newest["data"]["version"], kept.body["version"]);
    assert_eq!(
        newest["previous_attributes"]["remote_deleted_at"],
        Value::Null
    );
}
