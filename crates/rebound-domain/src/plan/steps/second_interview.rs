//! Article step 5: ask for a second shot, as the absolute last resort.

use super::{body_language_reason, outcome_state, strengths_list, weak_questions};
use crate::catalogue::entry;
use crate::plan::wording::described;
use crate::plan::{add_hours, Derived, PlanInput, PlanPath, PlanStep, StepKind};
use crate::{DamageBand, EmployerInterest, GaffeFacts, InterviewFacts, Noticed, Stage};

/// Article step 5: ask for a second shot, as the absolute last resort. Only on the recovery path (a rejection, an
/// advance, an offer, a withdrawal or a good interview leave nothing to make up for), and every condition must hold:
///
/// 1. the worry is not only body language;
/// 2. the slips did real damage: the damage *before* strengths offset any of it is `recoverable` or `serious`
///    (strengths must not argue the article's strong candidate out of the request);
/// 3. the employer's interest was `strong` before things went wrong (set on the interview: the stage reached says
///    nothing about it on its own);
/// 4. an extenuating circumstance (a family emergency, say) was logged on some gaffe.
///
/// Due two days after the note, so the note goes first.
pub(in crate::plan) fn second_interview_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    off_the_table(input, facts)?;
    let circumstance = input
        .gaffes
        .iter()
        .find_map(|g| described(&g.extenuating_circumstance).map(|c| (g, c)));
    let gross_band = DamageBand::from_score(input.damage_before_offsets);
    let failed = unmet_conditions(input, gross_band, circumstance.is_some());
    let Some((gaffe, circumstance)) = circumstance.filter(|_| failed.is_empty()) else {
        return Err(format!(
            "A second interview is a last resort and not every condition holds: {}.",
            failed.join("; ")
        ));
    };
    Ok(PlanStep {
        kind: StepKind::SecondInterviewRequest,
        title: "Ask for a second interview (last resort)".to_string(),
        what_to_do: request_instructions(&input.interview, &circumstance),
        why: request_reasons(input, gaffe, &circumstance, gross_band),
        due_at: add_hours(facts.note_due, 48),
        draft: None,
    })
}

/// Why no request is considered at all: only the recovery path has something to make up for, and condition 1 (the
/// worry is not only body language) comes before the others are weighed.
fn off_the_table(input: &PlanInput, facts: &Derived) -> Result<(), String> {
    let outcome = input.interview.outcome;
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::NotSelected => {
            return Err(format!(
                "The process is over ({}), so a make-up interview is not on the table; the reply asks to be \
                 considered for future roles instead.",
                outcome_state(outcome)
            ))
        }
        PlanPath::MovingOn => {
            return Err(format!(
                "No second interview to ask for: {}.",
                outcome_state(outcome)
            ))
        }
        PlanPath::WentWell => {
            return Err(format!(
                "The interview went well (damage score {}), so there is nothing to make up for.",
                input.damage_score
            ))
        }
    }
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    Ok(())
}

/// Conditions 2 to 4 that do not hold, each as the reason: the slips did little harm, the employer was not
/// leaning towards the candidate, no extenuating circumstance was logged.
fn unmet_conditions(input: &PlanInput, gross_band: DamageBand, circumstance: bool) -> Vec<String> {
    let mut failed: Vec<String> = Vec::new();
    if gross_band == DamageBand::Minor {
        failed.push(format!(
            "the slips themselves did little harm (score {} before your strengths are counted), so the thank-you \
             note is enough",
            input.damage_before_offsets
        ));
    }
    match input.interview.employer_interest {
        EmployerInterest::Strong => {}
        EmployerInterest::Unknown => failed.push(
            "nothing says the employer was leaning towards you; record the employer's interest as strong on the interview only if they \
             clearly were (they called you a front-runner, fast-tracked you, or the recruiter said so)"
                .to_string(),
        ),
        EmployerInterest::Neutral => failed.push(
            "the employer's interest was ordinary rather than strong, and a do-over is only granted to a \
             candidate they were already leaning towards"
                .to_string(),
        ),
        EmployerInterest::Weak => failed.push(
            "the employer seemed lukewarm, so the request would more likely count against you".to_string(),
        ),
    }
    if !circumstance {
        failed.push(
            "no extenuating circumstance (such as a family emergency) was logged on any gaffe"
                .to_string(),
        );
    }
    failed
}

/// How to ask: briefly, naming the circumstance once, ready for a no, and after the thank-you note.
fn request_instructions(interview: &InterviewFacts, circumstance: &str) -> String {
    format!(
        "Only if you feel you have nothing to lose, ask {} whether they would consider a second conversation \
         for the {} role. Keep it short: say plainly what went wrong, mention the circumstance ({circumstance}) \
         in one sentence without dwelling on it, and say how much you want to join them. Be ready for a no: \
         the request may well be refused. Companies rarely re-interview, since hiring already costs them time \
         and money, and some take the request as a sign of weakness. Send it after the thank-you note, never \
         instead of it.",
        interview.company.trim(),
        interview.role_title.trim()
    )
}

/// Why it may be worth asking: the employer's interest and what backs it up, the circumstance, the real damage.
fn request_reasons(
    input: &PlanInput,
    gaffe: &GaffeFacts,
    circumstance: &str,
    gross_band: DamageBand,
) -> Vec<String> {
    let mut why = vec![
        "The employer showed strong interest in you before the interview went wrong".to_string(),
    ];
    why.extend(supporting_reasons(input));
    why.push(format!(
        "Extenuating circumstance logged: {circumstance} ({})",
        entry(gaffe.kind).label
    ));
    why.push(format!(
        "The slips did real damage: score {} before your strengths are counted ({})",
        input.damage_before_offsets,
        gross_band.as_str()
    ));
    why
}

/// Facts that back up the employer's strong interest, each as a reason: a late round reached, and strengths that
/// outnumber the weak spots (strengths = non-empty logged strengths + questions answered `strong`; weak spots =
/// questions answered `weak` or `blanked` + gaffes noticed `certain` or `likely`). Neither claims on its own that
/// the employer was leaning towards the candidate.
fn supporting_reasons(input: &PlanInput) -> Vec<String> {
    let interview = &input.interview;
    let mut reasons = Vec::new();
    match interview.stage {
        Stage::Panel => reasons.push("You had reached the panel round".to_string()),
        Stage::Final => reasons.push("You had reached the final round".to_string()),
        _ => {}
    }
    let strengths = strengths_list(interview).len();
    let weak_spots = weak_questions(interview).count()
        + input
            .gaffes
            .iter()
            .filter(|g| matches!(g.noticed, Noticed::Certain | Noticed::Likely))
            .count();
    if strengths > weak_spots {
        reasons.push(format!(
            "Your strengths ({strengths}) outnumber your weak spots ({weak_spots})"
        ));
    }
    reasons
}
