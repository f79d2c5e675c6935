//! The benchmark's printed report: throughput and latency per load with its ratios, then CPU per request.

use crate::cpu::PerRequest;
use crate::load::Outcome;

/// The name of the plan load, whose ratio is taken against the bare stack's insert (a plan is a read and a
/// multi-row write; #18's target is ≥ 0.5× that insert).
pub const PLAN_WORK: &str = "POST …/recovery-plans (distinct interviews)";

/// One row of the report.
pub struct Row {
    pub work: String,
    pub connections: usize,
    pub outcome: Outcome,
    /// CPU per request over the measured window (`None` for wrk, which is only asked for its throughput).
    pub cpu: Option<PerRequest>,
}

/// What the heading says about the run.
pub struct Heading<'a> {
    pub seconds: u64,
    pub pool_size: u32,
    pub connections: &'a [usize],
}

/// The loads each load is compared with: (÷ pgbench, ÷ bare stack).
fn baselines(work: &str) -> (Option<&'static str>, Option<&'static str>) {
    const PG_READ: &str = "pgbench -S -M prepared";
    const PG_INSERT: &str = "pgbench jsonb INSERT -M prepared";
    const BARE_READ: &str = "bare stack GET by id";
    const BARE_INSERT: &str = "bare stack POST (one INSERT)";
    match work {
        "GET /v1/interviews/{id}" => (Some(PG_READ), Some(BARE_READ)),
        "POST /v1/interviews" => (Some(PG_INSERT), Some(BARE_INSERT)),
        PLAN_WORK => (None, Some(BARE_INSERT)),
        "wrk: GET /v1/interviews/{id}" => (None, Some("wrk: bare stack GET by id")),
        BARE_READ => (Some(PG_READ), None),
        BARE_INSERT => (Some(PG_INSERT), None),
        _ => (None, None),
    }
}

pub fn print(heading: &Heading, rows: &[Row]) {
    println!(
        "Rebound HTTP benchmark — {} s per measurement after 1 s warm-up, pool {}, {} CPUs, {}",
        heading.seconds,
        heading.pool_size,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC")
    );
    println!("Latencies are each request's own time (not corrected for coordinated omission); pgbench and wrk give throughput only.");
    for &connections in heading.connections {
        let here: Vec<&Row> = rows
            .iter()
            .filter(|row| row.connections == connections)
            .collect();
        let of = |work: Option<&str>| {
            let work = work?;
            here.iter()
                .find(|row| row.work == work)
                .map(|row| row.outcome.per_second)
        };
        println!();
        println!("## {connections} connections");
        println!();
        println!("| work | req/s | p50 ms | p99 ms | max ms | errors | ÷ pgbench | ÷ bare stack |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|");
        for row in &here {
            let (pgbench, bare) = baselines(&row.work);
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
                ratio(of(pgbench)),
                ratio(of(bare))
            );
        }
        print_cpu(&here);
    }
}

/// CPU milliseconds per request per process group, and the throughput one core of each would sustain: what sizes
/// a bigger machine (the sizing table in the operators' guide is computed from it).
fn print_cpu(rows: &[&Row]) {
    println!();
    println!("CPU per request (ms of CPU time over the measured window, from /proc):");
    println!();
    println!("| work | server ms | PostgreSQL ms | server + PostgreSQL ms | load client ms | req/s per server core | req/s per PostgreSQL core |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for row in rows {
        let Some(cpu) = row.cpu else { continue };
        let per_core = |ms: f64| {
            if ms > 0.0 {
                format!("{:.0}", 1000.0 / ms)
            } else {
                "—".into()
            }
        };
        let server = row.work.starts_with("pgbench");
        println!(
            "| {} | {} | {:.3} | {:.3} | {:.3} | {} | {} |",
            row.work,
            if server {
                "—".into()
            } else {
                format!("{:.3}", cpu.server_ms)
            },
            cpu.postgres_ms,
            cpu.service_ms(),
            cpu.client_ms,
            if server {
                "—".into()
            } else {
                per_core(cpu.server_ms)
            },
            per_core(cpu.postgres_ms),
        );
    }
}

fn ms(micros: Option<f64>) -> String {
    micros.map_or("—".into(), |us| format!("{:.2}", us / 1000.0))
}
