//! The recovery-plan rules: what to do, in which order and by when, after an interview that went badly.
//!
//! Each step kind implements one step of the article ("What to Do after a Bad Finance Interview"):
//!
//! | step                       | article step                                |
//! |----------------------------|---------------------------------------------|
//! | `cool_off`                 | 1, take a timeout                           |
//! | `review`                   | 2, conduct a review of the interview        |
//! | (`encouragement`)          | 3, don't give up yet                        |
//! | `follow_up_note`           | 4, follow up with the interviewer(s)        |
//! | `reference_tip_off`        | 4, tip off a trusted reference              |
//! | `second_interview_request` | 5, ask for a second shot                    |
//! | `lessons`                  | 6, forgive (yourself), but don't forget     |
//!
//! [`generate_plan`] is pure: the damage score and band come from the scoring rules, and the current time is an
//! input. Every step kind ends up either in [`RecoveryPlan::steps`] or, with the reason, in
//! [`RecoveryPlan::omitted`]; never both, never neither. Steps are listed in article order, and their due times never
//! go backwards and are never before `now`.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::note::NoteTone;
use super::text::tidy_punctuation;
use super::{DamageBand, GaffeFacts, GaffeKind, InterviewFacts};

/// Version of these rules; stored with every plan so that a plan can be traced to the rules that made it.
pub const RULES_VERSION: &str = "2026-11-26.1";

/// Time the post-mortem takes once the candidate is ready to act.
const REVIEW_HOURS: i64 = 2;
/// Article step 4: the thank-you note ideally goes out within a day of the interview.
const NOTE_IDEAL_HOURS: i64 = 24;
/// How many words of a free-text description the plan quotes.
const QUOTE_WORDS: usize = 20;

mod steps;
mod wording;

pub use steps::strong_candidate_reasons;
use steps::{
    cool_off_step, encouragement, follow_up_note_step, lessons, lessons_step,
    reference_tip_off_step, review_step, second_interview_step,
};

crate::wire_enum! {
    /// The kinds of step a recovery plan can contain, in the order they are taken.
    #[derive(PartialOrd, Ord)]
    pub enum StepKind {
        /// Wait before acting, then re-rate the interview.
        CoolOff = "cool_off",
        /// A clinical post-mortem of the interview.
        Review = "review",
        /// A brief thank-you note that repairs what was surely noticed.
        FollowUpNote = "follow_up_note",
        /// Ask a trusted reference to mention what the interview left out.
        ReferenceTipOff = "reference_tip_off",
        /// Ask for a make-up interview, as a last resort.
        SecondInterviewRequest = "second_interview_request",
        /// One prevention item per kind of slip, for next time.
        Lessons = "lessons",
    }
}

crate::wire_enum! {
    /// Where a step stands.
    pub enum StepStatus {
        /// Not done yet (every step starts here).
        Pending = "pending",
        /// Done.
        Done = "done",
        /// Deliberately not done.
        Skipped = "skipped",
    }
}

/// Everything the plan rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    /// The interview as logged.
    pub interview: InterviewFacts,
    /// Its gaffes as logged, in logged order.
    pub gaffes: Vec<GaffeFacts>,
    /// Damage score, 0–100, from the scoring rules.
    pub damage_score: u8,
    /// Damage band, from the scoring rules.
    pub band: DamageBand,
    /// The time the plan is made; every due time is computed from it and the interview time.
    pub now: DateTime<Utc>,
    /// Register of the drafted follow-up note.
    pub tone: NoteTone,
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "follow_up_note",
    "title": "Send a short thank-you note",
    "what_to_do": "Send the note below to Armin Keller with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations. The ideal moment, within a day of the interview, has passed: send it anyway, soon.",
    "why": [
        "A thank-you note is basic courtesy and the natural place to set the record straight",
        "It repairs: wrong interviewer name (noticed: certain)",
        "It repairs: key experience left out (noticed: certain)"
    ],
    "due_at": "2026-11-27T16:00:00Z",
    "draft": "Dear Armin,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Northwind Capital. Your question “Walk me through a three-statement model” was one I particularly enjoyed working through.\n\nBuilding on our discussion of my background, I should also mention that I led the monthly close for a 40-entity group at Contoso.\n\nOur conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to Northwind Capital. I look forward to hearing about the next steps.\n\nKind regards,\n[Your name]"
}))]
pub struct PlanStep {
    /// What kind of step this is.
    pub kind: StepKind,
    /// A short imperative title.
    pub title: String,
    /// What to do, concretely; may contain several lines, one per prompt or item.
    pub what_to_do: String,
    /// The logged gaffes and conditions that triggered the step.
    pub why: Vec<String>,
    /// When to do it by. Never before the time the plan was made.
    pub due_at: DateTime<Utc>,
    /// A ready-to-edit text: the note for `follow_up_note`, the message for `reference_tip_off`; absent otherwise.
    pub draft: Option<String>,
}

/// A step kind left out of the plan, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "second_interview_request",
    "reason": "A second interview is a last resort and not every condition holds: you are not clearly a strong candidate (not a panel or final round, not advanced, and your strengths do not outnumber your weak spots); no extenuating circumstance (such as a family emergency) was logged on any gaffe."
}))]
pub struct OmittedStep {
    /// The step kind left out.
    pub kind: StepKind,
    /// Which condition failed, in a sentence.
    pub reason: String,
}

/// One prevention item for next time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "omitted_key_experience",
    "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them."
}))]
pub struct Lesson {
    /// The kind of slip.
    pub kind: GaffeKind,
    /// What to do differently next time.
    pub prevention: String,
}

/// The recovery plan for one interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "rules_version": "2026-11-26.1",
    "steps": [
        {
            "kind": "review",
            "title": "Review the interview, clinically",
            "what_to_do": "With some distance now, first rate the interview again from 1 to 5 and compare it with how it felt right afterwards.\n- Wrong interviewer name (mid-interview): “Kept calling him Arnold”. What exactly happened, and how did they react? What would a better answer or response have been? How might it have coloured their view of you?\n- Left out key experience (mid-interview): “I led the monthly close for a 40-entity group at Contoso”. What exactly happened, and how did they react? What would a better answer or response have been? How might it have coloured their view of you?\n- Question “What are your salary expectations?” (blanked): what would you have needed to know to answer it confidently, and what would a strong answer have said?\nWhat went well: Clear walk-through of the DCF; a strong answer to “Walk me through a three-statement model”.\nWhat went badly: wrong interviewer name; key experience left out. Compare the two lists honestly; it may be less of a debacle than it felt.",
            "why": [
                "You can only make amends once you know exactly what went wrong",
                "Wrong interviewer name (noticed: certain): Kept calling him Arnold",
                "Left out key experience (noticed: certain): I led the monthly close for a 40-entity group at Contoso"
            ],
            "due_at": "2026-11-27T16:00:00Z",
            "draft": null
        },
        {
            "kind": "follow_up_note",
            "title": "Send a short thank-you note",
            "what_to_do": "Send the note below to Armin Keller with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations. The ideal moment, within a day of the interview, has passed: send it anyway, soon.",
            "why": [
                "A thank-you note is basic courtesy and the natural place to set the record straight",
                "It repairs: wrong interviewer name (noticed: certain)",
                "It repairs: key experience left out (noticed: certain)"
            ],
            "due_at": "2026-11-27T16:00:00Z",
            "draft": "Dear Armin,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Northwind Capital. Your question “Walk me through a three-statement model” was one I particularly enjoyed working through.\n\nBuilding on our discussion of my background, I should also mention that I led the monthly close for a 40-entity group at Contoso.\n\nOur conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to Northwind Capital. I look forward to hearing about the next steps.\n\nKind regards,\n[Your name]"
        },
        {
            "kind": "reference_tip_off",
            "title": "Brief a trusted reference",
            "what_to_do": "Pick the reference who knows this part of your work best, ideally a former manager, and send them the message below so they can mention it tactfully if the company calls. The interview is over, but the hiring process is not.",
            "why": [
                "Left out key experience (noticed: certain): I led the monthly close for a 40-entity group at Contoso"
            ],
            "due_at": "2026-11-28T16:00:00Z",
            "draft": "Hi [reference's name],\n\nA quick heads-up: I interviewed with Northwind Capital for the Senior Financial Analyst role, so they may contact you as a reference soon. One thing I did not get across well in the interview: I led the monthly close for a 40-entity group at Contoso. If it comes up naturally, it would help a lot if you could mention it.\n\nThank you for your support,\n[Your name]"
        },
        {
            "kind": "lessons",
            "title": "Forgive yourself, keep the lessons",
            "what_to_do": "- Wrong interviewer name: Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.\n- Left out key experience: List the three parts of your experience that fit the role best, and tick them off as you mention them.\nEveryone has an off day. Go over this once, keep the list for your next interview, and stop replaying this one.",
            "why": [
                "You logged: wrong interviewer name",
                "You logged: key experience left out"
            ],
            "due_at": "2026-11-30T16:00:00Z",
            "draft": null
        }
    ],
    "omitted": [
        {
            "kind": "cool_off",
            "reason": "The interview was 7 days ago, past the 24-hour cool-off suggested for an interview rated 1/5; emotions have had time to settle, so go straight to the review."
        },
        {
            "kind": "second_interview_request",
            "reason": "A second interview is a last resort and not every condition holds: you are not clearly a strong candidate (not a panel or final round, not advanced, and your strengths do not outnumber your weak spots); no extenuating circumstance (such as a family emergency) was logged on any gaffe."
        }
    ],
    "encouragement": null,
    "lessons": [
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions."
        },
        {
            "kind": "omitted_key_experience",
            "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them."
        }
    ]
}))]
pub struct RecoveryPlan {
    /// The version of the rules that made the plan ([`RULES_VERSION`]).
    pub rules_version: String,
    /// The steps, in the order to take them; due times never go backwards.
    pub steps: Vec<PlanStep>,
    /// The step kinds left out, each with the reason.
    pub omitted: Vec<OmittedStep>,
    /// When the damage is serious: why it is still worth following up rather than giving up.
    pub encouragement: Option<String>,
    /// One prevention item per distinct kind of logged gaffe, in catalogue order.
    pub lessons: Vec<Lesson>,
}

/// Steps 1–6 of the article: build the recovery plan for an interview.
pub fn generate_plan(input: &PlanInput) -> RecoveryPlan {
    let facts = Derived::new(input);
    let lessons = lessons(&input.gaffes);
    let rules: [(StepKind, Result<PlanStep, String>); 6] = [
        (StepKind::CoolOff, cool_off_step(input, &facts)),
        (StepKind::Review, Ok(review_step(input, &facts))),
        (
            StepKind::FollowUpNote,
            Ok(follow_up_note_step(input, &facts)),
        ),
        (
            StepKind::ReferenceTipOff,
            reference_tip_off_step(input, &facts),
        ),
        (
            StepKind::SecondInterviewRequest,
            second_interview_step(input, &facts),
        ),
        (StepKind::Lessons, lessons_step(&facts, &lessons)),
    ];
    let mut steps = Vec::new();
    let mut omitted = Vec::new();
    for (kind, outcome) in rules {
        match outcome {
            // Quoted candidate text ending in its own mark meets our sentence's full stop ("teams.”."): tidy it.
            Ok(step) => steps.push(PlanStep {
                what_to_do: tidy_punctuation(&step.what_to_do),
                why: step.why.iter().map(|w| tidy_punctuation(w)).collect(),
                draft: step.draft.as_deref().map(tidy_punctuation),
                ..step
            }),
            Err(reason) => omitted.push(OmittedStep {
                kind,
                reason: tidy_punctuation(&reason),
            }),
        }
    }
    RecoveryPlan {
        rules_version: RULES_VERSION.to_string(),
        steps,
        omitted,
        encouragement: encouragement(input),
        lessons,
    }
}

/// Facts derived once from the input: timing and the conditions several rules share.
struct Derived {
    /// Minutes from the interview to `now` (0 when the interview is logged as being in the future).
    elapsed_minutes: i64,
    /// The cool-off suggested for how the interview felt.
    cool_off_hours: i64,
    /// End of the cool-off, when the plan is made during it.
    cool_off_until: Option<DateTime<Utc>>,
    review_due: DateTime<Utc>,
    note_due: DateTime<Utc>,
    /// Whether the ideal moment for the note (a day after the interview) had passed when the plan was made.
    note_late: bool,
    /// Every logged gaffe is a worry about body language.
    body_language_only: bool,
}

impl Derived {
    fn new(input: &PlanInput) -> Self {
        let occurred = input.interview.occurred_at;
        let elapsed_minutes = input
            .now
            .signed_duration_since(occurred)
            .num_minutes()
            .max(0);
        let cool_off_hours = cool_off_hours(input.interview.self_rating);
        // Article step 1: a cool-off only makes sense while it is still running.
        let cool_off_until =
            (elapsed_minutes < cool_off_hours * 60).then(|| add_hours(occurred, cool_off_hours));
        let ready = cool_off_until.map_or(input.now, |until| until.max(input.now));
        let review_due = add_hours(ready, REVIEW_HOURS);
        let ideal_note = add_hours(occurred, NOTE_IDEAL_HOURS);
        Derived {
            elapsed_minutes,
            cool_off_hours,
            cool_off_until,
            review_due,
            note_due: ideal_note.max(review_due),
            note_late: ideal_note < input.now,
            body_language_only: !input.gaffes.is_empty()
                && input
                    .gaffes
                    .iter()
                    .all(|g| g.kind == GaffeKind::MisreadBodyLanguage),
        }
    }
}

/// Article step 1: "a couple of hours, or even a day or two" — the worse it felt, the longer the wait. Hours of
/// cool-off by self-rating (1 = disaster … 5 = great): 24, 18, 12, 6, 2. Out-of-range ratings are clamped.
pub fn cool_off_hours(self_rating: u8) -> i64 {
    match self_rating {
        0 | 1 => 24,
        2 => 18,
        3 => 12,
        4 => 6,
        _ => 2,
    }
}

fn add_hours(at: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
    TimeDelta::try_hours(hours)
        .and_then(|delta| at.checked_add_signed(delta))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests;
