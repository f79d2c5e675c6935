//! The one-statement creates (#18): the answer is built before the write, so it must be exactly what a later read
//! returns and what the event carries — times in whole microseconds as PostgreSQL keeps them, defaults as stored.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use rebound_domain::json_text::JsonText;
use serde_json::{json, Value};

use crate::faults::behind_proxy;
use crate::fixtures::{
    candidate, create_gaffe, create_interview, gaffe_body, id, interview_body,
    owner_with_candidate, owner_with_interview, plan_after_a_wrong_name, plans_path,
};
use crate::helpers::TestApp;

/// The `data` of the workspace's event of `event_type` about the resource `resource_id`.
async fn event_data(app: &TestApp, token: &str, event_type: &str, resource_id: &str) -> Value {
    let events = app
        .get(
            &format!("/v1/events?type={event_type}&limit=100"),
            Some(token),
        )
        .await;
    assert_eq!(events.status, 200, "{}", events.text);
    events.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|event| event["data"]["id"] == resource_id)
        .unwrap_or_else(|| panic!("no {event_type} event for {resource_id}"))["data"]
        .clone()
}

/// Checks that `answered` (a create's answer) is exactly what `GET {path}` reads back and what its `event_type`
/// event carries.
async fn assert_read_back_and_announced(
    app: &TestApp,
    token: &str,
    path: &str,
    event_type: &str,
    answered: &Value,
) {
    let read = app.get(path, Some(token)).await;
    assert_eq!(&read.body, answered, "GET {path}");
    let announced = event_data(app, token, event_type, &id(answered)).await;
    assert_eq!(&announced, answered, "the {event_type} event");
}

#[actix_web::test]
async fn a_created_interview_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    // Nanoseconds in the time sent: PostgreSQL keeps microseconds, and so must the answer.
    let body = interview_body(&person, "2026-11-30T09:30:00.123456789-05:00");
    let created = create_interview(&app, &owner, &body).await;
    assert_eq!(created["occurred_at"], "2026-11-30T09:30:00.123456-05:00");
    let path = format!("/v1/interviews/{}", id(&created));
    assert_read_back_and_announced(&app, &owner, &path, "interview.created", &created).await;
}

#[actix_web::test]
async fn a_created_candidate_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let created = candidate(&app, &owner, "Hélène Côté-Gagnon").await;
    let path = format!("/v1/candidates/{}", id(&created));
    assert_read_back_and_announced(&app, &owner, &path, "candidate.created", &created).await;
}

#[actix_web::test]
async fn a_generated_plan_reads_back_and_is_announced_exactly_as_answered() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let plan = plan_after_a_wrong_name(&app, &owner, &id(&logged)).await;
    let path = format!("{}/{}", plans_path(&id(&logged)), id(&plan));
    assert_read_back_and_announced(&app, &owner, &path, "recovery_plan.created", &plan).await;
    assert_eq!(json!(plan["steps"][0]["status"]), json!("pending"));
}

/// The statements of one connection that PostgreSQL holds prepared and whose text contains `fragment`.
fn prepared_like(conn: &mut diesel::PgConnection, fragment: &str) -> i64 {
    use diesel::RunQueryDsl;
    diesel::sql_query(
        "SELECT count(*) AS n FROM pg_prepared_statements WHERE strpos(statement, $1) > 0",
    )
    .bind::<diesel::sql_types::Text, _>(fragment)
    .get_result::<CountRow>(conn)
    .expect("pg_prepared_statements")
    .n
}

/// A plan is one read and one write; both must be prepared once per connection and reused, or PostgreSQL parses
/// and plans them on every plan. diesel quietly sends a statement unprepared when any part of it refuses (a `sql()`
/// fragment, an insert that may write `DEFAULT`), so this is checked where it happens: in PostgreSQL's own list of
/// a session's prepared statements, after two plans of different sizes on one connection.
#[actix_web::test]
async fn a_plans_read_and_write_are_prepared_once_per_connection_and_reused() {
    use diesel::{Connection, RunQueryDsl};
    use rebound_db::models::event::{write_with_event, EventRow};
    use rebound_db::models::plan_inputs;
    use rebound_db::models::recovery_plan::{insert_parts, NewLesson, NewPlan, NewStep};
    use rebound_db::models::CandidateScope;
    use rebound_domain::events::EventType;
    use rebound_domain::ids::{EventId, InterviewId, LessonId, PlanId, StepId, WorkspaceId};

    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    crate::fixtures::create_gaffe(
        &app,
        &owner,
        &id(&logged),
        &crate::fixtures::gaffe_body("wrong_interviewer_name"),
    )
    .await;
    let mut conn = diesel::PgConnection::establish(app.database_url()).unwrap();
    let me = app.get("/v1/me", Some(&owner)).await;
    let workspace_id = WorkspaceId::from_uuid(
        me.body["workspace"]["id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap(),
    );
    let interview_id = InterviewId::from_uuid(id(&logged).parse().unwrap());

    // Plans of different sizes (2 steps and a lesson, then 3 steps and none) share one prepared write.
    for (step_count, lesson_count) in [(2, 1), (3, 0)] {
        let inputs = plan_inputs::load(
            &mut conn,
            workspace_id,
            CandidateScope::Workspace,
            interview_id,
        )
        .unwrap()
        .expect("the interview");
        assert_eq!(inputs.gaffes.len(), 1);
        let at = rebound_db::columns::as_stored(chrono::Utc::now());
        let plan = NewPlan {
            id: PlanId::new_v7(),
            workspace_id,
            interview_id,
            candidate_id: inputs.interview.candidate_id,
            interview_version: inputs.interview.version,
            rules_version: "test".into(),
            model_version: "test".into(),
            tone: rebound_domain::note::NoteTone::Warm,
            assessment: JsonText::of(&json!({})).unwrap(),
            omitted: json!([]),
            encouragement: None,
            created_at: at,
            locale: "en".into(),
        };
        let step = |position| NewStep {
            id: StepId::new_v7(),
            workspace_id,
            plan_id: plan.id,
            position,
            kind: rebound_domain::plan::StepKind::Review,
            title: "t".into(),
            what_to_do: "w".into(),
            why: json!([]),
            due_at: at,
            draft: None,
            updated_at: at,
        };
        let steps: Vec<NewStep> = (1..=step_count).map(step).collect();
        let lessons: Vec<NewLesson> = std::iter::repeat_with(|| NewLesson {
            id: LessonId::new_v7(),
            workspace_id,
            candidate_id: plan.candidate_id,
            interview_id,
            plan_id: plan.id,
            kind: rebound_domain::GaffeKind::WrongInterviewerName,
            prevention: "p".into(),
            created_at: at,
        })
        .take(lesson_count)
        .collect();
        let event = EventRow {
            id: EventId::new_v7(),
            workspace_id,
            event_type: EventType::RecoveryPlanCreated,
            created_at: at,
            data: JsonText::of(&json!({})).unwrap(),
            previous_attributes: None,
        };
        write_with_event(&mut conn, insert_parts(plan, steps, lessons), &event).unwrap();
    }
    assert_eq!(
        prepared_like(&mut conn, "ARRAY(SELECT ROW(g.kind"),
        1,
        "the plan's read"
    );
    assert_eq!(
        prepared_like(&mut conn, "INSERT INTO lessons"),
        1,
        "the plan's write"
    );
    let stored: i64 = diesel::sql_query(format!(
        "SELECT count(*) AS n FROM recovery_plans WHERE interview_id = '{interview_id}'"
    ))
    .get_result::<CountRow>(&mut conn)
    .unwrap()
    .n;
    assert_eq!(stored, 2);
}

/// One `count(*) AS n`.
#[derive(diesel::QueryableByName)]
struct CountRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Write combining (#18): creates that arrive together share a statement, yet each is answered as its own — a
/// refused one (a candidate that does not exist) fails alone, requests repeating one idempotency key create once,
/// and every created interview reads back and is announced exactly once.
#[actix_web::test]
async fn creates_arriving_together_share_statements_and_each_is_answered_as_its_own() {
    // Two connections, so one flusher: creates arriving while it writes wait and share its next statement. On a
    // busy machine requests can trickle in and it may take several rounds of 96 requests to see sharing: the rate
    // limit is lifted for them.
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_DB_POOL_SIZE".into(), "2".into());
        vars.insert("REBOUND_RATE_LIMIT_PER_MINUTE".into(), "100000".into());
    })
    .await;
    let (owner, person) = owner_with_candidate(&app).await;
    let good = interview_body(&person, "2026-11-30T09:30:00Z");
    let mut unknown_candidate = good.clone();
    unknown_candidate["candidate_id"] = json!("01900000-0000-7000-8000-000000000000");
    let mut created_ids = std::collections::HashSet::new();
    // Rounds until the metrics show a statement that carried several creates; one round almost always does.
    for round in 0..10 {
        let key = format!("combined-{round}");
        let requests = (0..48).map(|n| {
            let (app, owner, key) = (&app, owner.as_str(), key.as_str());
            let (good, unknown_candidate) = (&good, &unknown_candidate);
            async move {
                match n % 6 {
                    0 => (
                        "unknown",
                        app.post_json("/v1/interviews", Some(owner), unknown_candidate)
                            .await,
                    ),
                    1 => (
                        "keyed",
                        app.post_idempotent("/v1/interviews", owner, key, good)
                            .await,
                    ),
                    _ => (
                        "fresh",
                        app.post_json("/v1/interviews", Some(owner), good).await,
                    ),
                }
            }
        });
        let answers = futures_util::future::join_all(requests).await;
        let mut keyed_ids = std::collections::HashSet::new();
        for (kind, answer) in &answers {
            match *kind {
                "unknown" => {
                    answer.assert_problem(404, "not_found");
                }
                _ => {
                    assert_eq!(answer.status, 201, "{kind}: {}", answer.text);
                    let read = app
                        .get(
                            &format!("/v1/interviews/{}", id(&answer.body)),
                            Some(&owner),
                        )
                        .await;
                    assert_eq!(read.body, answer.body);
                    if *kind == "keyed" {
                        keyed_ids.insert(id(&answer.body));
                    }
                    created_ids.insert(id(&answer.body));
                }
            }
        }
        assert_eq!(keyed_ids.len(), 1, "one key, one interview: {keyed_ids:?}");
        let statements = app.counter("rebound_db_combined_statements_total").await;
        let creates = app.counter("rebound_db_combined_creates_total").await;
        if creates > statements {
            break;
        }
        assert!(round < 9, "48 creates at once never shared a statement");
    }
    // Every interview created is announced once, and nothing else is.
    let announced: Vec<String> = app
        .all_pages(&owner, "/v1/events?type=interview.created&limit=100")
        .await
        .iter()
        .map(|event| id(&event["data"]))
        .collect();
    let distinct: std::collections::HashSet<String> = announced.iter().cloned().collect();
    assert_eq!(
        announced.len(),
        distinct.len(),
        "an interview announced twice"
    );
    assert_eq!(distinct, created_ids);
}

/// A gaffe's create is a read and one statement (#18): the gaffe answered is the gaffe read back and announced, and
/// the `interview.updated` it reports is the interview as read afterwards (its new version and time).
#[actix_web::test]
async fn a_logged_gaffe_and_its_interviews_new_version_read_back_as_announced() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let gaffe = create_gaffe(&app, &owner, &interview_id, &gaffe_body("late")).await;
    let path = format!("/v1/interviews/{interview_id}/gaffes/{}", id(&gaffe));
    assert_read_back_and_announced(&app, &owner, &path, "gaffe.created", &gaffe).await;
    let interview = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(interview.body["version"], 2);
    assert_eq!(interview.header("etag"), Some("\"2\""));
    assert_eq!(
        event_data(&app, &owner, "interview.updated", &interview_id).await,
        interview.body
    );
}

/// Gaffes logged at once on one interview, with no lock between a create's read and its write: every one is
/// stored and moves the interview's version once, and the 50-gaffe limit holds exactly — the write checks the
/// version it read, so two creates cannot both count the same 49.
#[actix_web::test]
async fn gaffes_logged_at_once_on_one_interview_each_move_its_version_and_the_limit_holds() {
    let app = TestApp::spawn().await;
    let (owner, logged) = owner_with_interview(&app).await;
    let path = format!("/v1/interviews/{}/gaffes", id(&logged));
    let body = gaffe_body("late");
    let log_at_once = |count: usize| {
        let (app, path, owner, body) = (&app, &path, &owner, &body);
        futures_util::future::join_all(
            (0..count).map(move |_| async move { app.post_json(path, Some(owner), body).await }),
        )
    };
    for answer in log_at_once(20).await {
        assert_eq!(answer.status, 201, "{}", answer.text);
    }
    let interview = app
        .get(&format!("/v1/interviews/{}", id(&logged)), Some(&owner))
        .await;
    assert_eq!(interview.body["version"], 21, "one version per gaffe");
    let updates = app
        .all_pages(&owner, "/v1/events?type=interview.updated&limit=100")
        .await;
    let mut versions: Vec<i64> = updates
        .iter()
        .map(|event| event["data"]["version"].as_i64().unwrap())
        .collect();
    versions.sort_unstable();
    assert_eq!(versions, (2..=21).collect::<Vec<_>>());

    for _ in 0..28 {
        create_gaffe(&app, &owner, &id(&logged), &body).await;
    }
    let answers = log_at_once(6).await;
    let created = answers.iter().filter(|a| a.status == 201).count();
    for answer in answers.iter().filter(|a| a.status != 201) {
        answer.assert_problem(409, "too_many_gaffes");
    }
    assert_eq!(created, 2, "48 logged, room for 2");
    let listed = app.get(&path, Some(&owner)).await;
    assert_eq!(listed.body["data"].as_array().unwrap().len(), 50);
}

/// Counts PostgreSQL's ReadyForQuery messages on every connection to `target`: the server sends exactly one at the
/// end of each round trip (a simple query, or an extended-protocol exchange up to its Sync).
async fn count_round_trips(
    listener: tokio::net::TcpListener,
    target: String,
    round_trips: Arc<AtomicU64>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    while let Ok((inbound, _)) = listener.accept().await {
        let (target, round_trips) = (target.clone(), round_trips.clone());
        actix_web::rt::spawn(async move {
            let Ok(outbound) = tokio::net::TcpStream::connect(&target).await else {
                return;
            };
            let (mut client_read, mut client_write) = inbound.into_split();
            let (mut server_read, mut server_write) = outbound.into_split();
            actix_web::rt::spawn(async move {
                let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
            });
            let (mut buffer, mut messages) = (vec![0u8; 64 * 1024], ServerMessages::default());
            while let Ok(read) = server_read.read(&mut buffer).await {
                if read == 0 || client_write.write_all(&buffer[..read]).await.is_err() {
                    break;
                }
                let ready = messages.ready_for_query_in(&buffer[..read]);
                round_trips.fetch_add(ready, Ordering::SeqCst);
            }
        });
    }
}

/// The server's side of the PostgreSQL protocol, cut into messages (a type byte and a length) across reads.
#[derive(Default)]
struct ServerMessages {
    seen_any: bool,
    header: Vec<u8>,
    rest_of_body: usize,
}

impl ServerMessages {
    /// How many ReadyForQuery (`Z`) messages `bytes` complete.
    fn ready_for_query_in(&mut self, mut bytes: &[u8]) -> u64 {
        // The answer to an encryption request is one byte on its own, before any message.
        if !self.seen_any && bytes.len() == 1 {
            return 0;
        }
        self.seen_any = true;
        let mut ready = 0;
        while !bytes.is_empty() {
            if self.rest_of_body > 0 {
                let skipped = self.rest_of_body.min(bytes.len());
                self.rest_of_body -= skipped;
                bytes = &bytes[skipped..];
                continue;
            }
            self.header.push(bytes[0]);
            bytes = &bytes[1..];
            if self.header.len() == 5 {
                let length = u32::from_be_bytes(self.header[1..5].try_into().unwrap()) as usize;
                ready += u64::from(self.header[0] == b'Z');
                self.rest_of_body = length - 4;
                self.header.clear();
            }
        }
        ready
    }
}

/// The round trips each write costs (#18), counted on the wire between the service and PostgreSQL: a create is
/// one statement with or without an `Idempotency-Key`, a plan and a gaffe a read and a write.
#[actix_web::test]
async fn each_create_costs_one_round_trip_and_a_plan_or_a_gaffe_two() {
    let round_trips = Arc::new(AtomicU64::new(0));
    let counter = round_trips.clone();
    let app = behind_proxy(
        move |listener, target, _| count_round_trips(listener, target, counter),
        Arc::new(AtomicBool::new(false)),
        // One connection: a statement's first use on a connection costs one more round trip (it is prepared
        // there), so the first round below prepares them all and the later ones count what every request costs.
        // The delivery and step-announcement pollers borrow from the pool too: slowed down, they stay out of the
        // counted requests.
        &[
            ("REBOUND_DB_POOL_SIZE", "1"),
            ("REBOUND_WEBHOOK_POLL_MS", "60000"),
        ],
    )
    .await;
    let (owner, logged) = owner_with_interview(&app).await;
    let interview_id = id(&logged);
    let gaffes = format!("/v1/interviews/{interview_id}/gaffes");
    let person = logged["candidate_id"].as_str().unwrap().to_string();
    let body = interview_body(&person, "2026-11-30T09:30:00Z");
    let candidate_body = json!({"display_name": "Hélène Côté", "locale": "fr-CA"});
    for round in 0..4 {
        let post = |path: &str| app.request(reqwest::Method::POST, path).token(&owner);
        // Round 0 prepares the statements (`None`: not counted).
        let trips = (round > 0).then_some(&*round_trips);
        counted(trips, post("/v1/interviews").json(&body), 1, "an interview").await;
        let key = uuid::Uuid::now_v7().to_string();
        let keyed = post("/v1/interviews").json(&body).idempotency_key(&key);
        counted(trips, keyed, 1, "an interview with a key").await;
        let candidate = post("/v1/candidates").json(&candidate_body);
        counted(trips, candidate, 1, "a candidate").await;
        counted(trips, post(&gaffes).json(&gaffe_body("late")), 2, "a gaffe").await;
        let plan = post(&plans_path(&interview_id)).json(&json!({}));
        counted(trips, plan, 2, "a plan").await;
    }
}

/// Sends `request` and checks it cost `expected` round trips to PostgreSQL. Requests run back to back, so no pooled
/// connection has been idle for the second after which it is pinged before use.
async fn counted(
    round_trips: Option<&AtomicU64>,
    request: crate::helpers::Request<'_>,
    expected: u64,
    what: &str,
) {
    let before = round_trips.map(|trips| trips.load(Ordering::SeqCst));
    let answer = request.send().await;
    assert!(
        answer.status < 300,
        "{what}: {} {}",
        answer.status,
        answer.text
    );
    if let (Some(trips), Some(before)) = (round_trips, before) {
        let counted = trips.load(Ordering::SeqCst) - before;
        assert_eq!(counted, expected, "{what}: {counted} round trips");
    }
}
