//! The recovery-plan rules: what to do, in which order and by when, after an interview that went badly.
//!
//! Each step kind implements one step of the seed article ("What to Do after a Bad Finance Interview"):
//!
//! | step                       | seed step                                   |
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
//! [`RecoveryPlan::omitted`]; never both, never neither. Steps are listed in seed order, and their due times never
//! go backwards and are never before `now`.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::catalogue::entry;
use super::note::{draft_follow_up_note, experience_phrase, is_repairable_by_note, NoteTone};
use super::text::{clip_words, join_names, non_blank};
use super::{
    AnswerQuality, DamageBand, GaffeFacts, GaffeKind, InterviewFacts, Moment, Noticed, Outcome,
    Stage,
};

/// Version of these rules; stored with every plan so that a plan can be traced to the rules that made it.
pub const RULES_VERSION: &str = "2026-11-25.1";

/// Time the post-mortem takes once the candidate is ready to act.
const REVIEW_HOURS: i64 = 2;
/// Seed step 4: the thank-you note ideally goes out within a day of the interview.
const NOTE_IDEAL_HOURS: i64 = 24;
/// How many words of a free-text description the plan quotes.
const QUOTE_WORDS: usize = 20;

crate::wire_enum! {
    /// The kinds of step a recovery plan can contain, in seed order.
    #[derive(PartialOrd, Ord)]
    pub enum StepKind {
        /// Seed step 1: wait before acting, then re-rate the interview.
        CoolOff = "cool_off",
        /// Seed step 2: a clinical post-mortem of the interview.
        Review = "review",
        /// Seed step 4: a brief thank-you note that repairs what was surely noticed.
        FollowUpNote = "follow_up_note",
        /// Seed step 4: ask a trusted reference to mention what the interview left out.
        ReferenceTipOff = "reference_tip_off",
        /// Seed step 5: ask for a make-up interview, as a last resort.
        SecondInterviewRequest = "second_interview_request",
        /// Seed step 6: one prevention item per kind of slip, for next time.
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
    "what_to_do": "Send the note below to Armin Keller with the subject \u{201c}Thank you for the Senior Financial Analyst interview\u{201d}. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations.",
    "why": ["A thank-you note is basic courtesy and the natural place to set the record straight", "It repairs: omitted key experience (noticed: certain)"],
    "due_at": "2026-11-21T14:00:00Z",
    "draft": "Dear Armin Keller,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Northwind Capital. …\n\nKind regards,\n[Your name]"
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
    "reason": "A second interview is a last resort and not every condition holds: no extenuating circumstance (such as a family emergency) was logged on any gaffe."
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
    "kind": "late",
    "prevention": "Plan the route the day before and leave an hour or two earlier than you think you need."
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
    "rules_version": "2026-11-25.1",
    "steps": [{
        "kind": "follow_up_note",
        "title": "Send a short thank-you note",
        "what_to_do": "Send the note below to Armin Keller with the subject \u{201c}Thank you for the Senior Financial Analyst interview\u{201d}. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations.",
        "why": ["A thank-you note is basic courtesy and the natural place to set the record straight"],
        "due_at": "2026-11-21T14:00:00Z",
        "draft": "Dear Armin Keller,\n\nThank you for taking the time to meet with me …\n\nKind regards,\n[Your name]"
    }],
    "omitted": [{
        "kind": "cool_off",
        "reason": "The interview was 7 days ago, past the 24-hour cool-off suggested for an interview rated 1/5; emotions have had time to settle, so go straight to the review."
    }],
    "encouragement": null,
    "lessons": [{
        "kind": "salary_blank",
        "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence."
    }]
}))]
pub struct RecoveryPlan {
    /// The version of the rules that made the plan ([`RULES_VERSION`]).
    pub rules_version: String,
    /// The steps, in seed order; due times never go backwards.
    pub steps: Vec<PlanStep>,
    /// The step kinds left out, each with the reason.
    pub omitted: Vec<OmittedStep>,
    /// When the damage is serious: why it is still worth following up rather than giving up.
    pub encouragement: Option<String>,
    /// One prevention item per distinct kind of logged gaffe, in catalogue order.
    pub lessons: Vec<Lesson>,
}

/// Seed steps 1–6: build the recovery plan for an interview.
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
            Ok(step) => steps.push(step),
            Err(reason) => omitted.push(OmittedStep { kind, reason }),
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
        // Seed step 1: a cool-off only makes sense while it is still running.
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

/// Seed step 1: "a couple of hours, or even a day or two" — the worse it felt, the longer the wait. Hours of
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

fn format_time(at: DateTime<Utc>) -> String {
    at.format("%a %d %b %Y, %H:%M UTC").to_string()
}

fn format_elapsed(minutes: i64) -> String {
    let hours = minutes / 60;
    match hours {
        0 => format!("{minutes} minutes"),
        1 => "1 hour".to_string(),
        2..=47 => format!("{hours} hours"),
        _ => format!("{} days", hours / 24),
    }
}

/// Seed step 1: take a timeout. Present only while the cool-off for this self-rating is still running (at most a
/// day after the interview, for one rated 1/5); a plan made later goes straight to the review.
fn cool_off_step(input: &PlanInput, facts: &Derived) -> Result<PlanStep, String> {
    let rating = input.interview.self_rating;
    let elapsed = format_elapsed(facts.elapsed_minutes);
    let Some(until) = facts.cool_off_until else {
        return Err(format!(
            "The interview was {elapsed} ago, past the {}-hour cool-off suggested for an interview rated {rating}/5; \
             emotions have had time to settle, so go straight to the review.",
            facts.cool_off_hours
        ));
    };
    Ok(PlanStep {
        kind: StepKind::CoolOff,
        title: "Take a timeout before acting".to_string(),
        what_to_do: format!(
            "Hold off on any damage control until {}. Do something unrelated in the meantime. Then rate the \
             interview again from 1 to 5: interviews usually feel worse straight afterwards than they really went.",
            format_time(until)
        ),
        why: vec![
            format!("You rated the interview {rating}/5 right afterwards; the lower the rating, the longer the pause"),
            format!("The plan is being made {elapsed} after the interview"),
        ],
        due_at: until,
        draft: None,
    })
}

/// Seed step 2: a clinical post-mortem. Per gaffe: what exactly happened and what a better response would have
/// been; per weak or blanked question: what information was missing; then an inventory of what went well against
/// what went badly. When the only evidence is body language, a caution that expressions are easy to over-read.
fn review_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let interview = &input.interview;
    let mut lines: Vec<String> = Vec::new();
    if facts.cool_off_until.is_none() {
        lines.push(
            "With some distance now, first rate the interview again from 1 to 5 and compare it with how it felt \
             right afterwards."
                .to_string(),
        );
    }
    if facts.body_language_only {
        lines.push(
            "Caution: the only thing worrying you is an interviewer's body language. Facial expressions are easy to \
             over-read; a blank look often means concentration, tiredness or a busy day. Unless something was \
             actually said, treat it as weak evidence and do no damage control over it."
                .to_string(),
        );
    }
    for gaffe in &input.gaffes {
        lines.push(format!("- {}", gaffe_prompt(gaffe, interview)));
    }
    for question in &interview.questions {
        if matches!(
            question.quality,
            AnswerQuality::Weak | AnswerQuality::Blanked
        ) {
            lines.push(format!(
                "- Question \u{201c}{}\u{201d} ({}): what would you have needed to know to answer it confidently, \
                 and what would a strong answer have said?",
                clip_words(&question.question, QUOTE_WORDS),
                question.quality.as_str()
            ));
        }
    }
    let went_well = strengths_list(interview);
    lines.push(if went_well.is_empty() {
        "What went well: nothing logged yet. List at least three things you handled well; there almost always are \
         some."
            .to_string()
    } else {
        format!("What went well: {}.", went_well.join("; "))
    });
    let went_badly: Vec<&str> = input.gaffes.iter().map(|g| entry(g.kind).label).collect();
    lines.push(if went_badly.is_empty() {
        "What went badly: nothing specific logged. If the interview still feels bad, name the moment it turned."
            .to_string()
    } else {
        format!(
            "What went badly: {}. Compare the two lists honestly; it may be less of a debacle than it felt.",
            went_badly.join("; ")
        )
    });

    let mut why =
        vec!["You can only make amends once you know exactly what went wrong".to_string()];
    why.extend(input.gaffes.iter().map(gaffe_why));
    if facts.body_language_only {
        why.push("Body language is the only evidence logged".to_string());
    }
    PlanStep {
        kind: StepKind::Review,
        title: "Review the interview, clinically".to_string(),
        what_to_do: lines.join("\n"),
        why,
        due_at: facts.review_due,
        draft: None,
    }
}

fn gaffe_prompt(gaffe: &GaffeFacts, interview: &InterviewFacts) -> String {
    let mut prompt = format!(
        "{} ({})",
        entry(gaffe.kind).title,
        moment_word(gaffe.moment)
    );
    if let Some(description) = described(&gaffe.description) {
        // The closing ". " below ends the sentence; a quote's own final full stop would double it.
        let description = description.trim_end_matches('.');
        prompt.push_str(&format!(": \u{201c}{description}\u{201d}"));
    }
    if let Some(question) = gaffe
        .question_index
        .and_then(|i| interview.questions.get(i))
    {
        prompt.push_str(&format!(
            ", on the question \u{201c}{}\u{201d}",
            clip_words(&question.question, QUOTE_WORDS)
        ));
    }
    prompt.push_str(". ");
    prompt.push_str(match gaffe.kind {
        GaffeKind::MisreadBodyLanguage => {
            "What exactly did you see, and what else could explain it? Did anything they said back it up?"
        }
        _ => {
            "What exactly happened, and how did they react? What would a better answer or response have been? How \
             might it have coloured their view of you?"
        }
    });
    if gaffe.corrected_in_interview {
        prompt.push_str(" You corrected it on the spot, which already limits the harm.");
    }
    prompt
}

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

/// Seed step 4: the thank-you note, due within a day of the interview (after the cool-off and review), or soon
/// after `now` when that moment has passed. Carries the drafted note.
fn follow_up_note_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let note = draft_follow_up_note(&input.interview, &input.gaffes, input.tone);
    let names: Vec<&str> = input
        .interview
        .interviewers
        .iter()
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let recipients = if names.is_empty() {
        "the interviewers".to_string()
    } else {
        join_names(&names)
    };
    let mut what_to_do = format!(
        "Send the note below to {recipients} with the subject \u{201c}{}\u{201d}. Fill in the bracketed \
         placeholders and keep it short; do not add apologies or explanations.",
        note.subject
    );
    if facts.note_late {
        what_to_do.push_str(
            " The ideal moment, within a day of the interview, has passed: send it anyway, soon.",
        );
    }

    let mut why = vec![
        "A thank-you note is basic courtesy and the natural place to set the record straight"
            .to_string(),
    ];
    for gaffe in &input.gaffes {
        let label = entry(gaffe.kind).label;
        if note.repairs.contains(&gaffe.kind) && is_repairable_by_note(gaffe) {
            why.push(format!("It repairs: {label} (noticed: certain)"));
        } else if gaffe.noticed != Noticed::Certain {
            why.push(format!(
                "It leaves out {label}: you are not certain they noticed it, and the note must not point it out"
            ));
        }
    }
    PlanStep {
        kind: StepKind::FollowUpNote,
        title: "Send a short thank-you note".to_string(),
        what_to_do,
        why,
        due_at: facts.note_due,
        draft: Some(note.body),
    }
}

/// Seed step 4 (references): when the interview left out something a reference could vouch for, namely an
/// omitted key experience (however noticed) or a behavioural strength that did not come across (a weak
/// behavioural answer), and the hiring process is still open (not rejected, withdrawn or already an offer).
/// Never for a body-language-only worry. Due a day after the note.
fn reference_tip_off_step(input: &PlanInput, facts: &Derived) -> Result<PlanStep, String> {
    let triggers: Vec<&GaffeFacts> = input
        .gaffes
        .iter()
        .filter(|g| {
            matches!(
                g.kind,
                GaffeKind::OmittedKeyExperience | GaffeKind::WeakBehavioralAnswer
            )
        })
        .collect();
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    if triggers.is_empty() {
        return Err("Nothing for a reference to add: no omitted experience or under-sold strength was logged."
            .to_string());
    }
    if let Some(state) = closed_process(input.interview.outcome, true) {
        return Err(format!(
            "The hiring process is over ({state}), so no reference is likely to be called."
        ));
    }

    let mut points: Vec<String> = Vec::new();
    for gaffe in &triggers {
        let point = match gaffe.kind {
            GaffeKind::OmittedKeyExperience => match described(&gaffe.description) {
                Some(d) => experience_phrase(&d),
                None => "[the experience you left out]".to_string(),
            },
            _ => "the way I work with colleagues and handle difficult situations on the job"
                .to_string(),
        };
        if !points.contains(&point) && points.len() < 2 {
            points.push(point);
        }
    }
    let interview = &input.interview;
    let draft = format!(
        "Hi [reference's name],\n\nA quick heads-up: I interviewed with {} for the {} role, so they may contact \
         you as a reference soon. {} If it comes up naturally, it would help a lot if you could mention \
         it.\n\nThank you for your support,\n[Your name]",
        interview.company.trim(),
        interview.role_title.trim(),
        match points.as_slice() {
            [one] => format!("One thing I did not get across well in the interview: {one}."),
            _ => format!("Two things I did not get across well in the interview: {}.", points.join("; and ")),
        }
    );
    Ok(PlanStep {
        kind: StepKind::ReferenceTipOff,
        title: "Brief a trusted reference".to_string(),
        what_to_do: "Pick the reference who knows this part of your work best, ideally a former manager, and send \
                     them the message below so they can mention it tactfully if the company calls. The interview is \
                     over, but the hiring process is not."
            .to_string(),
        why: triggers.iter().map(|g| gaffe_why(g)).collect(),
        due_at: add_hours(facts.note_due, 24),
        draft: Some(draft),
    })
}

/// Seed step 5: ask for a second shot, as the absolute last resort. Every condition must hold:
///
/// 1. the process is not closed by an offer or a withdrawal (after a rejection there is nothing left to lose);
/// 2. the worry is not only body language;
/// 3. the damage is real: the band is `recoverable` or `serious` (for `minor` damage the note is enough);
/// 4. the candidate is otherwise strong (see [`strong_candidate_reasons`]);
/// 5. an extenuating circumstance (a family emergency, say) was logged on some gaffe.
///
/// Due two days after the note, so the note goes first.
fn second_interview_step(input: &PlanInput, facts: &Derived) -> Result<PlanStep, String> {
    let interview = &input.interview;
    let strong = strong_candidate_reasons(input);
    let circumstance = input
        .gaffes
        .iter()
        .find_map(|g| described(&g.extenuating_circumstance).map(|c| (g, c)));

    let mut failed: Vec<String> = Vec::new();
    if let Some(state) = closed_process(interview.outcome, false) {
        failed.push(format!("the process is closed ({state})"));
    }
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    if input.band == DamageBand::Minor {
        failed.push(format!(
            "the damage is minor (score {}), so the thank-you note is enough",
            input.damage_score
        ));
    }
    if strong.is_empty() {
        failed.push(
            "you are not clearly a strong candidate (not a panel or final round, not advanced, and your strengths \
             do not outnumber your weak spots)"
                .to_string(),
        );
    }
    if circumstance.is_none() {
        failed.push(
            "no extenuating circumstance (such as a family emergency) was logged on any gaffe"
                .to_string(),
        );
    }
    let Some((gaffe, circumstance)) = circumstance.filter(|_| failed.is_empty()) else {
        return Err(format!(
            "A second interview is a last resort and not every condition holds: {}.",
            failed.join("; ")
        ));
    };

    let mut why = strong;
    why.push(format!(
        "Extenuating circumstance logged: {circumstance} ({})",
        entry(gaffe.kind).label
    ));
    why.push(format!(
        "Damage score {} ({})",
        input.damage_score,
        input.band.as_str()
    ));
    Ok(PlanStep {
        kind: StepKind::SecondInterviewRequest,
        title: "Ask for a second interview (last resort)".to_string(),
        what_to_do: format!(
            "Only if you feel you have nothing to lose, ask {} whether they would consider a second conversation \
             for the {} role. Keep it short: say plainly what went wrong, mention the circumstance ({circumstance}) \
             in one sentence without dwelling on it, and say how much you want to join them. Be ready for a no: \
             the request may well be refused. Companies rarely re-interview, since hiring already costs them time \
             and money, and some take the request as a sign of weakness. Send it after the thank-you note, never \
             instead of it.",
            interview.company.trim(),
            interview.role_title.trim()
        ),
        why,
        due_at: add_hours(facts.note_due, 48),
        draft: None,
    })
}

/// Seed step 5 ("already a very strong candidate"), made precise. The candidate is strong when any of these holds,
/// and each that holds is returned as a reason:
///
/// * the interview was a `panel` or `final` round (they were already close to the end of the process);
/// * the outcome is `advanced` (they moved on despite the interview);
/// * strengths outnumber weak spots, where strengths = non-empty logged strengths + questions answered `strong`,
///   and weak spots = questions answered `weak` or `blanked` + gaffes noticed `certain` or `likely`.
pub fn strong_candidate_reasons(input: &PlanInput) -> Vec<String> {
    let interview = &input.interview;
    let mut reasons = Vec::new();
    if matches!(interview.stage, Stage::Panel | Stage::Final) {
        let stage = if interview.stage == Stage::Panel {
            "panel"
        } else {
            "final"
        };
        reasons.push(format!(
            "You reached the {stage} round, so they were already leaning towards you"
        ));
    }
    if interview.outcome == Outcome::Advanced {
        reasons.push("You have already advanced to the next round".to_string());
    }
    let strengths = strengths_list(interview).len();
    let weak_answers = interview
        .questions
        .iter()
        .filter(|q| matches!(q.quality, AnswerQuality::Weak | AnswerQuality::Blanked))
        .count();
    let noticed = input
        .gaffes
        .iter()
        .filter(|g| matches!(g.noticed, Noticed::Certain | Noticed::Likely))
        .count();
    if strengths > weak_answers + noticed {
        reasons.push(format!(
            "Your strengths ({strengths}) outnumber your weak spots ({})",
            weak_answers + noticed
        ));
    }
    reasons
}

/// Seed step 6: one prevention item per distinct logged gaffe kind. Due after the other steps.
fn lessons_step(facts: &Derived, lessons: &[Lesson]) -> Result<PlanStep, String> {
    if lessons.is_empty() {
        return Err(
            "No gaffes were logged, so there is nothing specific to prevent next time.".to_string(),
        );
    }
    let mut lines: Vec<String> = lessons
        .iter()
        .map(|l| format!("- {}: {}", entry(l.kind).title, l.prevention))
        .collect();
    lines.push(
        "Everyone has an off day. Go over this once, keep the list for your next interview, and stop replaying \
         this one."
            .to_string(),
    );
    Ok(PlanStep {
        kind: StepKind::Lessons,
        title: "Forgive yourself, keep the lessons".to_string(),
        what_to_do: lines.join("\n"),
        why: lessons
            .iter()
            .map(|l| format!("You logged: {}", entry(l.kind).label))
            .collect(),
        due_at: add_hours(facts.note_due, 72),
        draft: None,
    })
}

fn lessons(gaffes: &[GaffeFacts]) -> Vec<Lesson> {
    GaffeKind::ALL
        .iter()
        .copied()
        .filter(|kind| gaffes.iter().any(|g| g.kind == *kind))
        .map(|kind| Lesson {
            kind,
            prevention: entry(kind).prevention.to_string(),
        })
        .collect()
}

/// Seed step 3: don't give up yet. Only when the damage is serious.
fn encouragement(input: &PlanInput) -> Option<String> {
    (input.band == DamageBand::Serious).then(|| {
        format!(
            "This one hurt, but do not write it off. The people who interviewed you may one day be the ones hiring \
             at a firm you want to join, and {} may well open another role; follow up so that their last \
             impression of you is a composed one. And every interview, even a bad one, makes you better at the \
             next.",
            input.interview.company.trim()
        )
    })
}

fn body_language_reason() -> String {
    "The only worry logged is an interviewer's body language, which is easy to over-read; damage control could \
     draw attention to a problem that may not exist."
        .to_string()
}

/// The closed state of the process, if any: an offer or a withdrawal always; a rejection only when
/// `rejected_closes`.
fn closed_process(outcome: Outcome, rejected_closes: bool) -> Option<&'static str> {
    match outcome {
        Outcome::Offer => Some("you already have an offer"),
        Outcome::Withdrawn => Some("you withdrew"),
        Outcome::Rejected if rejected_closes => Some("you were rejected"),
        _ => None,
    }
}

/// A trimmed, non-empty, clipped description.
fn described(text: &Option<String>) -> Option<String> {
    non_blank(text).map(|t| clip_words(t, QUOTE_WORDS))
}

fn gaffe_why(gaffe: &GaffeFacts) -> String {
    let mut line = format!(
        "{} (noticed: {})",
        entry(gaffe.kind).title,
        gaffe.noticed.as_str()
    );
    if let Some(description) = described(&gaffe.description) {
        line.push_str(&format!(
            ": {}",
            description.trim_end_matches(['.', '!', '?'])
        ));
    }
    line
}

fn moment_word(moment: Moment) -> &'static str {
    match moment {
        Moment::Arrival => "on arrival",
        Moment::Opening => "at the opening",
        Moment::Mid => "mid-interview",
        Moment::Closing => "at the close",
        Moment::After => "afterwards",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::{review_note, FindingKind, ReviewContext};
    use crate::domain::{Format, Interviewer, Question};
    use proptest::prelude::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    const INTERVIEW_AT: &str = "2026-11-20T14:00:00Z";

    fn interview() -> InterviewFacts {
        InterviewFacts {
            company: "Northwind Capital".to_string(),
            role_title: "Senior Financial Analyst".to_string(),
            stage: Stage::Behavioral,
            format: Format::Onsite,
            occurred_at: at(INTERVIEW_AT),
            duration_minutes: Some(60),
            interviewers: vec![Interviewer {
                name: "Armin Keller".to_string(),
                title: Some("Head of FP&A".to_string()),
                email: None,
            }],
            questions: vec![
                Question {
                    question: "Walk me through a three-statement model".to_string(),
                    answer_summary: None,
                    quality: AnswerQuality::Strong,
                },
                Question {
                    question: "What are your salary expectations?".to_string(),
                    answer_summary: None,
                    quality: AnswerQuality::Blanked,
                },
            ],
            strengths: vec!["Clear walk-through of the DCF".to_string()],
            self_rating: 2,
            outcome: Outcome::Pending,
        }
    }

    fn gaffe(kind: GaffeKind, noticed: Noticed) -> GaffeFacts {
        GaffeFacts {
            kind,
            description: None,
            noticed,
            moment: Moment::Mid,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: None,
        }
    }

    fn input(
        interview: InterviewFacts,
        gaffes: Vec<GaffeFacts>,
        damage_score: u8,
        now: &str,
    ) -> PlanInput {
        PlanInput {
            interview,
            gaffes,
            damage_score,
            band: DamageBand::from_score(damage_score),
            now: at(now),
            tone: NoteTone::Formal,
        }
    }

    fn step(plan: &RecoveryPlan, kind: StepKind) -> Option<&PlanStep> {
        plan.steps.iter().find(|s| s.kind == kind)
    }

    fn omitted(plan: &RecoveryPlan, kind: StepKind) -> Option<&OmittedStep> {
        plan.omitted.iter().find(|s| s.kind == kind)
    }

    /// The seed's strong candidate: a final round, late because of a family emergency.
    fn late_strong_candidate(circumstance: Option<&str>) -> PlanInput {
        let mut facts = interview();
        facts.stage = Stage::Final;
        let mut late = gaffe(GaffeKind::Late, Noticed::Certain);
        late.moment = Moment::Arrival;
        late.description = Some("Arrived twenty minutes late and flustered".to_string());
        late.extenuating_circumstance = circumstance.map(str::to_string);
        input(facts, vec![late], 62, "2026-11-20T16:00:00Z")
    }

    #[test]
    fn a_strong_candidate_late_because_of_a_family_emergency_gets_a_second_interview_step_that_may_be_refused(
    ) {
        let plan = generate_plan(&late_strong_candidate(Some(
            "a family emergency that morning",
        )));
        let request = step(&plan, StepKind::SecondInterviewRequest).expect("second interview step");
        assert!(
            request.what_to_do.contains("may well be refused"),
            "{}",
            request.what_to_do
        );
        assert!(
            request.what_to_do.contains("rarely"),
            "{}",
            request.what_to_do
        );
        assert!(request
            .what_to_do
            .contains("a family emergency that morning"));
        assert!(
            request.why.iter().any(|w| w.contains("final round")),
            "{:?}",
            request.why
        );
        assert!(
            request.why.iter().any(|w| w.contains("family emergency")),
            "{:?}",
            request.why
        );
        assert!(omitted(&plan, StepKind::SecondInterviewRequest).is_none());
        let note = step(&plan, StepKind::FollowUpNote).unwrap();
        assert!(request.due_at > note.due_at, "the note goes first");
        assert!(
            plan.encouragement.is_some(),
            "serious damage brings encouragement"
        );
    }

    #[test]
    fn the_same_lateness_without_an_extenuating_circumstance_gets_no_second_interview_and_says_why()
    {
        let plan = generate_plan(&late_strong_candidate(None));
        assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
        let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
            .unwrap()
            .reason;
        assert!(reason.contains("extenuating circumstance"), "{reason}");
        assert!(
            !reason.contains("strong candidate"),
            "only the failed condition is named: {reason}"
        );
    }

    #[test]
    fn a_weak_candidate_with_an_excuse_gets_no_second_interview_and_the_reason_names_strength() {
        let mut input = late_strong_candidate(Some("a family emergency"));
        input.interview.stage = Stage::Screening;
        input.interview.strengths.clear();
        let plan = generate_plan(&input);
        assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
        let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
            .unwrap()
            .reason;
        assert!(reason.contains("strong candidate"), "{reason}");
    }

    #[test]
    fn minor_damage_needs_no_second_interview_even_with_an_excuse() {
        let mut input = late_strong_candidate(Some("a family emergency"));
        input.damage_score = 10;
        input.band = DamageBand::Minor;
        let plan = generate_plan(&input);
        let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
            .unwrap()
            .reason;
        assert!(reason.contains("minor"), "{reason}");
        assert!(plan.encouragement.is_none());
    }

    #[test]
    fn a_body_language_only_worry_gets_a_caution_and_no_damage_control() {
        let mut worry = gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unsure);
        worry.description = Some("The partner frowned through my answer on leases".to_string());
        worry.extenuating_circumstance = Some("I had barely slept".to_string());
        let mut facts = interview();
        facts.stage = Stage::Final;
        let plan = generate_plan(&input(
            facts.clone(),
            vec![worry.clone()],
            30,
            "2026-11-20T16:00:00Z",
        ));

        let review = step(&plan, StepKind::Review).unwrap();
        assert!(
            review.what_to_do.contains("easy to over-read"),
            "{}",
            review.what_to_do
        );
        assert!(step(&plan, StepKind::ReferenceTipOff).is_none());
        assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
        for kind in [StepKind::ReferenceTipOff, StepKind::SecondInterviewRequest] {
            assert!(omitted(&plan, kind)
                .unwrap()
                .reason
                .contains("body language"));
        }

        let note = step(&plan, StepKind::FollowUpNote)
            .unwrap()
            .draft
            .clone()
            .unwrap();
        for word in ["frown", "body language", "expression", "slept", "leases"] {
            assert!(!note.to_lowercase().contains(word), "{word} in {note}");
        }
        let ctx = ReviewContext {
            interviewers: facts.interviewers.clone(),
            gaffes: vec![worry],
            company: facts.company.clone(),
        };
        assert!(review_note(&note, Some(&ctx)).findings.is_empty());
    }

    #[test]
    fn a_plan_made_a_week_later_has_no_cool_off_step() {
        let plan = generate_plan(&input(interview(), vec![], 40, "2026-11-27T14:00:00Z"));
        assert!(step(&plan, StepKind::CoolOff).is_none());
        let reason = &omitted(&plan, StepKind::CoolOff).unwrap().reason;
        assert!(reason.contains("7 days ago"), "{reason}");
        let review = step(&plan, StepKind::Review).unwrap();
        assert!(
            review.what_to_do.contains("rate the interview again"),
            "re-rating moves to the review"
        );
        let note = step(&plan, StepKind::FollowUpNote).unwrap();
        assert!(
            note.due_at >= at("2026-11-27T14:00:00Z"),
            "never due in the past"
        );
        assert!(
            note.due_at <= at("2026-11-27T20:00:00Z"),
            "due soon after now"
        );
        assert!(note.what_to_do.contains("has passed"));
    }

    #[test]
    fn a_plan_made_right_after_a_worse_feeling_interview_cools_off_longer() {
        let now = "2026-11-20T14:30:00Z";
        let mut terrible = interview();
        terrible.self_rating = 1;
        let mut fine = interview();
        fine.self_rating = 4;
        let long = generate_plan(&input(terrible, vec![], 40, now));
        let short = generate_plan(&input(fine, vec![], 40, now));
        let long_until = step(&long, StepKind::CoolOff).unwrap().due_at;
        let short_until = step(&short, StepKind::CoolOff).unwrap().due_at;
        assert_eq!(long_until, at("2026-11-21T14:00:00Z"));
        assert_eq!(short_until, at("2026-11-20T20:00:00Z"));
        assert!(step(&long, StepKind::CoolOff)
            .unwrap()
            .what_to_do
            .contains("rate the interview again"));
    }

    #[test]
    fn the_follow_up_note_is_due_within_a_day_or_so_of_the_interview() {
        let plan = generate_plan(&input(interview(), vec![], 40, "2026-11-20T15:00:00Z"));
        let note = step(&plan, StepKind::FollowUpNote).unwrap();
        assert_eq!(note.due_at, at("2026-11-21T14:00:00Z"));
        assert!(!note.what_to_do.contains("has passed"));
        assert!(note
            .draft
            .as_deref()
            .unwrap()
            .starts_with("Dear Armin Keller,"));
    }

    #[test]
    fn the_wrong_name_interview_plan_drafts_a_note_to_armin_never_arnold() {
        let mut wrong_name = gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain);
        wrong_name.description = Some("Kept calling him Arnold".to_string());
        let plan = generate_plan(&input(
            interview(),
            vec![wrong_name],
            35,
            "2026-11-20T18:00:00Z",
        ));
        let draft = step(&plan, StepKind::FollowUpNote)
            .unwrap()
            .draft
            .clone()
            .unwrap();
        assert!(draft.contains("Armin"));
        assert!(!draft.contains("Arnold"));
    }

    #[test]
    fn an_omitted_experience_brings_a_reference_tip_off_with_a_drafted_message() {
        let mut omitted_experience = gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unlikely);
        omitted_experience.description =
            Some("I built the client relationships for our top ten accounts".to_string());
        let plan = generate_plan(&input(
            interview(),
            vec![omitted_experience],
            30,
            "2026-11-20T18:00:00Z",
        ));
        let tip_off = step(&plan, StepKind::ReferenceTipOff).expect("reference tip-off");
        let message = tip_off.draft.as_deref().unwrap();
        assert!(
            message.contains("I built the client relationships for our top ten accounts"),
            "{message}"
        );
        assert!(message.contains("Northwind Capital"));
        let note = step(&plan, StepKind::FollowUpNote).unwrap();
        assert!(tip_off.due_at > note.due_at);

        let mut rejected = interview();
        rejected.outcome = Outcome::Rejected;
        let plan = generate_plan(&input(
            rejected,
            vec![gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)],
            30,
            "2026-11-20T18:00:00Z",
        ));
        assert!(omitted(&plan, StepKind::ReferenceTipOff)
            .unwrap()
            .reason
            .contains("over"));
    }

    #[test]
    fn without_anything_for_a_reference_to_add_there_is_no_tip_off() {
        let plan = generate_plan(&input(
            interview(),
            vec![gaffe(GaffeKind::Late, Noticed::Certain)],
            30,
            "2026-11-20T18:00:00Z",
        ));
        assert!(omitted(&plan, StepKind::ReferenceTipOff)
            .unwrap()
            .reason
            .contains("Nothing for a reference"));
    }

    #[test]
    fn the_review_prompts_per_gaffe_and_per_weak_question_and_inventories_strengths() {
        let mut salary = gaffe(GaffeKind::SalaryBlank, Noticed::Certain);
        salary.question_index = Some(1);
        let plan = generate_plan(&input(
            interview(),
            vec![salary],
            40,
            "2026-11-20T18:00:00Z",
        ));
        let review = step(&plan, StepKind::Review).unwrap();
        assert!(review
            .what_to_do
            .contains("No answer on salary (mid-interview)"));
        assert!(review.what_to_do.contains("What would a better answer"));
        assert!(review
            .what_to_do
            .contains("What are your salary expectations?"));
        assert!(review.what_to_do.contains("Clear walk-through of the DCF"));
        assert!(review.what_to_do.contains("a strong answer to"));
        assert!(!review.what_to_do.contains("over-read"));
    }

    #[test]
    fn lessons_give_one_prevention_per_distinct_gaffe_kind() {
        let gaffes = vec![
            gaffe(GaffeKind::Late, Noticed::Certain),
            gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
            gaffe(GaffeKind::Late, Noticed::Likely),
        ];
        let plan = generate_plan(&input(interview(), gaffes, 50, "2026-11-20T18:00:00Z"));
        let kinds: Vec<GaffeKind> = plan.lessons.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![GaffeKind::SalaryBlank, GaffeKind::Late]);
        for lesson in &plan.lessons {
            assert_eq!(lesson.prevention, entry(lesson.kind).prevention);
        }
        let step = step(&plan, StepKind::Lessons).unwrap();
        assert!(step
            .what_to_do
            .contains("- Arrived late: Plan the route the day before"));

        let none = generate_plan(&input(interview(), vec![], 10, "2026-11-20T18:00:00Z"));
        assert!(none.lessons.is_empty());
        assert!(omitted(&none, StepKind::Lessons).is_some());
    }

    #[test]
    fn the_plan_carries_the_rules_version_and_serialises_step_kinds_in_snake_case() {
        let plan = generate_plan(&input(interview(), vec![], 10, "2026-11-20T18:00:00Z"));
        assert_eq!(plan.rules_version, RULES_VERSION);
        let json = serde_json::to_value(&plan).unwrap();
        assert_eq!(json["steps"][0]["kind"], serde_json::json!("cool_off"));
        for &kind in StepKind::ALL {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::json!(kind.as_str())
            );
        }
    }

    fn arb_gaffe() -> impl Strategy<Value = GaffeFacts> {
        (
            prop::sample::select(GaffeKind::ALL.to_vec()),
            prop::sample::select(vec![
                Noticed::Certain,
                Noticed::Likely,
                Noticed::Unsure,
                Noticed::Unlikely,
            ]),
            any::<bool>(),
            prop::option::of("[a-z ]{0,40}"),
            prop::option::of("[a-z ]{1,20}"),
        )
            .prop_map(
                |(kind, noticed, corrected, description, circumstance)| GaffeFacts {
                    kind,
                    description,
                    noticed,
                    moment: Moment::Mid,
                    corrected_in_interview: corrected,
                    extenuating_circumstance: circumstance,
                    question_index: None,
                },
            )
    }

    proptest! {
        #[test]
        fn every_step_kind_is_planned_or_omitted_and_due_times_never_go_backwards(
            gaffes in prop::collection::vec(arb_gaffe(), 0..6),
            damage in 0u8..=100,
            rating in 1u8..=5,
            minutes_after in -120i64..20_000,
            stage in prop::sample::select(vec![Stage::Screening, Stage::Panel, Stage::Final]),
            outcome in prop::sample::select(vec![Outcome::Pending, Outcome::Advanced, Outcome::Rejected, Outcome::Offer]),
            warm in any::<bool>(),
        ) {
            let mut facts = interview();
            facts.self_rating = rating;
            facts.stage = stage;
            facts.outcome = outcome;
            let now = facts.occurred_at + TimeDelta::minutes(minutes_after);
            let input = PlanInput {
                interview: facts,
                gaffes,
                damage_score: damage,
                band: DamageBand::from_score(damage),
                now,
                tone: if warm { NoteTone::Warm } else { NoteTone::Formal },
            };
            let plan = generate_plan(&input);
            for &kind in StepKind::ALL {
                let planned = plan.steps.iter().filter(|s| s.kind == kind).count();
                let left_out = plan.omitted.iter().filter(|s| s.kind == kind).count();
                prop_assert_eq!(planned + left_out, 1, "{:?}", kind);
            }
            prop_assert!(plan.steps.windows(2).all(|w| w[0].kind < w[1].kind && w[0].due_at <= w[1].due_at));
            prop_assert!(plan.steps.iter().all(|s| s.due_at >= now));
            let note = plan.steps.iter().find(|s| s.kind == StepKind::FollowUpNote).and_then(|s| s.draft.clone());
            let note = note.unwrap_or_default();
            let review = review_note(&note, None);
            prop_assert!(review.word_count <= crate::domain::note::MAX_NOTE_WORDS);
            prop_assert!(!review.findings.iter().any(|f| matches!(f.kind, FindingKind::Apology | FindingKind::Excuse)));
            prop_assert_eq!(generate_plan(&input), plan);
        }
    }
}
