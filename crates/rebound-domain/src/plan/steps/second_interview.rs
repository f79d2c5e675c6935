//! Article step 5: ask for a second shot, as the absolute last resort.

use rebound_i18n::Locale;

use super::{body_language_reason_in, strengths_list, weak_questions};
use crate::plan::wording::{described, kind_text, say};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind};
use crate::{DamageBand, EmployerInterest, GaffeFacts, InterviewFacts, Noticed, Stage};

/// Article step 5: ask for a second shot, as the absolute last resort. The article's condition is a strong
/// candidate the employer was leaning towards, with the decision still open. So only on the recovery path (a
/// rejection, an advance, an offer, a withdrawal or a good interview leave nothing to make up for), and:
///
/// 1. the worry is not only body language;
/// 2. the slips did real damage: the damage *before* strengths offset any of it is `recoverable` or `serious`
///    (strengths must not argue the article's strong candidate out of the request);
/// 3. the employer's interest was `strong` before things went wrong (set on the interview: the stage reached says
///    nothing about it on its own).
///
/// An extenuating circumstance (a family emergency, say) is not required; when one was logged, the request
/// mentions it once and the plan counts it as making the case stronger. Due two days after the note, on a weekday,
/// so the note goes first.
pub(in crate::plan) fn second_interview_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let locale = input.locale;
    off_the_table(input, facts)?;
    let gross_band = DamageBand::from_score(input.damage_before_offsets);
    let failed = unmet_conditions(input, gross_band);
    if !failed.is_empty() {
        return Err(format!(
            "{} {}",
            say!(locale, "plan-second-omitted"),
            failed.join(" ")
        ));
    }
    let circumstance = input
        .gaffes
        .iter()
        .find_map(|g| described(&g.extenuating_circumstance).map(|c| (g, c)));
    let circumstance = circumstance.as_ref().map(|(g, c)| (*g, c.as_str()));
    Ok(PlanStep {
        kind: StepKind::SecondInterviewRequest,
        title: say!(locale, "plan-second-title"),
        what_to_do: request_instructions(locale, &input.interview, circumstance.map(|(_, c)| c)),
        why: request_reasons(input, circumstance, gross_band),
        due_at: facts.request_due,
        draft: None,
    })
}

/// Why no request is considered at all: only the recovery path has something to make up for, and condition 1 (the
/// worry is not only body language) comes before the others are weighed.
fn off_the_table(input: &PlanInput, facts: &Derived) -> Result<(), String> {
    let locale = input.locale;
    let outcome = input.interview.outcome.as_str();
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::NotSelected => {
            return Err(say!(
                locale,
                "plan-second-omitted-not-selected",
                outcome = outcome
            ))
        }
        PlanPath::MovingOn => {
            return Err(say!(
                locale,
                "plan-second-omitted-moving-on",
                outcome = outcome
            ))
        }
        PlanPath::WentWell => return Err(say!(locale, "plan-second-omitted-went-well")),
    }
    if facts.body_language_only {
        return Err(body_language_reason_in(locale));
    }
    Ok(())
}

/// Conditions 2 and 3 that do not hold, each as a sentence: the slips did little harm, the employer was not
/// leaning towards the candidate.
fn unmet_conditions(input: &PlanInput, gross_band: DamageBand) -> Vec<String> {
    let locale = input.locale;
    let mut failed: Vec<String> = Vec::new();
    if gross_band == DamageBand::Minor {
        failed.push(say!(locale, "plan-second-unmet-minor"));
    }
    let interest = match input.interview.employer_interest {
        EmployerInterest::Strong => None,
        EmployerInterest::Unknown => Some("plan-second-unmet-interest-unknown"),
        EmployerInterest::Neutral => Some("plan-second-unmet-interest-neutral"),
        EmployerInterest::Weak => Some("plan-second-unmet-interest-weak"),
    };
    failed.extend(interest.map(|id| say!(locale, id)));
    failed
}

/// How to ask: briefly, naming the circumstance once when there is one, ready for a no, and after the thank-you
/// note.
fn request_instructions(
    locale: Locale,
    interview: &InterviewFacts,
    circumstance: Option<&str>,
) -> String {
    say!(
        locale,
        "plan-second-what",
        company = interview.company.trim(),
        role = interview.role_title.trim(),
        has_circumstance = if circumstance.is_some() { "yes" } else { "no" },
        circumstance = circumstance.unwrap_or_default()
    )
}

/// Why it may be worth asking: the employer's interest and what backs it up, the circumstance when there is one,
/// the real damage.
fn request_reasons(
    input: &PlanInput,
    circumstance: Option<(&GaffeFacts, &str)>,
    gross_band: DamageBand,
) -> Vec<String> {
    let locale = input.locale;
    let mut why = vec![say!(locale, "plan-second-why-interest")];
    why.extend(supporting_reasons(input));
    if let Some((gaffe, circumstance)) = circumstance {
        why.push(say!(
            locale,
            "plan-second-why-circumstance",
            title = kind_text(locale, gaffe.kind, "title"),
            circumstance = circumstance
        ));
    }
    why.push(say!(
        locale,
        "plan-second-why-damage",
        band = gross_band.as_str()
    ));
    why
}

/// Facts that back up the employer's strong interest, each as a reason: a late round reached, and strengths that
/// outnumber the weak spots (strengths = non-empty logged strengths + questions answered `strong`; weak spots =
/// questions answered `weak` or `blanked` + gaffes noticed `certain` or `likely`). Neither claims on its own that
/// the employer was leaning towards the candidate.
fn supporting_reasons(input: &PlanInput) -> Vec<String> {
    let locale = input.locale;
    let interview = &input.interview;
    let mut reasons = Vec::new();
    match interview.stage {
        Stage::Panel => reasons.push(say!(locale, "plan-second-why-panel")),
        Stage::Final => reasons.push(say!(locale, "plan-second-why-final")),
        _ => {}
    }
    let strengths = strengths_list(locale, interview).len();
    let weak_spots = weak_questions(interview).count()
        + input
            .gaffes
            .iter()
            .filter(|g| matches!(g.noticed, Noticed::Certain | Noticed::Likely))
            .count();
    if strengths > weak_spots {
        reasons.push(say!(
            locale,
            "plan-second-why-strengths",
            strengths = strengths,
            weak = weak_spots
        ));
    }
    reasons
}
