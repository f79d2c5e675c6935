//! `scripts/bench-http.sh`: Rebound measured side by side with PostgreSQL itself (pgbench) and with the bare stack
//! (`bare_stack.rs`), all on one fresh project-local cluster in one run, with ratios.
//!
//! Latency percentiles come from every request's own time (a request is timed from writing it to reading the end
//! of its response on a keep-alive connection, one request in flight per connection). They are not corrected for
//! coordinated omission the way wrk's are: they say how long requests took at the throughput reached, which is what
//! the ratios are about.
//!
//! Settings (environment): `BENCH_SECONDS` per measurement (default 5, after a 1 s warm-up),
//! `BENCH_CONNECTIONS` (default `16,64`), `BENCH_LISTS` (`1`: also seed 10k- and 1M-interview workspaces and time
//! every list filter in both, with each query's EXPLAIN; `only`: that without the main table; default `0`), `BENCH_ONLY` (only the Rebound loads whose
//! name contains it, e.g. `POST /v1/interviews`, for profiling), `REBOUND_DB_POOL_SIZE` (passed to Rebound
//! and used for the bare stack too). Loopback only; everything it starts stops when it ends.

mod cpu;
mod load;
mod report;
mod wrk;

use std::io::Write as _;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use rebound_local_pg::{LocalPostgres, LocalPostgresOptions};
use serde_json::{json, Value};

use cpu::{PerRequest, Probe};
use load::{Load, Outcome};
use report::Row;

const DATABASE: &str = "rebound_bench";
const PGBENCH_DATABASE: &str = "pgbench";

struct Settings {
    seconds: u64,
    connections: Vec<usize>,
    lists: bool,
    /// `BENCH_LISTS=only`: the list comparison without the main table.
    lists_only: bool,
    /// Only the Rebound loads whose name contains this (`BENCH_ONLY`), e.g. for profiling one of them.
    only: Option<String>,
    pool_size: u32,
    release_dir: PathBuf,
}

impl Settings {
    fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let release_dir = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent()?.parent().map(Path::to_path_buf))
            .expect("the bench runs from target/release/examples");
        Self {
            seconds: var("BENCH_SECONDS").map_or(5, |v| v.parse().expect("BENCH_SECONDS")),
            connections: var("BENCH_CONNECTIONS")
                .unwrap_or_else(|| "16,64".into())
                .split(',')
                .map(|c| c.trim().parse().expect("BENCH_CONNECTIONS"))
                .collect(),
            lists: var("BENCH_LISTS").is_some_and(|v| v == "1" || v == "only"),
            lists_only: var("BENCH_LISTS").is_some_and(|v| v == "only"),
            only: var("BENCH_ONLY"),
            pool_size: var("REBOUND_DB_POOL_SIZE")
                .map_or_else(rebound_config::default_pool_size, |v| {
                    v.parse().expect("REBOUND_DB_POOL_SIZE")
                }),
            release_dir,
        }
    }
}

/// A child process that is killed when dropped, so an early exit stops it too.
struct Server {
    name: &'static str,
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(name: &'static str, program: &Path, env: &[(&str, String)]) -> Self {
        let addr = free_addr();
        let mut command = Command::new(program);
        command
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .env("REBOUND_BIND", addr.to_string())
            .env("BIND", addr.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", program.display()));
        Self { name, child, addr }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Resident memory now and at its peak (MiB) and the thread count, from /proc/<pid>/status.
    fn memory(&self) -> String {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .map(|value| value.trim().trim_end_matches("kB").trim().to_string())
                .unwrap_or_default()
        };
        let mib = |name: &str| {
            field(name)
                .parse::<f64>()
                .map_or(f64::NAN, |kb| kb / 1024.0)
        };
        format!(
            "RSS {:.0} MiB (peak {:.0} MiB), {} threads",
            mib("VmRSS:"),
            mib("VmHWM:"),
            field("Threads:")
        )
    }

    async fn wait_ready(&self, client: &reqwest::Client, path: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(response) = client.get(self.url(path)).send().await {
                if response.status().is_success() || response.status() == 404 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{} did not become ready within 60 s", self.name);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
}

fn main() {
    let settings = Settings::from_env();
    let data_dir = settings.release_dir.join("../bench/postgres");
    let _ = std::fs::remove_dir_all(&data_dir);
    eprintln!(
        "starting a fresh PostgreSQL cluster in {}",
        data_dir.display()
    );
    // Durable settings (fsync, synchronous commit), as in production: pgbench pays them too.
    let cluster = LocalPostgres::start(&LocalPostgresOptions {
        data_dir,
        ephemeral: false,
    })
    .expect("starting PostgreSQL");
    cluster
        .ensure_database(DATABASE)
        .expect("creating the database");
    cluster
        .ensure_database(PGBENCH_DATABASE)
        .expect("creating the pgbench database");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(run(&settings, &cluster));
    drop(runtime);
    cluster.stop();
}

async fn run(settings: &Settings, cluster: &LocalPostgres) {
    let url = cluster.url(DATABASE);
    let seconds = settings.seconds;
    let pool_size = settings.pool_size.to_string();
    let mut rows: Vec<Row> = Vec::new();

    // Rebound first: it migrates the database the bare stack reads.
    let rebound = Server::start(
        "rebound",
        &settings.release_dir.join("rebound"),
        &[
            ("DATABASE_URL", url.clone()),
            ("REBOUND_DB_POOL_SIZE", pool_size.clone()),
            // The limiter stays on, so its cost is measured, with a quota this run cannot spend.
            ("REBOUND_RATE_LIMIT_PER_MINUTE", "1000000".into()),
            ("REBOUND_RATE_LIMIT_BURST", "1000000".into()),
            (
                "RUST_LOG",
                std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()),
            ),
        ],
    );
    let http = reqwest::Client::new();
    rebound.wait_ready(&http, "/readyz").await;
    let fixture = Fixture::create(&http, &rebound, &url).await;

    let bare = Server::start(
        "bare stack",
        &settings.release_dir.join("examples/bare_stack"),
        &[
            ("DATABASE_URL", url.clone()),
            ("POOL_SIZE", pool_size.clone()),
        ],
    );
    bare.wait_ready(&http, "/interviews/00000000-0000-0000-0000-000000000000")
        .await;

    let pgbench = PgBench::prepare(cluster, seconds);
    let probe = Probe {
        server_pid: None,
        postmaster_pid: Probe::postmaster_of(cluster.data_dir()),
    };
    let memory_before = rebound.memory();

    let connection_counts: &[usize] = if settings.lists_only {
        &[]
    } else {
        &settings.connections
    };
    for &connections in connection_counts {
        let mut row = |work: &str, (outcome, cpu): (Outcome, PerRequest)| {
            rows.push(Row {
                work: work.into(),
                connections,
                outcome,
                cpu: Some(cpu),
            })
        };
        row(
            "pgbench -S -M prepared",
            with_cpu(probe, seconds, || pgbench.select_only(connections)),
        );
        row(
            "pgbench jsonb INSERT -M prepared",
            with_cpu(probe, seconds, || pgbench.insert(connections)),
        );

        let bare_probe = probe.with_server(Some(bare.pid()));
        let measure = |load: Load, probe: Probe| measure(load, probe, connections, seconds);
        let by_id = format!("/interviews/{}", fixture.interview);
        row(
            "bare stack GET by id",
            measure(Load::get(bare.addr, &by_id, None), bare_probe).await,
        );
        let body = fixture.interview_body.to_string();
        row(
            "bare stack POST (one INSERT)",
            measure(Load::post(bare.addr, "/rows", None, body, 201), bare_probe).await,
        );

        let rebound_probe = probe.with_server(Some(rebound.pid()));
        for (work, load) in fixture.scenarios(rebound.addr) {
            if settings
                .only
                .as_ref()
                .is_some_and(|only| !work.contains(only.as_str()))
            {
                continue;
            }
            eprintln!("measuring {work} at {connections} connections");
            row(work, measure(load, rebound_probe).await);
        }
        if settings.only.is_none() {
            let rebound_by_id = format!("/v1/interviews/{}", fixture.interview);
            for (work, target, token) in [
                ("wrk: bare stack GET by id", bare.url(&by_id), None),
                (
                    "wrk: GET /v1/interviews/{id}",
                    rebound.url(&rebound_by_id),
                    Some(fixture.token.as_str()),
                ),
            ] {
                if let Some(per_second) =
                    wrk::requests_per_second(&target, token, connections, seconds)
                {
                    rows.push(Row {
                        work: work.into(),
                        connections,
                        outcome: Outcome::from_pgbench(per_second),
                        cpu: None,
                    });
                }
            }
        }
    }
    let memory_after = rebound.memory();

    report::print(
        &report::Heading {
            seconds: settings.seconds,
            pool_size: settings.pool_size,
            connections: &settings.connections,
        },
        &rows,
    );
    println!();
    println!("Rebound: {memory_before} after setup; {memory_after} after the runs above");
    if settings.lists {
        println!();
        lists::run(&http, &rebound, &url, &fixture.token, seconds).await;
    }
}

/// Runs `load` and samples the CPU of `probe`'s processes over its measured window.
async fn measure(
    load: Load,
    probe: Probe,
    connections: usize,
    seconds: u64,
) -> (Outcome, PerRequest) {
    let window_start = std::time::Instant::now() + load::WARM_UP;
    let sampling = probe.window(window_start, Duration::from_secs(seconds));
    let outcome = load.run(connections, seconds).await;
    let (start, end) = sampling.await.expect("the CPU sampling task");
    let requests = outcome.per_second * seconds as f64;
    (outcome, PerRequest::between(start, end, requests))
}

/// Runs a pgbench measurement (its own `-T` window) and samples PostgreSQL's CPU around it.
fn with_cpu(probe: Probe, seconds: u64, run: impl FnOnce() -> Outcome) -> (Outcome, PerRequest) {
    let start = probe.sample();
    let outcome = run();
    let end = probe.sample();
    let cpu = PerRequest::between(start, end, outcome.per_second * seconds as f64);
    (outcome, cpu)
}

/// Signs up a workspace named `name` (owner `name@bench.example`) and signs its owner in: (the sign-up answer, an
/// access token).
async fn sign_up(http: &reqwest::Client, rebound: &Server, name: &str) -> (Value, String) {
    let email = format!("{name}@bench.example");
    let password = "bench-password-of-some-length";
    let response = http
        .post(rebound.url("/v1/signup"))
        .json(&json!({"workspace_name": name, "email": email, "password": password, "display_name": name}))
        .send()
        .await
        .expect("sign-up");
    assert!(
        response.status().is_success(),
        "sign-up: {}",
        response.status()
    );
    let signup: Value = response.json().await.expect("sign-up JSON");
    let token: Value = http
        .post(rebound.url("/v1/auth/token"))
        .form(&[
            ("grant_type", "password"),
            ("username", email.as_str()),
            ("password", password),
        ])
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("token JSON");
    let token = token["access_token"]
        .as_str()
        .expect("an access token")
        .to_string();
    (signup, token)
}

/// The data the loads use: a signed-in owner, a candidate, an interview with gaffes, and many interviews for
/// plan generation (copied in SQL, so each plan request can take a fresh one).
struct Fixture {
    token: String,
    interview: String,
    interview_body: Value,
    review_body: Value,
    plan_targets: std::sync::Arc<Vec<String>>,
}

impl Fixture {
    async fn create(http: &reqwest::Client, rebound: &Server, database_url: &str) -> Self {
        let (_, token) = sign_up(http, rebound, "bench").await;
        let post = |path: &str, body: Value| {
            let request = http.post(rebound.url(path)).bearer_auth(&token).json(&body);
            async move {
                let response = request.send().await.expect("a response");
                let status = response.status();
                let body: Value = response.json().await.expect("JSON");
                assert!(status.is_success(), "{status}: {body}");
                body
            }
        };
        let candidate = post("/v1/candidates", json!({"display_name": "Jordan Reyes"})).await;
        let candidate_id = candidate["id"].as_str().expect("id").to_string();
        let interview_body = json!({
            "candidate_id": candidate_id,
            "company": "Harbor & Finch Capital",
            "role_title": "Senior Financial Analyst",
            "stage": "final",
            "format": "onsite",
            "occurred_at": (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339(),
            "duration_minutes": 60,
            "interviewers": [
                {"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"},
                {"name": "Priya Natarajan", "title": "Controller"}
            ],
            "questions": [
                {"question": "What are your salary expectations?", "answer_summary": "Froze.", "quality": "blanked"},
                {"question": "Walk us through a variance analysis.", "quality": "strong"}
            ],
            "self_rating": 2
        });
        let interview = post("/v1/interviews", interview_body.clone()).await;
        let interview_id = interview["id"].as_str().expect("id").to_string();
        for gaffe in [
            json!({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "opening",
                   "description": "Called the finance director Arnold instead of Armin."}),
            json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
            json!({"kind": "omitted_key_experience", "noticed": "likely", "moment": "mid"}),
        ] {
            post(&format!("/v1/interviews/{interview_id}/gaffes"), gaffe).await;
        }
        let review_body = json!({
            "interview_id": interview_id,
            "text": "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst role. I am so \
                     sorry, I was terrible at the salary question, I was just nervous. I remain very interested.\n\n\
                     Kind regards,\nJordan"
        });

        // Only the seeded tables are analysed: statistics saying the plan tables are empty would make every backend
        // cache a sequential scan for the foreign-key checks of the steps it inserts (found at 7 scans per plan).
        // Copies of the interview (and its gaffes) for plan generation: one fresh interview per request, each of a
        // candidate of its own (plans look at the candidate's earlier interviews, and real candidates have few).
        let copies = 60_000;
        let mut conn = PgConnection::establish(database_url).expect("connecting");
        conn.batch_execute(&format!(
            "CREATE TEMP TABLE copies AS SELECT gen_random_uuid() AS id, gen_random_uuid() AS candidate_id \
             FROM generate_series(1, {copies});"
        ))
        .expect("ids for copies");
        conn.batch_execute(&format!(
            "INSERT INTO candidates (id, workspace_id, display_name)
             SELECT c.candidate_id, i.workspace_id, 'Copy of ' || i.id FROM copies c CROSS JOIN interviews i
             WHERE i.id = '{interview_id}';
             INSERT INTO interviews (id, workspace_id, candidate_id, company, role_title, stage, format, occurred_at,
                 duration_minutes, interviewers, questions, strengths, self_rating, outcome, notes, employer_interest,
                 time_zone, occurred_at_offset_minutes)
             SELECT c.id, i.workspace_id, c.candidate_id, i.company, i.role_title, i.stage, i.format, i.occurred_at,
                 i.duration_minutes, i.interviewers, i.questions, i.strengths, i.self_rating, i.outcome, i.notes,
                 i.employer_interest, i.time_zone, i.occurred_at_offset_minutes
             FROM copies c CROSS JOIN interviews i WHERE i.id = '{interview_id}';
             INSERT INTO gaffes (id, workspace_id, interview_id, kind, description, noticed, moment,
                 corrected_in_interview, extenuating_circumstance, question_index, correction_said,
                 correction_correct)
             SELECT gen_random_uuid(), g.workspace_id, c.id, g.kind, g.description, g.noticed, g.moment,
                 g.corrected_in_interview, g.extenuating_circumstance, g.question_index, g.correction_said,
                 g.correction_correct
             FROM copies c CROSS JOIN gaffes g WHERE g.interview_id = '{interview_id}';
             ANALYZE candidates, interviews, gaffes;"
        ))
        .expect("copying the interview");
        let plan_targets: Vec<String> =
            diesel::sql_query("SELECT id::text AS id FROM copies ORDER BY id")
                .load::<IdRow>(&mut conn)
                .expect("copy ids")
                .into_iter()
                .map(|row| row.id)
                .collect();
        Self {
            token,
            interview: interview_id,
            interview_body,
            review_body,
            plan_targets: std::sync::Arc::new(plan_targets),
        }
    }

    /// Rebound's loads, by name.
    fn scenarios(&self, addr: SocketAddr) -> Vec<(&'static str, Load)> {
        let auth = Some(self.token.as_str());
        vec![
            (
                "GET /v1/interviews/{id}",
                Load::get(addr, &format!("/v1/interviews/{}", self.interview), auth),
            ),
            (
                "POST /v1/interviews",
                Load::post(
                    addr,
                    "/v1/interviews",
                    auth,
                    self.interview_body.to_string(),
                    201,
                ),
            ),
            (
                "GET /v1/interviews?limit=20",
                Load::get(addr, "/v1/interviews?limit=20", auth),
            ),
            (
                "GET /v1/candidates?limit=20",
                Load::get(addr, "/v1/candidates?limit=20", auth),
            ),
            (
                "GET /v1/interviews/{id}/assessment",
                Load::get(
                    addr,
                    &format!("/v1/interviews/{}/assessment", self.interview),
                    auth,
                ),
            ),
            (
                "POST /v1/follow-up-notes/review",
                Load::post(
                    addr,
                    "/v1/follow-up-notes/review",
                    auth,
                    self.review_body.to_string(),
                    200,
                ),
            ),
            (report::PLAN_WORK, self.plan_load(addr)),
        ]
    }

    /// Plan generation, each request on an interview no earlier request used.
    fn plan_load(&self, addr: SocketAddr) -> Load {
        let targets = self.plan_targets.clone();
        let token = self.token.clone();
        Load::custom(addr, 201, move |n| {
            let id = &targets[n as usize % targets.len()];
            load::request(
                "POST",
                &format!("/v1/interviews/{id}/recovery-plans"),
                Some(&token),
                Some(r#"{"tone": "warm"}"#),
            )
        })
    }
}

#[derive(diesel::QueryableByName)]
struct IdRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    id: String,
}

/// pgbench on the same cluster: its select-only script and a one-row jsonb INSERT, both prepared.
struct PgBench {
    program: PathBuf,
    port: u16,
    seconds: u64,
    insert_script: PathBuf,
}

impl PgBench {
    fn prepare(cluster: &LocalPostgres, seconds: u64) -> Self {
        let program = pg_bin("pgbench");
        let port = cluster.port();
        let status = Command::new(&program)
            .args([
                "-i",
                "-q",
                "-s",
                "10",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-p",
            ])
            .arg(port.to_string())
            .arg(PGBENCH_DATABASE)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("pgbench -i");
        assert!(status.success(), "pgbench -i failed");
        let mut conn = PgConnection::establish(&cluster.url(PGBENCH_DATABASE)).expect("connecting");
        conn.batch_execute(
            "CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, body jsonb NOT NULL)",
        )
        .expect("bench_rows");
        let insert_script = cluster.data_dir().join("../pgbench-insert.sql");
        let mut file = std::fs::File::create(&insert_script).expect("the insert script");
        writeln!(
            file,
            r#"INSERT INTO bench_rows (id, body) VALUES (gen_random_uuid(), '{{"company": "Harbor & Finch Capital", "role_title": "Senior Financial Analyst", "stage": "final", "self_rating": 2}}');"#
        )
        .expect("writing the insert script");
        Self {
            program,
            port,
            seconds,
            insert_script,
        }
    }

    fn run(&self, connections: usize, script: &[&str]) -> Outcome {
        let output = Command::new(&self.program)
            .args([
                "-n",
                "-M",
                "prepared",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-j",
                "2",
                "-r",
            ])
            .args(["-p", &self.port.to_string(), "-c", &connections.to_string()])
            .args(["-T", &self.seconds.to_string()])
            .args(script)
            .arg(PGBENCH_DATABASE)
            .output()
            .expect("pgbench");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "pgbench: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let number_after = |prefix: &str| {
            text.lines()
                .find_map(|line| line.trim().strip_prefix(prefix))
                .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
        };
        let tps = number_after("tps = ").expect("pgbench printed tps");
        Outcome::from_pgbench(tps)
    }

    fn select_only(&self, connections: usize) -> Outcome {
        self.run(connections, &["-S"])
    }

    fn insert(&self, connections: usize) -> Outcome {
        let script = self.insert_script.to_string_lossy().into_owned();
        self.run(connections, &["-f", &script])
    }
}

/// A PostgreSQL client program from the server binaries the cluster uses.
fn pg_bin(name: &str) -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path().join("bin").join(name))
        .filter(|path| path.exists())
        .collect();
    found.sort();
    found.pop().unwrap_or_else(|| PathBuf::from(name))
}

mod lists;
