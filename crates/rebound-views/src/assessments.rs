//! What the rules make of a logged interview (its assessment) and of a candidate's interviews (insights), with the
//! ids they belong to. The rule results themselves are the domain's own wire types.

use rebound_domain::ids::{CandidateId, InterviewId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::parts::example_extending;
use rebound_domain::insights::CandidateInsights;
use rebound_domain::scoring::Assessment;

/// The assessment of a logged interview.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = interview_assessment_example)]
pub struct InterviewAssessment {
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
    /// The interview version this assessment was computed from.
    pub interview_version: i32,
    #[serde(flatten)]
    pub assessment: Assessment,
}

fn interview_assessment_example() -> serde_json::Value {
    example_extending::<Assessment>(serde_json::json!({
        "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
        "interview_version": 4
    }))
}

/// Insights across a candidate's interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = candidate_insights_example)]
pub struct CandidateInsightsResponse {
    /// The candidate.
    #[schema(value_type = Uuid)]
    pub candidate_id: CandidateId,
    /// The insights, computed from the candidate's most recent interviews (up to 100).
    #[serde(flatten)]
    pub insights: CandidateInsights,
}

fn candidate_insights_example() -> serde_json::Value {
    example_extending::<CandidateInsights>(
        serde_json::json!({"candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f"}),
    )
}
