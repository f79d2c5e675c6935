//! The load client of `scripts/cluster.sh`: a bounded, closed-loop mix of by-id reads and creates through HAProxy
//! that counts every failed request and when it happened, so the script can attribute failures to the replica
//! that was killed.
//!
//!   CLUSTER_LOAD_TOKEN=<access token> cluster_load <base-url> <seconds> <connections> <interview-id> <body-file>
//!
//! Every fifth request of each connection is `POST /v1/interviews` with a fresh `Idempotency-Key` (so HAProxy may
//! retry it safely), the others are `GET /v1/interviews/{id}`. A failure is a transport error or any status other
//! than 200 (GET) / 201 (POST). Prints one JSON object on stdout.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

#[derive(Default)]
struct Counts {
    gets: AtomicU64,
    posts: AtomicU64,
    failures: Mutex<Vec<Value>>,
}

/// The kind of failure and its causes ("request failed: client error (SendRequest): connection closed before
/// message completed"), without the URL every request shares.
fn error_chain(error: &reqwest::Error) -> String {
    let mut text = String::from(if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "could not connect"
    } else {
        "request failed"
    });
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    // The token comes from the environment, not the arguments, so `ps` does not show it.
    let token = std::env::var("CLUSTER_LOAD_TOKEN").unwrap_or_default();
    if args.len() != 6 || token.is_empty() {
        eprintln!("usage: CLUSTER_LOAD_TOKEN=<token> cluster_load <base-url> <seconds> <connections> <interview-id> <body-file>");
        std::process::exit(2);
    }
    let base = args[1].trim_end_matches('/').to_string();
    let seconds: u64 = args[2].parse().expect("seconds");
    let connections: usize = args[3].parse().expect("connections");
    let get_url = format!("{base}/v1/interviews/{}", args[4]);
    let post_url = format!("{base}/v1/interviews");
    let body = std::fs::read(&args[5]).expect("the interview body file");

    let http = reqwest::Client::builder()
        .http1_only()
        .timeout(Duration::from_secs(10))
        .pool_max_idle_per_host(connections)
        .build()
        .expect("an HTTP client");
    let counts = Arc::new(Counts::default());
    let start = Instant::now();
    let end = start + Duration::from_secs(seconds);

    let mut tasks = Vec::new();
    for worker in 0..connections {
        let (http, counts, token, get_url, post_url, body) = (
            http.clone(),
            counts.clone(),
            token.clone(),
            get_url.clone(),
            post_url.clone(),
            body.clone(),
        );
        tasks.push(tokio::spawn(async move {
            // Offsets the POSTs of the connections so writes are spread evenly in time.
            let mut n: u64 = worker as u64;
            while Instant::now() < end {
                n += 1;
                let post = n.is_multiple_of(5);
                let sent = Instant::now();
                let request = if post {
                    http.post(&post_url)
                        .header("content-type", "application/json")
                        .header("idempotency-key", uuid::Uuid::new_v4().to_string())
                        .body(body.clone())
                } else {
                    http.get(&get_url)
                };
                let outcome = request.bearer_auth(&token).send().await;
                let failure = match outcome {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        // Read the body: a response cut off mid-body is a failure too.
                        match response.bytes().await {
                            Ok(_) if status == if post { 201 } else { 200 } => None,
                            Ok(bytes) => Some(format!(
                                "status {status}: {}",
                                String::from_utf8_lossy(&bytes[..bytes.len().min(160)])
                            )),
                            Err(e) => Some(format!("status {status}, body: {e}")),
                        }
                    }
                    Err(e) => Some(error_chain(&e)),
                };
                let counter = if post { &counts.posts } else { &counts.gets };
                counter.fetch_add(1, Ordering::Relaxed);
                if let Some(what) = failure {
                    counts.failures.lock().unwrap().push(json!({
                        "sent_at": (sent - start).as_secs_f64(),
                        "failed_at": start.elapsed().as_secs_f64(),
                        "method": if post { "POST" } else { "GET" },
                        "error": what,
                    }));
                }
            }
        }));
    }
    for task in tasks {
        task.await.expect("a load task");
    }
    let elapsed = start.elapsed().as_secs_f64();
    let gets = counts.gets.load(Ordering::Relaxed);
    let posts = counts.posts.load(Ordering::Relaxed);
    let failures = std::mem::take(&mut *counts.failures.lock().unwrap());
    println!(
        "{}",
        json!({
            "seconds": elapsed,
            "gets": gets,
            "posts": posts,
            "requests_per_second": (gets + posts) as f64 / elapsed,
            "failed": failures.len(),
            "failures": failures,
        })
    );
}
