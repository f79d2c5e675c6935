//! Article step 4: follow up with the interviewer(s), with the drafted thank-you note.

use rebound_i18n::Locale;

use crate::note::{is_repairable_by_note, NoteDraft, ReferencePoint};
use crate::plan::wording::{described, format_time_in, join_in, kind_text, say};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind};

use super::reference_tip_off::MAX_REFERENCE_POINTS;
use crate::{GaffeFacts, GaffeKind, InterviewFacts, Noticed, Outcome};

/// Article step 4: the thank-you note, due within a day of the interview (after the cool-off and review), or soon
/// after `now` when that moment has passed. Carries the drafted note. Every text is in the plan's language.
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
    let locale = input.locale;
    let interview = &input.interview;
    let note = &facts.note;
    let what_to_do = format!(
        "{} {}",
        sending_instructions(locale, interview, facts.path, &note.subject),
        when_to_send(input, facts)
    );
    PlanStep {
        kind: StepKind::FollowUpNote,
        title: say!(locale, "plan-note-title", path = path_id(facts.path)),
        what_to_do,
        why: note_reasons(input, facts.path, note),
        due_at: facts.note_due,
        draft: Some(note.body.clone()),
    }
}

/// A path as the messages select on it.
fn path_id(path: PlanPath) -> &'static str {
    match path {
        PlanPath::Recovery => "recovery",
        PlanPath::WentWell => "went-well",
        PlanPath::MovingOn => "moving-on",
        PlanPath::NotSelected => "not-selected",
    }
}

/// Who the note goes to, as `plan-note-to` says it: the interviewers by their logged names, else "the
/// interviewers" (in French with its preposition: « à Hélène Côté », « aux personnes qui ont mené l’entrevue »).
fn recipients(locale: Locale, interview: &InterviewFacts) -> String {
    let names: Vec<&str> = interview
        .interviewers
        .iter()
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let named = if names.is_empty() { "no" } else { "yes" };
    say!(
        locale,
        "plan-note-to",
        named = named,
        names = join_in(locale, &names)
    )
}

/// What to do with the note on each path: set the record straight, thank them plainly, or reply graciously to a
/// decision (asking for feedback after a rejection).
fn sending_instructions(
    locale: Locale,
    interview: &InterviewFacts,
    path: PlanPath,
    subject: &str,
) -> String {
    let id = match path {
        PlanPath::Recovery => "plan-note-what-recovery",
        PlanPath::WentWell => "plan-note-what-went-well",
        PlanPath::MovingOn => "plan-note-what-moving-on",
        PlanPath::NotSelected if interview.outcome == Outcome::Rejected => {
            "plan-note-what-rejected"
        }
        PlanPath::NotSelected => "plan-note-what-withdrawn",
    };
    say!(
        locale,
        id,
        to = recipients(locale, interview),
        subject = subject,
        outcome = interview.outcome.as_str()
    )
}

/// When to send it, as a sentence: by the due time, or soon when the ideal moment has passed.
fn when_to_send(input: &PlanInput, facts: &Derived) -> String {
    let locale = input.locale;
    if facts.note_late {
        say!(locale, "plan-note-send-late")
    } else {
        say!(
            locale,
            "plan-note-send-by",
            due = format_time_in(locale, facts.note_due, input.time_zone)
        )
    }
}

/// Why send it: after a decision, the relationship; otherwise courtesy, then what the note repairs or adds (and, on
/// the recovery path, what it deliberately leaves out).
fn note_reasons(input: &PlanInput, path: PlanPath, note: &NoteDraft) -> Vec<String> {
    let locale = input.locale;
    let interview = &input.interview;
    let repairs = &note.repairs;
    match path {
        PlanPath::NotSelected => vec![
            say!(
                locale,
                "plan-note-why-not-selected",
                outcome = interview.outcome.as_str(),
                company = interview.company.trim()
            ),
            say!(locale, "plan-note-why-gracious"),
        ],
        PlanPath::Recovery => {
            // When the note repairs nothing (a body-language worry, say), it must not sound like damage control.
            let sets_straight = input
                .gaffes
                .iter()
                .any(|g| repairs.contains(&g.kind) && is_repairable_by_note(g));
            let first = if sets_straight {
                "plan-note-why-sets-straight"
            } else {
                "plan-note-why-thanks-only"
            };
            let mut why = vec![say!(locale, first)];
            why.extend(repair_reasons(input, repairs, true));
            why.extend(left_to_later(input, note));
            why
        }
        PlanPath::WentWell | PlanPath::MovingOn => {
            let mut why = vec![say!(locale, "plan-note-why-courtesy")];
            why.extend(repair_reasons(input, repairs, false));
            why.extend(left_to_later(input, note));
            why
        }
    }
}

/// One line per gaffe the note repairs or adds, and (with `leave_outs`) per noticed-maybe mistake it deliberately
/// leaves out.
fn repair_reasons(input: &PlanInput, repairs: &[GaffeKind], leave_outs: bool) -> Vec<String> {
    let locale = input.locale;
    let mut why = Vec::new();
    for gaffe in &input.gaffes {
        let label = kind_text(locale, gaffe.kind, "label");
        let repaired = repairs.contains(&gaffe.kind) && is_repairable_by_note(gaffe);
        if repaired && gaffe.kind == GaffeKind::OmittedKeyExperience {
            let line = say!(locale, "plan-note-why-adds", label = label);
            if !why.contains(&line) {
                why.push(line);
            }
        } else if repaired {
            why.push(say!(locale, "plan-note-why-repairs", label = label));
        } else if leave_outs
            && gaffe.noticed != Noticed::Certain
            && gaffe.kind != GaffeKind::OmittedKeyExperience
        {
            // Named by its catalogue title: "It leaves out no answer on salary" read as a double negative.
            why.push(say!(
                locale,
                "plan-note-why-left-out-on-purpose",
                title = kind_text(locale, gaffe.kind, "title")
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
    let locale = input.locale;
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
            to_prepare.push(kind_text(locale, gaffe.kind, "label").into_owned());
            continue;
        }
        let experience = described(&gaffe.description).map_or_else(
            || say!(locale, "plan-note-unnamed-experience"),
            |d| ReferencePoint::Experience(d).in_words(locale),
        );
        if experiences.len() < MAX_REFERENCE_POINTS {
            experiences.push(say!(
                locale,
                "plan-note-quoted-experience",
                experience = experience
            ));
        } else {
            to_prepare.push(experience);
        }
    }
    to_prepare.dedup();
    let parts = match (to_prepare.is_empty(), experiences.is_empty()) {
        (false, false) => "both",
        (false, true) => "preparation",
        _ => "reference",
    };
    let written = note
        .repairs
        .iter()
        .filter(|k| **k != GaffeKind::WrongInterviewerName)
        .count();
    let list = |items: &[String]| {
        join_in(
            locale,
            &items.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    Some(say!(
        locale,
        "plan-note-why-no-room",
        written = if written == 1 { "one" } else { "two" },
        parts = parts,
        prepare = list(&to_prepare),
        prepare_count = to_prepare.len(),
        experiences = list(&experiences),
        experience_count = experiences.len()
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
