//! Gaffes: the concrete slips made in an interview.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::db::models::gaffe::{self, GaffeRow, GaffeValues};
use crate::db::models::{enum_text, interview, parse_enum, Visibility};
use crate::domain::{GaffeFacts, GaffeKind, Moment, Noticed};
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json};
use crate::routes::conditional::{check_version, etag, if_match};
use crate::routes::idempotency::{create_once, created_response, IdempotencyKey};
use crate::routes::interviews::{find_visible, InterviewResponse};
use crate::state::AppState;
use crate::validation::Validator;

/// A gaffe logged against an interview.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f91-3c4d-7e5f-8a6b-7c8d9e0f1a2b",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "category": "wrong_interviewer_name",
    "description": "Called the finance director Arnold twice; his name is Armin.",
    "noticed": "certain",
    "moment": "mid",
    "corrected_in_interview": false,
    "extenuating_circumstance": null,
    "question_index": null,
    "version": 1,
    "created_at": "2026-11-24T17:12:00Z",
    "updated_at": "2026-11-24T17:12:00Z"
}))]
pub struct GaffeResponse {
    pub id: Uuid,
    pub interview_id: Uuid,
    /// The gaffe kind; see `GET /v1/gaffe-categories`.
    pub category: GaffeKind,
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
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<GaffeRow> for GaffeResponse {
    type Error = ApiError;
    fn try_from(row: GaffeRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: row.id,
            interview_id: row.interview_id,
            category: parse_enum("gaffes.category", &row.category)?,
            description: row.description,
            noticed: parse_enum("gaffes.noticed", &row.noticed)?,
            moment: parse_enum("gaffes.moment", &row.moment)?,
            corrected_in_interview: row.corrected_in_interview,
            extenuating_circumstance: row.extenuating_circumstance,
            question_index: row.question_index.map(|i| i.max(0) as u32),
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

impl GaffeResponse {
    /// What the domain rules need to know about this gaffe.
    pub fn facts(&self) -> GaffeFacts {
        GaffeFacts {
            kind: self.category,
            description: self.description.clone(),
            noticed: self.noticed,
            moment: self.moment,
            corrected_in_interview: self.corrected_in_interview,
            extenuating_circumstance: self.extenuating_circumstance.clone(),
            question_index: self.question_index.map(|i| i as usize),
        }
    }
}

/// The gaffes of an interview, in the order they were logged.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": []}))]
pub struct GaffeList {
    pub data: Vec<GaffeResponse>,
}

/// Logs a gaffe.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "category": "salary_blank",
    "description": "Froze when asked for a number and said I had not thought about it.",
    "noticed": "certain",
    "moment": "closing",
    "question_index": 0
}))]
pub struct CreateGaffeRequest {
    pub category: GaffeKind,
    /// What happened, up to 1,000 characters.
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    /// Defaults to false.
    #[serde(default)]
    pub corrected_in_interview: bool,
    /// Up to 500 characters.
    pub extenuating_circumstance: Option<String>,
    /// 0-based index into the interview's `questions`.
    pub question_index: Option<u32>,
}

/// Changes a gaffe. Absent fields stay as they are; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"noticed": "likely", "corrected_in_interview": true}))]
pub struct UpdateGaffeRequest {
    pub category: Option<GaffeKind>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub description: Option<Option<String>>,
    pub noticed: Option<Noticed>,
    pub moment: Option<Moment>,
    pub corrected_in_interview: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub extenuating_circumstance: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<u32>)]
    pub question_index: Option<Option<u32>>,
}

impl CreateGaffeRequest {
    fn from_response(gaffe: &GaffeResponse) -> Self {
        Self {
            category: gaffe.category,
            description: gaffe.description.clone(),
            noticed: gaffe.noticed,
            moment: gaffe.moment,
            corrected_in_interview: gaffe.corrected_in_interview,
            extenuating_circumstance: gaffe.extenuating_circumstance.clone(),
            question_index: gaffe.question_index,
        }
    }

    fn apply(mut self, changes: UpdateGaffeRequest) -> Self {
        macro_rules! overlay {
            ($($field:ident),*) => { $(if let Some(value) = changes.$field { self.$field = value; })* };
        }
        overlay!(
            category,
            description,
            noticed,
            moment,
            corrected_in_interview,
            extenuating_circumstance,
            question_index
        );
        self
    }

    /// Validates the gaffe against an interview with `question_count` questions; `prefix` names the field's
    /// place in a larger body (`gaffes[2].`).
    pub fn validate(mut self, v: &mut Validator, prefix: &str, question_count: usize) -> Self {
        if let Some(text) = &self.description {
            self.description = Some(v.text(&format!("{prefix}description"), text, 0, 1000));
        }
        if let Some(text) = &self.extenuating_circumstance {
            self.extenuating_circumstance =
                Some(v.text(&format!("{prefix}extenuating_circumstance"), text, 1, 500));
        }
        if let Some(index) = self.question_index {
            v.check(
                (index as usize) < question_count,
                &format!("{prefix}question_index"),
                "must point at one of the interview's questions (0-based)",
            );
        }
        self
    }

    pub fn facts(&self) -> GaffeFacts {
        GaffeFacts {
            kind: self.category,
            description: self.description.clone(),
            noticed: self.noticed,
            moment: self.moment,
            corrected_in_interview: self.corrected_in_interview,
            extenuating_circumstance: self.extenuating_circumstance.clone(),
            question_index: self.question_index.map(|i| i as usize),
        }
    }

    fn values(&self) -> GaffeValues {
        GaffeValues {
            category: enum_text(&self.category),
            description: self.description.clone(),
            noticed: enum_text(&self.noticed),
            moment: enum_text(&self.moment),
            corrected_in_interview: self.corrected_in_interview,
            extenuating_circumstance: self.extenuating_circumstance.clone(),
            question_index: self.question_index.map(|i| i as i32),
        }
    }
}

/// Most gaffes one interview may have, as many as an assessment preview accepts.
pub const MAX_GAFFES_PER_INTERVIEW: usize = 50;

fn too_many_gaffes() -> ApiError {
    ApiError::Conflict {
        code: "too_many_gaffes",
        detail: format!(
            "An interview can have at most {MAX_GAFFES_PER_INTERVIEW} gaffes; update or delete one instead."
        ),
    }
}

fn gaffes_path(interview_id: Uuid) -> String {
    format!("/v1/interviews/{interview_id}/gaffes")
}

/// A visible interview with its gaffes: what assessments, plans and note reviews all start from. With `lock`, the
/// interview row stays locked until the transaction ends, so its gaffes cannot change meanwhile (gaffe writes lock
/// it too).
pub fn load_interview_with_gaffes(
    conn: &mut diesel::PgConnection,
    scope: Visibility,
    interview_id: Uuid,
    lock: bool,
) -> Result<(InterviewResponse, Vec<GaffeResponse>), ApiError> {
    let interview = InterviewResponse::try_from(find_visible(conn, scope, interview_id, lock)?)?;
    let gaffes = load_gaffes(conn, scope.0, interview_id)?;
    Ok((interview, gaffes))
}

/// The gaffes of a visible interview, as responses.
pub fn load_gaffes(
    conn: &mut diesel::PgConnection,
    workspace_id: Uuid,
    interview_id: Uuid,
) -> Result<Vec<GaffeResponse>, ApiError> {
    gaffe::list_for_interview(conn, workspace_id, interview_id)?
        .into_iter()
        .map(GaffeResponse::try_from)
        .collect()
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
        (status = 422, description = "Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/interviews/{interview_id}/gaffes")]
pub async fn create_gaffe(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
    body: Json<CreateGaffeRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let key = IdempotencyKey::from_request(&req, &principal)?;
    let (scope, interview_id) = (principal.visibility(), path.into_inner());
    let request = body.into_inner();
    let created = state
        .db
        .run(move |conn| {
            create_once(conn, key.as_ref(), |conn| {
                let parent =
                    InterviewResponse::try_from(find_visible(conn, scope, interview_id, true)?)?;
                let mut v = Validator::new();
                let request = request.validate(&mut v, "", parent.questions.len());
                v.finish()?;
                // The interview is locked above, so concurrent requests cannot both pass the check.
                let logged = gaffe::count_for_interview(conn, scope.0, interview_id)?;
                if logged >= MAX_GAFFES_PER_INTERVIEW as i64 {
                    return Err(too_many_gaffes());
                }
                let row = gaffe::insert(
                    conn,
                    Uuid::now_v7(),
                    scope.0,
                    interview_id,
                    &request.values(),
                )?;
                interview::touch(conn, scope.0, interview_id)?;
                GaffeResponse::try_from(row)
            })
        })
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
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (scope, interview_id) = (principal.visibility(), path.into_inner());
    let data = state
        .db
        .run(move |conn| {
            find_visible(conn, scope, interview_id, false)?;
            load_gaffes(conn, scope.0, interview_id)
        })
        .await?;
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
    principal: Principal,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let scope = principal.visibility();
    let (interview_id, gaffe_id) = path.into_inner();
    let row = state
        .db
        .run(move |conn| {
            find_visible(conn, scope, interview_id, false)?;
            gaffe::find(conn, scope.0, interview_id, gaffe_id, false)?
                .ok_or(ApiError::NotFound("gaffe"))
        })
        .await?;
    let response = GaffeResponse::try_from(row)?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response))
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
    )
)]
#[patch("/interviews/{interview_id}/gaffes/{gaffe_id}")]
pub async fn update_gaffe(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<UpdateGaffeRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let scope = principal.visibility();
    let (interview_id, gaffe_id) = path.into_inner();
    let changes = body.into_inner();
    let row = state
        .db
        .run(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                let parent =
                    InterviewResponse::try_from(find_visible(conn, scope, interview_id, true)?)?;
                let current = gaffe::find(conn, scope.0, interview_id, gaffe_id, true)?
                    .ok_or(ApiError::NotFound("gaffe"))?;
                check_version(expected, current.version)?;
                let mut v = Validator::new();
                let updated = CreateGaffeRequest::from_response(&GaffeResponse::try_from(current)?)
                    .apply(changes)
                    .validate(&mut v, "", parent.questions.len());
                v.finish()?;
                let row = gaffe::update(conn, scope.0, gaffe_id, &updated.values())?;
                interview::touch(conn, scope.0, interview_id)?;
                Ok(row)
            })
        })
        .await?;
    let response = GaffeResponse::try_from(row)?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response))
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
    principal: Principal,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match(&req)?;
    let scope = principal.visibility();
    let (interview_id, gaffe_id) = path.into_inner();
    state
        .db
        .run(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                find_visible(conn, scope, interview_id, true)?;
                let current = gaffe::find(conn, scope.0, interview_id, gaffe_id, true)?
                    .ok_or(ApiError::NotFound("gaffe"))?;
                check_version(expected, current.version)?;
                gaffe::delete(conn, scope.0, gaffe_id)?;
                interview::touch(conn, scope.0, interview_id)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
