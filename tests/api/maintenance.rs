//! Housekeeping: rows that can no longer matter are purged, and nothing else is.

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};

use crate::helpers::{TestApp, PASSWORD};

#[actix_web::test]
async fn purging_removes_only_expired_idempotency_keys_throttle_rows_refresh_tokens_events_and_ats_objects(
) {
    let app = TestApp::spawn().await;
    app.signup("owner@example.com").await;
    app.login("owner@example.com", PASSWORD).await;
    let url = app.database_url().to_string();
    let counts = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).unwrap();
        conn.batch_execute(
            "INSERT INTO idempotency_keys (workspace_id, principal_id, idempotency_key, request_hash, response_status,
                                           response_body, created_at)
             SELECT id, id, k, 'h', 201, '{}', t FROM workspaces,
                    (VALUES ('old', now() - interval '25 hours'), ('fresh', now())) AS v(k, t);
             INSERT INTO login_throttle VALUES ('user:stale@example.com', 3, now() - interval '2 days', NULL),
                                               ('user:locked@example.com', 9, now() - interval '2 days', now() + interval '1 hour'),
                                               ('user:recent@example.com', 1, now(), NULL);
             INSERT INTO refresh_tokens (id, workspace_id, user_id, family_id, token_hash, scopes, expires_at)
             SELECT gen_random_uuid(), workspace_id, id, gen_random_uuid(), 'expired-hash', '{}', now() - interval '2 days'
               FROM users;
             INSERT INTO events (id, workspace_id, type, created_at, data)
             SELECT gen_random_uuid(), id, 'ping', t, '{}' FROM workspaces,
                    (VALUES (now() - interval '31 days'), (now() - interval '29 days')) AS v(t);
             INSERT INTO ats_objects (workspace_id, source, kind, object_id, body, seen_at)
             SELECT id, 'merge', 'user', k, '{}', t FROM workspaces,
                    (VALUES ('u-old', now() - interval '91 days'), ('u-seen', now() - interval '89 days')) AS v(k, t);",
        )
        .unwrap();
        rebound_db::purge_expired(&mut conn).unwrap();
        let count = |conn: &mut PgConnection, sql: &str| -> i64 {
            use diesel::prelude::*;
            #[derive(QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            diesel::sql_query(sql).get_result::<Count>(conn).unwrap().n
        };
        (
            count(&mut conn, "SELECT count(*) AS n FROM idempotency_keys"),
            count(&mut conn, "SELECT count(*) AS n FROM login_throttle"),
            count(&mut conn, "SELECT count(*) AS n FROM refresh_tokens WHERE token_hash = 'expired-hash'"),
            count(&mut conn, "SELECT count(*) AS n FROM refresh_tokens"),
            count(&mut conn, "SELECT count(*) AS n FROM events WHERE type = 'ping'"),
            count(&mut conn, "SELECT count(*) AS n FROM ats_objects"),
        )
    })
    .await
    .unwrap();
    assert_eq!(counts.0, 1, "only the fresh idempotency key stays");
    assert_eq!(
        counts.1, 2,
        "the stale throttle row goes; the locked and the recent ones stay"
    );
    assert_eq!(counts.2, 0, "the long-expired refresh token goes");
    assert_eq!(counts.3, 1, "the live refresh token from the sign-in stays");
    assert_eq!(
        counts.4, 1,
        "events older than 30 days go; younger ones stay"
    );
    assert_eq!(
        counts.5, 1,
        "ATS objects not seen for 90 days go; ones seen since stay"
    );
}
