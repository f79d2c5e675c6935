//! Prometheus metrics: request counts and latency by route template and status, connection-pool usage, database
//! work skipped because its request had given up, and how many creates share a statement (write combining).

use std::time::Duration;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

use rebound_service::Database;

/// The service's metric registry.
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool: IntGaugeVec,
    /// Mirror [`Database::skipped_work`] and [`Database::combined_writes`] (see [`mirror`]).
    skipped: std::sync::Mutex<IntCounter>,
    combined_statements: std::sync::Mutex<IntCounter>,
    combined_creates: std::sync::Mutex<IntCounter>,
}

/// Brings a counter up to `total`, a count the database layer keeps; the lock keeps two scrapes from adding the same
/// increase twice.
fn mirror(counter: &std::sync::Mutex<IntCounter>, total: u64) {
    let counter = counter.lock().unwrap_or_else(|p| p.into_inner());
    counter.inc_by(total.saturating_sub(counter.get()));
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("rebound".into()), None)?;
        let requests = IntCounterVec::new(
            Opts::new(
                "http_requests_total",
                "HTTP requests handled, by method, route template and status.",
            ),
            &["method", "route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to handle an HTTP request, by route template.",
            )
            .buckets(vec![
                0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            &["method", "route"],
        )?;
        let pool = IntGaugeVec::new(
            Opts::new(
                "db_pool_connections",
                "Database pool connections by state (idle, in_use, max).",
            ),
            &["state"],
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        let skipped = IntCounter::new(
            "db_work_skipped_total",
            "Database work never run because its request had given up (deadline passed) before a pooled \
             connection was free; the request was answered 503 database_unavailable.",
        )?;
        let combined_statements = IntCounter::new(
            "db_combined_statements_total",
            "Statements that wrote creates (interviews, candidates, recovery plans) through write combining; each carried one or \
             more creates of concurrent requests.",
        )?;
        let combined_creates = IntCounter::new(
            "db_combined_creates_total",
            "Creates carried by those statements (one retried alone after its shared statement was refused counts \
             again); divided by db_combined_statements_total, the creates per statement (1 when the service is \
             quiet, more under load).",
        )?;
        registry.register(Box::new(pool.clone()))?;
        registry.register(Box::new(skipped.clone()))?;
        registry.register(Box::new(combined_statements.clone()))?;
        registry.register(Box::new(combined_creates.clone()))?;
        Ok(Self {
            registry,
            requests,
            latency,
            pool,
            skipped: std::sync::Mutex::new(skipped),
            combined_statements: std::sync::Mutex::new(combined_statements),
            combined_creates: std::sync::Mutex::new(combined_creates),
        })
    }

    pub fn observe_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(elapsed.as_secs_f64());
    }

    /// The text exposition format, with pool gauges read at scrape time.
    pub fn render(&self, database: &Database) -> String {
        let (connections, idle, max) = database.pool_state();
        self.pool.with_label_values(&["idle"]).set(i64::from(idle));
        self.pool
            .with_label_values(&["in_use"])
            .set(i64::from(connections.saturating_sub(idle)));
        self.pool.with_label_values(&["max"]).set(i64::from(max));
        mirror(&self.skipped, database.skipped_work());
        let (statements, creates) = database.combined_writes();
        mirror(&self.combined_statements, statements);
        mirror(&self.combined_creates, creates);
        let mut buffer = Vec::new();
        // Encoding into a Vec only fails on invalid metric names, which are fixed above.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buffer);
        String::from_utf8(buffer).unwrap_or_default()
    }
}
