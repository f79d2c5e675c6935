//! The demo seed: a person can sign in and explore a realistic bad interview right away.

use diesel::{Connection, PgConnection};
use rebound::demo::{seed, DEMO_EMAIL, DEMO_PASSWORD};

use crate::helpers::{access_token, TestApp};

#[actix_web::test]
async fn the_demo_seed_gives_a_signed_in_person_a_bad_interview_to_explore_and_is_idempotent() {
    let app = TestApp::spawn().await;
    let url = app.database_url().to_string();
    let (first, second) = actix_web::web::block(move || {
        let mut conn = PgConnection::establish(&url).unwrap();
        (seed(&mut conn).unwrap(), seed(&mut conn).unwrap())
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

    let id = interview["id"].as_str().unwrap();
    let gaffes = app
        .get(&format!("/v1/interviews/{id}/gaffes"), Some(&token))
        .await;
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
}
