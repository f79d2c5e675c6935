//! Insights across a candidate's interviews.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::domain::insights::CandidateInsights;
use crate::error::{ApiError, Problem};
use crate::service::insights;
use crate::state::AppState;

/// Insights across a candidate's interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "interviews_considered": 2,
    "recurring_gaffes": [
        {
            "kind": "salary_blank",
            "count": 2,
            "interviews": 2
        }
    ],
    "damage_trend": [
        {
            "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
            "occurred_at": "2026-11-10T14:00:00Z",
            "company": "Harbor & Finch Capital",
            "damage_score": 48,
            "band": "recoverable"
        },
        {
            "interview_id": "01936f95-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
            "occurred_at": "2026-11-24T09:30:00Z",
            "company": "Northwind Capital",
            "damage_score": 21,
            "band": "minor"
        }
    ],
    "self_rating": {
        "average_self_rating": 1.5,
        "average_evidence_rating": 3.0,
        "verdict": "catastrophises",
        "note": "On average you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually happened."
    },
    "prep_checklist": [
        {
            "kind": "salary_blank",
            "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence.",
            "interviews": 2
        },
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.",
            "interviews": 1
        },
        {
            "kind": "omitted_key_experience",
            "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them.",
            "interviews": 1
        }
    ]
}))]
pub struct CandidateInsightsResponse {
    /// The candidate.
    pub candidate_id: Uuid,
    /// The insights, computed from the candidate's most recent interviews (up to 100).
    #[serde(flatten)]
    pub insights: CandidateInsights,
}

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
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such candidate visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/candidates/{candidate_id}/insights")]
pub async fn get_candidate_insights(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let candidate_id = path.into_inner();
    let insights = insights::for_candidate(&state.db, principal.visibility(), candidate_id).await?;
    Ok(HttpResponse::Ok().json(CandidateInsightsResponse {
        candidate_id,
        insights,
    }))
}
