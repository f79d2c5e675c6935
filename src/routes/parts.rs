//! Parts of request and response bodies that several resources share: the people and questions of an interview,
//! its ATS reference, and a gaffe as sent (logged on its own, or inside an assessment preview).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use rebound_domain::{self as domain, AnswerQuality, Correction, GaffeKind, Moment, Noticed};
use rebound_service::gaffes::GaffeInput;
use rebound_service::interviews::RemoteRef;
use rebound_service::interviews::{StoredInterviewer, StoredQuestion};

/// Someone who interviewed the candidate. Spell the name exactly: the follow-up note is addressed with it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"}))]
pub struct InterviewerDto {
    /// 1–100 characters.
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Up to 100 characters.
    #[schema(min_length = 1, max_length = 100)]
    pub title: Option<String>,
    pub email: Option<String>,
}

/// A question that was asked, and how the answer went.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"question": "Tell us about a time you handled a difficult coworker.", "answer_summary": "Talked in generalities; no concrete example.", "quality": "weak"}))]
pub struct QuestionDto {
    /// 1–500 characters.
    #[schema(min_length = 1, max_length = 500)]
    pub question: String,
    /// What you answered, briefly (up to 2,000 characters).
    #[schema(max_length = 2000)]
    pub answer_summary: Option<String>,
    /// `strong`, `adequate`, `weak` or `blanked`.
    pub quality: AnswerQuality,
}

/// Where this interview lives in an ATS or job board (Merge's `remote_id` vocabulary).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"source": "greenhouse", "remote_id": "scheduled-interview-99812"}))]
pub struct RemoteReference {
    /// The system, e.g. `greenhouse` (1–50 characters).
    #[schema(min_length = 1, max_length = 50)]
    pub source: String,
    /// Its id there (1–200 characters); unique per source within the workspace.
    #[schema(min_length = 1, max_length = 200)]
    pub remote_id: String,
}

/// A factual slip about the company, put right: what you said, and what is true. The follow-up note turns it into a
/// sentence of its own ("When we spoke, I said you had 20 offices; in fact, you have 12."), so write each side as a
/// fragment of a sentence, about the company as "they" or by name: the note speaks to the company as "you". Only for
/// `factual_error_about_company` gaffes.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"said": "they had 20 offices", "correct": "they have 12"}))]
pub struct CorrectionDto {
    /// What you said in the interview, 1–150 characters on one line ("they had 20 offices", "their revenue fell
    /// last year"). A leading "I said" is dropped.
    #[schema(
        min_length = 1,
        max_length = 150,
        pattern = "^[^\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F][^\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F]*$"
    )]
    pub said: String,
    /// What is true, 1–150 characters on one line ("they have 12", "it grew 8%"). A leading "but" or "actually" is
    /// dropped.
    #[schema(
        min_length = 1,
        max_length = 150,
        pattern = "^[^\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F][^\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F]*$"
    )]
    pub correct: String,
}

impl From<CorrectionDto> for Correction {
    fn from(dto: CorrectionDto) -> Self {
        Self {
            said: dto.said,
            correct: dto.correct,
        }
    }
}

impl From<Correction> for CorrectionDto {
    fn from(correction: Correction) -> Self {
        Self {
            said: correction.said,
            correct: correction.correct,
        }
    }
}

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
    #[schema(max_length = 1000)]
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    /// Defaults to false.
    #[serde(default)]
    pub corrected_in_interview: bool,
    /// Up to 500 characters.
    #[schema(min_length = 1, max_length = 500)]
    pub extenuating_circumstance: Option<String>,
    /// 0-based index into the interview's `questions`.
    pub question_index: Option<u32>,
    /// For a `factual_error_about_company`: what you said and what is true, so the follow-up note can set the record
    /// straight in a proper sentence. Without it the note leaves placeholders: a free-text `description` is never
    /// pasted into a letter.
    pub correction: Option<CorrectionDto>,
}

impl From<InterviewerDto> for domain::Interviewer {
    fn from(dto: InterviewerDto) -> Self {
        Self {
            name: dto.name,
            title: dto.title,
            email: dto.email,
        }
    }
}

impl From<QuestionDto> for domain::Question {
    fn from(dto: QuestionDto) -> Self {
        Self {
            question: dto.question,
            answer_summary: dto.answer_summary,
            quality: dto.quality,
        }
    }
}

impl From<RemoteReference> for RemoteRef {
    fn from(dto: RemoteReference) -> Self {
        Self {
            source: dto.source,
            remote_id: dto.remote_id,
        }
    }
}

impl From<StoredInterviewer> for InterviewerDto {
    fn from(stored: StoredInterviewer) -> Self {
        Self {
            name: stored.name,
            title: stored.title,
            email: stored.email,
        }
    }
}

impl From<StoredQuestion> for QuestionDto {
    fn from(stored: StoredQuestion) -> Self {
        Self {
            question: stored.question,
            answer_summary: stored.answer_summary,
            quality: stored.quality,
        }
    }
}

impl From<CreateGaffeRequest> for GaffeInput {
    fn from(r: CreateGaffeRequest) -> Self {
        Self {
            kind: r.kind,
            description: r.description,
            noticed: r.noticed,
            moment: r.moment,
            corrected_in_interview: r.corrected_in_interview,
            extenuating_circumstance: r.extenuating_circumstance,
            question_index: r.question_index,
            correction: r.correction.map(Correction::from),
        }
    }
}

/// The schema example of `T` with `extra` members in front of it: the example of a response that flattens a domain
/// type into itself, written once (on the domain type, where tests tie it to real output).
pub fn example_extending<T: utoipa::PartialSchema>(extra: serde_json::Value) -> serde_json::Value {
    let mut example = extra;
    let inner = serde_json::to_value(T::schema()).unwrap_or_default()["example"].clone();
    if let (Some(into), serde_json::Value::Object(members)) = (example.as_object_mut(), inner) {
        into.extend(members);
    }
    example
}
