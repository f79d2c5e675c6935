//! Pure domain code: the vocabulary of an interview and its gaffes, and the rules built on it (scoring, recovery
//! plans, note drafting and review). Nothing here knows about HTTP or the database; everything is deterministic
//! given its inputs (the current time is always passed in), so it is unit- and property-tested directly.
//!
//! The enums derive `serde` and `ToSchema` so the API can expose them as they are: their wire names are lowercase
//! snake_case and documented as extensible.

pub mod catalogue;
pub mod insights;
pub mod note;
pub mod plan;
pub mod review;
pub mod scoring;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The stage of the hiring process the interview belonged to (Greenhouse/Merge vocabulary where it matches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Screening,
    Technical,
    Behavioral,
    CaseStudy,
    Panel,
    Final,
    Other,
}

/// How the interview took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Phone,
    Video,
    Onsite,
}

/// Where the application stands after the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pending,
    Advanced,
    Offer,
    Rejected,
    Withdrawn,
    NoResponse,
}

/// How a question went, in the candidate's own judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerQuality {
    Strong,
    Adequate,
    Weak,
    Blanked,
}

/// Did the interviewer notice the gaffe?
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Noticed {
    /// They reacted to it or it cannot have escaped them.
    Certain,
    Likely,
    Unsure,
    /// Probably slipped under the radar.
    Unlikely,
}

/// When in the interview the gaffe happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Arrival,
    Opening,
    Mid,
    Closing,
    After,
}

/// The catalogue of gaffe kinds. The first eight are named in the seed article; the rest are common ones.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GaffeKind {
    /// Called an interviewer by the wrong name ("Arnold" for "Armin").
    WrongInterviewerName,
    /// Dressed wrongly for the setting (the wrong shoes, say).
    InappropriateAttire,
    /// Had no answer when asked about salary expectations.
    SalaryBlank,
    /// Asked the interviewers something one should never ask in an interview.
    InappropriateQuestion,
    /// Gave a weak answer to a behavioural question (the difficult-coworker question, say).
    WeakBehavioralAnswer,
    /// Arrived late.
    Late,
    /// Forgot to mention a key experience or achievement.
    OmittedKeyExperience,
    /// Worried about an interviewer's body language (often over-read).
    MisreadBodyLanguage,
    /// Blanked on a technical question.
    TechnicalBlank,
    /// Rambled; answers ran long and lost the point.
    Rambling,
    /// Spoke badly of a current or former employer.
    BadmouthedEmployer,
    /// Had no questions to ask at the end.
    NoQuestionsAsked,
    /// Audio, video or connection failure on a remote interview.
    TechnicalFailure,
    /// Got a fact about the company wrong.
    FactualErrorAboutCompany,
    /// Seemed unprepared about the role itself.
    UnclearOnRole,
}

impl GaffeKind {
    /// Every kind, in catalogue order.
    pub const ALL: [GaffeKind; 15] = [
        GaffeKind::WrongInterviewerName,
        GaffeKind::InappropriateAttire,
        GaffeKind::SalaryBlank,
        GaffeKind::InappropriateQuestion,
        GaffeKind::WeakBehavioralAnswer,
        GaffeKind::Late,
        GaffeKind::OmittedKeyExperience,
        GaffeKind::MisreadBodyLanguage,
        GaffeKind::TechnicalBlank,
        GaffeKind::Rambling,
        GaffeKind::BadmouthedEmployer,
        GaffeKind::NoQuestionsAsked,
        GaffeKind::TechnicalFailure,
        GaffeKind::FactualErrorAboutCompany,
        GaffeKind::UnclearOnRole,
    ];

    /// The wire name (`wrong_interviewer_name`).
    pub fn key(self) -> &'static str {
        match self {
            GaffeKind::WrongInterviewerName => "wrong_interviewer_name",
            GaffeKind::InappropriateAttire => "inappropriate_attire",
            GaffeKind::SalaryBlank => "salary_blank",
            GaffeKind::InappropriateQuestion => "inappropriate_question",
            GaffeKind::WeakBehavioralAnswer => "weak_behavioral_answer",
            GaffeKind::Late => "late",
            GaffeKind::OmittedKeyExperience => "omitted_key_experience",
            GaffeKind::MisreadBodyLanguage => "misread_body_language",
            GaffeKind::TechnicalBlank => "technical_blank",
            GaffeKind::Rambling => "rambling",
            GaffeKind::BadmouthedEmployer => "badmouthed_employer",
            GaffeKind::NoQuestionsAsked => "no_questions_asked",
            GaffeKind::TechnicalFailure => "technical_failure",
            GaffeKind::FactualErrorAboutCompany => "factual_error_about_company",
            GaffeKind::UnclearOnRole => "unclear_on_role",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        GaffeKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One interviewer; the spelling of the name matters for the follow-up note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviewer {
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
}

/// One question asked in the interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub question: String,
    pub answer_summary: Option<String>,
    pub quality: AnswerQuality,
}

/// What the rules need to know about an interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewFacts {
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<Interviewer>,
    pub questions: Vec<Question>,
    /// "What I nailed".
    pub strengths: Vec<String>,
    /// How it felt right afterwards: 1 (disaster) to 5 (great).
    pub self_rating: u8,
    pub outcome: Outcome,
}

/// What the rules need to know about one gaffe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GaffeFacts {
    pub kind: GaffeKind,
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    pub corrected_in_interview: bool,
    /// E.g. a family emergency that made the candidate late.
    pub extenuating_circumstance: Option<String>,
    /// Index into `InterviewFacts::questions`, when the gaffe happened on a particular question.
    pub question_index: Option<usize>,
}

/// How much damage the interview did, in words.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DamageBand {
    /// 0–24: little real harm.
    Minor,
    /// 25–59: harm a good follow-up can repair.
    Recoverable,
    /// 60–100: real harm; damage control is worth it.
    Serious,
}

impl DamageBand {
    pub fn from_score(score: u8) -> Self {
        match score {
            0..=24 => DamageBand::Minor,
            25..=59 => DamageBand::Recoverable,
            _ => DamageBand::Serious,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaffe_keys_round_trip_and_match_serde() {
        for kind in GaffeKind::ALL {
            assert_eq!(GaffeKind::from_key(kind.key()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::json!(kind.key())
            );
        }
    }

    #[test]
    fn bands_cover_the_whole_scale() {
        assert_eq!(DamageBand::from_score(0), DamageBand::Minor);
        assert_eq!(DamageBand::from_score(24), DamageBand::Minor);
        assert_eq!(DamageBand::from_score(25), DamageBand::Recoverable);
        assert_eq!(DamageBand::from_score(60), DamageBand::Serious);
        assert_eq!(DamageBand::from_score(100), DamageBand::Serious);
    }
}
