//! Recovery plans: generated snapshots with dated, trackable steps.

use actix_web::http::header::{HeaderValue, CONTENT_LANGUAGE};
use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use rebound_domain::ids::{InterviewId, PlanId, StepId};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, OptionalJson, Query};
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::idempotency::{created_response, idempotency_key};
use crate::routes::pagination::PageParams;
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::note::NoteTone;
use rebound_domain::plan::StepStatus;
use rebound_service::auth::Scope;
use rebound_service::plans;
use rebound_views::plans::{PlanStepResponse, RecoveryPlanList, RecoveryPlanResponse};

/// Options for a new recovery plan. The whole body is optional: send none, an empty body or `{}` for the defaults.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"tone": "warm"}))]
pub struct CreateRecoveryPlanRequest {
    /// Register of the drafted follow-up note: `formal` (the default: full names, "Dear …") or `warm` (first names,
    /// "Hi …").
    pub tone: Option<NoteTone>,
}

/// Changes a step's status.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"status": "done"}))]
pub struct UpdateStepRequest {
    /// `pending`, `done` or `skipped`.
    pub status: StepStatus,
}

fn plans_path(interview_id: InterviewId) -> String {
    format!("/v1/interviews/{interview_id}/recovery-plans")
}

/// `Content-Language` for plans written in `locales`: each language once, in order of first appearance (a page
/// may hold plans written before and after the candidate's language changed); none for no plans. Each plan's own
/// `locale` is what says which language its texts are in.
fn with_content_language<'a>(
    mut response: HttpResponse,
    locales: impl IntoIterator<Item = &'a str>,
) -> HttpResponse {
    let mut tags: Vec<&str> = Vec::new();
    for tag in locales {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if let Ok(value) = HeaderValue::from_str(&tags.join(", ")) {
        if !tags.is_empty() {
            response.headers_mut().insert(CONTENT_LANGUAGE, value);
        }
    }
    response
}

/// Generate a recovery plan.
///
/// Requires `plans:write`. Assesses the interview as it is now and applies the six-step recovery rules: a
/// cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was surely noticed
/// and adds a forgotten experience (drafted, using the logged interviewer names), a reference tip-off, a
/// second-interview request as a last resort (only when `employer_interest` is `strong`), and lessons for next time.
/// The interview's `outcome` picks the path: after a rejection or a withdrawal, a gracious reply that keeps the door
/// open and lessons, with no damage control; after an advance or an offer, a plain thank-you and preparation for
/// what comes next; and a good interview (damage about 0) gets a thank-you, a note of what went well and
/// preparation for the next round. Step kinds left out are listed in `omitted` with the reason. The plan, its steps and
/// lessons are stored together as a snapshot; generating again after the interview or its gaffes change makes a new
/// plan, and older plans stay readable. Every text is written in the candidate's `locale` (`en` or `fr-CA`), kept
/// with the plan as its `locale` and sent as `Content-Language`. The body is optional. Send an `Idempotency-Key`
/// header to make retries safe.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["plans:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry"),
    ),
    request_body(content = Option<CreateRecoveryPlanRequest>, description = "Optional; omit it (or send `{}`) for a formal note"),
    responses(
        (status = 201, description = "Generated and stored, in the candidate's `locale`", body = RecoveryPlanResponse, headers(("Location" = String, description = "The new plan"), ("Content-Language" = String, description = "The plan's `locale`: `en` or `fr-CA`"))),
        InvalidFields,
        NotVisible,
        (status = 415, description = "A body was sent that is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The interview cannot be planned for yet (`errors[]` names `occurred_at` when it has not taken place yet, `self_rating` when it is not rated yet), or the Idempotency-Key was reused with a different request", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "occurred_at", "message": "the interview has not taken place yet: it can be assessed, planned for and have gaffes once it has"}]})),
    )
)]
#[post("/interviews/{interview_id}/recovery-plans")]
pub async fn create_recovery_plan(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
    body: OptionalJson<CreateRecoveryPlanRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::PlansWrite)?;
    let tone = body.into_inner().and_then(|b| b.tone).unwrap_or_default();
    let key = idempotency_key(&req, &principal)?;
    let interview_id = path.into_inner();
    let created = plans::create(
        &state.db,
        principal.visibility(),
        interview_id,
        key,
        tone,
        state.clock.now(),
    )
    .await?;
    let locale = created.head.locale.clone();
    Ok(with_content_language(
        created_response(created, &plans_path(interview_id)),
        locale.as_deref(),
    ))
}

/// List an interview's recovery plans, newest first.
///
/// Requires `interviews:read`. Every plan ever generated for the interview, each as it was made.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("interview_id" = Uuid, Path, description = "The interview's id"), PageParams),
    responses(
        (status = 200, description = "A page of plans", body = RecoveryPlanList, headers(("Content-Language" = String, description = "The `locale` of the page's plans, each once (`en`, `fr-CA`, or `en, fr-CA` when the candidate's language changed between plans); absent on an empty page"))),
        InvalidPage,
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/recovery-plans")]
pub async fn list_recovery_plans(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
    params: Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let interview_id = path.into_inner();
    let page = params.validate::<Uuid>(
        &format!("recovery-plans/{interview_id}"),
        principal.workspace_id,
    )?;
    let listed = plans::list(
        &state.db,
        principal.visibility(),
        interview_id,
        page.after,
        page.fetch_limit(),
    )
    .await?;
    let page = page.page(listed, |plan| plan.id.into());
    let locales: Vec<String> = page.data.iter().map(|p| p.locale.clone()).collect();
    Ok(with_content_language(
        HttpResponse::Ok().json(page),
        locales.iter().map(String::as_str),
    ))
}

/// Get a recovery plan.
///
/// Requires `interviews:read`. The plan as it was generated, with the steps' current statuses, in the language it
/// was written in (`locale`, also sent as `Content-Language`), whatever the candidate's language is now.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
    ),
    responses(
        (status = 200, description = "The plan", body = RecoveryPlanResponse, headers(("Content-Language" = String, description = "The plan's `locale`: `en` or `fr-CA`"))),
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/recovery-plans/{plan_id}")]
pub async fn get_recovery_plan(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, PlanId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (interview_id, plan_id) = path.into_inner();
    let plan = plans::get(&state.db, principal.visibility(), interview_id, plan_id).await?;
    let locale = plan.locale.clone();
    Ok(with_content_language(
        HttpResponse::Ok().json(plan),
        [locale.as_str()],
    ))
}

/// Update a plan step's status.
///
/// Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match` with the
/// step's ETag (412 when stale); the step's version increases with every change.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["plans:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
        ("step_id" = Uuid, Path, description = "The step's id"),
        IfMatch,
    ),
    request_body = UpdateStepRequest,
    responses(
        (status = 200, description = "Updated", body = PlanStepResponse, headers(("ETag" = String, description = "The step's new version"))),
        InvalidFields,
        NotVisible,
        StaleVersion,
    )
)]
#[patch("/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}")]
pub async fn update_plan_step(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, PlanId, StepId)>,
    body: Json<UpdateStepRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::PlansWrite)?;
    let expected = if_match.version()?;
    let (interview_id, plan_id, step_id) = path.into_inner();
    let step = plans::update_step(
        &state.db,
        principal.visibility(),
        interview_id,
        plan_id,
        step_id,
        expected,
        body.into_inner().status,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(step.version))
        .json(step))
}
