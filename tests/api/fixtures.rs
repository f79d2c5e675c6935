//! Builders shared by the resource tests: each creates one resource over HTTP, asserts it was created, and returns
//! its JSON; and [`World`] and [`Attempt`], the two-workspace setup of the isolation tests and what they try in it.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{access_token, eventually, Response, TestApp, PASSWORD};

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

/// A candidate record ("Sam Okafor") linked to a new candidate user; returns (candidate id, the user's token).
pub async fn linked_candidate(app: &TestApp, owner: &str, email: &str) -> (String, String) {
    let (user_id, token) = candidate_user(app, owner, email).await;
    let record = create_candidate(
        app,
        owner,
        &json!({"display_name": "Sam Okafor", "user_id": user_id}),
    )
    .await;
    (id(&record), token)
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
    let mut body = interview_body(candidate_id, occurred_at);
    body["duration_minutes"] = json!(60);
    body["interviewers"] = json!([
        {"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"},
        {"name": "Priya Natarajan", "title": "Controller"}
    ]);
    body["questions"] = json!([
        {"question": "What are your salary expectations?", "answer_summary": "Froze.", "quality": "blanked"},
        {"question": "Tell us about a difficult coworker.", "quality": "weak"},
        {"question": "Walk us through a variance analysis.", "quality": "strong"}
    ]);
    body["strengths"] = json!(["Walked through the variance analysis case cleanly"]);
    body["self_rating"] = json!(self_rating);
    body
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

/// An owner with one candidate, Jordan Reyes; returns (owner token, candidate id).
pub async fn owner_with_candidate(app: &TestApp) -> (String, String) {
    let owner = app.owner_token("owner@example.com").await;
    let person = id(&candidate(app, &owner, "Jordan Reyes").await);
    (owner, person)
}

/// An owner with one candidate and a day-old interview with three questions and a self-rating of 2; returns
/// (owner token, interview).
pub async fn owner_with_interview(app: &TestApp) -> (String, Value) {
    let (owner, person) = owner_with_candidate(app).await;
    let logged = create_interview(app, &owner, &rich_interview_body(&person, &ago(1, 0), 2)).await;
    (owner, logged)
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

/// The recovery plans of an interview.
pub fn plans_path(interview_id: &str) -> String {
    format!("/v1/interviews/{interview_id}/recovery-plans")
}

/// Generates a recovery plan for an interview from `body`; returns it.
pub async fn generate_plan(app: &TestApp, token: &str, interview_id: &str, body: &Value) -> Value {
    let created = app
        .post_json(&plans_path(interview_id), Some(token), body)
        .await;
    assert_eq!(created.status, 201, "generating a plan: {}", created.text);
    created.body
}

/// Sends six identical POSTs with one `Idempotency-Key` at once, as a client retrying impatiently would. Asserts that
/// every one answers 201, that exactly one created the resource and the others replayed it, and that all carry the
/// same resource; returns it.
pub async fn create_concurrently_with_one_key(
    app: &TestApp,
    path: &str,
    token: &str,
    key: &str,
    body: &Value,
) -> Value {
    let responses =
        futures_util::future::join_all((0..6).map(|_| app.post_idempotent(path, token, key, body)))
            .await;
    for response in &responses {
        assert_eq!(
            response.status, 201,
            "POST {path} with key {key}: a retry with the same key and body must replay the first response, got {}",
            response.text
        );
    }
    let fresh: Vec<&Response> = responses
        .iter()
        .filter(|r| r.header("idempotent-replayed").is_none())
        .collect();
    assert_eq!(
        fresh.len(),
        1,
        "POST {path} with key {key}: exactly one request creates"
    );
    let created = fresh[0].body.clone();
    assert!(
        responses.iter().all(|r| r.body == created),
        "POST {path} with key {key}: every replay carries the created resource"
    );
    created
}

/// Logs a wrong-name gaffe against the interview and generates a plan; returns the plan.
pub async fn plan_after_a_wrong_name(app: &TestApp, token: &str, interview_id: &str) -> Value {
    create_gaffe(
        app,
        token,
        interview_id,
        &gaffe_body("wrong_interviewer_name"),
    )
    .await;
    generate_plan(app, token, interview_id, &json!({})).await
}

/// Marks a step of the plan done (no `If-Match`); returns the step as answered.
pub async fn mark_step_done(
    app: &TestApp,
    token: &str,
    interview_id: &str,
    plan: &Value,
    step: &Value,
) -> Value {
    let path = format!(
        "{}/{}/steps/{}",
        plans_path(interview_id),
        id(plan),
        id(step)
    );
    let done = app
        .patch_json(&path, Some(token), &json!({"status": "done"}))
        .await;
    assert_eq!(done.status, 200, "{}", done.text);
    done.body
}

/// Registers an integration client with `scopes` in the owner's workspace; returns the creation response
/// (`client`, and the `client_secret` shown only this once).
pub async fn create_api_client(app: &TestApp, owner: &str, scopes: &[&str]) -> Value {
    let created = app
        .post_json(
            "/v1/api-clients",
            Some(owner),
            &json!({"name": "Acme Job Board", "scopes": scopes}),
        )
        .await;
    assert_eq!(
        created.status, 201,
        "creating an API client: {}",
        created.text
    );
    created.body
}

/// The client-credentials grant with these credentials, as form fields.
pub async fn client_credentials(app: &TestApp, client_id: &str, client_secret: &str) -> Response {
    app.post_form(
        "/v1/auth/token",
        &[
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ],
    )
    .await
}

/// Registers an integration client with `scopes`; returns an access token it got with the client-credentials grant.
pub async fn client_token(app: &TestApp, owner: &str, scopes: &[&str]) -> String {
    let created = create_api_client(app, owner, scopes).await;
    let token = client_credentials(
        app,
        created["client"]["client_id"].as_str().unwrap(),
        created["client_secret"].as_str().unwrap(),
    )
    .await;
    assert_eq!(token.status, 200, "client credentials: {}", token.text);
    access_token(&token.body)
}

/// Workspace A (its owner, a candidate user linked to candidate A1, a second candidate A2) and workspace B (its owner
/// and candidate B1, with external id `b-1`). Each candidate has one interview (B1's with the remote reference
/// greenhouse/`b-interview`) carrying one gaffe, and one recovery plan generated after the gaffe.
pub struct World {
    pub owner_a: String,
    pub candidate_user_a: String,
    pub a1: String,
    pub a2: String,
    pub interview_a1: String,
    pub interview_a2: String,
    pub gaffe_a1: String,
    pub gaffe_a2: String,
    pub plan_a1: Value,
    pub plan_a2: Value,
    pub owner_b: String,
    pub b1: String,
    pub interview_b: String,
    pub gaffe_b: String,
    pub plan_b: Value,
}

impl World {
    pub async fn build(app: &TestApp) -> Self {
        let owner_a = app.owner_token("owner-a@example.com").await;
        let (a1, candidate_user_a) = linked_candidate(app, &owner_a, "sam@example.com").await;
        let a2 = id(&candidate(app, &owner_a, "Jordan Reyes").await);
        let interview_a1 =
            id(&create_interview(app, &owner_a, &rich_interview_body(&a1, &ago(1, 0), 2)).await);
        let interview_a2 =
            id(&create_interview(app, &owner_a, &rich_interview_body(&a2, &ago(2, 0), 2)).await);
        let gaffe_a1 = id(&create_gaffe(app, &owner_a, &interview_a1, &gaffe_body("late")).await);
        let gaffe_a2 =
            id(&create_gaffe(app, &owner_a, &interview_a2, &gaffe_body("rambling")).await);
        let plan_a1 = generate_plan(app, &owner_a, &interview_a1, &json!({})).await;
        let plan_a2 = generate_plan(app, &owner_a, &interview_a2, &json!({})).await;

        let owner_b = app.owner_token("owner-b@example.com").await;
        let b1 = id(&create_candidate(
            app,
            &owner_b,
            &json!({"display_name": "Bea B", "external_id": "b-1"}),
        )
        .await);
        let mut body = rich_interview_body(&b1, &ago(3, 0), 2);
        body["remote"] = json!({"source": "greenhouse", "remote_id": "b-interview"});
        let interview_b = id(&create_interview(app, &owner_b, &body).await);
        let gaffe_b =
            id(&create_gaffe(app, &owner_b, &interview_b, &gaffe_body("salary_blank")).await);
        let plan_b = generate_plan(app, &owner_b, &interview_b, &json!({})).await;
        Self {
            owner_a,
            candidate_user_a,
            a1,
            a2,
            interview_a1,
            interview_a2,
            gaffe_a1,
            gaffe_a2,
            plan_a1,
            plan_a2,
            owner_b,
            b1,
            interview_b,
            gaffe_b,
            plan_b,
        }
    }
}

/// A request an isolation test tries against records the caller may not see.
pub struct Attempt {
    pub method: Method,
    pub path: String,
    pub body: Option<Value>,
    pub if_match: Option<&'static str>,
}

impl Attempt {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Self {
            method,
            path: path.into(),
            body: None,
            if_match: None,
        }
    }

    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    pub fn if_match(mut self, etag: &'static str) -> Self {
        self.if_match = Some(etag);
        self
    }

    pub async fn send(&self, app: &TestApp, token: &str) -> Response {
        let mut request = app.request(self.method.clone(), &self.path).token(token);
        if let Some(body) = &self.body {
            request = request.json(body);
        }
        if let Some(etag) = self.if_match {
            request = request.if_match(etag);
        }
        request.send().await
    }
}

/// Asserts that every attempt answers `who` with a 404 `not_found` problem.
pub async fn assert_all_not_found(app: &TestApp, who: &str, token: &str, attempts: &[Attempt]) {
    for attempt in attempts {
        let response = attempt.send(app, token).await;
        assert_eq!(
            response.status, 404,
            "{who}: {} {} should be 404; got {}",
            attempt.method, attempt.path, response.text
        );
        response.assert_problem(404, "not_found");
    }
}

/// Polls `path` with `token` until it is refused, as every replica does once its revocations have refreshed (every
/// two seconds). Until then the token works; [`eventually`] gives up, naming the path, if it never stops working.
pub async fn eventually_refused(app: &TestApp, token: &str, path: &str) {
    eventually(
        &format!("the revoked token to be refused at {path}"),
        || async {
            let response = app.get(path, Some(token)).await;
            match response.status {
                401 => Ok(()),
                200 => Err(format!("200 {}", response.text)),
                _ => panic!("neither working nor refused: {}", response.text),
            }
        },
    )
    .await
}
