//! Gaffes as the API shows them: one logged against an interview, an interview's list, and the catalogue.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{GaffeId, InterviewId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::parts::CorrectionDto;
use rebound_domain::catalogue::GaffeKindEntry;
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

/// The gaffe catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{
    "kind": "late", "title": "Arrived late", "label": "late arrival",
    "description": "Turned up after the agreed time, or joined the call late, and started the interview flustered.",
    "base_severity": 7, "recoverability": "medium", "repair": "none",
    "prevention": "Plan the route the day before and leave an hour or two earlier than you think you need.",
    "review_questions": [
        "How late were you, and did you let them know before the start time?",
        "What made you late, and was any of it in your control?",
        "How much did it rattle you for the rest of the interview?"
    ],
    "on_hand": "the address, the route, the travel time with a margin, and a phone number to call if you are delayed",
    "classic": true
}]}))]
pub struct GaffeKindList {
    pub data: Vec<GaffeKindEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::catalogue::entry;
    use utoipa::PartialSchema;

    #[test]
    fn the_catalogue_example_is_the_real_catalogue_entry() {
        let example = serde_json::to_value(GaffeKindList::schema()).unwrap()["example"].clone();
        assert_eq!(
            example["data"][0],
            serde_json::to_value(entry(GaffeKind::Late)).unwrap()
        );
    }
}
