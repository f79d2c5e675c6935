//! The note's own fixed phrasing: several openings, closings and sign-offs per tone and occasion, one of each chosen
//! per interview. The choice comes from a stable hash of the interview's company, role, time and interviewers, so
//! the same interview always gets the same note, while two candidates' notes (or one candidate's notes to two
//! firms) rarely read alike. Every phrase here thanks, restates interest or looks ahead; none states a fact about
//! the conversation, which only what was logged may do.

use super::{NoteTone, Occasion};
use crate::text::stable_hash;
use crate::InterviewFacts;

/// The phrases one note uses, picked once per interview.
#[derive(Debug, Clone, Copy)]
pub(super) struct Variety {
    seed: u64,
}

impl Variety {
    /// The phrasing for `interview`: the same for the same company, role, time and interviewers.
    pub(super) fn of(interview: &InterviewFacts) -> Self {
        let when = interview.occurred_at.to_rfc3339();
        let mut parts = vec![
            interview.company.trim(),
            interview.role_title.trim(),
            when.as_str(),
        ];
        parts.extend(interview.interviewers.iter().map(|i| i.name.trim()));
        Variety {
            seed: stable_hash(&parts),
        }
    }

    /// One of `options`, using the `slot`-th eight bits of the seed, so each choice is independent of the others.
    fn pick<T: Copy>(self, options: &[T], slot: u32) -> T {
        let bits = (self.seed >> (8 * (slot % 8))) & 0xff;
        // The options are never empty (they are the constants below).
        options[usize::try_from(bits).unwrap_or(0) % options.len()]
    }

    /// The thank-you sentence that opens the note, with `{meet}`, `{meeting}`, `{role}` and `{company}` slots.
    pub(super) fn opening(self, tone: NoteTone, occasion: Occasion) -> &'static str {
        self.pick(opening_options(tone, occasion), 0)
    }

    /// The lead-in for a highlight: `{phrase}` is what the candidate enjoyed ("walking you through the model").
    pub(super) fn highlight(self, tone: NoteTone) -> &'static str {
        match tone {
            NoteTone::Formal => self.pick(
                &[
                    "I especially enjoyed {phrase}.",
                    "I particularly enjoyed {phrase}.",
                    "I greatly enjoyed {phrase}.",
                ],
                1,
            ),
            NoteTone::Warm => self.pick(
                &[
                    "I really enjoyed {phrase}.",
                    "I loved {phrase}.",
                    "I especially enjoyed {phrase}.",
                ],
                1,
            ),
        }
    }

    /// The sentence of interest (or, once decided, of goodwill) that closes the note, with a `{company}` and a
    /// `{role}` slot.
    pub(super) fn closing(self, tone: NoteTone, occasion: Occasion) -> &'static str {
        self.pick(closing_options(tone, occasion), 2)
    }

    /// What the candidate looks forward to while the process is open: the decision after a final round, where
    /// things stand when they have heard nothing, else the next steps.
    pub(super) fn next(self, tone: NoteTone, awaiting: Awaiting) -> &'static str {
        let options: &[&str] = match (tone, awaiting) {
            (NoteTone::Formal, Awaiting::News) => &[
                "I would be glad to hear where the process stands whenever convenient.",
                "Whenever convenient, I would be grateful for an update on the process.",
                "When you have a moment, I would be glad to hear where things stand.",
            ],
            (NoteTone::Formal, Awaiting::Decision) => &[
                "I look forward to hearing your decision.",
                "I look forward to hearing from you.",
                "I look forward to your decision.",
            ],
            (NoteTone::Formal, Awaiting::NextSteps) => &[
                "I look forward to hearing about the next steps.",
                "I look forward to hearing from you about the next stage.",
                "I look forward to hearing from you.",
                "I hope to hear from you about the next steps soon.",
            ],
            (NoteTone::Warm, Awaiting::News) => &[
                "Do let me know where things stand when you have a moment.",
                "Whenever you have a moment, I would love to hear where things stand.",
            ],
            (NoteTone::Warm, Awaiting::Decision | Awaiting::NextSteps) => &[
                "I look forward to hearing from you.",
                "Hope to hear from you soon.",
                "Looking forward to hearing from you.",
                "I hope to speak again soon.",
            ],
        };
        self.pick(options, 3)
    }

    /// The sign-off before "[Your name]". A note whose `opening` already said "thanks" does not sign off with
    /// thanks again ("Many thanks for meeting…" then "Many thanks and best regards").
    pub(super) fn sign_off(self, tone: NoteTone, opening: &str) -> &'static str {
        let options: &[&str] = match tone {
            NoteTone::Formal => &[
                "Kind regards,",
                "Best regards,",
                "With kind regards,",
                "Many thanks and best regards,",
            ],
            NoteTone::Warm => &[
                "Best wishes,",
                "All the best,",
                "Warm regards,",
                "Thanks again,",
            ],
        };
        let thanked = opening.to_lowercase().contains("thanks");
        let fitting: Vec<&'static str> = options
            .iter()
            .copied()
            .filter(|option| !(thanked && option.to_lowercase().contains("thanks")))
            .collect();
        self.pick(&fitting, 4)
    }
}

/// What an open process waits for, as far as the note's last line is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Awaiting {
    /// They have not replied: the note asks where things stand.
    News,
    /// A final round: their decision.
    Decision,
    /// Anything else: the next steps.
    NextSteps,
}

fn opening_options(tone: NoteTone, occasion: Occasion) -> &'static [&'static str] {
    match (tone, occasion) {
        (NoteTone::Formal, Occasion::Open | Occasion::Advanced) => &[
            "Thank you for taking the time to {meet} with me about the {role} position at {company}.",
            "Many thanks for {meeting} with me about the {role} role at {company}.",
            "I am grateful for the time you gave me to discuss the {role} position at {company}.",
            "Thank you for the opportunity to discuss the {role} role at {company} with you.",
            "It was a pleasure to {meet} with you about the {role} position at {company}, and I appreciate your time.",
        ],
        (NoteTone::Warm, Occasion::Open | Occasion::Advanced) => &[
            "Thank you so much for taking the time to talk with me about the {role} role at {company}.",
            "It was great to {meet} with you about the {role} role at {company}; thank you for your time.",
            "Many thanks for making the time to talk about the {role} role at {company}.",
            "Thank you for your time and for the chance to talk about the {role} role at {company}.",
            "I really appreciated the chance to talk with you about the {role} role at {company}.",
        ],
        (NoteTone::Formal, Occasion::Offer) => &[
            "Thank you for your offer of the {role} position at {company}, and for the time you gave me during the \
             interviews.",
            "I was delighted to receive your offer of the {role} position at {company}; thank you.",
            "Thank you very much for offering me the {role} role at {company}.",
        ],
        (NoteTone::Warm, Occasion::Offer) => &[
            "Thank you so much for the offer of the {role} role at {company}, and for all the time you gave me.",
            "I was thrilled to hear about the offer for the {role} role at {company}; thank you!",
            "Thank you for offering me the {role} role at {company}; I was delighted to hear the news.",
        ],
        (NoteTone::Formal, Occasion::Rejected) => &[
            "Thank you for letting me know your decision on the {role} position at {company}, and for the time \
             you gave me.",
            "Thank you for telling me your decision about the {role} role at {company}, and for considering me.",
            "I appreciate you letting me know about the {role} position at {company}, and the time you gave me.",
        ],
        (NoteTone::Warm, Occasion::Rejected) => &[
            "Thank you for letting me know about the {role} role at {company}, and for the time you gave me.",
            "Thanks for letting me know about the {role} role at {company}, and for considering me.",
            "I appreciate you telling me about the {role} role at {company}, and all the time you gave me.",
        ],
        (NoteTone::Formal, Occasion::Withdrawn) => &[
            "Thank you again for your time and for considering me for the {role} position at {company}.",
            "I am grateful for the time you gave me and for considering me for the {role} role at {company}.",
            "Thank you for considering me for the {role} position at {company}, and for your time.",
        ],
        (NoteTone::Warm, Occasion::Withdrawn) => &[
            "Thank you again for your time and for considering me for the {role} role at {company}.",
            "Many thanks for your time and for considering me for the {role} role at {company}.",
            "I really appreciated your time and your interest in me for the {role} role at {company}.",
        ],
    }
}

fn closing_options(tone: NoteTone, occasion: Occasion) -> &'static [&'static str] {
    match (tone, occasion) {
        (NoteTone::Formal, Occasion::Open) => &[
            "Our conversation strengthened my interest in the position, and I would welcome the opportunity to \
             contribute to {company}.",
            "I remain very interested in the role and would welcome the chance to bring my experience to {company}.",
            "I would welcome the chance to contribute to {company} in this role.",
            "The position is exactly the kind of work I am eager to take on at {company}.",
            "I am keen to take this further and would value the opportunity to join {company}.",
        ],
        (NoteTone::Warm, Occasion::Open) => &[
            "I came away even more excited about the role, and I would love the chance to join the team.",
            "I am really keen on the role and would love to be part of the team at {company}.",
            "I am eager to take on this role and to join the team at {company}.",
            "I am genuinely excited about this role and hope to join the {company} team.",
            "I left our conversation with real enthusiasm for joining {company}.",
        ],
        (NoteTone::Formal, Occasion::Advanced) => &[
            "I am glad to be moving on to the next stage and am already preparing for it. I look forward to \
             continuing our conversation about the {role} position.",
            "I am pleased to be going through to the next stage; I am already preparing for it and look forward to it.",
            "I was glad to hear I am moving forward, and I look forward to the next stage, for which I am already \
             preparing.",
        ],
        (NoteTone::Warm, Occasion::Advanced) => &[
            "I am delighted to be going through to the next stage and am already preparing for it. I look forward \
             to the next conversation.",
            "I was so excited to hear I am through to the next stage, and I am already preparing for it.",
            "Great news about the next stage; I am preparing for it and look forward to the next conversation.",
        ],
        (NoteTone::Formal, Occasion::Offer) => &[
            "I am excited about the prospect of joining {company}, and I look forward to the next stage and to \
             working through the details with you.",
            "I look forward to discussing the next steps with you and to the prospect of joining {company}.",
            "Joining {company} is a prospect I am very excited about, and I look forward to the next steps.",
        ],
        (NoteTone::Warm, Occasion::Offer) => &[
            "I am really excited about joining {company}, and I look forward to working through the next steps \
             together.",
            "I am excited about the prospect of joining {company} and look forward to talking through the next \
             steps.",
            "I look forward to the next steps, and I am thrilled at the thought of joining {company}.",
        ],
        (NoteTone::Formal, Occasion::Rejected) => &[
            "While I am disappointed, I have a high regard for {company} and would welcome being considered should \
             another role open up. If you have a moment, I would value any feedback on how I could strengthen my \
             application.",
            "I was disappointed, but I would welcome being considered if another role opens up at {company}. If you \
             have a moment, any feedback on my application would be much appreciated.",
            "I hold {company} in high regard and would welcome being considered should another role open up. Any \
             feedback you could share would help me greatly.",
        ],
        (NoteTone::Warm, Occasion::Rejected) => &[
            "Of course I am disappointed, but I would love to be considered if another role opens up at {company}. \
             If you have a moment, any feedback would be very welcome.",
            "I am disappointed, but I would love to hear if another role comes up at {company}. Any feedback you \
             can share would be a great help.",
            "I would love to stay in touch in case another role comes up at {company}. If you have a moment, I \
             would really value your feedback.",
        ],
        (NoteTone::Formal, Occasion::Withdrawn) => &[
            "Although I have decided to step back from the process, I came away with a high regard for {company}, \
             and I would welcome the chance to stay in touch.",
            "I have decided to step back from the process, but I hold {company} in high regard and would welcome it \
             if we could stay in touch.",
            "While I have withdrawn from the process, I would welcome the chance to stay in touch with the team at \
             {company}.",
        ],
        (NoteTone::Warm, Occasion::Withdrawn) => &[
            "Although I have decided to step back from the process, I really enjoyed getting to know the team at \
             {company}, and I would love to stay in touch.",
            "I have decided to step back from the process, but I would love to stay in touch.",
            "I have stepped back from the process, but I would love to stay in touch with the team at {company}.",
        ],
    }
}

/// Every phrase this file can put in a note, for the tests that check what notes say.
#[cfg(test)]
pub(super) fn all_phrases() -> Vec<&'static str> {
    use Awaiting::{Decision, News, NextSteps};
    let occasions = [
        Occasion::Open,
        Occasion::Advanced,
        Occasion::Offer,
        Occasion::Rejected,
        Occasion::Withdrawn,
    ];
    let mut phrases = Vec::new();
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        for occasion in occasions {
            phrases.extend(opening_options(tone, occasion));
            phrases.extend(closing_options(tone, occasion));
        }
        for seed in 0..=255u64 {
            let variety = Variety {
                seed: seed * 0x0101_0101_0101_0101,
            };
            phrases.push(variety.highlight(tone));
            phrases.push(variety.sign_off(tone, ""));
            phrases.extend([News, Decision, NextSteps].map(|a| variety.next(tone, a)));
        }
    }
    phrases.sort_unstable();
    phrases.dedup();
    phrases
}
