//! Article step 3: don't give up yet.

use crate::plan::wording::say;
use crate::plan::{Derived, PlanInput, PlanPath, DISASTER_RATING};
use crate::DamageBand;

/// Article step 3: don't give up yet. For whoever feels it was a disaster (a self-rating of 1 or 2), which is
/// exactly the candidate the article speaks to when the evidence says it is recoverable, and for serious damage.
/// After a rejection it says the interview is not wasted; after an advance or an offer, that it went better than it
/// felt. Never after a good interview.
pub(in crate::plan) fn encouragement(input: &PlanInput, facts: &Derived) -> Option<String> {
    let locale = input.locale;
    let interview = &input.interview;
    let company = interview.company.trim();
    let outcome = interview.outcome.as_str();
    let felt_like_a_disaster = interview.self_rating <= DISASTER_RATING;
    let serious = input.band == DamageBand::Serious;
    match facts.path {
        // The review tells a body-language-only worry to do no damage control: no promise that a follow-up saves it.
        PlanPath::Recovery if facts.body_language_only && (serious || felt_like_a_disaster) => {
            Some(say!(locale, "plan-encouragement-body-language"))
        }
        PlanPath::Recovery if serious => Some(say!(
            locale,
            "plan-encouragement-serious",
            company = company
        )),
        // What they logged says otherwise: how much harm it did, in words, and what the follow-up can do about it.
        PlanPath::Recovery if felt_like_a_disaster => Some(say!(
            locale,
            "plan-encouragement-disaster",
            band = input.band.as_str(),
            company = company
        )),
        PlanPath::NotSelected if serious || felt_like_a_disaster => Some(say!(
            locale,
            "plan-encouragement-not-selected",
            outcome = outcome,
            company = company
        )),
        PlanPath::MovingOn if felt_like_a_disaster => Some(say!(
            locale,
            "plan-encouragement-moving-on",
            outcome = outcome
        )),
        _ => None,
    }
}
