//! Gaffes: the concrete slips made in an interview.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json, NoQuery, Query};
use crate::routes::conditional::{etag, if_match};
use crate::routes::idempotency::{created_response, idempotency_key};
use crate::routes::parts::{CorrectionDto, CreateGaffeRequest};
use crate::state::AppState;
use rebound_domain::bounded::{ExtenuatingCircumstance, GaffeDescription};
use rebound_domain::{GaffeKind, Moment, Noticed};
use rebound_service::auth::Scope;
use rebound_service::gaffes::{self, stored_correction, GaffeChanges, GaffeRow};

/// A gaffe logged against an interview.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f91-3c4d-7e5f-8a6b-7c8d9e0f1a2b",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "kind": "wrong_interviewer_name",
    "description": "Called the finance director Arnold twice; his name is Armin.",
    "noticed": "certain",
    "moment": "mid",
    "corrected_in_interview": false,
    "extenuating_circumstance": null,
    "question_index": null,
    "correction": null,
    "version": 1,
    "created_at": "2026-11-24T17:12:00Z",
    "updated_at": "2026-11-24T17:12:00Z"
}))]
pub struct GaffeResponse {
    pub id: Uuid,
    pub interview_id: Uuid,
    /// The gaffe kind; see `GET /v1/gaffe-kinds`.
    pub kind: GaffeKind,
    pub description: Option<String>,
    /// Did the interviewer notice? `certain`, `likely`, `unsure` or `unlikely`.
    pub noticed: Noticed,
    /// When it happened: `arrival`, `opening`, `mid`, `closing` or `after`.
    pub moment: Moment,
    /// Whether the candidate caught and corrected it during the interview.
    pub corrected_in_interview: bool,
    /// Something outside the candidate's control that contributed (a family emergency, say).
    pub extenuating_circumstance: Option<String>,
    /// The question (0-based index into the interview's `questions`) it happened on, if any.
    pub question_index: Option<u32>,
    /// For a factual error about the company: what was said and what is true.
    pub correction: Option<CorrectionDto>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<GaffeRow> for GaffeResponse {
    fn from(row: GaffeRow) -> Self {
        let correction = stored_correction(&row).map(CorrectionDto::from);
        Self {
            id: row.id,
            interview_id: row.interview_id,
            kind: row.kind,
            description: row.description,
            noticed: row.noticed,
            moment: row.moment,
            corrected_in_interview: row.corrected_in_interview,
            extenuating_circumstance: row.extenuating_circumstance,
            question_index: row.question_index.map(|i| i.max(0) as u32),
            correction,
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// The gaffes of an interview, in the order they were logged.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": []}))]
pub struct GaffeList {
    pub data: Vec<GaffeResponse>,
}

/// Changes a gaffe. Absent fields stay as they are; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"noticed": "likely", "corrected_in_interview": true}))]
pub struct UpdateGaffeRequest {
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub kind: Option<GaffeKind>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<GaffeDescription>)]
    pub description: Option<Option<GaffeDescription>>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub noticed: Option<Noticed>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub moment: Option<Moment>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub corrected_in_interview: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<ExtenuatingCircumstance>)]
    pub extenuating_circumstance: Option<Option<ExtenuatingCircumstance>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<u32>)]
    pub question_index: Option<Option<u32>>,
    /// What was said and what is true (factual errors only); `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<CorrectionDto>)]
    pub correction: Option<Option<CorrectionDto>>,
}

impl From<UpdateGaffeRequest> for GaffeChanges {
    fn from(r: UpdateGaffeRequest) -> Self {
        Self {
            kind: r.kind,
            description: r.description.map(|d| d.map(Into::into)),
            noticed: r.noticed,
            moment: r.moment,
            corrected_in_interview: r.corrected_in_interview,
            extenuating_circumstance: r.extenuating_circumstance.map(|e| e.map(Into::into)),
            question_index: r.question_index,
            correction: r.correction.map(|c| c.map(Into::into)),
        }
    }
}

fn gaffes_path(interview_id: Uuid) -> String {
    format!("/v1/interviews/{interview_id}/gaffes")
}

/// 200 with the gaffe and its `ETag`.
fn gaffe_ok(row: GaffeRow) -> HttpResponse {
    let response = GaffeResponse::from(row);
    HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response)
}

/// Log a gaffe.
///
/// Requires `interviews:write`. Changes the interview's version (its ETag) too. An interview can have at most 50
/// gaffes (409 `too_many_gaffes` beyond that). Send an `Idempotency-Key` header to make retries safe.
#[utoipa::path(
    tag = "gaffes",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry"),
    ),
    request_body = CreateGaffeRequest,
    responses(
        (status = 201, description = "Logged", body = GaffeResponse, headers(("ETag" = String, description = "Current version"))),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The interview already has 50 gaffes (`too_many_gaffes`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `correction` on a kind other than `factual_error_about_company`, a `question_index` past the interview's questions, an interview that has not taken place yet (`occurred_at`); or the Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "question_index", "message": "must point at one of the interview's questions (0-based)"}]})),
    )
)]
#[post("/interviews/{interview_id}/gaffes")]
pub async fn create_gaffe(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
    body: Json<CreateGaffeRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let key = idempotency_key(&req, &principal)?;
    let interview_id = path.into_inner();
    let created = gaffes::create(
        &state.db,
        principal.visibility(),
        interview_id,
        key,
        body.into_inner().into(),
        state.clock.now(),
        GaffeResponse::from,
    )
    .await?;
    Ok(created_response(created, &gaffes_path(interview_id)))
}

/// List an interview's gaffes, in the order they were logged.
///
/// Requires `interviews:read`. Interviews have few gaffes, so the list is not paged.
#[utoipa::path(
    tag = "gaffes",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("interview_id" = Uuid, Path, description = "The interview's id")),
    responses(
        (status = 200, description = "The gaffes", body = GaffeList),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews/{interview_id}/gaffes")]
pub async fn list_gaffes(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
    _query: Query<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let rows = gaffes::list(&state.db, principal.visibility(), path.into_inner()).await?;
    let data = rows.into_iter().map(GaffeResponse::from).collect();
    Ok(HttpResponse::Ok().json(GaffeList { data }))
}

/// Get one gaffe.
///
/// Requires `interviews:read`.
#[utoipa::path(
    tag = "gaffes",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("gaffe_id" = Uuid, Path, description = "The gaffe's id"),
    ),
    responses(
        (status = 200, description = "The gaffe", body = GaffeResponse, headers(("ETag" = String, description = "Current version"))),
        (status = 404, description = "No such interview or gaffe visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn get_gaffe(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (interview_id, gaffe_id) = path.into_inner();
    let row = gaffes::get(&state.db, principal.visibility(), interview_id, gaffe_id).await?;
    Ok(gaffe_ok(row))
}

/// Update a gaffe.
///
/// Requires `interviews:write`. Honours `If-Match` (412 when stale). Changes the interview's version too.
#[utoipa::path(
    tag = "gaffes",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("gaffe_id" = Uuid, Path, description = "The gaffe's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version you are changing"),
    ),
    request_body = UpdateGaffeRequest,
    responses(
        (status = 200, description = "Updated", body = GaffeResponse, headers(("ETag" = String, description = "New version"))),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview or gaffe visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names an old version", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `correction` on a kind other than `factual_error_about_company`, a `question_index` past the interview's questions", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "correction", "message": "only a factual_error_about_company gaffe takes a correction"}]})),
    )
)]
#[patch("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn update_gaffe(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<UpdateGaffeRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let (interview_id, gaffe_id) = path.into_inner();
    let row = gaffes::update(
        &state.db,
        principal.visibility(),
        interview_id,
        gaffe_id,
        expected,
        body.into_inner().into(),
        GaffeResponse::from,
    )
    .await?;
    Ok(gaffe_ok(row))
}

/// Delete a gaffe.
///
/// Requires `interviews:write`. Honours `If-Match`. Changes the interview's version too.
#[utoipa::path(
    tag = "gaffes",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("gaffe_id" = Uuid, Path, description = "The gaffe's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version you are deleting"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such interview or gaffe visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names an old version", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn delete_gaffe(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let (interview_id, gaffe_id) = path.into_inner();
    gaffes::delete(
        &state.db,
        principal.visibility(),
        interview_id,
        gaffe_id,
        expected,
        GaffeResponse::from,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
