//! Insights across a candidate's interviews.

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
#[utoipa::path(
    tag = "insights",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("candidate_id" = Uuid, Path, description = "The candidate's id")),
    responses(
        (status = 200, description = "The insights", body = CandidateInsightsResponse),
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
    let insights = insights::for_candidate(
        &state.db,
        principal.visibility(),
        candidate_id,
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(insights))
}
