//! What the delivery worker does with receivers that misbehave at the transport level: an answer that never ends
//! is read only as far as what is kept, so the attempt is recorded at once and a replica's memory stays flat.

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::fixtures::{candidate, id};
use crate::webhooks::{fast_app, newest_delivery_with_status, register};

/// A receiver on `host` (loopback) that answers every request with `status` and a body that never ends: 16 KiB
/// chunks of `x`, written until the client goes away.
async fn endless_receiver(host: &str, status: u16) -> String {
    let listener = tokio::net::TcpListener::bind((host, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    actix_web::rt::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            actix_web::rt::spawn(async move {
                let mut request = vec![0_u8; 64 * 1024];
                let _ = socket.read(&mut request).await;
                let head =
                    format!("HTTP/1.1 {status} Whatever\r\ncontent-type: text/plain\r\n\r\n");
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b'x'; 16 * 1024];
                while socket.write_all(&chunk).await.is_ok() {}
            });
        }
    });
    let authority = if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    format!("http://{authority}:{port}/hooks")
}

#[actix_web::test]
async fn an_answer_that_never_ends_is_recorded_with_its_first_kilobyte() {
    let app = fast_app().await;
    let owner = app.owner_token("owner@example.com").await;
    let ok = register(
        &app,
        &owner,
        &endless_receiver("127.0.0.1", 200).await,
        json!(["*"]),
    )
    .await;
    let failing = register(
        &app,
        &owner,
        &endless_receiver("127.0.0.1", 503).await,
        json!(["*"]),
    )
    .await;
    candidate(&app, &owner, "Dana Reyes").await;

    let delivered =
        newest_delivery_with_status(&app, &owner, &id(&ok["endpoint"]), "succeeded").await;
    assert_eq!(delivered["response_status"], 200, "{delivered}");
    assert_eq!(delivered["response_body"], "x".repeat(1024), "{delivered}");

    let retrying =
        newest_delivery_with_status(&app, &owner, &id(&failing["endpoint"]), "retrying").await;
    assert_eq!(retrying["response_status"], 503, "{retrying}");
    assert_eq!(retrying["response_body"], "x".repeat(1024), "{retrying}");
}
