//! What a client sees when the database misbehaves mid-request: a statement that runs too long, and a connection
//! lost while a write commits.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::fixtures::{id, owner_with_interview};
use crate::health::split_authority;
use crate::helpers::{eventually, TestApp};

#[actix_web::test]
async fn a_statement_stuck_behind_a_lock_is_a_prompt_503_on_every_pooled_connection() {
    // One pooled connection: if migrations had left it without a statement timeout, the second PATCH would wait
    // for the lock as long as it is held.
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_DB_STATEMENT_TIMEOUT_MS".into(), "300".into());
        vars.insert("REBOUND_DB_POOL_SIZE".into(), "1".into());
    })
    .await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let url = app.database_url().to_string();
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let target = interview_id.clone();
    let holder = std::thread::spawn(move || {
        let mut conn = PgConnection::establish(&url).expect("connecting");
        conn.batch_execute(&format!(
            "BEGIN; SELECT id FROM interviews WHERE id = '{target}' FOR UPDATE"
        ))
        .expect("locking the interview");
        locked_tx.send(()).unwrap();
        // Held until the test is done, or 30 s at most.
        let _ = release_rx.recv_timeout(Duration::from_secs(30));
        conn.batch_execute("ROLLBACK").ok();
    });
    locked_rx.recv().unwrap();
    // The lock is held until both attempts have answered: each 503 is the statement timeout, not the lock's end.
    for _ in 0..2 {
        let response = app
            .patch_json(
                &format!("/v1/interviews/{interview_id}"),
                Some(&owner),
                &json!({"company": "Changed"}),
            )
            .await;
        response.assert_problem(503, "database_timeout");
        assert!(response.header("retry-after").is_some());
    }
    release_tx.send(()).unwrap();
    holder.join().unwrap();
    let after = app
        .get(&format!("/v1/interviews/{interview_id}"), Some(&owner))
        .await;
    assert_eq!(after.body["version"], 1, "nothing was changed");
}

/// An app whose database connections go through `proxy` (listening on a fresh loopback port, forwarding to the
/// test database, steered by `switch`), with `vars` set on top of the test defaults.
pub(crate) async fn behind_proxy<P, F>(
    proxy: P,
    switch: Arc<AtomicBool>,
    vars: &[(&str, &str)],
) -> TestApp
where
    P: FnOnce(tokio::net::TcpListener, String, Arc<AtomicBool>) -> F + 'static,
    F: std::future::Future<Output = ()> + 'static,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_port = listener.local_addr().unwrap().port();
    let extra: Vec<(String, String)> = vars
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    TestApp::spawn_with(move |vars| {
        let (prefix, real_host_port, rest) = split_authority(&vars["DATABASE_URL"]);
        actix_web::rt::spawn(proxy(listener, real_host_port, switch));
        vars.insert(
            "DATABASE_URL".into(),
            format!("{prefix}127.0.0.1:{proxy_port}{rest}"),
        );
        vars.extend(extra);
    })
    .await
}

/// Forwards connections to `target`; once `armed`, the first client message carrying `marker` is passed on and
/// then both sides are closed, so the statement it carries runs (a create is one statement that commits on its
/// own) but its answer never reaches the service.
async fn cut_after(
    marker: &'static [u8],
    listener: tokio::net::TcpListener,
    target: String,
    armed: Arc<AtomicBool>,
) {
    while let Ok((inbound, _)) = listener.accept().await {
        let (target, armed) = (target.clone(), armed.clone());
        actix_web::rt::spawn(async move {
            let Ok(outbound) = tokio::net::TcpStream::connect(&target).await else {
                return;
            };
            let (mut client_read, mut client_write) = inbound.into_split();
            let (mut server_read, mut server_write) = outbound.into_split();
            let to_client = actix_web::rt::spawn(async move {
                let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
            });
            let mut buffer = vec![0u8; 64 * 1024];
            while let Ok(read) = client_read.read(&mut buffer).await {
                if read == 0 || server_write.write_all(&buffer[..read]).await.is_err() {
                    break;
                }
                let chunk = &buffer[..read];
                if armed.load(Ordering::SeqCst) && chunk.windows(marker.len()).any(|w| w == marker)
                {
                    armed.store(false, Ordering::SeqCst);
                    // Nothing more reaches the service; the server still receives and runs the statement.
                    to_client.abort();
                    actix_web::rt::time::sleep(Duration::from_millis(200)).await;
                    break;
                }
            }
            to_client.abort();
        });
    }
}

#[actix_web::test]
async fn a_create_whose_answer_is_lost_says_outcome_unknown_and_a_keyed_retry_replays_it() {
    let armed = Arc::new(AtomicBool::new(false));
    // The message that carries the new candidate's name is the create's one statement.
    let cut = |listener, target, armed| cut_after(b"Jordan Reyes", listener, target, armed);
    let app = behind_proxy(cut, armed.clone(), &[]).await;
    let owner = app.owner_token("owner@example.com").await;
    let body = json!({"display_name": "Jordan Reyes", "external_id": "cut-1"});

    armed.store(true, Ordering::SeqCst);
    let lost = app
        .request(Method::POST, "/v1/candidates")
        .token(&owner)
        .idempotency_key("create-jordan")
        .json(&body)
        .send()
        .await;
    lost.assert_problem(503, "outcome_unknown");
    assert!(lost.body["detail"]
        .as_str()
        .unwrap()
        .contains("Idempotency-Key"));

    let retried = eventually(
        "a retry to get past the 503s, once the pool has a live connection",
        || async {
            let response = app
                .request(Method::POST, "/v1/candidates")
                .token(&owner)
                .idempotency_key("create-jordan")
                .json(&body)
                .send()
                .await;
            match response.status {
                503 => Err(response.text),
                _ => Ok(response),
            }
        },
    )
    .await;
    assert_eq!(retried.status, 201, "{}", retried.text);
    assert_eq!(
        retried.header("idempotent-replayed"),
        Some("true"),
        "the lost commit had saved the candidate; the retry answers it instead of creating another"
    );
    let listed = app
        .get("/v1/candidates?external_id=cut-1", Some(&owner))
        .await;
    assert_eq!(listed.body["data"].as_array().unwrap().len(), 1);
    assert_eq!(listed.body["data"][0]["id"], retried.body["id"]);
}

/// Forwards connections to `target`, holding every byte in both directions while `frozen` is set: a database
/// that stopped answering (a frozen process, a network black hole) without closing anything.
async fn freezable(listener: tokio::net::TcpListener, target: String, frozen: Arc<AtomicBool>) {
    async fn pipe(
        mut from: tokio::net::tcp::OwnedReadHalf,
        mut to: tokio::net::tcp::OwnedWriteHalf,
        frozen: Arc<AtomicBool>,
    ) {
        let mut buffer = vec![0u8; 64 * 1024];
        while let Ok(read) = from.read(&mut buffer).await {
            if read == 0 {
                break;
            }
            while frozen.load(Ordering::SeqCst) {
                actix_web::rt::time::sleep(Duration::from_millis(10)).await;
            }
            if to.write_all(&buffer[..read]).await.is_err() {
                break;
            }
        }
    }
    while let Ok((inbound, _)) = listener.accept().await {
        let (target, frozen) = (target.clone(), frozen.clone());
        actix_web::rt::spawn(async move {
            let Ok(outbound) = tokio::net::TcpStream::connect(&target).await else {
                return;
            };
            let (client_read, client_write) = inbound.into_split();
            let (server_read, server_write) = outbound.into_split();
            actix_web::rt::spawn(pipe(server_read, client_write, frozen.clone()));
            pipe(client_read, server_write, frozen).await;
        });
    }
}

#[actix_web::test]
async fn a_database_that_stops_answering_costs_a_request_its_deadline_not_the_outage() {
    let frozen = Arc::new(AtomicBool::new(false));
    let app = behind_proxy(
        freezable,
        frozen.clone(),
        &[("REBOUND_DB_DEADLINE_MS", "1000")],
    )
    .await;
    let owner = app.owner_token("owner@example.com").await;
    assert_eq!(app.get("/v1/candidates", Some(&owner)).await.status, 200);

    // Frozen until all three have answered: each answer is the deadline's doing, not the outage ending.
    frozen.store(true, Ordering::SeqCst);
    let read = app.get("/v1/candidates", Some(&owner)).await;
    read.assert_problem(503, "database_unavailable");
    assert!(read.header("retry-after").is_some());
    let write = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "Jordan"}),
        )
        .await;
    assert_eq!(write.status, 503, "{}", write.text);
    assert!(
        ["database_unavailable", "outcome_unknown"].contains(&write.body["code"].as_str().unwrap()),
        "a write cut off by the deadline never claims that nothing changed unless it never started: {}",
        write.text
    );
    let ready = app.get("/readyz", None).await;
    assert_eq!(ready.status, 503);

    frozen.store(false, Ordering::SeqCst);
    eventually(
        "the service to answer again once the database does",
        || async {
            match app.get("/v1/candidates", Some(&owner)).await {
                answer if answer.status == 200 => Ok(()),
                answer => Err(format!("{} {}", answer.status, answer.text)),
            }
        },
    )
    .await;
}

#[actix_web::test]
async fn a_write_answered_database_unavailable_never_commits_after_the_database_answers_again() {
    let frozen = Arc::new(AtomicBool::new(false));
    // One pooled connection, and a checkout that outwaits the freeze: the write below waits for the connection
    // a read holds, past its deadline, and is still waiting when the database answers again.
    let app = behind_proxy(
        freezable,
        frozen.clone(),
        &[
            ("REBOUND_DB_DEADLINE_MS", "1000"),
            ("REBOUND_DB_POOL_SIZE", "1"),
            ("REBOUND_DB_CHECKOUT_TIMEOUT_MS", "20000"),
        ],
    )
    .await;
    let owner = app.owner_token("owner@example.com").await;
    assert_eq!(app.get("/v1/candidates", Some(&owner)).await.status, 200);

    frozen.store(true, Ordering::SeqCst);
    // The read holds the only connection until the thaw, long after its own 503.
    let read = app.get("/v1/candidates", Some(&owner)).await;
    read.assert_problem(503, "database_unavailable");
    let write = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &json!({"display_name": "Never saved", "external_id": "skipped-1"}),
        )
        .await;
    write.assert_problem(503, "database_unavailable");
    frozen.store(false, Ordering::SeqCst);

    // The write's blocking thread gets the connection once the read's work is done: it either runs the write
    // (the bug) or counts it as skipped. Whichever comes first shows which happened.
    let saved = eventually(
        "the waiting write to be run or skipped once the database answers again",
        || async {
            let listed = app
                .get("/v1/candidates?external_id=skipped-1", Some(&owner))
                .await;
            if listed.status != 200 {
                return Err(format!("{} {}", listed.status, listed.text));
            }
            let saved = !listed.body["data"].as_array().unwrap().is_empty();
            if saved || app.counter("rebound_db_work_skipped_total").await > 0 {
                Ok(saved)
            } else {
                Err("neither saved nor skipped yet".into())
            }
        },
    )
    .await;
    assert!(
        !saved,
        "a write answered 503 database_unavailable (\"nothing changed\") was committed afterwards"
    );
}

#[actix_web::test]
async fn a_transaction_aborted_to_break_a_deadlock_is_run_once_more_and_both_sides_succeed() {
    let database = crate::helpers::TestDatabase::create();
    let mut setup = PgConnection::establish(&database.url).expect("connecting");
    setup
        .batch_execute("CREATE TABLE deadlock_probe (id int PRIMARY KEY); INSERT INTO deadlock_probe VALUES (1), (2);")
        .unwrap();
    let attempts = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let both_hold_their_first_lock = Arc::new(std::sync::Barrier::new(2));
    // Two transactions lock the same two rows in opposite orders: PostgreSQL aborts one of them.
    let sides: Vec<_> = [(1, 2), (2, 1)]
        .into_iter()
        .map(|(first, second)| {
            let (url, attempts, barrier) = (
                database.url.clone(),
                attempts.clone(),
                both_hold_their_first_lock.clone(),
            );
            std::thread::spawn(move || {
                let mut conn = PgConnection::establish(&url).expect("connecting");
                let mut my_attempts = 0;
                let result = rebound_service::in_transaction(&mut conn, |conn| {
                    my_attempts += 1;
                    attempts.fetch_add(1, Ordering::SeqCst);
                    let lock = |conn: &mut PgConnection, row: i32| {
                        conn.batch_execute(&format!(
                            "SELECT id FROM deadlock_probe WHERE id = {row} FOR UPDATE"
                        ))
                    };
                    lock(conn, first)?;
                    if my_attempts == 1 {
                        barrier.wait();
                    }
                    lock(conn, second)?;
                    Ok(my_attempts)
                });
                result.map_err(|error| error.to_string())
            })
        })
        .collect();
    let outcomes: Vec<Result<i32, String>> =
        sides.into_iter().map(|side| side.join().unwrap()).collect();
    assert!(
        outcomes.iter().all(Result::is_ok),
        "a deadlock victim must be retried, not answered with 409: {outcomes:?}"
    );
    // Exactly one side ran twice.
    assert_eq!(attempts.load(Ordering::SeqCst), 3, "{outcomes:?}");
    let mut per_side: Vec<i32> = outcomes.into_iter().map(Result::unwrap).collect();
    per_side.sort();
    assert_eq!(per_side, vec![1, 2]);
}

/// Forwards connections to `target`, except while `down` is set: then it accepts and at once closes them, as a
/// database host that is up but whose PostgreSQL is not.
async fn refusing_while_down(
    listener: tokio::net::TcpListener,
    target: String,
    down: Arc<AtomicBool>,
) {
    while let Ok((mut inbound, _)) = listener.accept().await {
        if down.load(Ordering::SeqCst) {
            drop(inbound);
            continue;
        }
        let target = target.clone();
        actix_web::rt::spawn(async move {
            if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
            }
        });
    }
}

#[actix_web::test]
async fn a_purge_that_failed_because_the_database_was_down_at_start_is_retried_within_seconds() {
    let down = Arc::new(AtomicBool::new(true));
    let app = behind_proxy(refusing_while_down, down.clone(), &[]).await;
    let url = app.database_url().to_string();
    let expired_keys = move || -> i64 {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = PgConnection::establish(&url).unwrap();
        diesel::sql_query(
            "SELECT count(*) AS n FROM idempotency_keys WHERE created_at < now() - interval '24 hours'",
        )
        .get_result::<Count>(&mut conn)
        .unwrap()
        .n
    };
    let seed_url = app.database_url().to_string();
    actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&seed_url).unwrap();
        conn.batch_execute(
            "INSERT INTO workspaces (id, name) VALUES (gen_random_uuid(), 'Purge probe');
             INSERT INTO idempotency_keys (workspace_id, principal_id, idempotency_key, request_hash, response_status,
                                           response_body, created_at)
             SELECT id, id, 'stale', 'h', 201, '{}', now() - interval '25 hours' FROM workspaces;",
        )
        .unwrap();
    })
    .await
    .unwrap();
    // The first purge runs (and fails) while the database is unreachable: it fails only once the pool's checkout
    // timeout (1 s of real time, like every pool timeout) has run out, and it leaves nothing to poll for.
    actix_web::rt::time::sleep(Duration::from_millis(1500)).await;
    let count = expired_keys.clone();
    assert_eq!(actix_web::web::block(count).await.unwrap(), 1);

    down.store(false, Ordering::SeqCst);
    eventually(
        "the failed purge to be retried once the database is back",
        || async {
            let count = expired_keys.clone();
            match actix_web::web::block(count).await.unwrap() {
                0 => Ok(()),
                left => Err(format!("{left} expired idempotency key(s) left")),
            }
        },
    )
    .await;
}

/// Deadlocks, statement timeouts and server shutdowns are recognised by PostgreSQL's message text (diesel does not
/// expose their SQLSTATE), so every pooled session asks for untranslated messages, whatever the server's default.
#[actix_web::test]
async fn pooled_sessions_read_untranslated_server_messages_whatever_the_default() {
    let database = crate::helpers::TestDatabase::create();
    let mut admin = PgConnection::establish(&database.url).expect("connecting");
    let name: String = database.url.rsplit('/').next().unwrap().to_string();
    // The only other message locale this machine is sure to have; the point is that it is not the session's.
    admin
        .batch_execute(&format!(
            "ALTER DATABASE \"{name}\" SET lc_messages = 'C.utf8'"
        ))
        .unwrap();
    let settings = rebound_config::Settings::from_vars(&crate::helpers::test_vars(&database.url))
        .expect("test settings");
    let db = rebound_db::Database::connect_lazily(&database.url, &settings.database);
    db.migrate().expect("migrating");
    let session: String = db
        .run(|conn| {
            diesel::sql_query("SELECT current_setting('lc_messages') AS lc_messages")
                .get_result::<Setting>(conn)
                .map(|row| row.lc_messages)
                .map_err(rebound_service::error::ServiceError::from)
        })
        .await
        .expect("reading the session's setting");
    assert_eq!(session, "C");
    let fresh: String = diesel::sql_query("SELECT current_setting('lc_messages') AS lc_messages")
        .get_result::<Setting>(&mut PgConnection::establish(&database.url).unwrap())
        .unwrap()
        .lc_messages;
    assert_eq!(
        fresh, "C.utf8",
        "a session outside the pool keeps the database default"
    );
}

#[derive(diesel::QueryableByName)]
struct Setting {
    #[diesel(sql_type = diesel::sql_types::Text)]
    lc_messages: String,
}
