//! A gaffe as sent: logged on its own, or inside an assessment preview. (The parts requests share with responses,
//! such as an interviewer or a correction, are in `rebound_views::parts`.)

use serde::Deserialize;
use utoipa::ToSchema;

use rebound_domain::bounded::{ExtenuatingCircumstance, GaffeDescription};
use rebound_domain::{Correction, GaffeKind, Moment, Noticed};
use rebound_service::gaffes::GaffeInput;
use rebound_views::parts::CorrectionDto;

/// Logs a gaffe.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "kind": "salary_blank",
    "description": "Froze when asked for a number and said I had not thought about it.",
    "noticed": "certain",
    "moment": "closing",
    "question_index": 0
}))]
pub struct CreateGaffeRequest {
    /// The gaffe kind; see `GET /v1/gaffe-kinds`.
    pub kind: GaffeKind,
    /// What happened, up to 1,000 characters.
    pub description: Option<GaffeDescription>,
    pub noticed: Noticed,
    pub moment: Moment,
    /// Defaults to false.
    #[serde(default)]
    pub corrected_in_interview: bool,
    /// Up to 500 characters.
    pub extenuating_circumstance: Option<ExtenuatingCircumstance>,
    /// 0-based index into the interview's `questions`.
    pub question_index: Option<u32>,
    /// For a `factual_error_about_company`: what you said and what is true, so the follow-up note can set the record
    /// straight in a proper sentence. Without it the note leaves placeholders: a free-text `description` is never
    /// pasted into a letter.
    pub correction: Option<CorrectionDto>,
}

impl From<CreateGaffeRequest> for GaffeInput {
    fn from(r: CreateGaffeRequest) -> Self {
        Self {
            kind: r.kind,
            description: r.description.map(Into::into),
            noticed: r.noticed,
            moment: r.moment,
            corrected_in_interview: r.corrected_in_interview,
            extenuating_circumstance: r.extenuating_circumstance.map(Into::into),
            question_index: r.question_index,
            correction: r.correction.map(Correction::from),
        }
    }
}
