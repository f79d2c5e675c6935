//! Stopping a replica the way a deploy does (SIGTERM): readiness turns 503 at once, traffic keeps being served
//! while the load balancer moves away, and no request already sent is dropped.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use crate::helpers::{eventually, TestApp};

#[actix_web::test]
async fn draining_answers_every_request_from_32_keep_alive_clients_and_readiness_says_503_at_once()
{
    let app = Arc::new(
        TestApp::spawn_with(|vars| {
            vars.insert("REBOUND_DRAIN_SECS".into(), "2".into());
            // 32 clients on one token send well over the default 600 a minute; a 429 would count as dropped.
            vars.insert("REBOUND_RATE_LIMIT_PER_MINUTE".into(), "off".into());
        })
        .await,
    );
    let owner = app.owner_token("owner@example.com").await;
    assert_eq!(app.get("/readyz", None).await.status, 200);

    let keep_going = Arc::new(AtomicBool::new(true));
    let (sent, failed, closing) = (
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    );
    let mut clients = Vec::new();
    for n in 0..32 {
        let (address, owner) = (app.address.clone(), owner.clone());
        let (keep_going, sent, failed, closing) = (
            keep_going.clone(),
            sent.clone(),
            failed.clone(),
            closing.clone(),
        );
        clients.push(actix_web::rt::spawn(async move {
            // One keep-alive connection per client, reused until the server asks to close it.
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .unwrap();
            let mut i = 0;
            while keep_going.load(Ordering::SeqCst) {
                let request = if n % 2 == 0 {
                    client.get(format!("{address}/v1/candidates?limit=5"))
                } else {
                    client
                        .post(format!("{address}/v1/candidates"))
                        .json(&json!({"display_name": format!("Client {n} #{i}")}))
                };
                sent.fetch_add(1, Ordering::SeqCst);
                match request.bearer_auth(&owner).send().await {
                    Ok(response) if response.status().is_success() => {
                        if response
                            .headers()
                            .get("connection")
                            .is_some_and(|v| v == "close")
                        {
                            closing.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    _ => {
                        failed.fetch_add(1, Ordering::SeqCst);
                    }
                }
                i += 1;
            }
        }));
    }
    // The clients keep the server busy before it is told to stop.
    eventually("the clients to have sent 100 requests", || async {
        match sent.load(Ordering::SeqCst) {
            busy if busy > 100 => Ok(()),
            so_far => Err(format!("{so_far} sent")),
        }
    })
    .await;

    let draining = {
        let app = app.clone();
        actix_web::rt::spawn(async move { app.drain_and_stop().await })
    };
    // Within the drain period (after it, nothing answers): readiness turns 503 as soon as the drain starts.
    eventually("readiness to say 503 once draining", || async {
        match app.get("/readyz", None).await {
            ready if ready.status == 503 => Ok(ready),
            ready => Err(format!("{} {}", ready.status, ready.text)),
        }
    })
    .await
    .assert_problem(503, "shutting_down");

    // The load balancer would stop sending within the drain period; the clients stop well inside it. Real time: the
    // drain period is a deadline on the system clock, not business time.
    actix_web::rt::time::sleep(Duration::from_millis(1200)).await;
    keep_going.store(false, Ordering::SeqCst);
    for client in clients {
        client.await.unwrap();
    }
    draining.await.unwrap();

    assert!(
        sent.load(Ordering::SeqCst) > 100,
        "the clients kept the server busy"
    );
    assert_eq!(failed.load(Ordering::SeqCst), 0, "no request was dropped");
    assert!(
        closing.load(Ordering::SeqCst) >= 32,
        "while draining, responses ask keep-alive clients to reconnect"
    );
    // Stopped: the listener is closed.
    let refused = reqwest::Client::new()
        .get(format!("{}/livez", app.address))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(refused.is_err(), "the server is gone after the drain");
}
