//! Parts that several bodies share, in requests as in responses: the people and questions of an interview, its ATS
//! reference, and a correction of a factual slip. One schema each, so they derive `Deserialize` too (with unknown
//! fields refused, as every request body refuses them).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use rebound_domain::bounded::{
    AnswerSummary, CorrectionText, EmailAddress, InterviewerName, InterviewerTitle, QuestionText,
    RemoteId, RemoteSource,
};
use rebound_domain::{self as domain, AnswerQuality, Correction};

/// Someone who interviewed the candidate. Spell the name exactly: the follow-up note is addressed with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Armin Vogel", "title": "Finance Director", "email": "armin.vogel@example.com"}))]
pub struct InterviewerDto {
    /// 1–100 characters.
    pub name: InterviewerName,
    /// Up to 100 characters: a job title, or the courtesy title or honorific the follow-up note may greet them by
    /// (`Dr`, `Ms`, `Mr`: "Dear Dr Vogel"; in French `Madame`, `Mme`, `Monsieur`, `M.`: « Madame Tremblay, »). A French
    /// note never guesses a courtesy title from a first name: without one it greets by full name.
    pub title: Option<InterviewerTitle>,
    pub email: Option<EmailAddress>,
}

/// A question that was asked, and how the answer went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
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
