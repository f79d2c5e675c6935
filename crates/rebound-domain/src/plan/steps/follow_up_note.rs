//! Article step 4: follow up with the interviewer(s), with the drafted thank-you note.

use crate::catalogue::entry;
use crate::note::{draft_follow_up_note_in, experience_phrase, is_repairable_by_note, NoteDraft};
use crate::plan::wording::{described, format_time};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind};
use crate::text::join_names;

use super::reference_tip_off::MAX_REFERENCE_POINTS;
use crate::{GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome};

/// Article step 4: the thank-you note, due within a day of the interview (after the cool-off and review), or soon
/// after `now` when that moment has passed. Carries the drafted note.
///
/// On the recovery path it sets the record straight; after a good interview, an advance or an offer it is a plain
/// thank-you; after a rejection or a withdrawal it is a gracious reply that keeps the relationship (the interviewers
/// may decide differently later or think of the candidate for another role) and, after a rejection, may ask for
/// feedback. A forgotten key experience is a strength left out, not a mistake to hide, so the note adds it however
/// surely the interviewers noticed the gap.
///
/// The note repairs at most two slips (see [`crate::note::MAX_NOTE_REPAIRS`]); when it has no room for more, a line
/// of `why` says where the rest go: an experience to the reference tip-off, anything else to the preparation for
/// the next round.
pub(in crate::plan) fn follow_up_note_step(input: &PlanInput, facts: &Derived) -> PlanStep {
    let interview = &input.interview;
    let note = draft_follow_up_note_in(interview, &input.gaffes, input.tone, input.locale);
    let (title, mut what_to_do) =
        sending_instructions(interview, facts.path, &recipients(interview), &note.subject);
    what_to_do.push_str(&when_to_send(input, facts));
    PlanStep {
        kind: StepKind::FollowUpNote,
        title: title.to_string(),
        what_to_do,
        why: note_reasons(input, facts.path, &note),
        due_at: facts.note_due,
        draft: Some(note.body),
    }
}

/// Who the note goes to: the interviewers by their logged names, else "the interviewers".
fn recipients(interview: &InterviewFacts) -> String {
    let names: Vec<&str> = interview
        .interviewers
        .iter()
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        "the interviewers".to_string()
    } else {
        join_names(&names)
    }
}

/// The step's title and what to do with the note on each path: set the record straight, thank them plainly, or
/// reply graciously to a decision (asking for feedback after a rejection).
fn sending_instructions(
    interview: &InterviewFacts,
    path: PlanPath,
    recipients: &str,
    subject: &str,
) -> (&'static str, String) {
    match path {
        PlanPath::Recovery => (
            "Send a short thank-you note",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}. Fill in the \
                 bracketed placeholders and keep it short; do not add apologies or explanations."
            ),
        ),
        PlanPath::WentWell => (
            "Send a short thank-you note",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}: a plain thank-you \
                 that restates your interest. Fill in the bracketed placeholders and keep it short."
            ),
        ),
        PlanPath::MovingOn => (
            "Send a plain thank-you",
            format!(
                "Send the note below to {recipients} with the subject \u{201c}{subject}\u{201d}: thank them for \
                 their time and say you look forward to {}. Fill in the bracketed placeholders and keep it short.",
                if interview.outcome == Outcome::Offer {
                    "discussing the offer"
                } else {
                    "the next round"
                }
            ),
        ),
        PlanPath::NotSelected => (
            "Reply graciously and keep the door open",
            format!(
                "Reply to {recipients}, starting from the note below (subject \u{201c}{subject}\u{201d}): thank \
                 them for their time{}, and say you would welcome hearing about future roles{}. Keep it short and \
                 warm; do not argue the decision or go back over what went wrong.",
                if interview.outcome == Outcome::Rejected {
                    " and for letting you know"
                } else {
                    " and their consideration"
                },
                if interview.outcome == Outcome::Rejected {
                    ". If you would like to know what to improve, ask whether they could share brief feedback"
                } else {
                    ""
                }
            ),
        ),
    }
}

/// When to send it, as a sentence to append: by the due time, or soon when the ideal moment has passed.
fn when_to_send(input: &PlanInput, facts: &Derived) -> String {
    if facts.note_late {
        " The ideal moment, within a day of the interview, has passed: send it anyway, soon."
            .to_string()
    } else {
        format!(
            " Send it by {}.",
            format_time(facts.note_due, input.time_zone)
        )
    }
}

/// Why send it: after a decision, the relationship; otherwise courtesy, then what the note repairs or adds (and, on
/// the recovery path, what it deliberately leaves out).
fn note_reasons(input: &PlanInput, path: PlanPath, note: &NoteDraft) -> Vec<String> {
    let interview = &input.interview;
    let repairs = &note.repairs;
    match path {
        PlanPath::NotSelected => {
            let who = if interview.outcome == Outcome::Rejected {
                "You did not get this role"
            } else {
                "You withdrew from this process"
            };
            vec![
                format!(
                    "{who}, but the people who interviewed you may decide differently later, think of you for \
                     another role at {}, or one day hire at a firm you want to join",
                    interview.company.trim()
                ),
                "A gracious reply leaves them a better last impression than the interview did".to_string(),
            ]
        }
        PlanPath::Recovery => {
            // When the note repairs nothing (a body-language worry, say), it must not sound like damage control.
            let sets_straight = input
                .gaffes
                .iter()
                .any(|g| repairs.contains(&g.kind) && is_repairable_by_note(g));
            let mut why = vec![if sets_straight {
                "A thank-you note is basic courtesy and the natural place to set the record straight"
            } else {
                "A thank-you note is basic courtesy; here it needs nothing more than your thanks"
            }
            .to_string()];
            why.extend(repair_reasons(input, repairs, true));
            why.extend(left_to_later(input, note));
            why
        }
        PlanPath::WentWell | PlanPath::MovingOn => {
            let mut why = vec![
                "A thank-you note is basic courtesy and keeps you fresh in their minds".to_string(),
            ];
            why.extend(repair_reasons(input, repairs, false));
            why.extend(left_to_later(input, note));
            why
        }
    }
}

/// One line per gaffe the note repairs or adds, and (with `leave_outs`) per noticed-maybe mistake it deliberately
/// leaves out.
fn repair_reasons(input: &PlanInput, repairs: &[GaffeKind], leave_outs: bool) -> Vec<String> {
    let mut why = Vec::new();
    for gaffe in &input.gaffes {
        let label = entry(gaffe.kind).label;
        let repaired = repairs.contains(&gaffe.kind) && is_repairable_by_note(gaffe);
        if repaired && gaffe.kind == GaffeKind::OmittedKeyExperience {
            let line = format!(
                "It adds: {label}. A strength you forgot to mention is not a mistake to hide, so it belongs in the \
                 note whether or not they noticed"
            );
            if !why.contains(&line) {
                why.push(line);
            }
        } else if repaired {
            why.push(format!("It repairs: {label} (noticed: certain)"));
        } else if leave_outs
            && gaffe.noticed != Noticed::Certain
            && gaffe.kind != GaffeKind::OmittedKeyExperience
        {
            // Named by its catalogue title: "It leaves out no answer on salary" read as a double negative.
            why.push(format!(
                "Left out of the note on purpose: \u{201c}{}\u{201d}, since you are not sure they noticed it and \
                 the note should not point it out",
                entry(gaffe.kind).title
            ));
        }
    }
    why
}

/// What the note has no room for, and where it goes instead: the brevity budget keeps the note to the slips that
/// matter most, so the experiences it leaves out go to the reference (whose step exists whenever one is left out:
/// the process is open; it hears first about these, up to its limit), and any other slip, or an experience beyond
/// the reference's limit, to the preparation for the next round. `None` when nothing is left out.
fn left_to_later(input: &PlanInput, note: &NoteDraft) -> Option<String> {
    let left: Vec<&GaffeFacts> = note
        .left_out
        .iter()
        .filter_map(|&i| input.gaffes.get(i))
        .collect();
    if left.is_empty() {
        return None;
    }
    let mut experiences: Vec<String> = Vec::new();
    let mut to_prepare: Vec<String> = Vec::new();
    for gaffe in left {
        if gaffe.kind != GaffeKind::OmittedKeyExperience {
            to_prepare.push(entry(gaffe.kind).label.to_string());
            continue;
        }
        let experience = described(&gaffe.description)
            .map_or_else(|| "[the experience]".to_string(), |d| experience_phrase(&d));
        if experiences.len() < MAX_REFERENCE_POINTS {
            experiences.push(format!("\u{201c}{experience}\u{201d}"));
        } else {
            to_prepare.push(experience);
        }
    }
    to_prepare.dedup();
    let mut parts = Vec::new();
    if !to_prepare.is_empty() {
        let items: Vec<&str> = to_prepare.iter().map(String::as_str).collect();
        parts.push(format!(
            "{} {} left to your preparation for the next round",
            join_names(&items),
            if items.len() == 1 { "is" } else { "are" }
        ));
    }
    if !experiences.is_empty() {
        let items: Vec<&str> = experiences.iter().map(String::as_str).collect();
        parts.push(format!(
            "the {} it has no room for, {}, {} to the reference you brief instead",
            if items.len() == 1 {
                "experience"
            } else {
                "experiences"
            },
            join_names(&items),
            if items.len() == 1 { "goes" } else { "go" }
        ));
    }
    let written = note
        .repairs
        .iter()
        .filter(|k| **k != GaffeKind::WrongInterviewerName)
        .count();
    Some(format!(
        "To stay brief, the note spends its words on only {} that {} most: {}",
        if written == 1 {
            "the slip"
        } else {
            "the two slips"
        },
        if written == 1 { "matters" } else { "matter" },
        parts.join(", and ")
    ))
}

#[cfg(test)]
mod tests {
    use crate::note::NoteTone;
    use crate::plan::{generate_plan, PlanInput, PlanStep, RecoveryPlan, StepKind};
    use crate::scoring::assess;
    use crate::test_support::{at, gaffe, interview, question};
    use crate::{AnswerQuality, GaffeFacts, GaffeKind, InterviewFacts, Noticed};

    /// The plan a day after `interview()` with these gaffes and a blanked technical question.
    fn plan(gaffes: Vec<GaffeFacts>) -> RecoveryPlan {
        let facts = InterviewFacts {
            questions: vec![question(
                "How would you build a three-statement model?",
                AnswerQuality::Blanked,
            )],
            ..interview()
        };
        let assessment = assess(&facts, &gaffes);
        generate_plan(&PlanInput::new(
            facts,
            gaffes,
            &assessment,
            at("2026-11-21T09:00:00Z"),
            NoteTone::Formal,
        ))
    }

    fn step(plan: &RecoveryPlan, kind: StepKind) -> &PlanStep {
        plan.steps
            .iter()
            .find(|s| s.kind == kind)
            .expect("the step is in the plan")
    }

    fn experience(description: &str) -> GaffeFacts {
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(description)
    }

    #[test]
    fn the_plan_says_where_the_slips_the_note_has_no_room_for_go() {
        let plan = plan(vec![
            gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
            experience("Never mentioned my CPA licence"),
            gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
            experience("I led the monthly close for a 40-entity group at Contoso"),
            gaffe(GaffeKind::TechnicalBlank, Noticed::Certain).on_question(0),
            experience("Forgot to mention leading the SAP migration"),
            gaffe(GaffeKind::UnclearOnRole, Noticed::Certain),
        ]);
        let note = step(&plan, StepKind::FollowUpNote);
        assert!(
            note.why.contains(
                &"To stay brief, the note spends its words on only the two slips that matter most: no answer on \
                  salary and my experience leading the SAP migration are left to your preparation for the next round, and the \
                  experiences it has no room for, \u{201c}my CPA licence\u{201d} and \u{201c}I led the monthly close \
                  for a 40-entity group at Contoso\u{201d}, go to the reference you brief instead"
                    .to_string()
            ),
            "{:#?}",
            note.why
        );
        let reference = step(&plan, StepKind::ReferenceTipOff);
        let draft = reference.draft.as_deref().unwrap_or_default();
        assert!(
            draft.contains(
                "Two things I did not get across well in the interview: my CPA licence and that I led the monthly \
                 close for a 40-entity group at Contoso. If it comes up naturally, it would help a lot if you could \
                 mention them."
            ),
            "{draft}"
        );
    }

    #[test]
    fn the_reference_hears_first_about_what_the_note_leaves_out_and_one_point_is_it() {
        let plan = plan(vec![
            experience("Never mentioned my CPA licence"),
            experience("I led the monthly close for a 40-entity group at Contoso"),
            experience("Forgot to mention leading the SAP migration"),
        ]);
        let draft = step(&plan, StepKind::ReferenceTipOff)
            .draft
            .clone()
            .unwrap_or_default();
        assert!(
            draft.contains(
                "Two things I did not get across well in the interview: my experience leading the SAP migration \
                 and my CPA licence."
            ),
            "{draft}"
        );
        let one = plan_with_one();
        assert!(
            one.ends_with("could mention it.\n\nThank you for your support,\n[Your name]"),
            "{one}"
        );
    }

    fn plan_with_one() -> String {
        let plan = plan(vec![experience("Never mentioned my CPA licence")]);
        step(&plan, StepKind::ReferenceTipOff)
            .draft
            .clone()
            .unwrap_or_default()
    }
}
