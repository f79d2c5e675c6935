//! Gaffes as the API shows them: one logged against an interview and an interview's list (the catalogue is in
//! [`crate::gaffe_kinds`]).

use chrono::{DateTime, Utc};
use rebound_domain::ids::{GaffeId, InterviewId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::parts::CorrectionDto;
use rebound_domain::{GaffeKind, Moment, Noticed};

/// A gaffe logged against an interview.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
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
    #[schema(value_type = Uuid)]
    pub id: GaffeId,
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
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

/// The gaffes of an interview, in the order they were logged.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": []}))]
pub struct GaffeList {
    pub data: Vec<GaffeResponse>,
}
