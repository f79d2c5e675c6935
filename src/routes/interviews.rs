//! Interviews: what happened, with whom, how it went and how it felt.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::db::models::interview::{self, InterviewFilter, InterviewRow, InterviewValues};
use crate::db::models::{
    candidate, enum_text, from_json_column, gaffe, parse_enum, to_json_column, CandidateScope,
    Visibility,
};
use crate::domain::{self, AnswerQuality, Format, InterviewFacts, Outcome, Stage};
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json, Query};
use crate::routes::conditional::{check_version, etag, if_match};
use crate::routes::idempotency::{create_once, created_response, IdempotencyKey};
use crate::routes::pagination::{finish_page, PageParams};
use crate::state::AppState;
use crate::validation::Validator;

pub const MAX_INTERVIEWERS: usize = 20;
pub const MAX_QUESTIONS: usize = 50;
pub const MAX_STRENGTHS: usize = 20;

/// Someone who interviewed the candidate. Spell the name exactly: the follow-up note is addressed with it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"}))]
pub struct InterviewerDto {
    /// 1–100 characters.
    pub name: String,
    /// Up to 100 characters.
    pub title: Option<String>,
    pub email: Option<String>,
}

/// A question that was asked, and how the answer went.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"question": "Tell us about a time you handled a difficult coworker.", "answer_summary": "Talked in generalities; no concrete example.", "quality": "weak"}))]
pub struct QuestionDto {
    /// 1–500 characters.
    pub question: String,
    /// What you answered, briefly (up to 2,000 characters).
    pub answer_summary: Option<String>,
    /// `strong`, `adequate`, `weak` or `blanked`.
    pub quality: AnswerQuality,
}

/// Where this interview lives in an ATS or job board (Merge's `remote_id` vocabulary).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"source": "greenhouse", "remote_id": "scheduled-interview-99812"}))]
pub struct RemoteReference {
    /// The system, e.g. `greenhouse` (1–50 characters).
    pub source: String,
    /// Its id there (1–200 characters); unique per source within the workspace.
    pub remote_id: String,
}

/// A logged interview.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "company": "Harbor & Finch Capital",
    "role_title": "Senior Financial Analyst",
    "stage": "final",
    "format": "onsite",
    "occurred_at": "2026-11-24T14:00:00Z",
    "duration_minutes": 60,
    "interviewers": [{"name": "Armin Vogel", "title": "Finance Director", "email": null}],
    "questions": [{"question": "What are your salary expectations?", "answer_summary": "Froze and said I had not thought about it.", "quality": "blanked"}],
    "strengths": ["Walked through the variance analysis case cleanly"],
    "self_rating": 2,
    "outcome": "pending",
    "notes": null,
    "remote": null,
    "version": 1,
    "created_at": "2026-11-24T17:10:00Z",
    "updated_at": "2026-11-24T17:10:00Z"
}))]
pub struct InterviewResponse {
    pub id: Uuid,
    pub candidate_id: Uuid,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<InterviewerDto>,
    pub questions: Vec<QuestionDto>,
    /// What went well ("what I nailed").
    pub strengths: Vec<String>,
    /// How it felt right afterwards: 1 (disaster) to 5 (great).
    pub self_rating: u8,
    pub outcome: Outcome,
    pub notes: Option<String>,
    pub remote: Option<RemoteReference>,
    /// Increases with every change to the interview or its gaffes; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A page of interviews, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [], "next_cursor": null}))]
pub struct InterviewList {
    pub data: Vec<InterviewResponse>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Logs an interview.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "company": "Harbor & Finch Capital",
    "role_title": "Senior Financial Analyst",
    "stage": "final",
    "format": "onsite",
    "occurred_at": "2026-11-24T14:00:00Z",
    "duration_minutes": 60,
    "interviewers": [{"name": "Armin Vogel", "title": "Finance Director"}],
    "questions": [{"question": "What are your salary expectations?", "quality": "blanked"}],
    "strengths": ["Walked through the variance analysis case cleanly"],
    "self_rating": 2
}))]
pub struct CreateInterviewRequest {
    /// The candidate who was interviewed.
    pub candidate_id: Uuid,
    /// 1–200 characters.
    pub company: String,
    /// 1–200 characters.
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    /// When it started (RFC 3339). Not more than a day in the future.
    pub occurred_at: DateTime<Utc>,
    /// 1–600 minutes.
    pub duration_minutes: Option<u32>,
    /// Up to 20.
    #[serde(default)]
    pub interviewers: Vec<InterviewerDto>,
    /// Up to 50.
    #[serde(default)]
    pub questions: Vec<QuestionDto>,
    /// Up to 20, each 1–300 characters.
    #[serde(default)]
    pub strengths: Vec<String>,
    /// How it felt right afterwards: 1 (disaster) to 5 (great).
    #[schema(minimum = 1, maximum = 5)]
    pub self_rating: i64,
    /// Defaults to `pending`.
    pub outcome: Option<Outcome>,
    /// Up to 5,000 characters.
    pub notes: Option<String>,
    pub remote: Option<RemoteReference>,
}

/// Changes an interview. Absent fields stay as they are; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"outcome": "advanced", "self_rating": 3}))]
pub struct UpdateInterviewRequest {
    pub company: Option<String>,
    pub role_title: Option<String>,
    pub stage: Option<Stage>,
    pub format: Option<Format>,
    pub occurred_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<u32>)]
    pub duration_minutes: Option<Option<u32>>,
    pub interviewers: Option<Vec<InterviewerDto>>,
    pub questions: Option<Vec<QuestionDto>>,
    pub strengths: Option<Vec<String>>,
    pub self_rating: Option<i64>,
    pub outcome: Option<Outcome>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub notes: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<RemoteReference>)]
    pub remote: Option<Option<RemoteReference>>,
}

/// Filters and paging of the interview list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InterviewListParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    pub candidate_id: Option<Uuid>,
    /// Exact company name, case-insensitive.
    pub company: Option<String>,
    #[param(inline)]
    pub stage: Option<Stage>,
    #[param(inline)]
    pub outcome: Option<Outcome>,
    /// Only interviews at or after this time (RFC 3339).
    pub occurred_after: Option<DateTime<Utc>>,
    /// Only interviews before this time (RFC 3339).
    pub occurred_before: Option<DateTime<Utc>>,
    /// With `remote_id`: find the interview an ATS record maps to.
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
}

/// Every field of an interview, typed but not yet validated: what both create and update validate.
#[derive(Debug, Clone)]
pub struct InterviewInput {
    pub candidate_id: Uuid,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<InterviewerDto>,
    pub questions: Vec<QuestionDto>,
    pub strengths: Vec<String>,
    pub self_rating: i64,
    pub outcome: Outcome,
    pub notes: Option<String>,
    pub remote: Option<RemoteReference>,
}

impl From<CreateInterviewRequest> for InterviewInput {
    fn from(r: CreateInterviewRequest) -> Self {
        Self {
            candidate_id: r.candidate_id,
            company: r.company,
            role_title: r.role_title,
            stage: r.stage,
            format: r.format,
            occurred_at: r.occurred_at,
            duration_minutes: r.duration_minutes,
            interviewers: r.interviewers,
            questions: r.questions,
            strengths: r.strengths,
            self_rating: r.self_rating,
            outcome: r.outcome.unwrap_or(Outcome::Pending),
            notes: r.notes,
            remote: r.remote,
        }
    }
}

impl From<InterviewResponse> for InterviewInput {
    fn from(response: InterviewResponse) -> Self {
        Self {
            candidate_id: response.candidate_id,
            company: response.company,
            role_title: response.role_title,
            stage: response.stage,
            format: response.format,
            occurred_at: response.occurred_at,
            duration_minutes: response.duration_minutes,
            interviewers: response.interviewers,
            questions: response.questions,
            strengths: response.strengths,
            self_rating: i64::from(response.self_rating),
            outcome: response.outcome,
            notes: response.notes,
            remote: response.remote,
        }
    }
}

impl InterviewInput {
    /// The stored interview as input, so a PATCH can overlay its changes and validate the whole.
    fn from_row(row: &InterviewRow) -> Result<Self, ApiError> {
        Ok(InterviewResponse::try_from(row.clone())?.into())
    }

    /// What the domain rules need to know about this interview.
    pub fn facts(&self) -> InterviewFacts {
        InterviewFacts {
            company: self.company.clone(),
            role_title: self.role_title.clone(),
            stage: self.stage,
            format: self.format,
            occurred_at: self.occurred_at,
            duration_minutes: self.duration_minutes,
            interviewers: self
                .interviewers
                .iter()
                .map(InterviewerDto::to_domain)
                .collect(),
            questions: self.questions.iter().map(QuestionDto::to_domain).collect(),
            strengths: self.strengths.clone(),
            // Validated to 1–5 before use; the clamp only keeps the conversion total.
            self_rating: self.self_rating.clamp(1, 5) as u8,
            outcome: self.outcome,
        }
    }

    fn apply(mut self, changes: UpdateInterviewRequest) -> Self {
        macro_rules! overlay {
            ($($field:ident),*) => { $(if let Some(value) = changes.$field { self.$field = value; })* };
        }
        overlay!(
            company,
            role_title,
            stage,
            format,
            occurred_at,
            duration_minutes,
            interviewers,
            questions,
            strengths,
            self_rating,
            outcome,
            notes,
            remote
        );
        self
    }
}

/// Validates the content fields shared by logged and previewed interviews, collecting every problem.
pub fn validate_content(v: &mut Validator, input: &mut InterviewInput, now: DateTime<Utc>) {
    input.company = v.text("company", &input.company, 1, 200);
    input.role_title = v.text("role_title", &input.role_title, 1, 200);
    v.check(
        input.occurred_at <= now + Duration::days(1),
        "occurred_at",
        "must not be more than a day in the future",
    );
    v.check(
        input.occurred_at >= now - Duration::days(365 * 20),
        "occurred_at",
        "must be within the last 20 years",
    );
    if let Some(minutes) = input.duration_minutes {
        v.check(
            (1..=600).contains(&minutes),
            "duration_minutes",
            "must be between 1 and 600",
        );
    }
    v.check(
        input.interviewers.len() <= MAX_INTERVIEWERS,
        "interviewers",
        "must list at most 20 interviewers",
    );
    for (i, person) in input.interviewers.iter_mut().enumerate() {
        person.name = v.text(&format!("interviewers[{i}].name"), &person.name, 1, 100);
        if let Some(title) = &person.title {
            person.title = Some(v.text(&format!("interviewers[{i}].title"), title, 1, 100));
        }
        if let Some(email) = &person.email {
            person.email = Some(v.email(&format!("interviewers[{i}].email"), email));
        }
    }
    v.check(
        input.questions.len() <= MAX_QUESTIONS,
        "questions",
        "must list at most 50 questions",
    );
    for (i, question) in input.questions.iter_mut().enumerate() {
        question.question = v.text(
            &format!("questions[{i}].question"),
            &question.question,
            1,
            500,
        );
        if let Some(summary) = &question.answer_summary {
            question.answer_summary =
                Some(v.text(&format!("questions[{i}].answer_summary"), summary, 0, 2000));
        }
    }
    v.check(
        input.strengths.len() <= MAX_STRENGTHS,
        "strengths",
        "must list at most 20 strengths",
    );
    for (i, strength) in input.strengths.iter_mut().enumerate() {
        *strength = v.text(&format!("strengths[{i}]"), strength, 1, 300);
    }
    v.check(
        (1..=5).contains(&input.self_rating),
        "self_rating",
        "must be between 1 and 5",
    );
}

/// Validates every field and turns the input into stored values.
fn validate(mut input: InterviewInput, now: DateTime<Utc>) -> Result<InterviewValues, ApiError> {
    let mut v = Validator::new();
    validate_content(&mut v, &mut input, now);
    if let Some(notes) = &input.notes {
        input.notes = Some(v.text("notes", notes, 0, 5000));
    }
    if let Some(remote) = &mut input.remote {
        remote.source = v.text("remote.source", &remote.source, 1, 50);
        remote.remote_id = v.text("remote.remote_id", &remote.remote_id, 1, 200);
    }
    v.finish()?;
    Ok(InterviewValues {
        candidate_id: input.candidate_id,
        company: input.company,
        role_title: input.role_title,
        stage: enum_text(&input.stage),
        format: enum_text(&input.format),
        occurred_at: input.occurred_at,
        duration_minutes: input.duration_minutes.map(|m| m as i32),
        interviewers: to_json_column(&input.interviewers)?,
        questions: to_json_column(&input.questions)?,
        strengths: to_json_column(&input.strengths)?,
        self_rating: input.self_rating.clamp(1, 5) as i16,
        outcome: enum_text(&input.outcome),
        notes: input.notes,
        remote_source: input.remote.as_ref().map(|r| r.source.clone()),
        remote_id: input.remote.map(|r| r.remote_id),
    })
}

impl TryFrom<InterviewRow> for InterviewResponse {
    type Error = ApiError;

    fn try_from(row: InterviewRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: row.id,
            candidate_id: row.candidate_id,
            company: row.company,
            role_title: row.role_title,
            stage: parse_enum("interviews.stage", &row.stage)?,
            format: parse_enum("interviews.format", &row.format)?,
            occurred_at: row.occurred_at,
            duration_minutes: row.duration_minutes.map(|m| m.max(0) as u32),
            interviewers: from_json_column("interviews.interviewers", row.interviewers)?,
            questions: from_json_column("interviews.questions", row.questions)?,
            strengths: from_json_column("interviews.strengths", row.strengths)?,
            self_rating: row.self_rating.clamp(1, 5) as u8,
            outcome: parse_enum("interviews.outcome", &row.outcome)?,
            notes: row.notes,
            remote: match (row.remote_source, row.remote_id) {
                (Some(source), Some(remote_id)) => Some(RemoteReference { source, remote_id }),
                _ => None,
            },
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

impl InterviewResponse {
    /// What the domain rules need to know about this interview.
    pub fn facts(&self) -> InterviewFacts {
        InterviewInput::from(self.clone()).facts()
    }
}

impl InterviewerDto {
    pub fn to_domain(&self) -> domain::Interviewer {
        domain::Interviewer {
            name: self.name.clone(),
            title: self.title.clone(),
            email: self.email.clone(),
        }
    }
}

impl QuestionDto {
    pub fn to_domain(&self) -> domain::Question {
        domain::Question {
            question: self.question.clone(),
            answer_summary: self.answer_summary.clone(),
            quality: self.quality,
        }
    }
}

/// Maps the unique index on remote references to a precise 409.
fn remote_conflict(error: diesel::result::Error) -> ApiError {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => ApiError::Conflict {
            code: "remote_reference_taken",
            detail:
                "Another interview in this workspace already has this remote source and remote_id."
                    .into(),
        },
        other => other.into(),
    }
}

/// Loads a visible interview or answers 404: the one lookup every interview-scoped route starts with.
pub fn find_visible(
    conn: &mut diesel::PgConnection,
    principal_scope: Visibility,
    id: Uuid,
    lock: bool,
) -> Result<InterviewRow, ApiError> {
    let (workspace_id, scope) = principal_scope;
    let row = if lock {
        interview::find_for_update(conn, workspace_id, scope, id)?
    } else {
        interview::find(conn, workspace_id, scope, id)?
    };
    row.ok_or(ApiError::NotFound("interview"))
}

fn ensure_candidate_visible(
    conn: &mut diesel::PgConnection,
    workspace_id: Uuid,
    scope: CandidateScope,
    candidate_id: Uuid,
) -> Result<(), ApiError> {
    candidate::find(conn, workspace_id, scope, candidate_id)?
        .map(|_| ())
        .ok_or(ApiError::NotFound("candidate"))
}

/// Log an interview.
///
/// Requires `interviews:write`. Candidate users can log interviews only for their own record. Send an
/// `Idempotency-Key` header to make retries safe.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry")),
    request_body = CreateInterviewRequest,
    responses(
        (status = 201, description = "Logged", body = InterviewResponse, headers(("ETag" = String, description = "Current version"))),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such candidate visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The remote reference is already used", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/interviews")]
pub async fn create_interview(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    body: Json<CreateInterviewRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let values = validate(body.into_inner().into(), Utc::now())?;
    let key = IdempotencyKey::from_request(&req, &principal)?;
    let (workspace_id, scope) = principal.visibility();
    let created = state
        .db
        .run(move |conn| {
            create_once(conn, key.as_ref(), |conn| {
                ensure_candidate_visible(conn, workspace_id, scope, values.candidate_id)?;
                let row = interview::insert(conn, Uuid::now_v7(), workspace_id, &values)
                    .map_err(remote_conflict)?;
                InterviewResponse::try_from(row)
            })
        })
        .await?;
    Ok(created_response(created, "/v1/interviews"))
}

/// List interviews, newest first.
///
/// Requires `interviews:read`. Filters combine; paging stays stable while interviews are added concurrently.
/// Candidate users see only their own interviews.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(InterviewListParams),
    responses(
        (status = 200, description = "A page of interviews", body = InterviewList),
        (status = 400, description = "Invalid filter, limit or cursor", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews")]
pub async fn list_interviews(
    state: web::Data<AppState>,
    principal: Principal,
    params: Query<InterviewListParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let params = params.into_inner();
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
    }
    .validate::<(DateTime<Utc>, Uuid)>()?;
    if let (Some(after), Some(before)) = (params.occurred_after, params.occurred_before) {
        if after >= before {
            return Err(ApiError::invalid(
                "occurred_before",
                "must be later than occurred_after",
            ));
        }
    }
    let filter = InterviewFilter {
        candidate_id: params.candidate_id,
        company: params.company.map(|c| c.trim().to_string()),
        stage: params.stage.map(|s| enum_text(&s)),
        outcome: params.outcome.map(|o| enum_text(&o)),
        occurred_after: params.occurred_after,
        occurred_before: params.occurred_before,
        remote_source: params.remote_source,
        remote_id: params.remote_id,
    };
    let (workspace_id, scope) = principal.visibility();
    let mut rows = state
        .db
        .run(move |conn| {
            Ok(interview::list(
                conn,
                workspace_id,
                scope,
                &filter,
                page.after,
                page.fetch_limit(),
            )?)
        })
        .await?;
    let next_cursor = finish_page(&mut rows, page.limit, |row| (row.occurred_at, row.id));
    let data = rows
        .into_iter()
        .map(InterviewResponse::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(InterviewList { data, next_cursor }))
}

/// Get an interview.
///
/// Requires `interviews:read`. Another workspace's id (or another candidate's, for a candidate user) is a 404.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("interview_id" = Uuid, Path, description = "The interview's id")),
    responses(
        (status = 200, description = "The interview", body = InterviewResponse, headers(("ETag" = String, description = "Current version"))),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews/{interview_id}")]
pub async fn get_interview(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (scope, id) = (principal.visibility(), path.into_inner());
    let row = state
        .db
        .run(move |conn| find_visible(conn, scope, id, false))
        .await?;
    let response = InterviewResponse::try_from(row)?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response))
}

/// Update an interview.
///
/// Requires `interviews:write`. Send `If-Match` with the ETag you read (412 when stale). The candidate cannot be
/// changed; log a new interview instead.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version you are changing"),
    ),
    request_body = UpdateInterviewRequest,
    responses(
        (status = 200, description = "Updated", body = InterviewResponse, headers(("ETag" = String, description = "New version"))),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The remote reference is already used", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names an old version", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/interviews/{interview_id}")]
pub async fn update_interview(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
    body: Json<UpdateInterviewRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let changes = body.into_inner();
    let (scope, id) = (principal.visibility(), path.into_inner());
    let now = Utc::now();
    let row = state
        .db
        .run(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                let current = find_visible(conn, scope, id, true)?;
                check_version(expected, current.version)?;
                let input = InterviewInput::from_row(&current)?.apply(changes);
                let question_count = input.questions.len();
                let values = validate(input, now)?;
                // Gaffes point at questions by index: a shorter list must not leave any of them dangling.
                let dangling = gaffe::list_for_interview(conn, scope.0, id)?
                    .iter()
                    .any(|g| g.question_index.is_some_and(|i| i as usize >= question_count));
                if dangling {
                    return Err(ApiError::invalid(
                        "questions",
                        "a logged gaffe refers to a question this change removes; update or delete that gaffe first",
                    ));
                }
                interview::update(conn, scope.0, id, &values).map_err(remote_conflict)
            })
        })
        .await?;
    let response = InterviewResponse::try_from(row)?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response))
}

/// Delete an interview with its gaffes and plans.
///
/// Requires `interviews:write`. Honours `If-Match`.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version you are deleting"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names an old version", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/interviews/{interview_id}")]
pub async fn delete_interview(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let (scope, id) = (principal.visibility(), path.into_inner());
    state
        .db
        .run(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                let current = find_visible(conn, scope, id, true)?;
                check_version(expected, current.version)?;
                Ok(interview::delete(conn, scope.0, id)?)
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
