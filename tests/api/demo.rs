//! The demo seed: a person can sign in and explore a realistic bad interview right away.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection};
use rebound_service::demo::{
    seed, DEMO_CANDIDATE_ID, DEMO_EMAIL, DEMO_GAFFE_IDS, DEMO_INTERVIEW_ID, DEMO_PASSWORD,
};
use serde_json::Value;

use crate::helpers::{access_token, TestApp};

#[actix_web::test]
async fn the_demo_seed_gives_a_signed_in_person_a_bad_interview_to_explore_and_is_idempotent() {
    let app = TestApp::spawn().await;
    let url = app.database_url().to_string();
    let (first, second) = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).unwrap();
        (
            seed(&mut conn, 8080).unwrap(),
            seed(&mut conn, 8080).unwrap(),
        )
    })
    .await
    .unwrap();
    assert!(first.created);
    assert!(!second.created, "seeding twice changes nothing");
    assert_eq!(first.workspace_id, second.workspace_id);

    let token = access_token(&app.login(DEMO_EMAIL, DEMO_PASSWORD).await);
    let interviews = app.get("/v1/interviews", Some(&token)).await;
    assert_eq!(interviews.status, 200);
    let data = interviews.body["data"].as_array().unwrap();
    assert_eq!(data.len(), 1);
    let interview = &data[0];
    assert_eq!(interview["interviewers"][0]["name"], "Armin Vogel");
    // The well-known ids the OpenAPI examples use.
    assert_eq!(interview["id"], DEMO_INTERVIEW_ID.to_string());
    assert_eq!(interview["candidate_id"], DEMO_CANDIDATE_ID.to_string());

    let id = interview["id"].as_str().unwrap();
    let gaffes = app
        .get(&format!("/v1/interviews/{id}/gaffes"), Some(&token))
        .await;
    let mut ids: Vec<&str> = gaffes.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        DEMO_GAFFE_IDS
            .map(|id| id.to_string())
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    let kinds: Vec<&str> = gaffes.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec![
            "wrong_interviewer_name",
            "salary_blank",
            "omitted_key_experience"
        ]
    );

    let assessment = app
        .get(&format!("/v1/interviews/{id}/assessment"), Some(&token))
        .await;
    assert_eq!(assessment.status, 200, "{}", assessment.text);
    assert_eq!(assessment.body["gaffes"].as_array().unwrap().len(), 3);
    assert_eq!(assessment.body["calibration"]["self_rating"], 1);

    // The seed went through the same use cases as the API: its records are in the event feed, oldest first.
    let events = app.get("/v1/events?limit=10", Some(&token)).await;
    assert_eq!(events.status, 200, "{}", events.text);
    let mut types: Vec<&str> = events.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    types.reverse();
    assert_eq!(
        types,
        vec![
            "candidate.created",
            "interview.created",
            // Each gaffe moves the interview's version, with an `interview.updated` saying so.
            "gaffe.created",
            "interview.updated",
            "gaffe.created",
            "interview.updated",
            "gaffe.created",
            "interview.updated"
        ]
    );
}

/// Swagger UI's "Try it out" fills path parameters and bodies from the examples: once the demo is seeded, every
/// reading operation whose path parameters all have examples answers 200 with them, and so does the note review
/// with its example body.
#[actix_web::test]
async fn try_it_out_with_the_examples_works_against_the_demo() {
    let app = TestApp::spawn().await;
    let url = app.database_url().to_string();
    actix_web::web::block(move || seed(&mut PgConnection::establish(&url).unwrap(), 8080).unwrap())
        .await
        .unwrap();
    let token = access_token(&app.login(DEMO_EMAIL, DEMO_PASSWORD).await);
    let spec = rebound::openapi::published();
    let mut tried = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        let mut concrete = path.clone();
        let mut complete = true;
        for parameter in get["parameters"].as_array().into_iter().flatten() {
            if parameter["in"] != "path" {
                continue;
            }
            match parameter["example"].as_str() {
                Some(example) => {
                    concrete = concrete.replace(
                        &format!("{{{}}}", parameter["name"].as_str().unwrap()),
                        example,
                    )
                }
                None => complete = false,
            }
        }
        if !complete || !path.contains('{') {
            continue;
        }
        let response = app.get(&concrete, Some(&token)).await;
        assert_eq!(response.status, 200, "GET {concrete}: {}", response.text);
        tried.push(path.clone());
    }
    for expected in [
        "/v1/candidates/{candidate_id}",
        "/v1/interviews/{interview_id}/assessment",
        "/v1/interviews/{interview_id}/gaffes/{gaffe_id}",
        "/v1/users/{user_id}",
    ] {
        assert!(
            tried.iter().any(|p| p == expected),
            "{expected} not tried: {tried:?}"
        );
    }

    let schemas = &spec["components"]["schemas"];
    let review = app
        .post_json(
            "/v1/follow-up-notes/review",
            Some(&token),
            &schemas["ReviewNoteRequest"]["example"],
        )
        .await;
    assert_eq!(review.status, 200, "{}", review.text);
    let mut interview = schemas["CreateInterviewRequest"]["example"].clone();
    interview["occurred_at"] = Value::String("2026-11-20T09:00:00Z".into());
    let created = app
        .post_json("/v1/interviews", Some(&token), &interview)
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
}

/// The server's process (and with it the cluster it started); stopped when dropped, even when the test fails.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our own child's pid, not reaped yet.
        unsafe {
            libc::kill(self.0.id() as libc::pid_t, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// README's order: `cargo run` serving on the embedded default, then `cargo run -- demo` in a second terminal. The
/// demo finds the running server's cluster and seeds through it instead of failing on the held data directory.
#[actix_web::test]
async fn demo_seeds_through_the_cluster_of_a_running_server() {
    let binary = env!("CARGO_BIN_EXE_rebound");
    let data_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("demo-while-serving-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cluster_dir = data_dir.clone();
    let command = move |subcommand: &str| {
        let mut command = Command::new(binary);
        command
            .arg(subcommand)
            .env_remove("DATABASE_URL")
            .env("REBOUND_LOCAL_DB_DIR", &cluster_dir)
            .env("REBOUND_BIND", format!("127.0.0.1:{port}"))
            .env("REBOUND_DRAIN_SECS", "0")
            .env("RUST_LOG", "warn");
        command
    };
    let _server = Serving(
        command("serve")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let ready = client.get(format!("{base}/readyz")).send().await;
        if ready.is_ok_and(|r| r.status() == 200) {
            break;
        }
        assert!(Instant::now() < deadline, "the server did not get ready");
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }

    let seeded = actix_web::web::block(move || command("demo").output().unwrap())
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&seeded.stdout);
    assert!(
        seeded.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    assert!(stdout.contains("seeding through it"), "{stdout}");
    assert!(stdout.contains("Seeded the demo workspace"), "{stdout}");

    let token: Value = client
        .post(format!("{base}/v1/auth/token"))
        .form(&[
            ("grant_type", "password"),
            ("username", DEMO_EMAIL),
            ("password", DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let interview = client
        .get(format!("{base}/v1/interviews/{DEMO_INTERVIEW_ID}"))
        .bearer_auth(token["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        interview.status(),
        200,
        "the running server serves what the demo seeded"
    );
    drop(_server);
    let _ = std::fs::remove_dir_all(&data_dir);
}
