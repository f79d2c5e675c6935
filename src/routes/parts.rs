//! Parts of request and response bodies that several resources share: the people and questions of an interview,
//! its ATS reference, and a gaffe as sent (logged on its own, or inside an assessment preview).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use rebound_domain::bounded::{
    AnswerSummary, CorrectionText, EmailAddress, ExtenuatingCircumstance, GaffeDescription,
    InterviewerName, InterviewerTitle, QuestionText, RemoteId, RemoteSource,
};
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
    pub name: InterviewerName,
    /// Up to 100 characters.
    pub title: Option<InterviewerTitle>,
    pub email: Option<EmailAddress>,
}

/// A question that was asked, and how the answer went.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"question": "Tell us about a time you handled a difficult coworker.", "answer_summary": "Talked in generalities; no concrete example.", "quality": "weak"}))]
pub struct QuestionDto {
    /// 1–500 characters.
    pub question: QuestionText,
    /// What you answered, briefly (up to 2,000 characters).
    pub answer_summary: Option<AnswerSummary>,
    /// `strong`, `adequate`, `weak` or `blanked`.
    pub quality: AnswerQuality,
}

/// Where this interview lives in an ATS or job board (Merge's `remote_id` vocabulary).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"source": "greenhouse", "remote_id": "scheduled-interview-99812"}))]
pub struct RemoteReference {
    /// The system, e.g. `greenhouse` (1–50 characters).
    pub source: RemoteSource,
    /// Its id there (1–200 characters); unique per source within the workspace.
    pub remote_id: RemoteId,
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
    pub said: CorrectionText,
    /// What is true, 1–150 characters on one line ("they have 12", "it grew 8%"). A leading "but" or "actually" is
    /// dropped.
    pub correct: CorrectionText,
}

impl From<CorrectionDto> for Correction {
    fn from(dto: CorrectionDto) -> Self {
        Self {
            said: dto.said.into(),
            correct: dto.correct.into(),
        }
    }
}

impl From<Correction> for CorrectionDto {
    fn from(correction: Correction) -> Self {
        Self {
            said: correction.said.into(),
            correct: correction.correct.into(),
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

impl From<InterviewerDto> for domain::Interviewer {
    fn from(dto: InterviewerDto) -> Self {
        Self {
            name: dto.name.into(),
            title: dto.title.map(Into::into),
            email: dto.email.map(Into::into),
        }
    }
}

impl From<QuestionDto> for domain::Question {
    fn from(dto: QuestionDto) -> Self {
        Self {
            question: dto.question.into(),
            answer_summary: dto.answer_summary.map(Into::into),
            quality: dto.quality,
        }
    }
}

impl From<RemoteReference> for RemoteRef {
    fn from(dto: RemoteReference) -> Self {
        Self {
            source: dto.source.into(),
            remote_id: dto.remote_id.into(),
        }
    }
}

impl From<StoredInterviewer> for InterviewerDto {
    fn from(stored: StoredInterviewer) -> Self {
        Self {
            name: stored.name.into(),
            title: stored.title.map(Into::into),
            email: stored.email.map(Into::into),
        }
    }
}

impl From<StoredQuestion> for QuestionDto {
    fn from(stored: StoredQuestion) -> Self {
        Self {
            question: stored.question.into(),
            answer_summary: stored.answer_summary.map(Into::into),
            quality: stored.quality,
        }
    }
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
