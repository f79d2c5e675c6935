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

mod load;

use std::io::Write as _;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use rebound_local_pg::{LocalPostgres, LocalPostgresOptions};
use serde_json::{json, Value};

use load::{Load, Outcome};

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

    /// Resident memory in MiB, from /proc.
    fn rss_mib(&self) -> f64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
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

/// One row of the report.
struct Row {
    work: String,
    connections: usize,
    outcome: Outcome,
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
    let rss_before = rebound.rss_mib();

    let connection_counts: &[usize] = if settings.lists_only {
        &[]
    } else {
        &settings.connections
    };
    for &connections in connection_counts {
        let read = pgbench.select_only(connections);
        rows.push(Row {
            work: "pgbench -S -M prepared".into(),
            connections,
            outcome: read,
        });
        let write = pgbench.insert(connections);
        rows.push(Row {
            work: "pgbench jsonb INSERT -M prepared".into(),
            connections,
            outcome: write,
        });

        let measure = |load: Load| load.run(connections, seconds);
        let bare_read = measure(Load::get(
            bare.addr,
            &format!("/interviews/{}", fixture.interview),
            None,
        ))
        .await;
        rows.push(Row {
            work: "bare stack GET by id".into(),
            connections,
            outcome: bare_read,
        });
        let bare_write = measure(Load::post(
            bare.addr,
            "/rows",
            None,
            fixture.interview_body.to_string(),
            201,
        ))
        .await;
        rows.push(Row {
            work: "bare stack POST (one INSERT)".into(),
            connections,
            outcome: bare_write,
        });

        let auth = Some(fixture.token.as_str());
        let scenarios: Vec<(&str, Load)> = vec![
            (
                "GET /v1/interviews/{id}",
                Load::get(
                    rebound.addr,
                    &format!("/v1/interviews/{}", fixture.interview),
                    auth,
                ),
            ),
            (
                "POST /v1/interviews",
                Load::post(
                    rebound.addr,
                    "/v1/interviews",
                    auth,
                    fixture.interview_body.to_string(),
                    201,
                ),
            ),
            (
                "GET /v1/interviews?limit=20",
                Load::get(rebound.addr, "/v1/interviews?limit=20", auth),
            ),
            (
                "GET /v1/candidates?limit=20",
                Load::get(rebound.addr, "/v1/candidates?limit=20", auth),
            ),
            (
                "GET /v1/interviews/{id}/assessment",
                Load::get(
                    rebound.addr,
                    &format!("/v1/interviews/{}/assessment", fixture.interview),
                    auth,
                ),
            ),
            (
                "POST /v1/follow-up-notes/review",
                Load::post(
                    rebound.addr,
                    "/v1/follow-up-notes/review",
                    auth,
                    fixture.review_body.to_string(),
                    200,
                ),
            ),
            (
                "POST …/recovery-plans (distinct interviews)",
                fixture.plan_load(rebound.addr),
            ),
        ];
        for (work, load) in scenarios {
            if settings
                .only
                .as_ref()
                .is_some_and(|only| !work.contains(only.as_str()))
            {
                continue;
            }
            eprintln!("measuring {work} at {connections} connections");
            let outcome = measure(load).await;
            rows.push(Row {
                work: work.into(),
                connections,
                outcome,
            });
        }
    }
    let rss_after = rebound.rss_mib();

    print_report(settings, &rows);
    println!();
    println!(
        "Rebound RSS: {rss_before:.0} MiB after setup, {rss_after:.0} MiB after the runs above"
    );
    if settings.lists {
        println!();
        lists::run(&http, &rebound, &url, &fixture.token, seconds).await;
    }
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
             ANALYZE;"
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

fn print_report(settings: &Settings, rows: &[Row]) {
    println!(
        "Rebound HTTP benchmark — {} s per measurement after 1 s warm-up, pool {}, {} CPUs, {}",
        settings.seconds,
        settings.pool_size,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC")
    );
    println!("Latencies are each request's own time (not corrected for coordinated omission); pgbench gives throughput only.");
    for &connections in &settings.connections {
        let of = |work: &str| {
            rows.iter()
                .find(|row| row.connections == connections && row.work == work)
                .map(|row| row.outcome.per_second)
        };
        println!();
        println!("## {connections} connections");
        println!();
        println!("| work | req/s | p50 ms | p99 ms | max ms | errors | ÷ pgbench | ÷ bare stack |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|");
        for row in rows.iter().filter(|row| row.connections == connections) {
            let (pgbench, bare) = if row.work.contains("GET /v1/interviews/{id}")
                && !row.work.contains("assessment")
            {
                (of("pgbench -S -M prepared"), of("bare stack GET by id"))
            } else if row.work == "POST /v1/interviews" {
                (
                    of("pgbench jsonb INSERT -M prepared"),
                    of("bare stack POST (one INSERT)"),
                )
            } else if row.work == "bare stack GET by id" {
                (of("pgbench -S -M prepared"), None)
            } else if row.work == "bare stack POST (one INSERT)" {
                (of("pgbench jsonb INSERT -M prepared"), None)
            } else {
                (None, None)
            };
            let ratio = |base: Option<f64>| {
                base.map_or(String::new(), |b| {
                    format!("{:.2}×", row.outcome.per_second / b)
                })
            };
            let o = &row.outcome;
            println!(
                "| {} | {:.0} | {} | {} | {} | {} | {} | {} |",
                row.work,
                o.per_second,
                ms(o.p50_us),
                ms(o.p99_us),
                ms(o.max_us),
                o.errors,
                ratio(pgbench),
                ratio(bare)
            );
        }
    }
}

fn ms(micros: Option<f64>) -> String {
    micros.map_or("—".into(), |us| format!("{:.2}", us / 1000.0))
}

mod lists;
