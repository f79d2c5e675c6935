//! Issue 22, item 4: a captured, signed inbound delivery cannot be applied twice by re-spelling what the signature
//! does not cover, and a stale change cannot revert a newer one.

use serde_json::{json, Value};

use crate::fixtures::{ago, create_interview, id, interview_body, owner_with_candidate};
use crate::helpers::{Response, TestApp};
use crate::inbound::{
    deliver, deliver_merge, greenhouse_signature, interviews_with_remote, merge_interview_event,
    merge_signature, receivers, MERGE_KEY,
};

fn assert_status(response: &Response, status: &str, variant: &str) {
    assert_eq!(response.status, 200, "{variant}: {}", response.text);
    assert_eq!(
        response.body["status"], status,
        "{variant}: {}",
        response.text
    );
}

#[actix_web::test]
async fn a_captured_delivery_re_sent_with_other_headers_is_a_duplicate_every_time() {
    let app = TestApp::spawn().await;
    let (owner, candidate_id) = owner_with_candidate(&app).await;
    let (merge_id, greenhouse_id, secret) = receivers(&app, &owner).await;
    let mut body = interview_body(&candidate_id, &ago(3, 0));
    body["remote"] = json!({"source": "greenhouse", "remote_id": "31087450"});
    create_interview(&app, &owner, &body).await;

    // Greenhouse: one genuine delivery, then the same signed body with the headers an attacker can vary.
    let deleted =
        json!({"action": "interview_deleted", "payload": {"interview": {"id": 31087450}}});
    let bytes = serde_json::to_vec(&deleted).unwrap();
    let signature = greenhouse_signature(&secret, &bytes);
    let hex = signature.trim_start_matches("sha256 ");
    let genuine = deliver(
        &app,
        "greenhouse",
        &greenhouse_id,
        &bytes,
        &[("signature", &signature), ("greenhouse-event-id", "evt-1")],
    )
    .await;
    assert_status(&genuine, "applied", "the genuine delivery");
    assert_eq!(genuine.body["report"]["deleted"], 1, "{}", genuine.text);
    // Every variant is tried before the verdict, so a failure lists all that were applied again.
    let mut applied_again = Vec::new();
    let upper_algorithm = format!("SHA256 {hex}");
    let upper_hex = format!("sha256 {}", hex.to_uppercase());
    for (variant, headers) in [
        (
            "a new Greenhouse-Event-ID",
            vec![
                ("signature", signature.as_str()),
                ("greenhouse-event-id", "evt-2"),
            ],
        ),
        (
            "no Greenhouse-Event-ID",
            vec![("signature", signature.as_str())],
        ),
        ("SHA256", vec![("signature", upper_algorithm.as_str())]),
        ("upper-case hex", vec![("signature", upper_hex.as_str())]),
    ] {
        let replayed = deliver(&app, "greenhouse", &greenhouse_id, &bytes, &headers).await;
        assert_eq!(replayed.status, 200, "{variant}: {}", replayed.text);
        if replayed.body["status"] != "duplicate" || replayed.body["report"] != Value::Null {
            applied_again.push(variant);
        }
    }

    // Merge: signed as Merge pads it, then the same signature without the `=` padding.
    let added = merge_interview_event("ScheduledInterview.added", &ago(2, 0), "Room 4B");
    let merge_bytes = serde_json::to_vec(&added).unwrap();
    let padded = merge_signature(MERGE_KEY, &merge_bytes);
    assert!(padded.ends_with('='), "{padded}");
    let header = |value: &str| vec![("x-merge-webhook-signature", value.to_string())];
    for (variant, signature) in [
        ("the genuine Merge delivery", padded.clone()),
        ("unpadded base64", padded.trim_end_matches('=').to_string()),
    ] {
        let headers = header(&signature);
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let answer = deliver(&app, "merge", &merge_id, &merge_bytes, &headers).await;
        assert_eq!(answer.status, 200, "{variant}: {}", answer.text);
        if answer.body["status"] == "applied" && variant == "unpadded base64" {
            applied_again.push(variant);
        }
    }
    assert_eq!(applied_again, Vec::<&str>::new(), "applied again");
    assert_eq!(
        interviews_with_remote(&app, &owner, "merge", "int-500")
            .await
            .len(),
        1
    );

    // A new event (another body) still applies, whatever event id it comes with.
    let other = json!({"action": "interview_deleted", "payload": {"interview": {"id": 31087451}}});
    let other_bytes = serde_json::to_vec(&other).unwrap();
    let fresh = deliver(
        &app,
        "greenhouse",
        &greenhouse_id,
        &other_bytes,
        &[
            ("signature", &greenhouse_signature(&secret, &other_bytes)),
            ("greenhouse-event-id", "evt-1"),
        ],
    )
    .await;
    assert_status(&fresh, "applied", "a new body");
}

/// Forgets every delivery the receivers applied, as 90 days of retention would: only the interview's own
/// `remote_updated_at` stands between a replayed capture and the interview then.
async fn forget_deliveries(app: &TestApp) {
    let url = app.database_url().to_string();
    actix_web::web::block(move || {
        use diesel::prelude::*;
        let mut conn = PgConnection::establish(&url).unwrap();
        diesel::sql_query("DELETE FROM inbound_deliveries")
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();
}

#[actix_web::test]
async fn a_stale_change_does_not_revert_a_newer_one_even_once_its_delivery_is_forgotten() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@inbound-stale.example").await;
    let (merge_id, _, _) = receivers(&app, &owner).await;
    let event = |location: &str, updated_at: &str| {
        let mut body = merge_interview_event("ScheduledInterview.changed", &ago(3, 0), location);
        body["data"]["remote_updated_at"] = json!(updated_at);
        body
    };
    let (earlier, later) = (ago(2, 0), ago(1, 0));
    let onsite = event("Conference Room 4B", &earlier);
    let video = event("https://zoom.us/j/555", &later);

    let first = deliver_merge(&app, &merge_id, MERGE_KEY, &onsite).await;
    assert_eq!(first.body["report"]["created"], 1, "{}", first.text);
    let second = deliver_merge(&app, &merge_id, MERGE_KEY, &video).await;
    assert_eq!(second.body["report"]["updated"], 1, "{}", second.text);
    let stored = interviews_with_remote(&app, &owner, "merge", "int-500").await;
    let (interview_id, version) = (id(&stored[0]), stored[0]["version"].clone());
    assert_eq!(stored[0]["format"], "video");

    // The older change arrives again, after its delivery was forgotten: acknowledged (so Merge stops retrying),
    // reported as skipped, and the interview keeps the newer change.
    forget_deliveries(&app).await;
    let stale = deliver_merge(&app, &merge_id, MERGE_KEY, &onsite).await;
    assert_status(&stale, "applied", "the stale change");
    assert_eq!(stale.body["report"]["updated"], 0, "{}", stale.text);
    assert_eq!(
        stale.body["report"]["skipped"][0]["field"], "remote_updated_at",
        "{}",
        stale.text
    );
    let now = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(now.body["format"], "video", "{}", now.text);
    assert_eq!(now.body["version"], version);

    // A newer change than any applied still applies.
    let newest = event("Conference Room 9", &ago(0, 30));
    let applied = deliver_merge(&app, &merge_id, MERGE_KEY, &newest).await;
    assert_eq!(applied.body["report"]["updated"], 1, "{}", applied.text);
    let now = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(now.body["format"], "onsite");
}
