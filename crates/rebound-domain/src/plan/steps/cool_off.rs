//! Article step 1: take a timeout.

use crate::plan::wording::{format_elapsed, format_time_in, say};
use crate::plan::{Derived, PlanInput, PlanPath, PlanStep, StepKind};

/// Article step 1: take a timeout. Only on the recovery path (after a good interview, an offer, an advance or a
/// rejection there is no damage control to hold off on), and only while the cool-off for this self-rating is still
/// running (at most a day after the interview, for one rated 1/5); a plan made later goes straight to the review.
pub(in crate::plan) fn cool_off_step(
    input: &PlanInput,
    facts: &Derived,
) -> Result<PlanStep, String> {
    let locale = input.locale;
    let rating = input.interview.self_rating;
    let outcome = input.interview.outcome.as_str();
    let elapsed = format_elapsed(locale, facts.elapsed_minutes);
    match facts.path {
        PlanPath::Recovery => {}
        PlanPath::WentWell => {
            return Err(say!(
                locale,
                "plan-cool-off-omitted-went-well",
                rating = rating
            ))
        }
        PlanPath::MovingOn => {
            return Err(say!(
                locale,
                "plan-cool-off-omitted-moving-on",
                outcome = outcome
            ))
        }
        PlanPath::NotSelected => {
            return Err(say!(
                locale,
                "plan-cool-off-omitted-not-selected",
                outcome = outcome
            ))
        }
    }
    let Some(until) = facts.cool_off_until else {
        return Err(say!(
            locale,
            "plan-cool-off-omitted-late",
            elapsed = elapsed,
            hours = facts.cool_off_hours,
            rating = rating
        ));
    };
    Ok(PlanStep {
        kind: StepKind::CoolOff,
        title: say!(locale, "plan-cool-off-title"),
        what_to_do: say!(
            locale,
            "plan-cool-off-what",
            until = format_time_in(locale, until, input.time_zone)
        ),
        why: vec![
            say!(locale, "plan-cool-off-why-rating", rating = rating),
            say!(locale, "plan-cool-off-why-elapsed", elapsed = elapsed),
        ],
        due_at: until,
        draft: None,
    })
}
