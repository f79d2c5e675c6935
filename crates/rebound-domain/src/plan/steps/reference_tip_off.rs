//! Article step 4 (references): tip off a trusted reference.

use super::body_language_reason_in;
use crate::note::{reference_message, ReferencePoint};
use crate::plan::wording::{described, gaffe_why_in, kind_text, say};
use crate::plan::{Derived, PlanInput, PlanStep, StepKind};
use crate::{GaffeFacts, GaffeKind, Outcome};
use rebound_i18n::Locale;

/// Article step 4 (references): when the interview left out something a reference could vouch for, namely an
/// omitted key experience (however noticed) or a behavioural strength that did not come across (a weak
/// behavioural answer), and the hiring process is still open (not rejected, withdrawn or already an offer).
/// Never for a body-language-only worry. Due a day after the note, on a weekday. Every text is in the plan's language.
pub(in crate::plan) fn reference_tip_off_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let locale = input.locale;
    // What the note has no room for comes first: the plan tells the candidate it goes to the reference.
    let left_out = &facts.note.left_out;
    let is_trigger = |g: &GaffeFacts| {
        matches!(
            g.kind,
            GaffeKind::OmittedKeyExperience | GaffeKind::WeakBehavioralAnswer
        )
    };
    let mut triggers: Vec<(usize, &GaffeFacts)> = input
        .gaffes
        .iter()
        .enumerate()
        .filter(|(_, g)| is_trigger(g))
        .collect();
    // A stable sort: the left-out ones first, each group in logged order.
    triggers.sort_by_key(|(i, _)| !left_out.contains(i));
    let triggers: Vec<&GaffeFacts> = triggers.into_iter().map(|(_, g)| g).collect();
    if facts.body_language_only {
        return Err(body_language_reason_in(locale));
    }
    if triggers.is_empty() {
        return Err(say!(
            locale,
            "plan-tip-off-omitted-nothing",
            omitted = kind_text(locale, GaffeKind::OmittedKeyExperience, "title"),
            weak = kind_text(locale, GaffeKind::WeakBehavioralAnswer, "title")
        ));
    }
    if is_closed(input.interview.outcome) {
        return Err(say!(
            locale,
            "plan-tip-off-omitted-closed",
            outcome = input.interview.outcome.as_str()
        ));
    }
    Ok(PlanStep {
        kind: StepKind::ReferenceTipOff,
        title: say!(locale, "plan-tip-off-title"),
        what_to_do: say!(locale, "plan-tip-off-what"),
        why: triggers.iter().map(|g| gaffe_why_in(locale, g)).collect(),
        due_at: facts.tip_off_due,
        draft: Some(reference_message(
            &input.interview,
            &reference_points(&triggers, locale),
            locale,
        )),
    })
}

/// How many points one tip-off asks a reference to mention; more would read like a script.
pub(super) const MAX_REFERENCE_POINTS: usize = 2;

/// What the reference could vouch for, at most [`MAX_REFERENCE_POINTS`] and each once: an omitted experience in the
/// candidate's words about themselves, or, for a weak behavioural answer, how they work with people.
fn reference_points(triggers: &[&GaffeFacts], locale: Locale) -> Vec<String> {
    let mut points: Vec<String> = Vec::new();
    for gaffe in triggers {
        let point = match gaffe.kind {
            GaffeKind::OmittedKeyExperience => match described(&gaffe.description) {
                Some(d) => ReferencePoint::Experience(d),
                None => ReferencePoint::UnnamedExperience,
            },
            _ => ReferencePoint::WithColleagues,
        }
        .in_words(locale);
        if !points.contains(&point) && points.len() < MAX_REFERENCE_POINTS {
            points.push(point);
        }
    }
    points
}

/// Whether the process is over, so no reference is likely to be called: an offer, a withdrawal or a rejection.
fn is_closed(outcome: Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Offer | Outcome::Withdrawn | Outcome::Rejected
    )
}
