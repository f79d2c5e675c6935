//! Article step 5: ask for a second shot, as the absolute last resort.

use super::{body_language_reason, outcome_state, strengths_list, weak_questions};
use crate::catalogue::entry;
use crate::plan::wording::{described, harm_in_words};
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
    off_the_table(input, facts)?;
    let gross_band = DamageBand::from_score(input.damage_before_offsets);
    let failed = unmet_conditions(input, gross_band);
    if !failed.is_empty() {
        return Err(format!(
            "A second interview is a last resort, and it is not worth asking for here. {}",
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
        title: "Ask for a second interview (last resort)".to_string(),
        what_to_do: request_instructions(&input.interview, circumstance.map(|(_, c)| c)),
        why: request_reasons(input, circumstance, gross_band),
        due_at: facts.request_due,
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
            return Err(
                "The interview went well, so there is nothing to make up for.".to_string(),
            )
        }
    }
    if facts.body_language_only {
        return Err(body_language_reason());
    }
    Ok(())
}

/// Conditions 2 and 3 that do not hold, each as a sentence: the slips did little harm, the employer was not
/// leaning towards the candidate.
fn unmet_conditions(input: &PlanInput, gross_band: DamageBand) -> Vec<String> {
    let mut failed: Vec<String> = Vec::new();
    if gross_band == DamageBand::Minor {
        failed.push(
            "The slips themselves did little real harm, even before your strengths are counted, so the thank-you \
             note is enough."
                .to_string(),
        );
    }
    match input.interview.employer_interest {
        EmployerInterest::Strong => {}
        EmployerInterest::Unknown => failed.push(
            "Nothing says the employer was leaning towards you. Record the employer's interest as strong on the \
             interview only if they clearly were: they called you a front-runner, fast-tracked you, or the \
             recruiter said so."
                .to_string(),
        ),
        EmployerInterest::Neutral => failed.push(
            "The employer's interest was ordinary rather than strong, and a do-over is only granted to a \
             candidate they were already leaning towards."
                .to_string(),
        ),
        EmployerInterest::Weak => failed.push(
            "The employer seemed lukewarm, so the request would more likely count against you.".to_string(),
        ),
    }
    failed
}

/// How to ask: briefly, naming the circumstance once when there is one, ready for a no, and after the thank-you
/// note.
fn request_instructions(interview: &InterviewFacts, circumstance: Option<&str>) -> String {
    let what_went_wrong = match circumstance {
        Some(circumstance) => format!(
            "say plainly what went wrong, mention the circumstance ({circumstance}) in one sentence without \
             dwelling on it"
        ),
        None => "say plainly what went wrong, in one sentence and without excuses".to_string(),
    };
    format!(
        "Only if you feel you have nothing to lose, ask {} whether they would consider a second conversation \
         for the {} role. Keep it short: {what_went_wrong}, and say how much you want to join them. Be ready for \
         a no: the request may well be refused. Companies rarely re-interview, since hiring already costs them \
         time and money, and some take the request as a sign of weakness. Send it after the thank-you note, \
         never instead of it.",
        interview.company.trim(),
        interview.role_title.trim()
    )
}

/// Why it may be worth asking: the employer's interest and what backs it up, the circumstance when there is one,
/// the real damage.
fn request_reasons(
    input: &PlanInput,
    circumstance: Option<(&GaffeFacts, &str)>,
    gross_band: DamageBand,
) -> Vec<String> {
    let mut why = vec![
        "The employer showed strong interest in you before the interview went wrong, and the decision is still \
         open"
            .to_string(),
    ];
    why.extend(supporting_reasons(input));
    if let Some((gaffe, circumstance)) = circumstance {
        why.push(format!(
            "You logged a reason beyond your control for \u{201c}{}\u{201d} ({circumstance}), which makes your \
             case stronger",
            entry(gaffe.kind).title
        ));
    }
    why.push(format!(
        "Before your strengths are counted, the slips did {}: enough to be worth making up for",
        harm_in_words(gross_band)
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
