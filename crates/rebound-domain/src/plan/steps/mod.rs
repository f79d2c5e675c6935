//! The step builders: one file per step kind, each returning the step or the reason it is left out. A step
//! function reads as the rules that decide the step (the path, the conditions, the facts that count); the sentences
//! come from the named wording functions beside it. What several steps share is here: where the application stands,
//! in words, and the lists of what went well and which answers were weak.

mod cool_off;
mod encouragement;
mod follow_up_note;
mod lessons;
mod reference_tip_off;
mod review;
mod second_interview;

pub(super) use cool_off::cool_off_step;
pub(super) use encouragement::encouragement;
pub(super) use follow_up_note::follow_up_note_step;
pub(super) use lessons::{lessons, lessons_step};
pub(super) use reference_tip_off::reference_tip_off_step;
pub(super) use review::review_step;
pub(super) use second_interview::second_interview_step;

use super::QUOTE_WORDS;
use crate::text::clip_words;
use crate::{AnswerQuality, InterviewFacts, Outcome, Question};

/// The questions answered weakly or blanked on, in logged order.
fn weak_questions(interview: &InterviewFacts) -> impl Iterator<Item = &Question> {
    interview
        .questions
        .iter()
        .filter(|q| matches!(q.quality, AnswerQuality::Weak | AnswerQuality::Blanked))
}

/// What went well, for a list: the logged strengths, then the questions answered `strong`.
fn strengths_list(interview: &InterviewFacts) -> Vec<String> {
    let mut list: Vec<String> = interview
        .strengths
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| clip_words(s, QUOTE_WORDS))
        .collect();
    list.extend(
        interview
            .questions
            .iter()
            .filter(|q| q.quality == AnswerQuality::Strong)
            .map(|q| {
                format!(
                    "a strong answer to \u{201c}{}\u{201d}",
                    clip_words(&q.question, QUOTE_WORDS)
                )
            }),
    );
    list
}

/// Where the application stands, as the end of a sentence ("you have an offer").
fn outcome_state(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Offer => "you have an offer",
        Outcome::Advanced => "you have advanced to the next round",
        Outcome::Rejected => "you were not selected",
        Outcome::Withdrawn => "you withdrew",
        Outcome::Pending | Outcome::NoResponse => "the decision is still open",
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Why a step that would draw attention to the slip is left out when body language is the only worry.
fn body_language_reason() -> String {
    "The only worry logged is an interviewer's body language, which is easy to over-read; damage control could \
     draw attention to a problem that may not exist."
        .to_string()
}
