//! Liveness, readiness (including a database outage and recovery) and metrics.

use crate::helpers::{eventually, TestApp, TestDatabase};

#[actix_web::test]
async fn liveness_and_readiness_are_ok_with_a_database() {
    let app = TestApp::spawn().await;
    let live = app.get("/livez", None).await;
    assert_eq!(live.status, 200);
    assert_eq!(live.body["status"], "ok");
    let ready = app.get("/readyz", None).await;
    assert_eq!(ready.status, 200, "{}", ready.text);
}

/// Splits `postgres://user@host:port/db` into (`postgres://user@`, `host:port`, `/db`).
pub fn split_authority(url: &str) -> (String, String, String) {
    let scheme_end = url.find("://").unwrap() + 3;
    let rest = &url[scheme_end..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let (userinfo, host_port) = match authority.rfind('@') {
        Some(at) => (&authority[..=at], &authority[at + 1..]),
        None => ("", authority),
    };
    (
        format!("{}{userinfo}", &url[..scheme_end]),
        host_port.to_string(),
        rest[authority_end..].to_string(),
    )
}

/// Forwards every connection on `listener` to `target`, like a database coming back on its address.
async fn forward(listener: tokio::net::TcpListener, target: String) {
    while let Ok((mut inbound, _)) = listener.accept().await {
        let target = target.clone();
        actix_web::rt::spawn(async move {
            if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
            }
        });
    }
}

#[actix_web::test]
async fn readiness_is_503_while_the_database_is_unreachable_and_200_once_it_returns() {
    let database = TestDatabase::create();
    let (prefix, real_host_port, rest) = split_authority(&database.url);
    // A port with nothing listening yet: the database is "down".
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_against(&format!("{prefix}127.0.0.1:{port}{rest}")).await;

    assert_eq!(
        app.get("/livez", None).await.status,
        200,
        "liveness never depends on the database"
    );
    let not_ready = app.get("/readyz", None).await;
    not_ready.assert_problem(503, "database_unavailable");
    assert!(not_ready.header("retry-after").is_some());
    // Requests that need the database fail fast and cleanly, not with a 500 or a hang.
    let signup = app
        .post_json(
            "/v1/signup",
            None,
            &serde_json::json!({"workspace_name": "W", "email": "down@example.com", "password": "correct horse battery", "display_name": "D"}),
        )
        .await;
    signup.assert_problem(503, "database_unavailable");

    // The database "comes back" on the same address.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap();
    actix_web::rt::spawn(forward(listener, real_host_port));

    eventually(
        "the service to recover by itself once the database is reachable",
        || async {
            match app.get("/readyz", None).await {
                ready if ready.status == 200 => Ok(()),
                ready => Err(format!("{} {}", ready.status, ready.text)),
            }
        },
    )
    .await;
    let signup = app
        .post_json(
            "/v1/signup",
            None,
            &serde_json::json!({"workspace_name": "W", "email": "back@example.com", "password": "correct horse battery", "display_name": "B"}),
        )
        .await;
    assert_eq!(signup.status, 201, "{}", signup.text);
    app.stop().await;
}

#[actix_web::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let app = TestApp::spawn().await;
    app.get("/livez", None).await;
    app.get("/v1/users/0193f000-0000-7000-8000-000000000000", None)
        .await;
    let metrics = app.get("/metrics", None).await;
    assert_eq!(metrics.status, 200);
    assert!(metrics
        .header("content-type")
        .unwrap()
        .starts_with("text/plain"));
    assert!(
        metrics
            .text
            .contains(r#"rebound_http_requests_total{method="GET",route="/livez",status="200"} 1"#),
        "{}",
        metrics.text
    );
    assert!(metrics.text.contains(
        r#"rebound_http_requests_total{method="GET",route="/v1/users/{user_id}",status="401"} 1"#
    ));
    assert!(metrics
        .text
        .contains("rebound_http_request_duration_seconds_bucket"));
    assert!(metrics
        .text
        .contains(r#"rebound_db_pool_connections{state="max"} 4"#));
}

/// The role's backends on the server, seen from a superuser connection to `url`.
fn backends_of(url: &str, role: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query("SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1")
        .bind::<diesel::sql_types::Text, _>(role)
        .get_result::<Count>(&mut PgConnection::establish(url).unwrap())
        .unwrap()
        .n
}

#[actix_web::test]
async fn readiness_stays_200_while_the_server_refuses_new_connections_and_the_pool_serves() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, PgConnection};

    let database = TestDatabase::create();
    let (_, host_port, rest) = split_authority(&database.url);
    let role = format!("rebound_limited_{}", database.name);
    let mut admin = PgConnection::establish(&database.url).unwrap();
    // A role whose connection slots can be used up without starving the other tests of the shared server.
    admin
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN CONNECTION LIMIT 4;
             GRANT ALL ON SCHEMA public TO {role};
             GRANT ALL ON ALL TABLES IN SCHEMA public TO {role};
             GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role};"
        ))
        .unwrap();
    let role_url = format!("postgres://{role}@{host_port}{rest}");
    let app = TestApp::spawn_against_with(&role_url, |vars| {
        vars.insert("REBOUND_DB_POOL_SIZE".into(), "1".into());
    })
    .await;
    let owner = app.owner_token("owner@example.com").await;
    assert_eq!(app.get("/readyz", None).await.status, 200);
    // Only the pooled connection and the delivery worker's listening connection are left (the migration's own
    // connection has closed).
    eventually(
        "the role to hold only the pooled and listening connections",
        || async {
            match backends_of(&database.url, &role) {
                2 => Ok(()),
                n => Err(format!("{n} backends")),
            }
        },
    )
    .await;

    // Every other slot taken, as by other clients of a server at `max_connections`.
    let mut held = Vec::new();
    while let Ok(conn) = PgConnection::establish(&role_url) {
        held.push(conn);
    }
    assert_eq!(held.len(), 2);
    let ready = app.get("/readyz", None).await;
    assert_eq!(
        ready.status, 200,
        "a probe needs no new connection while the pool serves: {}",
        ready.text
    );
    assert_eq!(app.get("/v1/candidates", Some(&owner)).await.status, 200);
    let created = app
        .post_json(
            "/v1/candidates",
            Some(&owner),
            &serde_json::json!({"display_name": "Jordan"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);

    drop(held);
    app.stop().await;
    drop(app);
    drop(database);
    let (prefix, _, _) = split_authority(&role_url.replace(&role, "postgres"));
    let mut server = PgConnection::establish(&format!("{prefix}{host_port}/postgres")).unwrap();
    server
        .batch_execute(&format!("DROP ROLE IF EXISTS {role}"))
        .unwrap();
}
