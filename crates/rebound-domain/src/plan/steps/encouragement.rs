//! Article step 3: don't give up yet.

use super::outcome_state;
use crate::plan::wording::harm_in_words;
use crate::plan::{Derived, PlanInput, PlanPath, DISASTER_RATING};
use crate::{DamageBand, Outcome};

/// Article step 3: don't give up yet. For whoever feels it was a disaster (a self-rating of 1 or 2), which is
/// exactly the candidate the article speaks to when the evidence says it is recoverable, and for serious damage.
/// After a rejection it says the interview is not wasted; after an advance or an offer, that it went better than it
/// felt. Never after a good interview.
pub(in crate::plan) fn encouragement(input: &PlanInput, facts: &Derived) -> Option<String> {
    let interview = &input.interview;
    let company = interview.company.trim();
    let felt_like_a_disaster = interview.self_rating <= DISASTER_RATING;
    let serious = input.band == DamageBand::Serious;
    match facts.path {
        // The review tells a body-language-only worry to do no damage control: no promise that a follow-up saves it.
        PlanPath::Recovery if facts.body_language_only && (serious || felt_like_a_disaster) => Some(
            "It may feel like a disaster, but all you logged is a worry about an interviewer's body language, and \
             a face across the table is easy to misread. This is the moment many candidates give up; do not. Send \
             the plain thank-you note, and let the rest of the interview speak for itself."
                .to_string(),
        ),
        PlanPath::Recovery if serious => Some(format!(
            "This one hurt, but do not write it off. The people who interviewed you may one day be the ones hiring \
             at a firm you want to join, and {company} may well open another role; follow up so that their last \
             impression of you is a composed one. And every interview, even a bad one, makes you better at the \
             next."
        )),
        PlanPath::Recovery if felt_like_a_disaster => Some(disaster_that_is_not(input.band, company)),
        PlanPath::NotSelected if serious || felt_like_a_disaster => Some(format!(
            "{} but it is not wasted. The people who interviewed you may think of you for another role at \
             {company}, or one day hire at a firm you want to join, and every interview, even a bad one, makes you \
             better at the next.",
            if interview.outcome == Outcome::Rejected {
                "You did not get this one,"
            } else {
                "You stepped away from this one,"
            }
        )),
        PlanPath::MovingOn if felt_like_a_disaster => Some(format!(
            "{}It felt like a disaster, yet {}: an interview usually looks better from across the table than it \
             feels from the inside. Remember that the next time one feels this bad.",
            if interview.outcome == Outcome::Offer {
                "Congratulations! "
            } else {
                ""
            },
            outcome_state(interview.outcome)
        )),
        _ => None,
    }
}

/// For a candidate who feels it was a disaster when what they logged says otherwise: how much harm it did, in
/// words, and what the follow-up can do about it.
fn disaster_that_is_not(band: DamageBand, company: &str) -> String {
    let follow_up = if band == DamageBand::Minor {
        format!("A short thank-you note keeps you in the running with {company}")
    } else {
        format!("A short, well-judged follow-up can still save this opportunity with {company}")
    };
    format!(
        "It may feel like a disaster, but what you logged points to {}. This is the moment many candidates give \
         up; do not. {follow_up}, and the people you met may matter to you later, whatever happens with this role.",
        harm_in_words(band)
    )
}
