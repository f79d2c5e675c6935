//! Insights across a candidate's interviews.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use rebound_domain::ids::CandidateId;

use crate::bearer::Authenticated;
use crate::error::ApiError;
use crate::routes::responses::NotVisible;
use crate::state::AppState;
use rebound_service::auth::Scope;
use rebound_service::insights;
use rebound_views::insights::CandidateInsightsResponse;

/// Get insights across a candidate's interviews.
///
/// Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds that keep
/// coming back (logged in two or more interviews), the damage score of each interview over time (oldest first, from
/// the current scoring model), how the candidate's own ratings compare with the evidence on average, and a prep
/// checklist for the next interview built from the lessons of each interview's newest recovery plan.
///
/// The texts (`summary`, `self_rating.note`, each checklist item's `prevention`) are in the candidate's `locale`
/// (`en` or `fr-CA`), sent as `Content-Language`: a checklist item takes the newest lesson written in that language,
/// or the catalogue's advice in it when the plans that gave it were written before the candidate changed language.
#[utoipa::path(
    tag = "insights",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("candidate_id" = Uuid, Path, description = "The candidate's id")),
    responses(
        (status = 200, description = "The insights, in the candidate's `locale`", body = CandidateInsightsResponse, headers(("Content-Language" = String, description = "The candidate's `locale`: `en` or `fr-CA`"))),
        NotVisible,
    )
)]
#[get("/candidates/{candidate_id}/insights")]
pub async fn get_candidate_insights(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CandidateId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let candidate_id = path.into_inner();
    let (insights, locale) = insights::for_candidate(
        &state.db,
        principal.visibility(),
        candidate_id,
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_LANGUAGE, locale.tag()))
        .json(insights))
}
