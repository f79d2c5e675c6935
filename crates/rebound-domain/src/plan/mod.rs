//! The recovery-plan rules: what to do, in which order and by when, after an interview.
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
//! The same kinds serve four paths through the article, chosen from the interview's outcome and damage:
//!
//! * **recovery** (pending or no response, something to recover from): the six steps as the article gives them;
//! * **went well** (pending or no response, damage about 0 and it did not feel like a disaster): no cool-off and no
//!   post-mortem; a note of what went well, a plain thank-you and preparation for the next round;
//! * **moving on** (advanced or an offer): no damage control; a plain thank-you and preparation for what comes next;
//! * **not selected** (rejected or withdrawn): no damage control and no second interview; a gracious reply that
//!   keeps the relationship (and asks for feedback after a rejection), a review and lessons for next time.
//!
//! [`generate_plan`] is pure: the damage scores and band come from the scoring rules, the candidate's history from
//! the caller, and the current time is an input. Every step kind ends up either in [`RecoveryPlan::steps`] or, with
//! the reason, in [`RecoveryPlan::omitted`]; never both, never neither. Steps are listed in article order, and their
//! due times never go backwards and are never before `now`. Due times are reckoned on the candidate's wall clock
//! (see `timing`): days are calendar days, a deadline never falls between 21:00 and 08:00 local (it moves to 09:00),
//! and a message to a reference or a request to the employer never falls at the weekend (it moves to Monday 09:00).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rebound_i18n::Locale;

use super::note::{draft_follow_up_note_in, NoteDraft, NoteTone};
use super::scoring::{damage_score_before_offsets, Assessment};
use super::text::tidy_punctuation;
use super::{DamageBand, GaffeFacts, GaffeKind, InterviewFacts, Outcome};

/// Version of these rules; stored with every plan so that a plan can be traced to the rules that made it.
pub const RULES_VERSION: &str = "2026-12-07.1";

/// Time the post-mortem takes once the candidate is ready to act.
const REVIEW_HOURS: i64 = 2;
/// Article step 4: the thank-you note ideally goes out within a day of the interview.
const NOTE_IDEAL_HOURS: i64 = 24;
/// How many words of a free-text description the plan quotes.
const QUOTE_WORDS: usize = 20;
/// At or below this damage score (what the evidence rates 5 of 5) an open interview that did not feel like a
/// disaster has nothing to recover from.
const GOOD_INTERVIEW_MAX_DAMAGE: u8 = 9;
/// Self-ratings at or below this one mean the candidate feels the interview was a disaster (article step 3).
const DISASTER_RATING: u8 = 2;

mod steps;
mod timing;
mod wording;

pub use wording::{format_time, format_time_in};

use timing::{add_hours, WallClock};

use steps::{
    cool_off_step, encouragement, follow_up_note_step, lessons, lessons_step,
    reference_tip_off_step, review_step, second_interview_step,
};

crate::wire_enum! {
    /// The kinds of step a recovery plan can contain, in the order they are taken.
    #[derive(PartialOrd, Ord)]
    pub enum StepKind {
        /// Wait before acting, then re-rate the interview (only while there is damage control to hold off on).
        CoolOff = "cool_off",
        /// A clinical post-mortem of the interview; after a good interview, a brief note of what went well.
        Review = "review",
        /// A brief thank-you note that repairs what was surely noticed and adds a forgotten experience; after a
        /// rejection, a gracious reply that keeps the door open.
        FollowUpNote = "follow_up_note",
        /// Ask a trusted reference to mention what the interview left out.
        ReferenceTipOff = "reference_tip_off",
        /// Ask for a make-up interview, as a last resort.
        SecondInterviewRequest = "second_interview_request",
        /// One prevention item per kind of slip, for next time; after a good interview or when moving on, also
        /// what to prepare for the next round (or the offer conversation).
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
    /// Damage score, 0–100, from the scoring rules (after strengths offset some of it).
    pub damage_score: u8,
    /// Damage band, from the scoring rules.
    pub band: DamageBand,
    /// What the slips alone did, 0–100: the damage score before strengths offset any of it. A second interview
    /// needs real damage, and strengths must not argue a strong candidate out of one.
    pub damage_before_offsets: u8,
    /// The time the plan is made; every due time is computed from it and the interview time.
    pub now: DateTime<Utc>,
    /// Register of the drafted follow-up note.
    pub tone: NoteTone,
    /// The candidate's history: for a kind of gaffe, in how many of their earlier interviews (those that took place
    /// before this one) a gaffe of that kind was logged. A kind that is absent (or 0) was not logged before.
    pub earlier_interviews_with: BTreeMap<GaffeKind, usize>,
    /// The time zone the candidate lives by for this interview (the interview's own, else the candidate's): texts
    /// say times in it, and due times follow its wall clock (a day later is the same local time across a
    /// daylight-saving change; no deadline at night; no tip-off at the weekend). `None` when unknown: UTC is then
    /// the wall clock. Due times stay UTC whatever the zone.
    pub time_zone: Option<Tz>,
    /// The language every text of the plan is written in.
    pub locale: Locale,
}

impl PlanInput {
    /// The input for an interview, its gaffes and their assessment (from [`crate::scoring::assess`]).
    pub fn new(
        interview: InterviewFacts,
        gaffes: Vec<GaffeFacts>,
        assessment: &Assessment,
        now: DateTime<Utc>,
        tone: NoteTone,
    ) -> Self {
        PlanInput {
            interview,
            gaffes,
            damage_score: assessment.damage_score,
            band: assessment.band,
            damage_before_offsets: damage_score_before_offsets(assessment),
            now,
            tone,
            earlier_interviews_with: BTreeMap::new(),
            time_zone: None,
            locale: Locale::En,
        }
    }

    /// The same input with the time zone its texts say times in.
    pub fn in_time_zone(mut self, zone: Option<Tz>) -> Self {
        self.time_zone = zone;
        self
    }

    /// The same input with the language its texts are written in.
    pub fn in_locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// The same input with the candidate's history: per gaffe kind, how many earlier interviews logged it.
    pub fn with_earlier_interviews(mut self, earlier: BTreeMap<GaffeKind, usize>) -> Self {
        self.earlier_interviews_with = earlier;
        self
    }

    /// How many interviews, this one included, logged a gaffe of `kind` when this one did and at least one earlier
    /// interview did too; `None` when it is not a pattern (yet).
    pub fn recurrence(&self, kind: GaffeKind) -> Option<usize> {
        let earlier = self
            .earlier_interviews_with
            .get(&kind)
            .copied()
            .unwrap_or(0);
        let now = self.gaffes.iter().any(|g| g.kind == kind);
        (now && earlier > 0).then_some(earlier + 1)
    }
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep {
    /// What kind of step this is.
    pub kind: StepKind,
    /// A short imperative title.
    pub title: String,
    /// What to do, concretely; may contain several lines, one per prompt or item.
    pub what_to_do: String,
    /// The logged gaffes and conditions that triggered the step.
    pub why: Vec<String>,
    /// When to do it by, in UTC, reckoned on the candidate's wall clock (see [`PlanInput::time_zone`]). Never
    /// before the time the plan was made.
    pub due_at: DateTime<Utc>,
    /// A ready-to-edit text: the note for `follow_up_note`, the message for `reference_tip_off`; absent otherwise.
    pub draft: Option<String>,
}

/// A step kind left out of the plan, and why. (The API shows it as `rebound_views::plans::OmittedStep`.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OmittedStep {
    /// The step kind left out.
    pub kind: StepKind,
    /// Which condition failed, in a sentence.
    pub reason: String,
}

/// One prevention item for next time. (The API shows it as `rebound_views::plans::Lesson`.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    /// The kind of slip.
    pub kind: GaffeKind,
    /// What to do differently next time.
    pub prevention: String,
}

/// The recovery plan for one interview. The service stores it as rows (a plan, its steps and lessons) and the API
/// shows the stored plan (`rebound_views::plans::RecoveryPlanResponse`), so the rules' result has no wire shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryPlan {
    /// The version of the rules that made the plan ([`RULES_VERSION`]).
    pub rules_version: String,
    /// The steps, in the order to take them; due times never go backwards.
    pub steps: Vec<PlanStep>,
    /// The step kinds left out, each with the reason.
    pub omitted: Vec<OmittedStep>,
    /// Article step 3, for a candidate who feels it was a disaster (self-rating 1 or 2) or whose damage is
    /// serious: why it is not the end (absent otherwise).
    pub encouragement: Option<String>,
    /// One prevention item per distinct kind of logged gaffe, in catalogue order.
    pub lessons: Vec<Lesson>,
}

/// Steps 1–6 of the article: build the recovery plan for an interview.
pub fn generate_plan(input: &PlanInput) -> RecoveryPlan {
    let facts = Derived::new(input);
    let lessons = lessons(input.locale, &input.interview, &input.gaffes);
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
        (StepKind::Lessons, lessons_step(input, &facts, &lessons)),
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
        encouragement: encouragement(input, &facts),
        lessons,
    }
}

/// Which way through the article the plan goes (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanPath {
    /// Still open, with something to recover from: the six steps as the article gives them.
    Recovery,
    /// Still open, with nothing to recover from.
    WentWell,
    /// Advanced or an offer.
    MovingOn,
    /// Rejected or withdrawn.
    NotSelected,
}

impl PlanPath {
    fn of(input: &PlanInput) -> Self {
        match input.interview.outcome {
            Outcome::Rejected | Outcome::Withdrawn => PlanPath::NotSelected,
            Outcome::Offer | Outcome::Advanced => PlanPath::MovingOn,
            Outcome::Pending | Outcome::NoResponse => {
                let nothing_to_recover = input.damage_score <= GOOD_INTERVIEW_MAX_DAMAGE
                    && DamageBand::from_score(input.damage_before_offsets) == DamageBand::Minor
                    && input.interview.self_rating > DISASTER_RATING;
                if nothing_to_recover {
                    PlanPath::WentWell
                } else {
                    PlanPath::Recovery
                }
            }
        }
    }
}

/// Facts derived once from the input: timing and the conditions several rules share.
struct Derived {
    /// The path through the article.
    path: PlanPath,
    /// Minutes from the interview to `now` (0 when the interview is logged as being in the future).
    elapsed_minutes: i64,
    /// The cool-off suggested for how the interview felt.
    cool_off_hours: i64,
    /// End of the cool-off, when the plan is made during it.
    cool_off_until: Option<DateTime<Utc>>,
    review_due: DateTime<Utc>,
    note_due: DateTime<Utc>,
    /// A day after the note, on a weekday.
    tip_off_due: DateTime<Utc>,
    /// Two days after the note, on a weekday, and not before the tip-off.
    request_due: DateTime<Utc>,
    /// Three days after the note, and not before the request.
    lessons_due: DateTime<Utc>,
    /// Whether the ideal moment for the note (a day after the interview) had passed when the plan was made.
    note_late: bool,
    /// Every logged gaffe is a worry about body language.
    body_language_only: bool,
    /// The thank-you note, drafted once: the note step carries it and the reference tip-off reads what it left
    /// out. Drafting is a pure function of the input and about a third of a plan's work, so it is not done twice.
    note: NoteDraft,
}

impl Derived {
    fn new(input: &PlanInput) -> Self {
        let occurred = input.interview.occurred_at;
        let elapsed_minutes = input
            .now
            .signed_duration_since(occurred)
            .num_minutes()
            .max(0);
        let path = PlanPath::of(input);
        let cool_off_hours = cool_off_hours(input.interview.self_rating);
        // Every due time is reckoned on the candidate's wall clock: days as calendar days, never at night.
        let clock = WallClock::of(input.time_zone);
        // Article step 1: a cool-off only makes sense while it is still running, and only before damage control. It
        // ends on the wall clock (a day is a calendar day; not at night), so "running" is judged against that end.
        let cool_off_end = clock.by_day(clock.later(occurred, cool_off_hours));
        let cool_off_until =
            (path == PlanPath::Recovery && input.now < cool_off_end).then_some(cool_off_end);
        let ready = cool_off_until.map_or(input.now, |until| until.max(input.now));
        let review_due = clock.by_day(add_hours(ready, REVIEW_HOURS));
        let ideal_note = clock.later(occurred, NOTE_IDEAL_HOURS);
        let note_due = clock.by_day(ideal_note.max(review_due));
        // A reference is asked a favour, so not at the weekend; the request to the employer waits for a weekday too,
        // and never comes before the tip-off.
        let tip_off_due = clock.on_a_weekday(clock.by_day(clock.later(note_due, 24)));
        let request_due = clock
            .on_a_weekday(clock.by_day(clock.later(note_due, 48)))
            .max(tip_off_due);
        let lessons_due = clock.by_day(clock.later(note_due, 72)).max(request_due);
        Derived {
            path,
            elapsed_minutes,
            cool_off_hours,
            cool_off_until,
            review_due,
            note_due,
            tip_off_due,
            request_due,
            lessons_due,
            note_late: ideal_note < input.now,
            body_language_only: !input.gaffes.is_empty()
                && input
                    .gaffes
                    .iter()
                    .all(|g| g.kind == GaffeKind::MisreadBodyLanguage),
            note: draft_follow_up_note_in(
                &input.interview,
                &input.gaffes,
                input.tone,
                input.locale,
            ),
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

#[cfg(test)]
mod advice_tests;
#[cfg(test)]
mod french_step_tests;
#[cfg(test)]
mod french_tests;
#[cfg(test)]
mod tests;
