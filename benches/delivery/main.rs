//! `scripts/bench-delivery.sh`: webhook delivery throughput and memory of one Rebound replica (release build), on a
//! fresh project-local cluster, to receivers on 127.0.0.1 in this process.
//!
//! It prints, in order: how long a new event takes to reach a receiver (the default 1 s poll is left on, so what
//! is faster than that was woken by `NOTIFY`); how long backlogs of queued deliveries (1,000, then 5,000, queued by
//! one SQL statement as a burst of events would) take to drain, and the deliveries per second that makes; and the
//! replica's resident memory (VmRSS, and its peak VmHWM) before and after receivers answer every attempt with
//! hundreds of MB. Settings (environment): `BENCH_BACKLOGS` (default `1000,5000`), `BENCH_FAT_MB` (size of each
//! huge answer, default 250). Loopback only; bounded (every wait has a deadline); everything it starts stops when
//! it ends.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use rebound_local_pg::{LocalPostgres, LocalPostgresOptions};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const DATABASE: &str = "rebound_bench";
const PASSWORD: &str = "correct horse battery staple";
/// The longest any one wait may take before the benchmark gives up.
const DEADLINE: Duration = Duration::from_secs(120);

/// The replica under test, killed when dropped so an early exit stops it too.
struct Replica {
    child: Child,
    base: String,
}

impl Replica {
    fn start(program: &Path, database_url: &str) -> Self {
        let addr = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port");
        let child = Command::new(program)
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("REBOUND_BIND", addr.to_string())
            .env("REBOUND_ENV", "development")
            .env("REBOUND_RATE_LIMIT_PER_MINUTE", "1000000")
            .env("REBOUND_RATE_LIMIT_BURST", "1000000")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", program.display()));
        Self {
            child,
            base: format!("http://{addr}"),
        }
    }

    /// `VmRSS` and `VmHWM` in MiB, from /proc.
    fn memory_mib(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .map_or(f64::NAN, |kb| kb / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A receiver on 127.0.0.1: reads each request whole, then answers 204 at once, or (`fat_bytes` > 0) 200 with a
/// body of that many bytes, written until the client goes away. Counts requests and the body bytes it got out.
#[derive(Clone)]
struct Receiver {
    url: String,
    requests: Arc<AtomicU64>,
    written: Arc<AtomicU64>,
}

impl Receiver {
    async fn start(fat_bytes: u64) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        let (requests, written) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let receiver = Self {
            url,
            requests: requests.clone(),
            written: written.clone(),
        };
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (requests, written) = (requests.clone(), written.clone());
                tokio::spawn(answer(socket, fat_bytes, requests, written));
            }
        });
        receiver
    }

    fn requests(&self) -> u64 {
        self.requests.load(Ordering::SeqCst)
    }
}

async fn answer(
    mut socket: tokio::net::TcpStream,
    fat_bytes: u64,
    requests: Arc<AtomicU64>,
    written: Arc<AtomicU64>,
) {
    let mut request = Vec::with_capacity(4096);
    let mut buffer = [0_u8; 8192];
    // The head, then as much body as it announces.
    let body_end = loop {
        match socket.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
        if let Some(head_end) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&request[..head_end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            break head_end + 4 + length;
        }
    };
    while request.len() < body_end {
        match socket.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
    requests.fetch_add(1, Ordering::SeqCst);
    if fat_bytes == 0 {
        let _ = socket
            .write_all(b"HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n")
            .await;
        return;
    }
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-length: {fat_bytes}\r\ncontent-type: text/plain\r\n\r\n"
    );
    if socket.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let chunk = vec![b'x'; 64 * 1024];
    let mut left = fat_bytes;
    while left > 0 {
        let n = usize::try_from(left.min(chunk.len() as u64)).unwrap_or(chunk.len());
        if socket.write_all(&chunk[..n]).await.is_err() {
            return;
        }
        written.fetch_add(n as u64, Ordering::Relaxed);
        left -= n as u64;
    }
}

/// Waits until `check` is true, polling every millisecond; panics after [`DEADLINE`].
async fn until(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + DEADLINE;
    while !check() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// The API client of the benchmark: an owner signed up on the replica.
struct Owner {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Owner {
    async fn sign_up(base: &str) -> Self {
        let http = reqwest::Client::new();
        let deadline = Instant::now() + DEADLINE;
        loop {
            let ready = http.get(format!("{base}/readyz")).send().await;
            if ready.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            assert!(Instant::now() < deadline, "the replica did not get ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let email = "bench@example.com";
        let signup = json!({"workspace_name": "Bench", "email": email, "password": PASSWORD,
                            "display_name": "Bench"});
        let mut owner = Self {
            http,
            base: base.to_string(),
            token: String::new(),
        };
        owner.post("/v1/signup", &signup).await;
        let grant = format!(
            "grant_type=password&username=bench%40example.com&password={}",
            PASSWORD.replace(' ', "+")
        );
        let token: Value = owner
            .http
            .post(format!("{base}/v1/auth/token"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(grant)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .expect("signing in")
            .json()
            .await
            .expect("a token response");
        owner.token = token["access_token"].as_str().expect("access_token").into();
        owner
    }

    async fn post(&self, path: &str, body: &Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"));
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        assert!(status.is_success(), "POST {path}: {status} {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    /// Registers an endpoint for every event type; its id.
    async fn endpoint(&self, url: &str) -> String {
        let created = self
            .post(
                "/v1/webhook-endpoints",
                &json!({"url": url, "events": ["*"]}),
            )
            .await;
        created["endpoint"]["id"]
            .as_str()
            .expect("endpoint id")
            .into()
    }
}

fn succeeded(db: &mut PgConnection, endpoint: &str) -> i64 {
    diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(&format!(
        "(SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = '{endpoint}' AND status = 'succeeded')"
    )))
    .get_result(db)
    .expect("counting deliveries")
}

/// Queues `count` events with one delivery each to `endpoint`, in one statement (so one notification).
fn queue_backlog(db: &mut PgConnection, endpoint: &str, count: usize) {
    db.batch_execute(&format!(
        "WITH event AS (
             INSERT INTO events (id, workspace_id, type, data)
             SELECT gen_random_uuid(), workspace_id, 'candidate.created', jsonb_build_object('n', n)
             FROM webhook_endpoints, generate_series(1, {count}) AS n WHERE webhook_endpoints.id = '{endpoint}'
             RETURNING id, workspace_id)
         INSERT INTO webhook_deliveries (id, workspace_id, endpoint_id, event_id, status, next_attempt_at)
         SELECT gen_random_uuid(), workspace_id, '{endpoint}', id, 'pending', now() FROM event"
    ))
    .expect("queueing the backlog");
}

async fn wake_latency(owner: &Owner, receiver: &Receiver) {
    let mut latencies = Vec::new();
    for n in 0..20 {
        let before = receiver.requests();
        let started = Instant::now();
        owner
            .post(
                "/v1/candidates",
                &json!({"display_name": format!("Candidate {n}")}),
            )
            .await;
        until("a new event's delivery", || receiver.requests() > before).await;
        latencies.push(started.elapsed());
    }
    latencies.sort();
    println!(
        "new event → receiver (20 events one by one, POST included; poll every 1 s): median {:.1} ms, max {:.1} ms",
        latencies[10].as_secs_f64() * 1e3,
        latencies[19].as_secs_f64() * 1e3
    );
}

async fn backlog(db: &mut PgConnection, endpoint: &str, receiver: &Receiver, count: usize) {
    let done_before = succeeded(db, endpoint);
    let started = Instant::now();
    queue_backlog(db, endpoint, count);
    let target = done_before + i64::try_from(count).expect("count");
    let deadline = started + DEADLINE;
    while succeeded(db, endpoint) < target {
        assert!(Instant::now() < deadline, "the backlog did not drain");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let took = started.elapsed().as_secs_f64();
    println!(
        "backlog of {count} deliveries: drained in {took:.2} s ({:.0} deliveries/s; receiver got {} requests)",
        count as f64 / took,
        receiver.requests()
    );
}

async fn memory(replica: &Replica, owner: &Owner, db: &mut PgConnection, fat_mb: u64) {
    let fat = Receiver::start(fat_mb * 1024 * 1024).await;
    let mut endpoints = Vec::new();
    for _ in 0..4 {
        endpoints.push(owner.endpoint(&fat.url).await);
    }
    let (rss, hwm) = replica.memory_mib();
    println!("replica memory before the huge answers: VmRSS {rss:.0} MiB, VmHWM {hwm:.0} MiB");
    // Four test pings at once, each answered with the whole body, then 200 deliveries each answered likewise.
    let paths: Vec<String> = endpoints
        .iter()
        .map(|id| format!("/v1/webhook-endpoints/{id}/test"))
        .collect();
    let empty = json!({});
    let pings = paths.iter().map(|path| owner.post(path, &empty));
    futures_util::future::join_all(pings).await;
    queue_backlog(db, &endpoints[0], 200);
    until("every huge answer", || fat.requests() >= 204).await;
    let deadline = Instant::now() + DEADLINE;
    while succeeded(db, &endpoints[0]) < 201 {
        assert!(
            Instant::now() < deadline,
            "the huge answers were not recorded"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (rss, hwm) = replica.memory_mib();
    println!(
        "after {} answers of {fat_mb} MB each ({:.0} GB offered; {:.0} MB actually sent before Rebound hung up): \
         VmRSS {rss:.0} MiB, VmHWM {hwm:.0} MiB",
        fat.requests(),
        (fat.requests() * fat_mb) as f64 / 1000.0,
        fat.written.load(Ordering::Relaxed) as f64 / 1e6
    );
}

fn main() {
    let release_dir: PathBuf = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(Path::to_path_buf))
        .expect("the bench runs from target/release/examples");
    let backlogs: Vec<usize> = std::env::var("BENCH_BACKLOGS")
        .unwrap_or_else(|_| "1000,5000".into())
        .split(',')
        .map(|n| n.trim().parse().expect("BENCH_BACKLOGS"))
        .collect();
    let fat_mb: u64 =
        std::env::var("BENCH_FAT_MB").map_or(250, |v| v.parse().expect("BENCH_FAT_MB"));
    let data_dir = release_dir.join("../bench-delivery/postgres");
    let _ = std::fs::remove_dir_all(&data_dir);
    eprintln!(
        "starting a fresh PostgreSQL cluster in {}",
        data_dir.display()
    );
    // Durable settings (fsync, synchronous commit), as in production.
    let cluster = LocalPostgres::start(&LocalPostgresOptions {
        data_dir,
        ephemeral: false,
    })
    .expect("starting PostgreSQL");
    cluster
        .ensure_database(DATABASE)
        .expect("creating the database");
    let url = cluster.url(DATABASE);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let replica = Replica::start(&release_dir.join("rebound"), &url);
        let owner = Owner::sign_up(&replica.base).await;
        let mut db = PgConnection::establish(&url).expect("connecting to the database");
        let receiver = Receiver::start(0).await;
        let endpoint = owner.endpoint(&receiver.url).await;
        println!(
            "one replica (release build), PostgreSQL on the same machine, receivers on 127.0.0.1:"
        );
        wake_latency(&owner, &receiver).await;
        for count in backlogs {
            backlog(&mut db, &endpoint, &receiver, count).await;
        }
        memory(&replica, &owner, &mut db, fat_mb).await;
        drop(replica);
    });
    drop(runtime);
    cluster.stop();
}
