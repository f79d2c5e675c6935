//! Pure domain code: the vocabulary of an interview and its gaffes, and the rules built on it (scoring, recovery
//! plans, note drafting and review). Nothing here knows about HTTP or the database; everything is deterministic
//! given its inputs (the current time is always passed in), so it is unit- and property-tested directly.
//!
//! The enums derive `serde` and `ToSchema` so the API can expose them as they are: their wire names are lowercase
//! snake_case and documented as extensible.

pub mod access;
pub mod bounded;
pub mod calendar;
pub mod catalogue;
#[cfg(feature = "diesel")]
mod columns;
pub mod events;
pub mod ids;
pub mod json_text;

pub mod insights;
#[cfg(test)]
mod insights_french_tests;
mod localized;
pub mod note;
pub mod plan;
pub mod review;
pub mod scoring;
pub mod text;
pub mod versions;
pub mod wire;

pub use wire::WireEnum;

#[cfg(any(test, feature = "test-support"))]
pub mod test_support;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// The stage of the hiring process the interview belonged to (Greenhouse/Merge vocabulary where it matches).
    pub enum Stage {
        Screening = "screening",
        Technical = "technical",
        Behavioral = "behavioral",
        CaseStudy = "case_study",
        Panel = "panel",
        Final = "final",
        Other = "other",
    }
}

crate::wire_enum! {
    /// How the interview took place.
    pub enum Format {
        Phone = "phone",
        Video = "video",
        Onsite = "onsite",
    }
}

crate::wire_enum! {
    /// Where the application stands after the interview.
    pub enum Outcome {
        Pending = "pending",
        Advanced = "advanced",
        Offer = "offer",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        NoResponse = "no_response",
    }
}

crate::wire_enum! {
    /// How interested the employer seemed in the candidate before anything went wrong, as the candidate (or their
    /// coach) judges it from what was said and done: being told they were a front-runner, being fast-tracked, a
    /// recruiter's feedback. Only `strong` interest makes a request for a second interview worth considering; the
    /// stage reached says nothing about it on its own.
    #[derive(Default)]
    pub enum EmployerInterest {
        /// Clear signs they were leaning towards the candidate (a front-runner, fast-tracked, told so).
        Strong = "strong",
        /// Ordinary interest: nothing either way.
        Neutral = "neutral",
        /// Signs they were lukewarm or leaning towards someone else.
        Weak = "weak",
        /// Nobody has said (the default).
        #[default]
        Unknown = "unknown",
    }
}

crate::wire_enum! {
    /// How a question went, in the candidate's own judgement.
    pub enum AnswerQuality {
        Strong = "strong",
        Adequate = "adequate",
        Weak = "weak",
        Blanked = "blanked",
    }
}

crate::wire_enum! {
    /// Did the interviewer notice the gaffe?
    #[derive(PartialOrd, Ord)]
    pub enum Noticed {
        /// They reacted to it or it cannot have escaped them.
        Certain = "certain",
        Likely = "likely",
        Unsure = "unsure",
        /// Probably slipped under the radar.
        Unlikely = "unlikely",
    }
}

crate::wire_enum! {
    /// When in the interview the gaffe happened.
    pub enum Moment {
        Arrival = "arrival",
        Opening = "opening",
        Mid = "mid",
        Closing = "closing",
        After = "after",
    }
}

crate::wire_enum! {
    /// The kinds of gaffe the catalogue describes. The first eight are the classic gaffes interview guides warn about;
    /// the rest are common ones.
    #[derive(PartialOrd, Ord)]
    pub enum GaffeKind {
        /// Called an interviewer by the wrong name ("Arnold" for "Armin").
        WrongInterviewerName = "wrong_interviewer_name",
        /// Dressed wrongly for the setting (the wrong shoes, say).
        InappropriateAttire = "inappropriate_attire",
        /// Had no answer when asked about salary expectations.
        SalaryBlank = "salary_blank",
        /// Asked the interviewers something one should never ask in an interview.
        InappropriateQuestion = "inappropriate_question",
        /// Gave a weak answer to a behavioural question (the difficult-coworker question, say).
        WeakBehavioralAnswer = "weak_behavioral_answer",
        /// Arrived late.
        Late = "late",
        /// Forgot to mention a key experience or achievement.
        OmittedKeyExperience = "omitted_key_experience",
        /// Worried about an interviewer's body language (often over-read).
        MisreadBodyLanguage = "misread_body_language",
        /// Blanked on a technical question.
        TechnicalBlank = "technical_blank",
        /// Rambled; answers ran long and lost the point.
        Rambling = "rambling",
        /// Spoke badly of a current or former employer.
        BadmouthedEmployer = "badmouthed_employer",
        /// Had no questions to ask at the end.
        NoQuestionsAsked = "no_questions_asked",
        /// Audio, video or connection failure on a remote interview.
        TechnicalFailure = "technical_failure",
        /// Got a fact about the company wrong.
        FactualErrorAboutCompany = "factual_error_about_company",
        /// Seemed unprepared about the role itself.
        UnclearOnRole = "unclear_on_role",
    }
}

/// How an interview felt right afterwards, from 1 (a disaster) to 5 (great). Parsed once at the edge, so the rules
/// never see a rating outside the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SelfRating(u8);

impl SelfRating {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    /// The rating, if `value` is on the scale.
    pub fn new(value: i64) -> Option<Self> {
        (i64::from(Self::MIN)..=i64::from(Self::MAX))
            .contains(&value)
            .then_some(SelfRating(value as u8))
    }

    pub fn get(self) -> u8 {
        self.0
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
    /// How interested the employer seemed before anything went wrong.
    pub employer_interest: EmployerInterest,
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
    /// For a factual error: what was said and what is true, so the follow-up note can set it straight in a sentence
    /// of its own.
    pub correction: Option<Correction>,
}

/// A factual slip put right: what the candidate said, and what is in fact true. Both are fragments the note builds a
/// sentence around ("When we spoke, I said {said}; in fact, {correct}."), so neither is pasted as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// What was said in the interview ("they had 20 offices").
    pub said: String,
    /// What is true ("they have 12").
    pub correct: String,
}

crate::wire_enum! {
    /// How much damage the interview did, in words.
    #[derive(PartialOrd, Ord)]
    pub enum DamageBand {
        /// 0–24: little real harm.
        Minor = "minor",
        /// 25–59: harm a good follow-up can repair.
        Recoverable = "recoverable",
        /// 60–100: real harm; damage control is worth it.
        Serious = "serious",
    }
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
        for &kind in GaffeKind::ALL {
            assert_eq!(GaffeKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::json!(kind.as_str())
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
