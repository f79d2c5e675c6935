//! The delivery worker at the transport level: an answer that never ends is read only as far as what is kept, so
//! the attempt is recorded at once and a replica's memory stays flat; IPv6 literal URLs are delivered to, and in
//! production internal literals are refused at registration; new events wake the worker and a backlog is claimed
//! batch after batch, never more attempts at once than the cap; a replica killed mid-attempt has counted it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::fixtures::{candidate, id};
use crate::helpers::{
    access_token, eventually, test_vars, urlencode, TestApp, TestDatabase, PASSWORD,
};
use crate::webhooks::{fast_app, newest_delivery_with_status, register};

/// A receiver on `host` (loopback) that answers every request with `status` and a body that never ends: 16 KiB
/// chunks of `x`, written until the client goes away.
async fn endless_receiver(host: &str, status: u16) -> String {
    let listener = tokio::net::TcpListener::bind((host, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    actix_web::rt::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            actix_web::rt::spawn(async move {
                let mut request = vec![0_u8; 64 * 1024];
                let _ = socket.read(&mut request).await;
                let head =
                    format!("HTTP/1.1 {status} Whatever\r\ncontent-type: text/plain\r\n\r\n");
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b'x'; 16 * 1024];
                while socket.write_all(&chunk).await.is_ok() {}
            });
        }
    });
    let authority = if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    format!("http://{authority}:{port}/hooks")
}

#[actix_web::test]
async fn an_answer_that_never_ends_is_recorded_with_its_first_kilobyte() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let ok = register(
        &app,
        &owner,
        &endless_receiver("127.0.0.1", 200).await,
        json!(["*"]),
    )
    .await;
    let failing = register(
        &app,
        &owner,
        &endless_receiver("127.0.0.1", 503).await,
        json!(["*"]),
    )
    .await;
    candidate(&app, &owner, "Dana Reyes").await;

    let delivered =
        newest_delivery_with_status(&app, &owner, &id(&ok["endpoint"]), "succeeded").await;
    assert_eq!(delivered["response_status"], 200, "{delivered}");
    assert_eq!(delivered["response_body"], "x".repeat(1024), "{delivered}");

    let retrying =
        newest_delivery_with_status(&app, &owner, &id(&failing["endpoint"]), "retrying").await;
    assert_eq!(retrying["response_status"], 503, "{retrying}");
    assert_eq!(retrying["response_body"], "x".repeat(1024), "{retrying}");
}

/// A receiver on `host` (loopback) that answers every request 204 and counts them.
async fn counting_receiver(host: &str) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind((host, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    actix_web::rt::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counted = counted.clone();
            actix_web::rt::spawn(async move {
                let mut request = vec![0_u8; 64 * 1024];
                let _ = socket.read(&mut request).await;
                counted.fetch_add(1, Ordering::SeqCst);
                let answer = "HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n";
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    (format!("http://[{host}]:{port}/hooks"), count)
}

#[actix_web::test]
async fn an_endpoint_at_an_ipv6_loopback_literal_gets_its_delivery_in_development() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let (url, count) = counting_receiver("::1").await;
    let endpoint = register(&app, &owner, &url, json!(["*"])).await;
    candidate(&app, &owner, "Dana Reyes").await;
    let delivered =
        newest_delivery_with_status(&app, &owner, &id(&endpoint["endpoint"]), "succeeded").await;
    assert_eq!(delivered["response_status"], 204, "{delivered}");
    eventually("the receiver to count the delivery", || async {
        match count.load(Ordering::SeqCst) {
            0 => Err("nothing received".to_string()),
            n => Ok(n),
        }
    })
    .await;
}

#[actix_web::test]
async fn in_production_internal_ip_literals_are_refused_at_registration_naming_url() {
    let app = TestApp::spawn_in_production(|_| {}).await;
    let owner = app.owner_token("owner@example.com").await;
    for url in [
        "https://[::1]/hooks",
        "https://[fd00::1]/hooks",
        "https://[::ffff:127.0.0.1]/hooks",
        "https://[64:ff9b::a9fe:a9fe]/latest",
        "https://198.18.0.1/hooks",
    ] {
        let refused = app
            .post_json(
                "/v1/webhook-endpoints",
                Some(&owner),
                &json!({"url": url, "events": ["*"]}),
            )
            .await;
        refused.assert_problem(422, "unprocessable_value");
        assert_eq!(
            refused.error_fields(),
            vec!["url"],
            "{url}: {}",
            refused.text
        );
    }
}

/// Reads one request whole (its head, then as many body bytes as `content-length` says), so an answer never
/// races the rest of the request; false if the client went away first.
async fn read_request(socket: &mut tokio::net::TcpStream) -> bool {
    let mut request = Vec::new();
    let mut buffer = [0_u8; 8192];
    let mut end = None;
    while end.is_none_or(|end| request.len() < end) {
        match socket.read(&mut buffer).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
        if end.is_none() {
            end = request
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map(|head| {
                    let head_text = String::from_utf8_lossy(&request[..head]).to_ascii_lowercase();
                    let length = head_text
                        .lines()
                        .find_map(|line| line.strip_prefix("content-length:"))
                        .and_then(|value| value.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    head + 4 + length
                });
        }
    }
    true
}

/// A receiver on 127.0.0.1 that holds every request open until the test releases it (one permit of `release` per
/// answer, then 204), counting the requests it got and the most it held open at once.
struct HoldingReceiver {
    url: String,
    received: Arc<AtomicUsize>,
    most_open: Arc<AtomicUsize>,
    release: Arc<tokio::sync::Semaphore>,
}

impl HoldingReceiver {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .unwrap();
        let port = listener.local_addr().unwrap().port();
        let (received, most_open) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let open = Arc::new(AtomicUsize::new(0));
        let release = Arc::new(tokio::sync::Semaphore::new(0));
        let (counted, most, held, released) = (
            received.clone(),
            most_open.clone(),
            open.clone(),
            release.clone(),
        );
        actix_web::rt::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (counted, most, held, released) = (
                    counted.clone(),
                    most.clone(),
                    held.clone(),
                    released.clone(),
                );
                actix_web::rt::spawn(async move {
                    if !read_request(&mut socket).await {
                        return;
                    }
                    let now_open = held.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now_open, Ordering::SeqCst);
                    counted.fetch_add(1, Ordering::SeqCst);
                    released.acquire().await.unwrap().forget();
                    // No longer held before the answer leaves: the next request may come as soon as it is read.
                    held.fetch_sub(1, Ordering::SeqCst);
                    let answer = "HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n";
                    let _ = socket.write_all(answer.as_bytes()).await;
                });
            }
        });
        Self {
            url: format!("http://127.0.0.1:{port}/hooks"),
            received,
            most_open,
            release,
        }
    }

    /// A receiver that answers every request at once.
    async fn answering() -> Self {
        let receiver = Self::start().await;
        receiver
            .release
            .add_permits(tokio::sync::Semaphore::MAX_PERMITS / 2);
        receiver
    }

    fn received(&self) -> usize {
        self.received.load(Ordering::SeqCst)
    }

    /// Waits until at least `n` requests arrived.
    async fn wait_for(&self, n: usize) {
        eventually(&format!("{n} requests to arrive"), || async {
            match self.received() {
                got if got >= n => Ok(()),
                got => Err(format!("{got} arrived")),
            }
        })
        .await;
    }
}

/// An app whose poll would come only after the test gave up (60 s): what it delivers, a wake-up made it deliver.
async fn app_without_poll(
    customize: impl FnOnce(&mut std::collections::HashMap<String, String>),
) -> TestApp {
    TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_WEBHOOK_POLL_MS".into(), "60000".into());
        customize(vars);
    })
    .await
}

#[actix_web::test]
async fn new_events_wake_the_worker_and_a_full_batch_is_followed_by_another_at_once() {
    let app = app_without_poll(|_| {}).await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = HoldingReceiver::answering().await;
    // 20 endpoints, so one event queues 20 deliveries in one statement: more than one claim's batch (16).
    for n in 0..20 {
        register(&app, &owner, &format!("{}/{n}", receiver.url), json!(["*"])).await;
    }
    candidate(&app, &owner, "Dana Reyes").await;
    receiver.wait_for(20).await;
    // And the next event too, long before the poll.
    candidate(&app, &owner, "Sam Okafor").await;
    receiver.wait_for(40).await;
    assert_eq!(receiver.received(), 40, "one request per delivery");
}

#[actix_web::test]
async fn a_replica_makes_no_more_attempts_at_once_than_its_cap() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_WEBHOOK_MAX_CONCURRENT_ATTEMPTS".into(), "2".into());
        vars.insert("REBOUND_WEBHOOK_POLL_MS".into(), "50".into());
    })
    .await;
    let owner = app.owner_token("owner@example.com").await;
    let receiver = HoldingReceiver::start().await;
    let endpoint = register(&app, &owner, &receiver.url, json!(["*"])).await;
    for n in 0..8 {
        candidate(&app, &owner, &format!("Candidate {n}")).await;
    }
    // The receiver answers one request at a time, each only once the cap's worth is open: were the cap not kept,
    // the other deliveries (all due at once) would be open by then too.
    for answered in 0..8 {
        receiver.wait_for((answered + 2).min(8)).await;
        receiver.release.add_permits(1);
    }
    let endpoint_id = id(&endpoint["endpoint"]);
    eventually("every delivery to succeed", || async {
        let listed = app
            .get(
                &format!("/v1/webhook-endpoints/{endpoint_id}/deliveries?limit=100"),
                Some(&owner),
            )
            .await;
        let data = listed.body["data"].as_array().cloned().unwrap_or_default();
        match data.iter().filter(|d| d["status"] == "succeeded").count() {
            8 => Ok(()),
            n => Err(format!("{n} of 8 succeeded: {}", listed.text)),
        }
    })
    .await;
    assert_eq!(receiver.received(), 8);
    assert_eq!(
        receiver.most_open.load(Ordering::SeqCst),
        2,
        "the most attempts the receiver saw open at once"
    );
}

/// The real binary, killed (SIGKILL) when dropped.
struct Killable(std::process::Child);

impl Drop for Killable {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Posts to the binary at `base`; the answer's JSON, which must be `expected`'s status.
async fn post_to(
    base: &str,
    path: &str,
    token: Option<&str>,
    body: reqwest::Body,
    form: bool,
    expected: u16,
) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .header(
            "content-type",
            if form {
                "application/x-www-form-urlencoded"
            } else {
                "application/json"
            },
        )
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert_eq!(status, expected, "POST {path}: {text}");
    serde_json::from_str(&text).unwrap()
}

#[actix_web::test]
async fn after_a_kill_mid_delivery_the_stored_attempts_match_what_the_receiver_saw() {
    let database = TestDatabase::create();
    let receiver = HoldingReceiver::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut replica = Killable(
        std::process::Command::new(env!("CARGO_BIN_EXE_rebound"))
            .arg("serve")
            .envs(test_vars(&database.url))
            .env("REBOUND_BIND", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    eventually("the replica to be ready", || async {
        match reqwest::get(format!("{base}/readyz")).await {
            Ok(ready) if ready.status() == 200 => Ok(()),
            other => Err(format!("{other:?}")),
        }
    })
    .await;
    let email = "owner@example.com";
    let signup = json!({"workspace_name": "Kill", "email": email, "password": PASSWORD, "display_name": "Owner"});
    post_to(
        &base,
        "/v1/signup",
        None,
        signup.to_string().into(),
        false,
        201,
    )
    .await;
    let grant = format!(
        "grant_type=password&username={}&password={}",
        urlencode(email),
        urlencode(PASSWORD)
    );
    let token =
        access_token(&post_to(&base, "/v1/auth/token", None, grant.into(), true, 200).await);
    let endpoint = json!({"url": receiver.url, "events": ["*"]});
    let endpoint = post_to(
        &base,
        "/v1/webhook-endpoints",
        Some(&token),
        endpoint.to_string().into(),
        false,
        201,
    )
    .await;
    let dana = json!({"display_name": "Dana Reyes"});
    post_to(
        &base,
        "/v1/candidates",
        Some(&token),
        dana.to_string().into(),
        false,
        201,
    )
    .await;

    // The receiver holds the attempt open; the replica dies before it hears an answer.
    receiver.wait_for(1).await;
    replica.0.kill().unwrap();
    replica.0.wait().unwrap();

    // The attempt the receiver saw is counted.
    let app = TestApp::spawn_against(&database.url).await;
    let owner = access_token(&app.login(email, PASSWORD).await);
    let endpoint_id = id(&endpoint["endpoint"]);
    let path = format!("/v1/webhook-endpoints/{endpoint_id}/deliveries");
    let listed = app.get(&path, Some(&owner)).await;
    assert_eq!(listed.body["data"][0]["attempts"], 1, "{}", listed.text);
    assert_eq!(receiver.received(), 1);

    // Once the dead replica's claim runs out, another replica makes the attempt again, and counts it too.
    receiver.release.add_permits(100);
    app.clock.advance(chrono::Duration::minutes(5));
    let delivered = newest_delivery_with_status(&app, &owner, &endpoint_id, "succeeded").await;
    assert_eq!(delivered["attempts"], 2, "{delivered}");
    assert_eq!(receiver.received(), 2);
}
