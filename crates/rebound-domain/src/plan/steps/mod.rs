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

use rebound_i18n::Locale;

use super::wording::say;
use super::QUOTE_WORDS;
use crate::text::clip_words;
use crate::{AnswerQuality, InterviewFacts, Question};

/// The questions answered weakly or blanked on, in logged order.
fn weak_questions(interview: &InterviewFacts) -> impl Iterator<Item = &Question> {
    interview
        .questions
        .iter()
        .filter(|q| matches!(q.quality, AnswerQuality::Weak | AnswerQuality::Blanked))
}

/// What went well, for a list in `locale`: the logged strengths, then the questions answered `strong`.
fn strengths_list(locale: Locale, interview: &InterviewFacts) -> Vec<String> {
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
                say!(
                    locale,
                    "plan-strong-answer",
                    question = clip_words(&q.question, QUOTE_WORDS)
                )
            }),
    );
    list
}

/// Why a step that would draw attention to the slip is left out when body language is the only worry, in `locale`.
fn body_language_reason_in(locale: Locale) -> String {
    say!(locale, "plan-body-language-reason")
}
