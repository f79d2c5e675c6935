//! Interviews: what happened, with whom, how it went and how it felt.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, FixedOffset, Utc};
use rebound_domain::ids::{CandidateId, InterviewId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json, Query};
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::idempotency::{created_response, idempotency_key};
use crate::routes::limits;
use crate::routes::pagination::PageParams;
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::bounded::{CompanyName, InterviewNotes, RoleTitle, Strength};
use rebound_domain::{EmployerInterest, Format, Outcome, Stage};
use rebound_service::auth::Scope;
use rebound_service::interviews::{
    self, InterviewChanges, InterviewFilter, InterviewInput, MAX_INTERVIEWERS, MAX_QUESTIONS,
    MAX_STRENGTHS,
};
use rebound_views::interviews::{InterviewList, InterviewResponse};
use rebound_views::parts::{InterviewerDto, QuestionDto, RemoteReference};

/// Logs an interview.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "company": "Harbor & Finch Capital",
    "role_title": "Senior Financial Analyst",
    "stage": "final",
    "format": "onsite",
    "occurred_at": "2026-11-24T09:00:00-05:00",
    "duration_minutes": 60,
    "interviewers": [{"name": "Armin Vogel", "title": "Finance Director"}],
    "questions": [{"question": "What are your salary expectations?", "quality": "blanked"}],
    "strengths": ["Walked through the variance analysis case cleanly"],
    "self_rating": 2,
    "employer_interest": "strong"
}))]
pub struct CreateInterviewRequest {
    /// The candidate who was interviewed.
    #[schema(value_type = Uuid)]
    pub candidate_id: CandidateId,
    /// 1–200 characters.
    pub company: CompanyName,
    /// 1–200 characters.
    pub role_title: RoleTitle,
    pub stage: Stage,
    pub format: Format,
    /// When it started (RFC 3339): within the last 20 years and at most a year ahead (a range relative to now, so
    /// the schema cannot state it; outside it is a 422). An interview still ahead is a scheduled one: it is stored
    /// and listed, and can be assessed, planned for and have gaffes once it has taken place (until then those answer
    /// 422 naming `occurred_at`). Send it with the local offset (`2026-11-24T09:00:00-05:00`): it is
    /// kept and `occurred_at` is returned with it.
    #[schema(example = "2026-11-24T09:00:00-05:00")]
    pub occurred_at: DateTime<FixedOffset>,
    /// An IANA time zone name ("America/New_York") for an interview that took place outside the candidate's own
    /// zone: recovery plans for it say times in this zone instead of the candidate's. A name the tz database does not know is a 422
    /// naming `time_zone`.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    #[schema(schema_with = limits::duration_minutes)]
    pub duration_minutes: Option<u32>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<InterviewerDto, MAX_INTERVIEWERS>)]
    pub interviewers: Vec<InterviewerDto>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<QuestionDto, MAX_QUESTIONS>)]
    pub questions: Vec<QuestionDto>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<Strength, MAX_STRENGTHS>)]
    pub strengths: Vec<Strength>,
    #[schema(schema_with = limits::self_rating)]
    pub self_rating: i64,
    /// Defaults to `pending`.
    pub outcome: Option<Outcome>,
    /// How interested the employer seemed before anything went wrong, judged from what they said and did (told you
    /// were a front-runner, fast-tracked you, a recruiter's feedback): `strong`, `neutral`, `weak` or `unknown`.
    /// Defaults to `unknown`. The recovery plan suggests asking for a second interview only when it is `strong`.
    pub employer_interest: Option<EmployerInterest>,
    /// Up to 5,000 characters.
    pub notes: Option<InterviewNotes>,
    pub remote: Option<RemoteReference>,
}

/// Changes an interview. Absent fields stay as they are; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"outcome": "advanced", "self_rating": 3, "employer_interest": "strong"}))]
pub struct UpdateInterviewRequest {
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub company: Option<CompanyName>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub role_title: Option<RoleTitle>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub stage: Option<Stage>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub format: Option<Format>,
    /// RFC 3339; its offset is kept, as when logging.
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub occurred_at: Option<DateTime<FixedOffset>>,
    /// An IANA time zone name; `null` clears it (plans then use the candidate's zone).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, example = "Europe/London")]
    pub time_zone: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(schema_with = limits::duration_minutes)]
    pub duration_minutes: Option<Option<u32>>,
    #[schema(schema_with = limits::up_to::<InterviewerDto, MAX_INTERVIEWERS>)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub interviewers: Option<Vec<InterviewerDto>>,
    #[schema(schema_with = limits::up_to::<QuestionDto, MAX_QUESTIONS>)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub questions: Option<Vec<QuestionDto>>,
    #[schema(schema_with = limits::up_to::<Strength, MAX_STRENGTHS>)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub strengths: Option<Vec<Strength>>,
    #[schema(schema_with = limits::self_rating)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub self_rating: Option<i64>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub outcome: Option<Outcome>,
    /// `strong`, `neutral`, `weak` or `unknown`; see the field of the same name when logging an interview.
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub employer_interest: Option<EmployerInterest>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<InterviewNotes>)]
    pub notes: Option<Option<InterviewNotes>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<RemoteReference>)]
    pub remote: Option<Option<RemoteReference>>,
}

/// Filters and paging of the interview list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InterviewListParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    #[param(value_type = Option<Uuid>)]
    pub candidate_id: Option<CandidateId>,
    /// Exact company name, case-insensitive.
    pub company: Option<String>,
    #[param(inline)]
    pub stage: Option<Stage>,
    #[param(inline)]
    pub outcome: Option<Outcome>,
    /// Only interviews that took place at or after this time (RFC 3339): like every `_after` filter, it includes
    /// its bound.
    pub occurred_after: Option<DateTime<Utc>>,
    /// Only interviews before this time (RFC 3339): like every `_before` filter, it excludes its bound; at or before
    /// `occurred_after`, the page is empty.
    pub occurred_before: Option<DateTime<Utc>>,
    /// With `remote_id`: find the interview an ATS record maps to.
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
    /// Sync: only interviews changed at or after this time (RFC 3339, bound included), **oldest change first**;
    /// a first poll's start. Keep the page's `changes_cursor` and pass it as `changes_after` from then on;
    /// deletions come from the `interview.deleted` event.
    pub updated_after: Option<DateTime<Utc>>,
    /// Sync: `changes_cursor` of the previous page or poll; the list is then in change order, oldest first (see
    /// "Sync" in the docs' conventions page). Empty to start from the first change.
    pub changes_after: Option<String>,
}

impl From<CreateInterviewRequest> for InterviewInput {
    fn from(r: CreateInterviewRequest) -> Self {
        Self {
            candidate_id: r.candidate_id,
            company: r.company.into(),
            role_title: r.role_title.into(),
            stage: r.stage,
            format: r.format,
            occurred_at: r.occurred_at.with_timezone(&Utc),
            occurred_at_offset_minutes: Some(offset_minutes(&r.occurred_at)),
            time_zone: r.time_zone,
            duration_minutes: r.duration_minutes,
            interviewers: r.interviewers.into_iter().map(Into::into).collect(),
            questions: r.questions.into_iter().map(Into::into).collect(),
            strengths: r.strengths.into_iter().map(Into::into).collect(),
            self_rating: Some(r.self_rating),
            outcome: r.outcome.unwrap_or(Outcome::Pending),
            employer_interest: r.employer_interest.unwrap_or_default(),
            notes: r.notes.map(Into::into),
            remote: r.remote.map(Into::into),
        }
    }
}

impl From<UpdateInterviewRequest> for InterviewChanges {
    fn from(r: UpdateInterviewRequest) -> Self {
        Self {
            company: r.company.map(Into::into),
            role_title: r.role_title.map(Into::into),
            stage: r.stage,
            format: r.format,
            occurred_at: r.occurred_at.map(|at| at.with_timezone(&Utc)),
            occurred_at_offset_minutes: r.occurred_at.map(|at| Some(offset_minutes(&at))),
            time_zone: r.time_zone,
            duration_minutes: r.duration_minutes,
            interviewers: r
                .interviewers
                .map(|list| list.into_iter().map(Into::into).collect()),
            questions: r
                .questions
                .map(|list| list.into_iter().map(Into::into).collect()),
            strengths: r
                .strengths
                .map(|list| list.into_iter().map(Into::into).collect()),
            self_rating: r.self_rating,
            outcome: r.outcome,
            employer_interest: r.employer_interest,
            notes: r.notes.map(|notes| notes.map(Into::into)),
            remote: r.remote.map(|remote| remote.map(Into::into)),
        }
    }
}

/// The UTC offset of a time sent by the client, in minutes (RFC 3339 offsets are under a day, so it fits).
fn offset_minutes(at: &DateTime<FixedOffset>) -> i16 {
    (at.offset().local_minus_utc() / 60) as i16
}

/// 200 with the interview and its `ETag`.
fn interview_ok(interview: InterviewResponse) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(etag(interview.version))
        .json(interview)
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
        InvalidFields,
        (status = 404, description = "No such candidate visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The remote reference is already used (`remote_reference_taken`): `existing` names the interview holding it and `Location` points at it, unless that interview belongs to another candidate than a candidate user's own", body = Problem, content_type = "application/problem+json",
            headers(("Location" = String, description = "The path of the interview holding the remote reference")),
            example = json!({"type": "https://rebound.dev/problems/remote_reference_taken", "title": "Conflict", "status": 409, "detail": "Another interview in this workspace already has this remote source and remote_id.", "code": "remote_reference_taken", "existing": {"id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "location": "/v1/interviews/01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"}})),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `time_zone` the tz database does not know, an `occurred_at` more than 20 years ago or more than a year ahead; or the Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "occurred_at", "message": "must be within the last 20 years"}]})),
    )
)]
#[post("/interviews")]
pub async fn create_interview(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<CreateInterviewRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let key = idempotency_key(&req, &principal)?;
    let created = interviews::create(
        &state.db,
        principal.visibility(),
        key,
        body.into_inner().into(),
        state.clock.now(),
    )
    .await?;
    Ok(created_response(created, "/v1/interviews"))
}

/// List interviews, newest first; or sync their changes, oldest change first.
///
/// Requires `interviews:read`. Filters combine; paging stays stable while interviews are added concurrently.
/// Candidate users see only their own interviews. With `updated_after` or `changes_after` the list is in its sync
/// form: changes in the order they committed, each page with a `changes_cursor` to pass as `changes_after` next;
/// no change committed late is ever skipped.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(InterviewListParams),
    responses(
        (status = 200, description = "A page of interviews", body = InterviewList),
        InvalidPage,
    )
)]
#[get("/interviews")]
pub async fn list_interviews(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    params: Query<InterviewListParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let params = params.into_inner();
    let paging = PageParams {
        limit: params.limit,
        cursor: params.cursor,
    };
    let filter = InterviewFilter {
        candidate_id: params.candidate_id,
        company: params.company.map(|c| c.trim().to_string()),
        stage: params.stage,
        outcome: params.outcome,
        occurred_after: params.occurred_after,
        occurred_before: params.occurred_before,
        remote_source: params.remote_source,
        remote_id: params.remote_id,
    };
    if params.updated_after.is_some() || params.changes_after.is_some() {
        // A sync page and a newest-first page are different lists: their cursors are not interchangeable.
        let sync = paging.validate_sync(
            params.changes_after,
            crate::api_version::updated_after_bound(&req, &principal.0, params.updated_after),
            "interviews:changes",
            principal.workspace_id,
        )?;
        let listed = interviews::list_changes(
            &state.db,
            principal.visibility(),
            filter,
            sync.from,
            sync.fetch_limit(),
        )
        .await?;
        return Ok(sync.respond(listed));
    }
    let page = paging.validate::<(DateTime<Utc>, Uuid)>("interviews", principal.workspace_id)?;
    let listed = interviews::list(
        &state.db,
        principal.visibility(),
        filter.clone(),
        page.after,
        page.fetch_limit(),
    )
    .await?;
    Ok(page.respond(listed, |interview| filter.page_key(interview)))
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
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}")]
pub async fn get_interview(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let interview = interviews::get(&state.db, principal.visibility(), path.into_inner()).await?;
    Ok(interview_ok(interview))
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
        IfMatch,
    ),
    request_body = UpdateInterviewRequest,
    responses(
        (status = 200, description = "Updated", body = InterviewResponse, headers(("ETag" = String, description = "New version"))),
        InvalidFields,
        NotVisible,
        (status = 409, description = "The remote reference is already used (`remote_reference_taken`): `existing` names the interview holding it and `Location` points at it, unless that interview belongs to another candidate than a candidate user's own", body = Problem, content_type = "application/problem+json",
            headers(("Location" = String, description = "The path of the interview holding the remote reference")),
            example = json!({"type": "https://rebound.dev/problems/remote_reference_taken", "title": "Conflict", "status": 409, "detail": "Another interview in this workspace already has this remote source and remote_id.", "code": "remote_reference_taken", "existing": {"id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "location": "/v1/interviews/01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"}})),
        StaleVersion,
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `time_zone` the tz database does not know, an `occurred_at` more than 20 years ago or more than a year ahead, `questions` that would drop one a logged gaffe points at", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "time_zone", "message": "must be an IANA time zone name such as Europe/London or America/New_York"}]})),
    )
)]
#[patch("/interviews/{interview_id}")]
pub async fn update_interview(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
    body: Json<UpdateInterviewRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    let interview = interviews::update(
        &state.db,
        principal.visibility(),
        path.into_inner(),
        expected,
        body.into_inner().into(),
        state.clock.now(),
    )
    .await?;
    Ok(interview_ok(interview))
}

/// Delete an interview with its gaffes and plans.
///
/// Requires `interviews:write`. Honours `If-Match`.
#[utoipa::path(
    tag = "interviews",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        IfMatch,
    ),
    responses(
        (status = 204, description = "Deleted"),
        NotVisible,
        StaleVersion,
    )
)]
#[delete("/interviews/{interview_id}")]
pub async fn delete_interview(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    interviews::delete(
        &state.db,
        principal.visibility(),
        path.into_inner(),
        expected,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
