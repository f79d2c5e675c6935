//! Article step 1: take a timeout.

use super::{capitalised, outcome_state};
use crate::plan::wording::{format_elapsed, format_time};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind};

/// Article step 1: take a timeout. Only on the recovery path (after a good interview, an offer, an advance or a
/// rejection there is no damage control to hold off on), and only while the cool-off for this self-rating is still
/// running (at most a day after the interview, for one rated 1/5); a plan made later goes straight to the review.
pub(in crate::plan) fn cool_off_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let rating = input.interview.self_rating;
    let elapsed = format_elapsed(facts.elapsed_minutes);
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::WentWell => {
            return Err(format!(
                "Nothing to recover from: what you logged did little real harm and you rated the interview \
                 {rating}/5, so there is no damage control to hold off on."
            ))
        }
        PlanPath::MovingOn => {
            return Err(format!(
                "{}, so there is no damage control to hold off on.",
                capitalised(outcome_state(input.interview.outcome))
            ))
        }
        PlanPath::NotSelected => {
            return Err(format!(
                "The decision is made ({}), so there is no damage control to hold off on; take whatever time you \
                 need before replying.",
                outcome_state(input.interview.outcome)
            ))
        }
    }
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
            format_time(until, input.time_zone)
        ),
        why: vec![
            format!("You rated the interview {rating}/5 right afterwards; the lower the rating, the longer the pause"),
            format!("The plan is being made {elapsed} after the interview"),
        ],
        due_at: until,
        draft: None,
    })
}
