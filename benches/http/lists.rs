//! List pages in a workspace of 10k interviews and one of 1M, for every documented filter of
//! `GET /v1/interviews`: the p50 of each (one connection, so the time is the query's, not a queue's), their ratio,
//! and the plan PostgreSQL chose for the exact query Rebound sends (`interview::list_query`, EXPLAIN ANALYZE).

use std::time::Instant;

use diesel::connection::SimpleConnection;
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::{Connection, PgConnection, QueryResult, RunQueryDsl};
use rebound_db::models::interview::{list_query, InterviewFilter};
use rebound_db::models::CandidateScope;
use rebound_domain::ids::{CandidateId, WorkspaceId};
use serde_json::json;

use crate::load::Load;
use crate::Server;

/// `EXPLAIN (ANALYZE, COSTS OFF)` around any diesel query, with its bind values.
#[derive(QueryId)]
struct Explain<Q>(Q);

impl<Q: QueryFragment<Pg>> QueryFragment<Pg> for Explain<Q> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ");
        self.0.walk_ast(out.reborrow())
    }
}

impl<Q> Query for Explain<Q> {
    type SqlType = diesel::sql_types::Text;
}

impl<Q> RunQueryDsl<PgConnection> for Explain<Q> {}

struct Workspace {
    id: WorkspaceId,
    token: String,
    candidate: CandidateId,
}

/// Signs up a workspace and fills it with `interviews` interviews of `candidates` candidates, in SQL.
async fn seeded(
    http: &reqwest::Client,
    rebound: &Server,
    conn: &mut PgConnection,
    name: &str,
    candidates: u32,
    interviews: u32,
) -> Workspace {
    let (signup, token) = crate::sign_up(http, rebound, name).await;
    let id: WorkspaceId = signup["workspace"]["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("a workspace id in {signup}"));
    let started = Instant::now();
    // Companies repeat every 500 interviews (so a company matches 0.2 %), stages and outcomes cycle, every other
    // interview came from an ATS, and they spread over three years.
    conn.batch_execute(&format!(
        "CREATE TEMP TABLE seeded_candidates AS
             SELECT gen_random_uuid() AS id, i FROM generate_series(0, {candidates} - 1) AS i;
         INSERT INTO candidates (id, workspace_id, display_name)
             SELECT id, '{id}', 'Candidate ' || i FROM seeded_candidates;
         INSERT INTO interviews (id, workspace_id, candidate_id, company, role_title, stage, format, occurred_at,
                 self_rating, outcome, remote_source, remote_id, created_at, updated_at)
             SELECT gen_random_uuid(), '{id}', c.id, 'Company ' || (n % 500), 'Analyst',
                 (ARRAY['screening','technical','behavioral','case_study','panel','final','other'])[1 + n % 7],
                 'video', now() - (n % 1095) * interval '1 day' - (n % 1440) * interval '1 minute',
                 1 + n % 5,
                 (ARRAY['pending','advanced','offer','rejected','withdrawn','no_response'])[1 + n % 6],
                 CASE WHEN n % 2 = 0 THEN 'merge' END, CASE WHEN n % 2 = 0 THEN 'm-' || n END,
                 now() - (n % 1095) * interval '1 day', now() - (n % 1095) * interval '1 day'
             FROM generate_series(0, {interviews} - 1) AS n
             JOIN seeded_candidates c ON c.i = n % {candidates};
         DROP TABLE seeded_candidates;
         ANALYZE candidates; ANALYZE interviews;"
    ))
    .expect("seeding interviews");
    eprintln!(
        "seeded {interviews} interviews in {name} in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    let candidate = diesel::sql_query(format!(
        "SELECT candidate_id AS id FROM interviews WHERE workspace_id = '{id}' LIMIT 1"
    ))
    .get_result::<CandidateRow>(conn)
    .expect("a seeded candidate")
    .id;
    Workspace {
        id,
        token,
        candidate,
    }
}

#[derive(diesel::QueryableByName)]
struct CandidateRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: CandidateId,
}

/// A documented filter: its query string and the same filter as the service builds it.
struct Case {
    label: &'static str,
    query: String,
    filter: InterviewFilter,
}

fn cases(candidate: CandidateId) -> Vec<Case> {
    let now = chrono::Utc::now();
    let day_ago = now - chrono::Duration::days(1);
    let two_years_ago = now - chrono::Duration::days(730);
    let month_ago = now - chrono::Duration::days(30);
    let stamp = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let parse = |t: &str| {
        chrono::DateTime::parse_from_rfc3339(t)
            .expect("a time")
            .to_utc()
    };
    let (day_ago_s, two_years_s, month_s) =
        (stamp(day_ago), stamp(two_years_ago), stamp(month_ago));
    vec![
        Case {
            label: "(none)",
            query: String::new(),
            filter: InterviewFilter::default(),
        },
        Case {
            label: "candidate_id",
            query: format!("&candidate_id={candidate}"),
            filter: InterviewFilter {
                candidate_id: Some(candidate),
                ..Default::default()
            },
        },
        Case {
            label: "company (0.2 % match)",
            query: "&company=company%207".into(),
            filter: InterviewFilter {
                company: Some("company 7".into()),
                ..Default::default()
            },
        },
        Case {
            label: "company (no match)",
            query: "&company=Nowhere%20Ltd".into(),
            filter: InterviewFilter {
                company: Some("Nowhere Ltd".into()),
                ..Default::default()
            },
        },
        Case {
            label: "stage",
            query: "&stage=final".into(),
            filter: InterviewFilter {
                stage: serde_json::from_value(json!("final")).ok(),
                ..Default::default()
            },
        },
        Case {
            label: "outcome",
            query: "&outcome=offer".into(),
            filter: InterviewFilter {
                outcome: serde_json::from_value(json!("offer")).ok(),
                ..Default::default()
            },
        },
        Case {
            label: "occurred_after (last day)",
            query: format!("&occurred_after={day_ago_s}"),
            filter: InterviewFilter {
                occurred_after: Some(parse(&day_ago_s)),
                ..Default::default()
            },
        },
        Case {
            label: "occurred_before (2 years ago)",
            query: format!("&occurred_before={two_years_s}"),
            filter: InterviewFilter {
                occurred_before: Some(parse(&two_years_s)),
                ..Default::default()
            },
        },
        Case {
            label: "remote_source",
            query: "&remote_source=merge".into(),
            filter: InterviewFilter {
                remote_source: Some("merge".into()),
                ..Default::default()
            },
        },
        Case {
            label: "remote_source + remote_id",
            query: "&remote_source=merge&remote_id=m-42".into(),
            filter: InterviewFilter {
                remote_source: Some("merge".into()),
                remote_id: Some("m-42".into()),
                ..Default::default()
            },
        },
        Case {
            label: "updated_after (30 days)",
            query: format!("&updated_after={month_s}"),
            filter: InterviewFilter {
                sync: Some(rebound_db::models::interview::SyncFrom {
                    since: Some(parse(&month_s)),
                    after: None,
                }),
                ..Default::default()
            },
        },
    ]
}

pub async fn run(
    http: &reqwest::Client,
    rebound: &Server,
    database_url: &str,
    _token: &str,
    seconds: u64,
) {
    let mut conn = PgConnection::establish(database_url).expect("connecting");
    let small = seeded(http, rebound, &mut conn, "ten-thousand", 100, 10_000).await;
    let large = seeded(http, rebound, &mut conn, "one-million", 1_000, 1_000_000).await;
    let seconds = seconds.clamp(1, 3);
    println!(
        "## GET /v1/interviews?limit=20, one connection: 10k vs 1M interviews in the workspace"
    );
    println!();
    println!("| filter | p50 10k ms | p50 1M ms | 1M ÷ 10k | errors |");
    println!("|---|---:|---:|---:|---:|");
    let mut plans = Vec::new();
    for (small_case, large_case) in cases(small.candidate)
        .into_iter()
        .zip(cases(large.candidate))
    {
        let path = |case: &Case| format!("/v1/interviews?limit=20{}", case.query);
        let on_small = Load::get(rebound.addr, &path(&small_case), Some(&small.token))
            .run(1, seconds)
            .await;
        let on_large = Load::get(rebound.addr, &path(&large_case), Some(&large.token))
            .run(1, seconds)
            .await;
        let (a, b) = (
            on_small.p50_us.unwrap_or(f64::NAN),
            on_large.p50_us.unwrap_or(f64::NAN),
        );
        println!(
            "| {} | {:.2} | {:.2} | {:.2} | {} |",
            large_case.label,
            a / 1000.0,
            b / 1000.0,
            b / a,
            on_small.errors + on_large.errors
        );
        let plan = Explain(list_query(
            large.id,
            CandidateScope::Workspace,
            &large_case.filter,
            None,
            21,
        ))
        .load::<String>(&mut conn)
        .expect("EXPLAIN");
        plans.push((large_case.label, plan));
    }
    let _ = small.id;
    println!();
    println!("Plans in the 1M workspace (EXPLAIN ANALYZE of the query Rebound sends):");
    for (label, plan) in plans {
        println!();
        println!("{label}:");
        for line in plan {
            println!("    {line}");
        }
    }
}
