//! Typed storage: every enum column is constrained to exactly the wire names its Rust enum knows, and JSON columns
//! written by another build still read.

use diesel::connection::SimpleConnection;
use diesel::sql_types::Text;
use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl};
use rebound_db::models::revocation::RevocationKind;
use rebound_domain::events::{DeliveryStatus, EventType};
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{StepKind, StepStatus};
use rebound_domain::{EmployerInterest, Format, GaffeKind, Moment, Noticed, Outcome, Stage};
use rebound_i18n::Locale;
use rebound_service::auth::{Role, Scope};
use serde_json::json;

use crate::fixtures::{ago, candidate, create_interview, id, interview_body};
use crate::helpers::{TestApp, TestDatabase};

#[derive(QueryableByName)]
struct ConstraintRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    definition: String,
}

/// A CHECK constraint of the domain a table column is typed with.
#[derive(QueryableByName)]
struct DomainConstraintRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    domain_name: String,
    #[diesel(sql_type = Text)]
    definition: String,
}

/// The quoted literals of a CHECK constraint's definition, in order.
fn quoted_literals(definition: &str) -> Vec<String> {
    definition
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn names<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| as_str(*v).to_string()).collect()
}

#[actix_web::test]
async fn every_enum_column_accepts_exactly_the_wire_names_of_its_enum() {
    let database = TestDatabase::create();
    let url = database.url.clone();
    let (rows, domain_rows) = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).expect("connecting");
        let rows = diesel::sql_query(
            "SELECT conrelid::regclass::text AS table_name, pg_get_constraintdef(oid) AS definition
               FROM pg_constraint WHERE contype = 'c' ORDER BY conname",
        )
        .load::<ConstraintRow>(&mut conn)
        .expect("reading constraints");
        // The columns typed with a domain, and their domain's CHECK constraints.
        let domain_rows = diesel::sql_query(
            "SELECT c.relname::text AS table_name, a.attname::text AS column_name,
                    t.typname::text AS domain_name, pg_get_constraintdef(con.oid) AS definition
               FROM pg_attribute a
               JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
               JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
               JOIN pg_type t ON t.oid = a.atttypid AND t.typtype = 'd'
               JOIN pg_constraint con ON con.contypid = t.oid AND con.contype = 'c'
              WHERE a.attnum > 0 AND NOT a.attisdropped
              ORDER BY con.conname",
        )
        .load::<DomainConstraintRow>(&mut conn)
        .expect("reading domain constraints");
        (rows, domain_rows)
    })
    .await
    .unwrap();
    // The allowed values of `table.column`, from its one CHECK constraint: the table's own or, for a column typed
    // with a domain, the domain's.
    let constraint_on = |table: &str, column: &str| -> Vec<String> {
        let mut definitions: Vec<&str> = rows
            .iter()
            .filter(|r| {
                r.table_name == table && r.definition.starts_with(&format!("CHECK (({column} "))
            })
            .map(|r| r.definition.as_str())
            .collect();
        definitions.extend(
            domain_rows
                .iter()
                .filter(|r| r.table_name == table && r.column_name == column)
                .map(|r| r.definition.as_str()),
        );
        assert_eq!(
            definitions.len(),
            1,
            "one CHECK constraint on {table}.{column} (its own or its domain's): {definitions:?}"
        );
        let mut literals = quoted_literals(definitions[0]);
        literals.sort();
        literals
    };
    // The columns of the hot write paths are typed with domains (PostgreSQL parses a domain's CHECK once per
    // backend, a table's for every statement): a migration turning one back into a table CHECK fails here.
    let domain_of = |table: &str, column: &str| -> String {
        let domains: Vec<&str> = domain_rows
            .iter()
            .filter(|r| r.table_name == table && r.column_name == column)
            .map(|r| r.domain_name.as_str())
            .collect();
        assert_eq!(domains.len(), 1, "{table}.{column} is typed with a domain");
        domains[0].to_string()
    };
    let hot = [
        ("interviews", "stage", "rebound_interview_stage"),
        ("interviews", "format", "rebound_interview_format"),
        ("interviews", "outcome", "rebound_interview_outcome"),
        (
            "interviews",
            "employer_interest",
            "rebound_employer_interest",
        ),
        ("gaffes", "kind", "rebound_gaffe_kind"),
        ("gaffes", "noticed", "rebound_gaffe_noticed"),
        ("gaffes", "moment", "rebound_gaffe_moment"),
        ("lessons", "kind", "rebound_gaffe_kind"),
        ("recovery_plans", "tone", "rebound_note_tone"),
        ("recovery_plans", "locale", "rebound_locale"),
        ("plan_steps", "kind", "rebound_step_kind"),
        ("plan_steps", "status", "rebound_step_status"),
        ("events", "type", "rebound_event_type"),
        ("webhook_deliveries", "status", "rebound_delivery_status"),
    ];
    for (table, column, domain) in hot {
        assert_eq!(domain_of(table, column), domain, "{table}.{column}");
    }
    let sorted = |mut values: Vec<String>| {
        values.sort();
        values
    };
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        ("users", "role", names(Role::ALL, Role::as_str)),
        ("interviews", "stage", names(Stage::ALL, Stage::as_str)),
        ("interviews", "format", names(Format::ALL, Format::as_str)),
        (
            "interviews",
            "outcome",
            names(Outcome::ALL, Outcome::as_str),
        ),
        (
            "interviews",
            "employer_interest",
            names(EmployerInterest::ALL, EmployerInterest::as_str),
        ),
        ("gaffes", "kind", names(GaffeKind::ALL, GaffeKind::as_str)),
        ("gaffes", "noticed", names(Noticed::ALL, Noticed::as_str)),
        ("gaffes", "moment", names(Moment::ALL, Moment::as_str)),
        ("lessons", "kind", names(GaffeKind::ALL, GaffeKind::as_str)),
        (
            "recovery_plans",
            "tone",
            names(NoteTone::ALL, NoteTone::as_str),
        ),
        ("plan_steps", "kind", names(StepKind::ALL, StepKind::as_str)),
        ("events", "type", names(EventType::ALL, EventType::as_str)),
        (
            "webhook_deliveries",
            "status",
            names(DeliveryStatus::ALL, DeliveryStatus::as_str),
        ),
        (
            "revocations",
            "kind",
            names(RevocationKind::ALL, RevocationKind::as_str),
        ),
        (
            "plan_steps",
            "status",
            names(StepStatus::ALL, StepStatus::as_str),
        ),
        ("workspaces", "locale", names(&Locale::ALL, Locale::tag)),
        ("candidates", "locale", names(&Locale::ALL, Locale::tag)),
        ("recovery_plans", "locale", names(&Locale::ALL, Locale::tag)),
    ];
    for (table, column, expected) in cases {
        assert_eq!(
            constraint_on(table, column),
            sorted(expected),
            "{table}.{column}"
        );
    }
    // Scopes are arrays: API clients may hold every scope but `admin`, refresh tokens any.
    let scope_constraint = |table: &str| -> Vec<String> {
        let row = rows
            .iter()
            .find(|r| r.table_name == table && r.definition.contains("scopes <@"))
            .unwrap_or_else(|| panic!("a scopes constraint on {table}"));
        let mut literals = quoted_literals(&row.definition);
        literals.sort();
        literals
    };
    let all_scopes = sorted(names(Scope::ALL, Scope::as_str));
    let client_scopes: Vec<String> = all_scopes
        .iter()
        .filter(|s| *s != "admin")
        .cloned()
        .collect();
    assert_eq!(scope_constraint("refresh_tokens"), all_scopes);
    assert_eq!(scope_constraint("api_clients"), client_scopes);
}

#[actix_web::test]
async fn an_unknown_enum_value_is_refused_by_the_database_itself() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let candidate = candidate(&app, &owner, "Jordan").await;
    let interview =
        create_interview(&app, &owner, &interview_body(&id(&candidate), &ago(1, 0))).await;
    let url = app.database_url().to_string();
    let interview_id = id(&interview);
    let refused = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).expect("connecting");
        conn.batch_execute(&format!(
            "UPDATE interviews SET stage = 'lunch' WHERE id = '{interview_id}'"
        ))
        .expect_err("a stage outside the enum")
        .to_string()
    })
    .await
    .unwrap();
    // The check of the column's domain (migration 2026-12-08-000004), which names it.
    assert!(
        refused.contains("rebound_interview_stage_known"),
        "{refused}"
    );
}

#[actix_web::test]
async fn interview_json_written_by_another_build_still_reads() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let candidate = candidate(&app, &owner, "Jordan").await;
    let interview =
        create_interview(&app, &owner, &interview_body(&id(&candidate), &ago(1, 0))).await;
    let interview_id = id(&interview);
    let url = app.database_url().to_string();
    let target = interview_id.clone();
    actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).expect("connecting");
        // An older row without the optional fields, and a newer one with a field this build does not know.
        conn.batch_execute(&format!(
            r#"UPDATE interviews
                  SET interviewers = '[{{"name": "Armin Vogel"}}, {{"name": "Dana Whitfield", "pronouns": "she/her"}}]',
                      questions = '[{{"question": "Why us?", "quality": "weak", "follow_up": true}}]'
                WHERE id = '{target}'"#
        ))
        .expect("rewriting the JSON columns");
    })
    .await
    .unwrap();
    let response = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(
        response.body["interviewers"],
        json!([
            {"name": "Armin Vogel", "title": null, "email": null},
            {"name": "Dana Whitfield", "title": null, "email": null}
        ])
    );
    assert_eq!(
        response.body["questions"],
        json!([{"question": "Why us?", "answer_summary": null, "quality": "weak"}])
    );
    let assessment = app
        .get(
            &format!("/v1/interviews/{interview_id}/assessment"),
            Some(&owner),
        )
        .await;
    assert_eq!(assessment.status, 200, "{}", assessment.body);
}

/// Plan rows left behind, per table, for the plans of `interview_id` (read by the plans' ids, as the children keep no
/// key to their plan: migration 2026-12-08-000003 removes them with a statement trigger instead).
fn plan_children(conn: &mut PgConnection, plan_ids: &[String]) -> (i64, i64) {
    #[derive(QueryableByName)]
    struct Counts {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        steps: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        lessons: i64,
    }
    let list = plan_ids
        .iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let counts: Counts = diesel::sql_query(format!(
        "SELECT (SELECT count(*) FROM plan_steps WHERE plan_id IN ({list})) AS steps, \
                (SELECT count(*) FROM lessons WHERE plan_id IN ({list})) AS lessons"
    ))
    .get_result(conn)
    .expect("counting");
    (counts.steps, counts.lessons)
}

/// A plan's steps and lessons go with it, however it goes: with its interview, and with its candidate (whose
/// interviews go with it), several plans at once — and another interview's plan keeps its own.
#[actix_web::test]
async fn a_plans_steps_and_lessons_are_removed_with_it() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let mut plans = Vec::new();
    for name in ["Jordan", "Sam"] {
        let person = candidate(&app, &owner, name).await;
        let logged =
            create_interview(&app, &owner, &interview_body(&id(&person), &ago(1, 0))).await;
        let mut of_interview = Vec::new();
        for _ in 0..2 {
            of_interview.push(id(&crate::fixtures::plan_after_a_wrong_name(
                &app,
                &owner,
                &id(&logged),
            )
            .await));
        }
        plans.push((id(&person), id(&logged), of_interview));
    }
    let url = app.database_url().to_string();
    let count = move |plan_ids: Vec<String>| {
        let url = url.clone();
        async move {
            actix_web::web::block(move || {
                plan_children(
                    &mut PgConnection::establish(&url).expect("connecting"),
                    &plan_ids,
                )
            })
            .await
            .unwrap()
        }
    };
    let (first, second) = (&plans[0], &plans[1]);
    let (steps, lessons) = count(first.2.clone()).await;
    assert!(
        steps >= 4 && lessons >= 2,
        "the plans were stored with their children: {steps} steps, {lessons} lessons"
    );

    let deleted = app
        .delete(&format!("/v1/interviews/{}", first.1), Some(&owner))
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    assert_eq!(
        count(first.2.clone()).await,
        (0, 0),
        "the deleted interview's plans left rows behind"
    );
    let kept = count(second.2.clone()).await;
    assert!(
        kept.0 > 0 && kept.1 > 0,
        "another interview's plans lost their rows: {kept:?}"
    );

    let deleted = app
        .delete(&format!("/v1/candidates/{}", second.0), Some(&owner))
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text);
    assert_eq!(
        count(second.2.clone()).await,
        (0, 0),
        "the deleted candidate's plans left rows behind"
    );
}

/// The large documents (a plan's ~9 KB event, its assessment, a stored answer) are compressed with lz4 when the server
/// has it (migration 2026-12-07-300001): pglz cost 17 % of PostgreSQL's CPU per plan when a column type change in a
/// draft of #18's migrations quietly reset the method. Changing these columns' type must set lz4 again.
#[actix_web::test]
async fn large_documents_are_compressed_with_lz4_where_the_server_has_it() {
    #[derive(QueryableByName)]
    struct Method {
        #[diesel(sql_type = Text)]
        column_name: String,
        #[diesel(sql_type = Text)]
        method: String,
    }
    let database = TestDatabase::create();
    let url = database.url.clone();
    let (has_lz4, methods) = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).expect("connecting");
        let has_lz4 = !diesel::sql_query(
            "SELECT name AS column_name, 'lz4' AS method FROM pg_settings
              WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)",
        )
        .load::<Method>(&mut conn)
        .expect("reading settings")
        .is_empty();
        let methods = diesel::sql_query(
            "SELECT attrelid::regclass::text || '.' || attname AS column_name, attcompression::text AS method
               FROM pg_attribute
              WHERE (attrelid, attname) IN (('events'::regclass, 'data'), ('recovery_plans'::regclass, 'assessment'),
                                            ('idempotency_keys'::regclass, 'response_body'))
              ORDER BY 1",
        )
        .load::<Method>(&mut conn)
        .expect("reading columns");
        (has_lz4, methods)
    })
    .await
    .unwrap();
    assert_eq!(methods.len(), 3);
    for column in methods {
        let expected = if has_lz4 { "l" } else { "" };
        assert_eq!(column.method, expected, "{}", column.column_name);
    }
}
