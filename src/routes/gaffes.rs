//! Gaffes: the concrete slips made in an interview.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use rebound_domain::ids::{GaffeId, InterviewId};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json, NoQuery, Query};
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::idempotency::{created_response, idempotency_key};
use crate::routes::parts::CreateGaffeRequest;
use crate::routes::responses::{InvalidFields, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::bounded::{ExtenuatingCircumstance, GaffeDescription};
use rebound_domain::{GaffeKind, Moment, Noticed};
use rebound_service::auth::Scope;
use rebound_service::gaffes::{self, GaffeChanges};
use rebound_views::gaffes::{GaffeList, GaffeResponse};
use rebound_views::parts::CorrectionDto;

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

fn gaffes_path(interview_id: InterviewId) -> String {
    format!("/v1/interviews/{interview_id}/gaffes")
}

/// 200 with the gaffe and its `ETag`.
fn gaffe_ok(gaffe: GaffeResponse) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(etag(gaffe.version))
        .json(gaffe)
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
        InvalidFields,
        NotVisible,
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
    path: web::Path<InterviewId>,
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
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/gaffes")]
pub async fn list_gaffes(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
    _query: Query<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let listed = gaffes::list(&state.db, principal.visibility(), path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(listed))
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
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn get_gaffe(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, GaffeId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (interview_id, gaffe_id) = path.into_inner();
    let gaffe = gaffes::get(&state.db, principal.visibility(), interview_id, gaffe_id).await?;
    Ok(gaffe_ok(gaffe))
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
        IfMatch,
    ),
    request_body = UpdateGaffeRequest,
    responses(
        (status = 200, description = "Updated", body = GaffeResponse, headers(("ETag" = String, description = "New version"))),
        InvalidFields,
        NotVisible,
        StaleVersion,
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `correction` on a kind other than `factual_error_about_company`, a `question_index` past the interview's questions", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "correction", "message": "only a factual_error_about_company gaffe takes a correction"}]})),
    )
)]
#[patch("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn update_gaffe(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, GaffeId)>,
    body: Json<UpdateGaffeRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    let (interview_id, gaffe_id) = path.into_inner();
    let gaffe = gaffes::update(
        &state.db,
        principal.visibility(),
        interview_id,
        gaffe_id,
        expected,
        body.into_inner().into(),
    )
    .await?;
    Ok(gaffe_ok(gaffe))
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
        IfMatch,
    ),
    responses(
        (status = 204, description = "Deleted"),
        NotVisible,
        StaleVersion,
    )
)]
#[delete("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn delete_gaffe(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, GaffeId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    let (interview_id, gaffe_id) = path.into_inner();
    gaffes::delete(
        &state.db,
        principal.visibility(),
        interview_id,
        gaffe_id,
        expected,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
