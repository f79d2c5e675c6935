//! Candidates: the job seekers whose interviews are logged.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use rebound_domain::ids::{CandidateId, UserId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{nullable, Json, Query};
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::idempotency::{created_response, idempotency_key};
use crate::routes::pagination::PageParams;
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::bounded::{CandidateNotes, DisplayName, EmailAddress, ExternalId};
use rebound_service::auth::Scope;
use rebound_service::candidates::{self, CandidateInput, CandidateUpdate};
use rebound_views::candidates::{CandidateList, CandidateResponse};

/// Creates a candidate.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": "acme-user-48213", "time_zone": "America/New_York", "locale": "en"}))]
pub struct CreateCandidateRequest {
    /// 1–100 characters.
    pub display_name: DisplayName,
    pub email: Option<EmailAddress>,
    /// Your own id for this person (1–200 characters), unique within the workspace.
    pub external_id: Option<ExternalId>,
    /// A candidate-role user of this workspace to link, so they can see their own record (any other id is a 422
    /// naming `user_id`).
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<UserId>,
    /// Up to 5,000 characters.
    pub notes: Option<CandidateNotes>,
    /// An IANA time zone name ("America/New_York", "Europe/London"): recovery plans say times in it. A name the tz
    /// database does not know is a 422 naming `time_zone`.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    /// The language the candidate's recovery plans are written in: `en` or `fr-CA`, any case (`fr-ca` is
    /// `fr-CA`). Absent: the workspace's `locale`. Anything else (`fr` included) is a 422 naming `locale`.
    #[schema(value_type = Option<rebound_views::locales::LocaleTag>)]
    pub locale: Option<String>,
}

/// Changes a candidate. Absent fields stay as they are; `null` clears a field.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"notes": "Now also open to FP&A roles.", "email": null}))]
pub struct UpdateCandidateRequest {
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub display_name: Option<DisplayName>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<EmailAddress>)]
    pub email: Option<Option<EmailAddress>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<ExternalId>)]
    pub external_id: Option<Option<ExternalId>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<Option<UserId>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<CandidateNotes>)]
    pub notes: Option<Option<CandidateNotes>>,
    /// An IANA time zone name; `null` clears it (plans then say times in UTC).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, example = "Europe/London")]
    pub time_zone: Option<Option<String>>,
    /// `en` or `fr-CA` (any case); not `null`. Plans made from then on are written in it; stored plans keep theirs.
    #[schema(value_type = Option<rebound_views::locales::LocaleTag>, nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub locale: Option<String>,
}

/// Filters and paging of the candidate list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CandidateListParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    /// Only the candidate with this `external_id` (how an integrator finds its user's record).
    pub external_id: Option<String>,
    /// Sync: only candidates changed at or after this time (RFC 3339, bound included), **oldest change first**;
    /// a first poll's start. Keep the page's `changes_cursor` and pass it as `changes_after` from then on;
    /// deletions come from the `candidate.deleted` event.
    pub updated_after: Option<DateTime<Utc>>,
    /// Sync: `changes_cursor` of the previous page or poll; the list is then in change order, oldest first (see
    /// "Sync" in the docs' conventions page). Empty to start from the first change.
    pub changes_after: Option<String>,
}

impl From<CreateCandidateRequest> for CandidateInput {
    fn from(r: CreateCandidateRequest) -> Self {
        Self {
            display_name: r.display_name.into(),
            email: r.email.map(Into::into),
            external_id: r.external_id.map(Into::into),
            user_id: r.user_id,
            notes: r.notes.map(Into::into),
            time_zone: r.time_zone,
            locale: r.locale,
        }
    }
}

impl From<UpdateCandidateRequest> for CandidateUpdate {
    fn from(r: UpdateCandidateRequest) -> Self {
        Self {
            display_name: r.display_name.map(Into::into),
            email: r.email.map(|e| e.map(Into::into)),
            external_id: r.external_id.map(|e| e.map(Into::into)),
            user_id: r.user_id,
            notes: r.notes.map(|n| n.map(Into::into)),
            time_zone: r.time_zone,
            locale: r.locale,
        }
    }
}

/// 200 with the candidate and its `ETag`.
fn candidate_ok(candidate: CandidateResponse) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(etag(candidate.version))
        .json(candidate)
}

/// Create a candidate.
///
/// Requires `interviews:write`; candidate users cannot create records. Send an `Idempotency-Key` header to make
/// retries safe: a repeated request returns the first response (with `Idempotent-Replayed: true`).
#[utoipa::path(
    tag = "candidates",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry")),
    request_body = CreateCandidateRequest,
    responses(
        (status = 201, description = "Created", body = CandidateResponse),
        InvalidFields,
        (status = 403, description = "Missing scope, or a candidate user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "external_id or user already taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `time_zone` the tz database does not know, a `locale` other than `en` or `fr-CA`, a `user_id` that is not a candidate user of this workspace; or the Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "time_zone", "message": "must be an IANA time zone name such as Europe/London or America/New_York"}]})),
    )
)]
#[post("/candidates")]
pub async fn create_candidate(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<CreateCandidateRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let key = idempotency_key(&req, &principal)?;
    let created = candidates::create(
        &state.db,
        principal.visibility(),
        key,
        body.into_inner().into(),
    )
    .await?;
    Ok(created_response(created, "/v1/candidates"))
}

/// List candidates, newest first; or sync their changes, oldest change first.
///
/// Requires `interviews:read`. Candidate users see only their own record. With `updated_after` or `changes_after`
/// the list is in its sync form: changes in the order they committed, each page with a `changes_cursor` to pass as
/// `changes_after` next; no change committed late is ever skipped.
#[utoipa::path(
    tag = "candidates",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(CandidateListParams),
    responses(
        (status = 200, description = "A page of candidates", body = CandidateList),
        InvalidPage,
    )
)]
#[get("/candidates")]
pub async fn list_candidates(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    params: Query<CandidateListParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let params = params.into_inner();
    let paging = PageParams {
        limit: params.limit,
        cursor: params.cursor,
    };
    if params.updated_after.is_some() || params.changes_after.is_some() {
        // A sync page and a newest-first page are different lists: their cursors are not interchangeable.
        let sync = paging.validate_sync(
            params.changes_after,
            crate::api_version::updated_after_bound(&req, &principal.0, params.updated_after),
            "candidates:changes",
            principal.workspace_id,
        )?;
        let listed = candidates::list_changed(
            &state.db,
            principal.visibility(),
            params.external_id,
            sync.from,
            sync.fetch_limit(),
        )
        .await?;
        Ok(sync.respond(listed))
    } else {
        let page = paging.validate::<Uuid>("candidates", principal.workspace_id)?;
        let listed = candidates::list(
            &state.db,
            principal.visibility(),
            params.external_id,
            page.after,
            page.fetch_limit(),
        )
        .await?;
        Ok(page.respond(listed, |candidate| candidate.id.into()))
    }
}

/// Get a candidate.
///
/// Requires `interviews:read`. Another workspace's id (or, for a candidate user, anyone else's) is a 404.
#[utoipa::path(
    tag = "candidates",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("candidate_id" = Uuid, Path, description = "The candidate's id")),
    responses(
        (status = 200, description = "The candidate", body = CandidateResponse, headers(("ETag" = String, description = "Current version"))),
        NotVisible,
    )
)]
#[get("/candidates/{candidate_id}")]
pub async fn get_candidate(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CandidateId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let candidate = candidates::get(&state.db, principal.visibility(), path.into_inner()).await?;
    Ok(candidate_ok(candidate))
}

/// Update a candidate.
///
/// Requires `interviews:write`. Send `If-Match` with the ETag you read to avoid overwriting someone else's change
/// (412 when it is stale). Candidate users may edit their own record but not its links (`user_id`, `external_id`).
#[utoipa::path(
    tag = "candidates",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("candidate_id" = Uuid, Path, description = "The candidate's id"),
        IfMatch,
    ),
    request_body = UpdateCandidateRequest,
    responses(
        (status = 200, description = "Updated", body = CandidateResponse, headers(("ETag" = String, description = "New version"))),
        InvalidFields,
        NotVisible,
        (status = 409, description = "external_id or user already taken", body = Problem, content_type = "application/problem+json"),
        StaleVersion,
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a `time_zone` the tz database does not know, a `locale` other than `en` or `fr-CA`, a `user_id` that is not a candidate user of this workspace", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "user_id", "message": "must be the id of a candidate user in this workspace"}]})),
    )
)]
#[patch("/candidates/{candidate_id}")]
pub async fn update_candidate(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CandidateId>,
    body: Json<UpdateCandidateRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    let candidate = candidates::update(
        &state.db,
        principal.visibility(),
        path.into_inner(),
        expected,
        body.into_inner().into(),
    )
    .await?;
    Ok(candidate_ok(candidate))
}

/// Delete a candidate with all their interviews, gaffes and plans.
///
/// What Merge imports remembered about the person (their Merge candidate record, applications carrying it) is
/// deleted too. Requires `interviews:write`; candidate users cannot delete. Honours `If-Match`.
#[utoipa::path(
    tag = "candidates",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("candidate_id" = Uuid, Path, description = "The candidate's id"),
        IfMatch,
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Missing scope, or a candidate user", body = Problem, content_type = "application/problem+json"),
        NotVisible,
        StaleVersion,
    )
)]
#[delete("/candidates/{candidate_id}")]
pub async fn delete_candidate(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CandidateId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let expected = if_match.version()?;
    candidates::delete(
        &state.db,
        principal.visibility(),
        path.into_inner(),
        expected,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
