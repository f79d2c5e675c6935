//! Builders shared by the candidate, interview, gaffe, assessment and isolation tests: each creates one resource
//! over HTTP, asserts it was created, and returns its JSON.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::helpers::{access_token, Response, TestApp, PASSWORD};

/// A resource's `id` as a string.
pub fn id(resource: &Value) -> String {
    resource["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no `id` in {resource}"))
        .to_string()
}

/// The ids of a list response's `data`, in order.
pub fn ids(list: &Value) -> Vec<String> {
    list["data"]
        .as_array()
        .unwrap_or_else(|| panic!("no `data` array in {list}"))
        .iter()
        .map(id)
        .collect()
}

/// RFC 3339 (whole seconds, `Z`) for `now - days`, minus `minutes`.
pub fn ago(days: i64, minutes: i64) -> String {
    rfc3339(Utc::now() - Duration::days(days) - Duration::minutes(minutes))
}

pub fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn parse_time(value: &Value) -> DateTime<Utc> {
    value
        .as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .unwrap_or_else(|| panic!("not an RFC 3339 time: {value}"))
        .with_timezone(&Utc)
}

/// Creates a candidate from `body`; returns it.
pub async fn create_candidate(app: &TestApp, token: &str, body: &Value) -> Value {
    let created = app.post_json("/v1/candidates", Some(token), body).await;
    assert_eq!(
        created.status, 201,
        "creating a candidate: {}",
        created.text
    );
    created.body
}

/// Creates a candidate with just a display name; returns it.
pub async fn candidate(app: &TestApp, token: &str, name: &str) -> Value {
    create_candidate(app, token, &json!({"display_name": name})).await
}

/// Creates a candidate-role user in the owner's workspace; returns (user id, their access token).
pub async fn candidate_user(app: &TestApp, owner: &str, email: &str) -> (String, String) {
    user_of_role(app, owner, email, "candidate").await
}

/// Creates a user of `role` in the owner's workspace; returns (user id, their access token).
pub async fn user_of_role(app: &TestApp, owner: &str, email: &str, role: &str) -> (String, String) {
    let created = app
        .post_json(
            "/v1/users",
            Some(owner),
            &json!({"email": email, "display_name": "Member", "role": role, "password": PASSWORD}),
        )
        .await;
    assert_eq!(created.status, 201, "creating a {role}: {}", created.text);
    let user_id = id(&created.body["user"]);
    let token = access_token(&app.login(email, PASSWORD).await);
    (user_id, token)
}

/// The smallest valid interview body for `candidate_id`, occurring at `occurred_at`.
pub fn interview_body(candidate_id: &str, occurred_at: &str) -> Value {
    json!({
        "candidate_id": candidate_id,
        "company": "Harbor & Finch Capital",
        "role_title": "Senior Financial Analyst",
        "stage": "final",
        "format": "onsite",
        "occurred_at": occurred_at,
        "self_rating": 3
    })
}

/// An interview body with questions, interviewers and strengths, so gaffes can point at questions.
pub fn rich_interview_body(candidate_id: &str, occurred_at: &str, self_rating: u8) -> Value {
    json!({
        "candidate_id": candidate_id,
        "company": "Harbor & Finch Capital",
        "role_title": "Senior Financial Analyst",
        "stage": "final",
        "format": "onsite",
        "occurred_at": occurred_at,
        "duration_minutes": 60,
        "interviewers": [
            {"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"},
            {"name": "Priya Natarajan", "title": "Controller"}
        ],
        "questions": [
            {"question": "What are your salary expectations?", "answer_summary": "Froze.", "quality": "blanked"},
            {"question": "Tell us about a difficult coworker.", "quality": "weak"},
            {"question": "Walk us through a variance analysis.", "quality": "strong"}
        ],
        "strengths": ["Walked through the variance analysis case cleanly"],
        "self_rating": self_rating
    })
}

/// Logs an interview from `body`; returns it.
pub async fn create_interview(app: &TestApp, token: &str, body: &Value) -> Value {
    let created = app.post_json("/v1/interviews", Some(token), body).await;
    assert_eq!(
        created.status, 201,
        "logging an interview: {}",
        created.text
    );
    created.body
}

/// Logs a minimal interview for `candidate_id` a day ago; returns it.
pub async fn interview(app: &TestApp, token: &str, candidate_id: &str) -> Value {
    create_interview(app, token, &interview_body(candidate_id, &ago(1, 0))).await
}

/// A gaffe body of `kind`, certainly noticed mid-interview.
pub fn gaffe_body(kind: &str) -> Value {
    json!({"kind": kind, "noticed": "certain", "moment": "mid"})
}

/// Logs a gaffe against an interview; returns it.
pub async fn create_gaffe(app: &TestApp, token: &str, interview_id: &str, body: &Value) -> Value {
    let created = app
        .post_json(
            &format!("/v1/interviews/{interview_id}/gaffes"),
            Some(token),
            body,
        )
        .await;
    assert_eq!(created.status, 201, "logging a gaffe: {}", created.text);
    created.body
}

/// PATCH with a JSON body and an optional `If-Match`.
pub async fn patch_json(
    app: &TestApp,
    path: &str,
    token: &str,
    if_match: Option<&str>,
    body: &Value,
) -> Response {
    let mut request = app
        .client
        .patch(app.url(path))
        .bearer_auth(token)
        .json(body);
    if let Some(tag) = if_match {
        request = request.header("if-match", tag);
    }
    Response::read(request.send().await.expect("PATCH")).await
}

/// DELETE with `If-Match`.
pub async fn delete_if_match(app: &TestApp, path: &str, token: &str, if_match: &str) -> Response {
    let request = app
        .client
        .delete(app.url(path))
        .bearer_auth(token)
        .header("if-match", if_match);
    Response::read(request.send().await.expect("DELETE")).await
}

/// POST JSON with an `Idempotency-Key`.
pub async fn post_idempotent(
    app: &TestApp,
    path: &str,
    token: &str,
    key: &str,
    body: &Value,
) -> Response {
    let request = app
        .client
        .post(app.url(path))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .json(body);
    Response::read(request.send().await.expect("POST")).await
}

/// Percent-encodes a query parameter value.
pub fn query_value(value: &str) -> String {
    crate::helpers::form_body(&[("v", value)])
        .trim_start_matches("v=")
        .to_string()
}
