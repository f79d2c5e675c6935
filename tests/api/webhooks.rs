//! Webhooks as a receiver sees them: signed deliveries that verify with the Standard Webhooks library, retries until
//! the receiver answers 2xx, both signatures during a rotation, one delivery per event across replicas, and no
//! delivery to internal addresses in production.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{candidate, id};
use crate::helpers::{eventually, TestApp};

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: http::HeaderMap,
    body: String,
}

/// A webhook receiver on loopback that records what it gets and answers with the scripted statuses in turn (then
/// 204).
struct Receiver {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    async fn start(script: Vec<u16>) -> Self {
        let received = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let (log, answers) = (received.clone(), script.clone());
        let server = HttpServer::new(move || {
            let (log, answers) = (log.clone(), answers.clone());
            App::new().default_service(web::to(move |req: HttpRequest, body: web::Bytes| {
                let (log, answers) = (log.clone(), answers.clone());
                async move {
                    let mut headers = http::HeaderMap::new();
                    for (name, value) in req.headers() {
                        headers.insert(
                            http::HeaderName::from_bytes(name.as_str().as_bytes()).unwrap(),
                            http::HeaderValue::from_bytes(value.as_bytes()).unwrap(),
                        );
                    }
                    log.lock().unwrap().push(Received {
                        headers,
                        body: String::from_utf8(body.to_vec()).unwrap(),
                    });
                    let status = answers.lock().unwrap().next().unwrap_or(204);
                    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap())
                        .body("receiver says hi")
                }
            }))
        })
        .workers(1)
        .disable_signals()
        .bind(("127.0.0.1", 0))
        .unwrap();
        let port = server.addrs()[0].port();
        actix_web::rt::spawn(server.run());
        Self {
            url: format!("http://127.0.0.1:{port}/hooks"),
            received,
        }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until `n` requests arrived.
    async fn wait_for(&self, n: usize) -> Vec<Received> {
        eventually(&format!("{n} deliveries to arrive"), || async {
            let got = self.received();
            if got.len() >= n {
                Ok(got)
            } else {
                Err(format!("{} arrived", got.len()))
            }
        })
        .await
    }
}

/// An endpoint's deliveries as the API lists them (up to 100, newest first): what the worker has queued for it and
/// what became of each.
async fn deliveries(app: &TestApp, owner: &str, endpoint_id: &str) -> Vec<Value> {
    let listed = app
        .get(
            &format!("/v1/webhook-endpoints/{endpoint_id}/deliveries?limit=100"),
            Some(owner),
        )
        .await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    listed.body["data"].as_array().unwrap().clone()
}

/// Waits until the endpoint's newest delivery has `status`, and returns it.
pub(crate) async fn newest_delivery_with_status(
    app: &TestApp,
    owner: &str,
    endpoint_id: &str,
    status: &str,
) -> Value {
    eventually(&format!("the newest delivery to be {status}"), || async {
        let listed = deliveries(app, owner, endpoint_id).await;
        match listed.first() {
            Some(newest) if newest["status"] == status => Ok(newest.clone()),
            _ => Err(format!("{listed:?}")),
        }
    })
    .await
}

/// The `recovery_plan.step_due` events in the feed.
async fn due_events(server: &TestApp, owner: &str) -> Vec<Value> {
    let page = server
        .get(
            "/v1/events?type=recovery_plan.step_due&limit=100",
            Some(owner),
        )
        .await;
    page.body["data"].as_array().unwrap().clone()
}

/// An app that polls for due deliveries often and retries after 1 s.
pub(crate) async fn fast_app() -> TestApp {
    TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_WEBHOOK_POLL_MS".into(), "50".into());
        vars.insert("REBOUND_WEBHOOK_RETRY_SCHEDULE_SECS".into(), "1,1".into());
    })
    .await
}

pub(crate) async fn register(app: &TestApp, owner: &str, url: &str, events: Value) -> Value {
    let created = app
        .post_json(
            "/v1/webhook-endpoints",
            Some(owner),
            &json!({"url": url, "events": events}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body
}

fn verify(secret: &str, received: &Received) -> Result<(), String> {
    standardwebhooks::Webhook::new(secret)
        .unwrap()
        .verify(received.body.as_bytes(), &received.headers)
        .map_err(|e| e.to_string())
}

fn envelope(received: &Received) -> Value {
    serde_json::from_str(&received.body).unwrap()
}

#[actix_web::test]
async fn deliveries_are_signed_envelopes_that_verify_and_match_the_feed() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![]).await;
    let created = register(
        &app,
        &owner,
        &receiver.url,
        json!(["candidate.created", "candidate.updated"]),
    )
    .await;
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("whsec_"));
    assert!(created["endpoint"].get("secret").is_none());

    let dana = candidate(&app, &owner, "Dana Reyes").await;
    // A change that rolls back sends nothing; an unsubscribed type neither.
    let path = format!("/v1/candidates/{}", id(&dana));
    app.patch_json(&path, Some(&owner), &json!({"display_name": ""}))
        .await
        .assert_problem(400, "validation_failed");
    assert_eq!(app.delete(&path, Some(&owner)).await.status, 204);

    let got = receiver.wait_for(1).await;
    // Deliveries are queued in the change's transaction: one queued delivery means nothing else will be sent.
    let queued = deliveries(&app, &owner, &id(&created["endpoint"])).await;
    assert_eq!(
        queued.len(),
        1,
        "only candidate.created was subscribed and committed: {queued:?}"
    );
    assert_eq!(receiver.received().len(), 1);
    let delivery = &got[0];
    verify(secret, delivery).expect("the Standard Webhooks library verifies the delivery");
    assert!(verify(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2b4Vl0BzkkI=",
        delivery
    )
    .is_err());
    let body = envelope(delivery);
    assert_eq!(body["type"], "candidate.created");
    assert_eq!(body["data"], dana);
    assert_eq!(delivery.headers["webhook-id"].to_str().unwrap(), body["id"]);
    // The same envelope is in the feed.
    let from_feed = app
        .get(
            &format!("/v1/events/{}", body["id"].as_str().unwrap()),
            Some(&owner),
        )
        .await;
    assert_eq!(from_feed.body, body);

    // The delivery is listed with its outcome.
    let deliveries = app
        .get(
            &format!(
                "/v1/webhook-endpoints/{}/deliveries",
                id(&created["endpoint"])
            ),
            Some(&owner),
        )
        .await;
    let first = &deliveries.body["data"][0];
    assert_eq!(first["status"], "succeeded", "{}", deliveries.text);
    assert_eq!(first["attempts"], 1);
    assert_eq!(first["response_status"], 204);
    assert_eq!(first["event_type"], "candidate.created");
}

#[actix_web::test]
async fn a_receiver_that_fails_twice_gets_the_event_on_the_third_attempt() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![500, 503, 200]).await;
    let endpoint = register(&app, &owner, &receiver.url, json!(["*"])).await;
    candidate(&app, &owner, "Dana Reyes").await;

    let got = receiver.wait_for(3).await;
    let ids: Vec<&str> = got
        .iter()
        .map(|r| r.headers["webhook-id"].to_str().unwrap())
        .collect();
    assert!(
        ids.iter().all(|i| *i == ids[0]),
        "the same event each time: {ids:?}"
    );
    let endpoint_id = id(&endpoint["endpoint"]);
    let succeeded = newest_delivery_with_status(&app, &owner, &endpoint_id, "succeeded").await;
    assert_eq!(succeeded["attempts"], 3);
    assert_eq!(succeeded["response_status"], 200);
    // Nothing after the success: no further attempt is scheduled, and no other delivery is queued.
    assert!(succeeded["next_attempt_at"].is_null(), "{succeeded}");
    assert_eq!(deliveries(&app, &owner, &endpoint_id).await.len(), 1);
    assert_eq!(receiver.received().len(), 3, "nothing after the success");

    // A redelivery sends it once more, as a fresh delivery.
    let event_id = got[0].headers["webhook-id"].to_str().unwrap().to_string();
    let queued = app
        .request(Method::POST, &format!("/v1/events/{event_id}/redeliver"))
        .token(&owner)
        .send()
        .await;
    assert_eq!(queued.status, 202, "{}", queued.text);
    assert_eq!(queued.body["data"].as_array().unwrap().len(), 1);
    receiver.wait_for(4).await;
}

#[actix_web::test]
async fn after_a_rotation_deliveries_carry_both_signatures_and_a_ping_reaches_one_endpoint() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![]).await;
    let other = Receiver::start(vec![]).await;
    let created = register(&app, &owner, &receiver.url, json!(["*"])).await;
    let other_endpoint = register(&app, &owner, &other.url, json!(["*"])).await;
    let old_secret = created["secret"].as_str().unwrap().to_string();
    let endpoint_id = id(&created["endpoint"]);

    let rotated = app
        .request(
            Method::POST,
            &format!("/v1/webhook-endpoints/{endpoint_id}/rotate-secret"),
        )
        .token(&owner)
        .send()
        .await;
    assert_eq!(rotated.status, 200, "{}", rotated.text);
    let new_secret = rotated.body["secret"].as_str().unwrap().to_string();
    assert_ne!(new_secret, old_secret);
    assert!(rotated.body["endpoint"]["previous_secret_expires_at"].is_string());

    let ping = app
        .request(
            Method::POST,
            &format!("/v1/webhook-endpoints/{endpoint_id}/test"),
        )
        .token(&owner)
        .send()
        .await;
    assert_eq!(ping.status, 202, "{}", ping.text);
    let got = receiver.wait_for(1).await;
    let signatures = got[0].headers["webhook-signature"].to_str().unwrap();
    assert_eq!(signatures.split(' ').count(), 2, "{signatures}");
    verify(&new_secret, &got[0]).expect("verifies with the new secret");
    verify(&old_secret, &got[0]).expect("and with the old one during the overlap");
    assert_eq!(envelope(&got[0])["type"], "ping");
    // Nothing was queued for the other endpoint, so nothing will reach it.
    assert_eq!(
        deliveries(&app, &owner, &id(&other_endpoint["endpoint"])).await,
        Vec::<Value>::new(),
        "a ping goes to the tested endpoint only"
    );
    assert!(other.received().is_empty());
}

#[actix_web::test]
async fn two_replicas_on_one_database_deliver_each_event_exactly_once() {
    let app = fast_app().await;
    let replica = TestApp::spawn_against(app.database_url()).await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![]).await;
    let endpoint = register(&app, &owner, &receiver.url, json!(["candidate.created"])).await;
    for n in 0..12 {
        let server = if n % 2 == 0 { &app } else { &replica };
        candidate(server, &owner, &format!("Candidate {n}")).await;
    }
    receiver.wait_for(12).await;
    // Every attempt records its outcome after sending: once all twelve are recorded, no send is still under way, and
    // none is scheduled again.
    let endpoint_id = id(&endpoint["endpoint"]);
    eventually(
        "all twelve deliveries to be recorded as succeeded",
        || async {
            let listed = deliveries(&app, &owner, &endpoint_id).await;
            let done = listed
                .iter()
                .filter(|d| d["status"] == "succeeded" && d["next_attempt_at"].is_null())
                .count();
            if listed.len() == 12 && done == 12 {
                Ok(())
            } else {
                Err(format!("{listed:?}"))
            }
        },
    )
    .await;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for got in receiver.received() {
        *counts
            .entry(got.headers["webhook-id"].to_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert_eq!(counts.len(), 12);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
}

#[actix_web::test]
async fn in_production_deliveries_to_internal_addresses_are_refused() {
    let app = TestApp::spawn_in_production(|vars| {
        vars.insert("REBOUND_WEBHOOK_POLL_MS".into(), "50".into());
        vars.insert("REBOUND_WEBHOOK_RETRY_SCHEDULE_SECS".into(), "0".into());
    })
    .await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![]).await;
    // Plain http is refused at registration in production; https to loopback is refused at delivery.
    let http = app
        .post_json(
            "/v1/webhook-endpoints",
            Some(&owner),
            &json!({"url": receiver.url, "events": ["*"]}),
        )
        .await;
    // Well-formed, but not allowed in this environment: a 422 naming `url`.
    http.assert_problem(422, "unprocessable_value");
    assert_eq!(http.error_fields(), vec!["url"], "{}", http.text);
    // An internal IP literal is refused at registration too (`webhook_transport`); a name is checked once
    // resolved, at each delivery.
    let https = receiver
        .url
        .replace("http://127.0.0.1", "https://localhost");
    let endpoint = register(&app, &owner, &https, json!(["*"])).await;
    candidate(&app, &owner, "Dana Reyes").await;
    let endpoint_id = id(&endpoint["endpoint"]);
    let delivery = newest_delivery_with_status(&app, &owner, &endpoint_id, "failed").await;
    assert!(
        delivery["error"].as_str().unwrap().contains("refused"),
        "{delivery}"
    );
    assert!(receiver.received().is_empty());
}

#[actix_web::test]
async fn another_workspaces_endpoints_and_events_are_404() {
    let app = TestApp::spawn().await;
    let owner_a = app.owner_token("a@example.com").await;
    let owner_b = app.owner_token("b@example.com").await;
    let endpoint_b = register(&app, &owner_b, "http://127.0.0.1:9/hooks", json!(["*"])).await;
    candidate(&app, &owner_b, "Only in B").await;
    let event_b = app.get("/v1/events", Some(&owner_b)).await.body["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/v1/webhook-endpoints/{}", id(&endpoint_b["endpoint"]));
    for (method, target) in [
        (Method::GET, path.clone()),
        (Method::PATCH, path.clone()),
        (Method::DELETE, path.clone()),
        (Method::POST, format!("{path}/rotate-secret")),
        (Method::POST, format!("{path}/test")),
        (Method::GET, format!("{path}/deliveries")),
        (Method::POST, format!("/v1/events/{event_b}/redeliver")),
    ] {
        let mut request = app.request(method.clone(), &target).token(&owner_a);
        if method == Method::PATCH {
            request = request.json(&json!({"enabled": false}));
        }
        request.send().await.assert_problem(404, "not_found");
    }
    // Nothing changed in B.
    let still = app.get(&path, Some(&owner_b)).await;
    assert_eq!(still.body["enabled"], true);
    assert_eq!(still.body["version"], 1);
    assert!(
        app.get("/v1/webhook-endpoints", Some(&owner_a)).await.body["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[actix_web::test]
async fn a_pending_step_is_announced_once_when_its_due_time_passes_even_with_two_replicas() {
    let app = fast_app().await;
    let replica = TestApp::spawn_with(|vars| {
        vars.insert("DATABASE_URL".into(), app.database_url().to_string());
        vars.insert("REBOUND_WEBHOOK_POLL_MS".into(), "50".into());
    })
    .await;
    let (owner, interview) = crate::fixtures::owner_with_interview(&app).await;
    let interview_id = id(&interview);
    crate::fixtures::create_gaffe(
        &app,
        &owner,
        &interview_id,
        &crate::fixtures::gaffe_body("wrong_interviewer_name"),
    )
    .await;
    let plan = crate::fixtures::generate_plan(&app, &owner, &interview_id, &json!({})).await;
    let steps = plan["steps"].as_array().unwrap().clone();
    assert!(steps.len() >= 3, "{plan}");
    // The first step is done before it falls due: it is never announced.
    let done = &steps[0];
    let done_path = format!(
        "/v1/interviews/{interview_id}/recovery-plans/{}/steps/{}",
        id(&plan),
        id(done)
    );
    assert_eq!(
        app.patch_json(&done_path, Some(&owner), &json!({"status": "done"}))
            .await
            .status,
        200
    );
    // Not business time passing (the app's clock stands still): a few rounds of the announcers, which run every 50 ms
    // of real time, in which an early announcement would show. What must not happen leaves nothing to poll for.
    actix_web::rt::time::sleep(Duration::from_millis(300)).await;
    assert!(
        due_events(&app, &owner).await.is_empty(),
        "nothing is due yet"
    );

    // Move both replicas' clocks to just after the second step's due time.
    let target = crate::fixtures::parse_time(&steps[1]["due_at"]) + chrono::Duration::minutes(1);
    let ahead = target - chrono::Utc::now();
    app.clock.advance(ahead);
    replica.clock.advance(ahead);
    let expected: Vec<&Value> = steps[1..]
        .iter()
        .filter(|s| crate::fixtures::parse_time(&s["due_at"]) <= target)
        .collect();
    let announced = eventually("the due steps to be announced", || async {
        let got = due_events(&app, &owner).await;
        if got.len() >= expected.len() {
            Ok(got)
        } else {
            Err(format!("{got:?}"))
        }
    })
    .await;
    // Rounds of both announcers in which a second announcement of a step would show (nothing to poll for, as above).
    actix_web::rt::time::sleep(Duration::from_millis(500)).await;
    let announced_later = due_events(&replica, &owner).await;
    assert_eq!(announced_later.len(), announced.len(), "each step once");
    let mut step_ids: Vec<&str> = announced
        .iter()
        .map(|e| e["data"]["step"]["id"].as_str().unwrap())
        .collect();
    step_ids.sort();
    let mut expected_ids: Vec<&str> = expected.iter().map(|s| s["id"].as_str().unwrap()).collect();
    expected_ids.sort();
    assert_eq!(step_ids, expected_ids);
    let first = &announced.last().unwrap()["data"];
    assert_eq!(first["plan_id"], plan["id"]);
    assert_eq!(first["interview_id"], interview["id"]);
    assert_eq!(first["step"]["status"], "pending");
}

#[actix_web::test]
async fn an_endpoint_failing_for_days_is_disabled_with_a_reason_and_can_be_enabled_again() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = Receiver::start(vec![500, 500, 500, 500]).await;
    let created = register(&app, &owner, &receiver.url, json!(["*"])).await;
    let endpoint_id = id(&created["endpoint"]);
    // Its failure streak began six days ago (longer than the five-day default).
    let url = app.database_url().to_string();
    let streak = endpoint_id.clone();
    actix_web::web::block(move || {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let mut conn = diesel::PgConnection::establish(&url).unwrap();
        conn.batch_execute(&format!(
            "UPDATE webhook_endpoints SET failing_since = now() - interval '6 days' WHERE id = '{streak}'"
        ))
        .unwrap();
    })
    .await
    .unwrap();
    candidate(&app, &owner, "Dana Reyes").await;
    receiver.wait_for(1).await;

    let path = format!("/v1/webhook-endpoints/{endpoint_id}");
    let disabled = eventually("the endpoint to be disabled", || async {
        let got = app.get(&path, Some(&owner)).await.body;
        if got["enabled"] == false {
            Ok(got)
        } else {
            Err(got.to_string())
        }
    })
    .await;
    assert!(disabled["disabled_reason"]
        .as_str()
        .unwrap()
        .contains("failing"));
    // Disabled, it receives nothing more: its queued deliveries failed, and none is queued for a new event.
    candidate(&app, &owner, "Sam Okafor").await;
    let queued = deliveries(&app, &owner, &endpoint_id).await;
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert!(
        queued
            .iter()
            .all(|d| d["status"] == "failed" && d["next_attempt_at"].is_null()),
        "{queued:?}"
    );
    assert_eq!(receiver.received().len(), 1);

    let enabled = app
        .request(Method::PATCH, &path)
        .token(&owner)
        .json(&json!({"enabled": true}))
        .send()
        .await;
    assert_eq!(enabled.status, 200, "{}", enabled.text);
    assert_eq!(enabled.body["enabled"], true);
    assert!(enabled.body["disabled_reason"].is_null());
}

#[actix_web::test]
async fn a_malformed_url_is_a_400_and_a_well_formed_one_that_cannot_be_used_a_422() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let post = |url: &'static str| {
        let (app, owner) = (&app, &owner);
        async move {
            app.post_json(
                "/v1/webhook-endpoints",
                Some(owner),
                &json!({"url": url, "events": ["*"]}),
            )
            .await
        }
    };
    // Outside the documented pattern: the shape is wrong.
    for url in [
        "ftp://example.com/hooks",
        " https://example.com/hooks",
        "https://example.com/my hooks",
        "https://user:pw@example.com/hooks",
    ] {
        let refused = post(url).await;
        refused.assert_problem(400, "validation_failed");
        assert_eq!(
            refused.error_fields(),
            vec!["url"],
            "{url}: {}",
            refused.text
        );
    }
    // The documented shape, but no URL parser takes it.
    let refused = post("https://[::1/hooks").await;
    refused.assert_problem(422, "unprocessable_value");
    assert_eq!(refused.error_fields(), vec!["url"], "{}", refused.text);
    let listed = app.get("/v1/webhook-endpoints", Some(&owner)).await;
    assert_eq!(listed.body["data"], json!([]), "nothing refused was stored");
}
