//! The step builders: one function per step kind, each returning the step or the reason it is left out.

use super::wording::{described, format_elapsed, format_time, gaffe_why, moment_word};
use super::{add_hours, Derived, Lesson, PlanInput, PlanStep, StepKind, QUOTE_WORDS};
use crate::domain::catalogue::entry;
use crate::domain::note::{draft_follow_up_note, experience_phrase, is_repairable_by_note};
use crate::domain::text::{adds_nothing, clip_words, join_names};
use crate::domain::{
    AnswerQuality, DamageBand, GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome, Stage,
};

/// Article step 1: take a timeout. Present only while the cool-off for this self-rating is still running (at most a
/// day after the interview, for one rated 1/5); a plan made later goes straight to the review.
pub(super) fn cool_off_step(input: &PlanInput, facts: &Derived) -> Result<PlanStep, String> {
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

/// Article step 2: a clinical post-mortem. Per gaffe: what exactly happened and what a better response would have
/// been; per weak or blanked question: what information was missing; then an inventory of what went well against
/// what went badly. When the only evidence is body language, a caution that expressions are easy to over-read.
pub(super) fn review_step(input: &PlanInput, facts: &Derived) -> PlanStep {
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
    let (title, moment) = (entry(gaffe.kind).title, moment_word(gaffe.moment));
    // "Late arrival (on arrival)" says it twice.
    let mut prompt = if adds_nothing(title, moment) {
        title.to_string()
    } else {
        format!("{title} ({moment})")
    };
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

/// Article step 4: the thank-you note, due within a day of the interview (after the cool-off and review), or soon
/// after `now` when that moment has passed. Carries the drafted note.
pub(super) fn follow_up_note_step(input: &PlanInput, facts: &Derived) -> PlanStep {
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

/// Article step 4 (references): when the interview left out something a reference could vouch for, namely an
/// omitted key experience (however noticed) or a behavioural strength that did not come across (a weak
/// behavioural answer), and the hiring process is still open (not rejected, withdrawn or already an offer).
/// Never for a body-language-only worry. Due a day after the note.
pub(super) fn reference_tip_off_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
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

/// Article step 5: ask for a second shot, as the absolute last resort. Every condition must hold:
///
/// 1. the process is not closed by an offer or a withdrawal (after a rejection there is nothing left to lose);
/// 2. the worry is not only body language;
/// 3. the damage is real: the band is `recoverable` or `serious` (for `minor` damage the note is enough);
/// 4. the candidate is otherwise strong (see [`strong_candidate_reasons`]);
/// 5. an extenuating circumstance (a family emergency, say) was logged on some gaffe.
///
/// Due two days after the note, so the note goes first.
pub(super) fn second_interview_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
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

/// Article step 5 ("already a very strong candidate"), made precise. The candidate is strong when any of these holds,
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

/// Article step 6: one prevention item per distinct logged gaffe kind. Due after the other steps.
pub(super) fn lessons_step(facts: &Derived, lessons: &[Lesson]) -> Result<PlanStep, String> {
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

pub(super) fn lessons(gaffes: &[GaffeFacts]) -> Vec<Lesson> {
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

/// Article step 3: don't give up yet. Only when the damage is serious.
pub(super) fn encouragement(input: &PlanInput) -> Option<String> {
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
