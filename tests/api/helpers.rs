//! Test harness: every test gets the real application on a random port, talking to its own fresh PostgreSQL database
//! (cloned from a migrated template). Without `DATABASE_URL`, one project-local cluster serves the whole test run
//! and stops with the test process.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use rebound::startup::Application;
use rebound_config::Settings;
use rebound_local_pg::{quote_ident, LocalPostgres, LocalPostgresError, LocalPostgresOptions};
use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::{json, Value};

/// How long [`eventually`] waits for background work: a deadline that stops a hung test with a clear message, not a
/// speed requirement (speed is measured in `benches/`, never asserted in a test).
pub const EVENTUALLY: Duration = Duration::from_secs(30);

/// Polls `check` until it gives `Ok`, and returns that value. Fails naming `awaited`, with the last `Err` (what was
/// seen instead), when background work (a delivery, a cache refresh, a pool recovering) has not got there within
/// [`EVENTUALLY`].
pub async fn eventually<T, F, Fut>(awaited: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    let deadline = Instant::now() + EVENTUALLY;
    loop {
        match check().await {
            Ok(value) => return value,
            Err(seen) => assert!(
                Instant::now() < deadline,
                "gave up after {EVENTUALLY:?} waiting for {awaited}; last seen: {seen}"
            ),
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Signing key used by every test app, so tests can forge edge-case tokens with it.
pub const TEST_JWT_KID: &str = "test-1";
pub const TEST_JWT_SECRET: &str = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
pub const PASSWORD: &str = "correct horse battery staple";

/// The PostgreSQL server the tests use, and the migrated template their databases are cloned from.
struct TestServer {
    /// `postgres://user:pass@host:port` (no database).
    base_url: String,
    template: String,
    /// Kept alive for the whole run; its keeper thread stops the cluster when the test process exits.
    _local: Option<LocalPostgres>,
    /// CREATE DATABASE … TEMPLATE needs the template to be idle; clones are made one at a time.
    clone_lock: Mutex<()>,
}

fn server() -> &'static TestServer {
    static SERVER: OnceLock<TestServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        let pid = std::process::id();
        let (base_url, local) = match std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()) {
            Some(url) => (server_part(&url), None),
            None => {
                let local = start_local_cluster();
                (
                    format!("postgres://postgres@127.0.0.1:{}", local.port()),
                    Some(local),
                )
            }
        };
        let template = format!("rebound_template_{pid}");
        let mut admin = PgConnection::establish(&format!("{base_url}/postgres"))
            .expect("connecting to the test server");
        if local.is_some() {
            // Our own cluster: databases left by an earlier, interrupted run are garbage.
            drop_databases_like(&mut admin, "rebound_t%");
        }
        // Two statements: DROP/CREATE DATABASE refuse to run inside the implicit transaction of a batch.
        admin
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote_ident(&template)
            ))
            .expect("dropping an old template database");
        admin
            .batch_execute(&format!("CREATE DATABASE {}", quote_ident(&template)))
            .expect("creating the template database");
        let mut conn = PgConnection::establish(&format!("{base_url}/{template}"))
            .expect("connecting to the template database");
        rebound_db::run_migrations(&mut conn).expect("migrating the template database");
        TestServer {
            base_url,
            template,
            _local: local,
            clone_lock: Mutex::new(()),
        }
    })
}

fn start_local_cluster() -> LocalPostgres {
    let base = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    remove_abandoned_clusters(base);
    let options = |dir: std::path::PathBuf| LocalPostgresOptions {
        data_dir: dir,
        ephemeral: true,
    };
    let shared = base.join("postgres");
    // The previous run may still be shutting the shared cluster down: give it a moment before going elsewhere.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match LocalPostgres::start(&options(shared.clone())) {
            Ok(local) => return local,
            Err(LocalPostgresError::InUse(_)) => {
                while shared.join("postmaster.pid").exists() && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(100));
                }
                if shared.join("postmaster.pid").exists() {
                    break;
                }
            }
            // Anything else (no binaries, no `postgres` user, initdb failing) would fail a fallback cluster too.
            Err(e) => panic!("starting a local PostgreSQL for the tests: {e}"),
        }
    }
    // Another `cargo test` is using the shared cluster: give this run a cluster of its own.
    LocalPostgres::start(&options(
        base.join(format!("postgres-{}", std::process::id())),
    ))
    .unwrap_or_else(|e| panic!("starting a local PostgreSQL for the tests: {e}"))
}

/// Deletes `postgres-<pid>` fallback clusters of test runs that are gone (and whose server is gone too).
fn remove_abandoned_clusters(base: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("postgres-"))
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        let server_pid = std::fs::read_to_string(entry.path().join("postmaster.pid"))
            .ok()
            .and_then(|c| c.lines().next().and_then(|l| l.trim().parse::<i32>().ok()));
        if !pid_is_alive(pid) && !server_pid.is_some_and(pid_is_alive) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Whether a process exists; EPERM means it does, owned by someone else.
fn pid_is_alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    pid > 0
        && (unsafe { libc::kill(pid, 0) } == 0
            || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

/// `postgres://u:p@host:port/db?x` → `postgres://u:p@host:port`.
fn server_part(url: &str) -> String {
    let without_query = url.split('?').next().unwrap_or(url);
    let scheme_end = without_query.find("://").map_or(0, |i| i + 3);
    match without_query[scheme_end..].find('/') {
        Some(slash) => without_query[..scheme_end + slash].to_string(),
        None => without_query.to_string(),
    }
}

fn drop_databases_like(admin: &mut PgConnection, pattern: &str) {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        datname: String,
    }
    let names: Vec<Name> =
        diesel::sql_query("SELECT datname FROM pg_database WHERE datname LIKE $1")
            .bind::<diesel::sql_types::Text, _>(pattern)
            .load(admin)
            .unwrap_or_default();
    for name in names {
        let _ = admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(&name.datname)
        ));
    }
}

/// A fresh database cloned from the migrated template; dropped with the value.
pub struct TestDatabase {
    pub name: String,
    pub url: String,
}

impl TestDatabase {
    pub fn create() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let server = server();
        let name = format!(
            "rebound_t{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        {
            let _guard = server.clone_lock.lock().unwrap_or_else(|p| p.into_inner());
            let mut admin = PgConnection::establish(&format!("{}/postgres", server.base_url))
                .expect("admin connection");
            admin
                .batch_execute(&format!(
                    "CREATE DATABASE {} TEMPLATE {}",
                    quote_ident(&name),
                    quote_ident(&server.template)
                ))
                .expect("cloning the template database");
        }
        let url = format!("{}/{name}", server.base_url);
        Self { name, url }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&format!("{}/postgres", server().base_url)) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote_ident(&self.name)
            ));
        }
    }
}

/// Settings every test app starts from.
pub fn test_vars(database_url: &str) -> HashMap<String, String> {
    [
        ("DATABASE_URL", database_url.to_string()),
        ("REBOUND_BIND", "127.0.0.1:0".to_string()),
        ("REBOUND_WORKERS", "1".to_string()),
        ("REBOUND_DB_POOL_SIZE", "4".to_string()),
        ("REBOUND_DB_CHECKOUT_TIMEOUT_MS", "1000".to_string()),
        (
            "REBOUND_JWT_KEYS",
            format!("{TEST_JWT_KID}:{TEST_JWT_SECRET}"),
        ),
        ("REBOUND_JSON_LIMIT_BYTES", "16384".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The application under test.
pub struct TestApp {
    pub address: String,
    client: reqwest::Client,
    /// Dropped with the app, which drops the database.
    _database: Option<TestDatabase>,
    handle: actix_web::dev::ServerHandle,
    shutdown: rebound::startup::Shutdown,
    /// The clock the app's background work goes by; tests move it forward instead of sleeping.
    pub clock: rebound_service::clock::Clock,
}

impl TestApp {
    /// The app on its own fresh database with the default test settings.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// The app in production mode (which needs a sealing key of its own), with settings adjusted by `customize`.
    pub async fn spawn_in_production(customize: impl FnOnce(&mut HashMap<String, String>)) -> Self {
        Self::spawn_with(|vars| {
            vars.insert("REBOUND_ENV".into(), "production".into());
            vars.insert(
                "REBOUND_SECRET_KEYS".into(),
                "k1:MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2b4Vl0BzkkI=".into(),
            );
            customize(vars);
        })
        .await
    }

    /// The app on its own fresh database, with settings adjusted by `customize`.
    pub async fn spawn_with(customize: impl FnOnce(&mut HashMap<String, String>)) -> Self {
        let database = TestDatabase::create();
        let mut vars = test_vars(&database.url);
        customize(&mut vars);
        let url = vars["DATABASE_URL"].clone();
        Self::start(vars, &url, Some(database)).await
    }

    /// The app pointed at an arbitrary database URL (which may not be reachable).
    pub async fn spawn_against(database_url: &str) -> Self {
        Self::start(test_vars(database_url), database_url, None).await
    }

    /// Like [`TestApp::spawn_against`], with settings adjusted by `customize` (a second replica, say).
    pub async fn spawn_against_with(
        database_url: &str,
        customize: impl FnOnce(&mut HashMap<String, String>),
    ) -> Self {
        let mut vars = test_vars(database_url);
        customize(&mut vars);
        Self::start(vars, database_url, None).await
    }

    async fn start(
        vars: HashMap<String, String>,
        database_url: &str,
        database: Option<TestDatabase>,
    ) -> Self {
        let settings = Settings::from_vars(&vars).expect("test settings are valid");
        let application = Application::build(settings, database_url)
            .await
            .expect("building the application");
        let address = format!("http://127.0.0.1:{}", application.port());
        let handle = application.handle();
        let shutdown = application.shutdown();
        let clock = application.clock();
        actix_web::rt::spawn(application.run_until_stopped());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client");
        Self {
            address,
            client,
            _database: database,
            handle,
            shutdown,
            clock,
        }
    }

    /// The URL of this app's own database (for tests that seed it directly).
    pub fn database_url(&self) -> &str {
        self._database.as_ref().map_or("", |d| d.url.as_str())
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Any request to this app, built up with [`Request`]'s methods and sent with [`Request::send`].
    pub fn request(&self, method: Method, path: &str) -> Request<'_> {
        Request {
            app: self,
            method,
            path: path.to_string(),
            token: None,
            basic_auth: None,
            headers: Vec::new(),
            body: None,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        self.request(Method::GET, path)
            .maybe_token(token)
            .send()
            .await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Response {
        self.request(Method::DELETE, path)
            .maybe_token(token)
            .send()
            .await
    }

    pub async fn post_json(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        self.request(Method::POST, path)
            .maybe_token(token)
            .json(body)
            .send()
            .await
    }

    pub async fn patch_json(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        self.request(Method::PATCH, path)
            .maybe_token(token)
            .json(body)
            .send()
            .await
    }

    /// POST JSON with an `Idempotency-Key`, as a client that may retry sends it.
    pub async fn post_idempotent(
        &self,
        path: &str,
        token: &str,
        key: &str,
        body: &Value,
    ) -> Response {
        self.request(Method::POST, path)
            .token(token)
            .idempotency_key(key)
            .json(body)
            .send()
            .await
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.request(Method::POST, path).form(form).send().await
    }

    /// Creates a workspace with an owner; returns the sign-up response.
    pub async fn signup(&self, email: &str) -> Value {
        let response = self
            .post_json(
                "/v1/signup",
                None,
                &json!({"workspace_name": format!("Workspace of {email}"), "email": email, "password": PASSWORD, "display_name": "Owner"}),
            )
            .await;
        assert_eq!(response.status, 201, "signup failed: {}", response.body);
        response.body
    }

    /// The password grant, form-encoded; the response as it comes.
    pub async fn password_grant(&self, email: &str, password: &str) -> Response {
        self.post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "password"),
                ("username", email),
                ("password", password),
            ],
        )
        .await
    }

    /// The refresh-token grant, form-encoded; the response as it comes.
    pub async fn refresh_grant(&self, refresh_token: &str) -> Response {
        self.post_form(
            "/v1/auth/token",
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token),
            ],
        )
        .await
    }

    /// Signs in with the password grant; returns the token response.
    pub async fn login(&self, email: &str, password: &str) -> Value {
        let response = self.password_grant(email, password).await;
        assert_eq!(response.status, 200, "login failed: {}", response.body);
        response.body
    }

    /// Signs up a workspace and returns the owner's access token.
    pub async fn owner_token(&self, email: &str) -> String {
        self.signup(email).await;
        access_token(&self.login(email, PASSWORD).await)
    }

    /// Stops the server; its database is dropped when the app is.
    /// What SIGTERM does: drain (readiness 503, connections closed after each response), then stop.
    /// Every item of a list (`path` with its query), following `next_cursor` to the end; at most 100 pages.
    pub async fn all_pages(&self, token: &str, path: &str) -> Vec<Value> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..100 {
            let page_path = match &cursor {
                Some(cursor) => format!("{path}&cursor={}", urlencode(cursor)),
                None => path.to_string(),
            };
            let page = self.get(&page_path, Some(token)).await;
            assert_eq!(page.status, 200, "{page_path}: {}", page.text);
            items.extend(page.body["data"].as_array().unwrap().iter().cloned());
            match page.body["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_string()),
                None => return items,
            }
        }
        panic!("paging {path} did not end");
    }

    /// A counter from the app's `/metrics` (0 before anything counted).
    pub async fn counter(&self, name: &str) -> u64 {
        let metrics = self.get("/metrics", None).await;
        metrics
            .text
            .lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
            .map_or(0, |n| n.trim().parse().unwrap())
    }

    pub async fn drain_and_stop(&self) {
        self.shutdown.drain_and_stop().await;
    }

    /// HTTP connections the server has taken up since it started.
    pub fn connections_opened(&self) -> u64 {
        self.shutdown.connections_opened()
    }

    pub async fn stop(&self) {
        self.handle.stop(false).await;
    }
}

/// One request to a [`TestApp`], from [`TestApp::request`]: an optional bearer token (or HTTP Basic credentials),
/// an optional body (JSON, form or raw), `If-Match`, `Idempotency-Key` and any other headers.
#[must_use = "a request does nothing until it is sent"]
pub struct Request<'a> {
    app: &'a TestApp,
    method: Method,
    path: String,
    token: Option<String>,
    basic_auth: Option<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

impl Request<'_> {
    /// `Authorization: Bearer <token>`.
    pub fn token(self, token: &str) -> Self {
        self.maybe_token(Some(token))
    }

    /// A bearer token when there is one; none is sent for `None`.
    pub fn maybe_token(mut self, token: Option<&str>) -> Self {
        self.token = token.map(str::to_string);
        self
    }

    /// `Authorization: Basic …` instead of a bearer token.
    pub fn basic_auth(mut self, user: &str, password: &str) -> Self {
        self.basic_auth = Some((user.to_string(), password.to_string()));
        self
    }

    pub fn if_match(self, etag: &str) -> Self {
        self.header("if-match", etag)
    }

    pub fn idempotency_key(self, key: &str) -> Self {
        self.header("idempotency-key", key)
    }

    /// Any other header; sent as given, after the ones the body implies.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// `body` as JSON, with `Content-Type: application/json`.
    pub fn json(self, body: &Value) -> Self {
        self.header("content-type", "application/json")
            .body(body.to_string())
    }

    /// `form` URL-encoded, with `Content-Type: application/x-www-form-urlencoded`.
    pub fn form(self, form: &[(&str, &str)]) -> Self {
        self.header("content-type", "application/x-www-form-urlencoded")
            .body(form_body(form))
    }

    /// A body as it is, with no `Content-Type` unless one is set with [`Request::header`].
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Sends the request and reads the whole response.
    pub async fn send(self) -> Response {
        let mut request = self
            .app
            .client
            .request(self.method.clone(), self.app.url(&self.path));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some((user, password)) = &self.basic_auth {
            request = request.basic_auth(user, Some(password));
        }
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        if let Some(body) = self.body {
            request = request.body(body);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{} {}: {e}", self.method, self.path));
        Response::read(response).await
    }
}

pub fn access_token(token_response: &Value) -> String {
    token_response["access_token"]
        .as_str()
        .expect("access_token in token response")
        .to_string()
}

fn form_body(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes a query parameter or form value.
pub fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A response read fully: status, headers, and the body as JSON (`Value::Null` when it is not JSON).
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Response {
    async fn read(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Self {
            status,
            headers,
            body,
            text,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts an RFC 9457 problem response with this status and code, and returns its body.
    pub fn assert_problem(&self, status: u16, code: &str) -> &Value {
        assert_eq!(
            self.status, status,
            "unexpected status; body: {}",
            self.text
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "problem responses use application/problem+json"
        );
        assert_eq!(
            self.body["code"], code,
            "unexpected problem code; body: {}",
            self.text
        );
        assert_eq!(self.body["status"], status);
        for member in ["type", "title", "detail"] {
            assert!(
                self.body[member].is_string(),
                "problem lacks `{member}`: {}",
                self.text
            );
        }
        &self.body
    }

    /// The `field` names of a validation problem's `errors[]`.
    pub fn error_fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["field"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}
