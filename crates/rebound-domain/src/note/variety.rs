//! The note's own fixed phrasing: several openings, closings and sign-offs per tone and occasion (numbered messages
//! of `notes.ftl`, in each locale), one of each chosen per interview. The choice comes from a stable hash of the
//! interview's company, role, time and interviewers, so the same interview always gets the same note, while two
//! candidates' notes (or one candidate's notes to two firms) rarely read alike. Every phrase here thanks, restates
//! interest or looks ahead; none states a fact about the conversation, which only what was logged may do.

use rebound_i18n::Locale;

use super::words::{say, thanks, variants};
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

    /// The message id of the `slot`-th choice among the numbered variants `{prefix}-1`, `{prefix}-2`, … of
    /// `locale`.
    fn variant(self, locale: Locale, prefix: &str, slot: u32) -> String {
        let numbers: Vec<usize> = (1..=variants(locale, prefix)).collect();
        format!("{prefix}-{}", self.pick(&numbers, slot))
    }

    /// The thank-you sentence that opens the note (`$format`, `$role` and `$company`).
    pub(super) fn opening(self, locale: Locale, tone: NoteTone, occasion: Occasion) -> String {
        let occasion = match occasion {
            Occasion::Open | Occasion::Advanced => "open",
            Occasion::Offer => "offer",
            Occasion::Rejected => "rejected",
            Occasion::Withdrawn => "withdrawn",
        };
        let prefix = format!("note-opening-{}-{occasion}", tone_key(tone));
        self.variant(locale, &prefix, 0)
    }

    /// The lead-in for a highlight: `$phrase` is what the candidate enjoyed ("walking you through the model").
    pub(super) fn highlight(self, locale: Locale, tone: NoteTone) -> String {
        self.variant(locale, &format!("note-highlight-{}", tone_key(tone)), 1)
    }

    /// The sentence of interest (or, once decided, of goodwill) that closes the note (`$company`, `$role`).
    pub(super) fn closing(self, locale: Locale, tone: NoteTone, occasion: Occasion) -> String {
        let occasion = match occasion {
            Occasion::Open => "open",
            Occasion::Advanced => "advanced",
            Occasion::Offer => "offer",
            Occasion::Rejected => "rejected",
            Occasion::Withdrawn => "withdrawn",
        };
        let prefix = format!("note-closing-{}-{occasion}", tone_key(tone));
        self.variant(locale, &prefix, 2)
    }

    /// What the candidate looks forward to while the process is open: the decision after a final round, where
    /// things stand when they have heard nothing, else the next steps.
    pub(super) fn next(self, locale: Locale, tone: NoteTone, awaiting: Awaiting) -> String {
        let which = match (tone, awaiting) {
            (_, Awaiting::News) => "news",
            (NoteTone::Formal, Awaiting::Decision) => "decision",
            (NoteTone::Formal, Awaiting::NextSteps) => "next-steps",
            (NoteTone::Warm, Awaiting::Decision | Awaiting::NextSteps) => "soon",
        };
        self.variant(locale, &format!("note-next-{}-{which}", tone_key(tone)), 3)
    }

    /// The sign-off before "[Your name]". A note whose `opening` already said "thanks" does not sign off with
    /// thanks again ("Many thanks for meeting…" then "Many thanks and best regards").
    pub(super) fn sign_off(self, locale: Locale, tone: NoteTone, opening: &str) -> String {
        let prefix = format!("note-sign-off-{}", tone_key(tone));
        let thanked = thanks(locale, opening);
        let fitting: Vec<String> = (1..=variants(locale, &prefix))
            .map(|n| say(locale, &format!("{prefix}-{n}"), &[]))
            .filter(|option| !(thanked && thanks(locale, option)))
            .collect();
        let indices: Vec<usize> = (0..fitting.len()).collect();
        fitting[self.pick(&indices, 4)].clone()
    }
}

/// The tone as the messages' ids and selectors name it.
pub(super) fn tone_key(tone: NoteTone) -> &'static str {
    match tone {
        NoteTone::Formal => "formal",
        NoteTone::Warm => "warm",
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

/// Every phrase this file can put in a note in `locale` (openings for both formats, closings, lead-ins, last
/// lines and sign-offs), with the variables shown as their names ("role", "company", "phrase"), for the tests that
/// check what notes say.
#[cfg(test)]
pub(super) fn all_phrases_in(locale: Locale) -> Vec<String> {
    use super::words::text;
    let mut phrases = Vec::new();
    for prefix in [
        "note-opening-",
        "note-closing-",
        "note-highlight-formal-",
        "note-highlight-warm-",
        "note-next-",
        "note-sign-off-",
    ] {
        for id in super::words::ids_starting(locale, prefix) {
            for format in ["onsite", "remote"] {
                phrases.push(say(
                    locale,
                    &id,
                    &[
                        ("format", text(format)),
                        ("role", text("role")),
                        ("company", text("company")),
                        ("phrase", text("phrase")),
                    ],
                ));
            }
        }
    }
    phrases.sort_unstable();
    phrases.dedup();
    phrases
}

/// Every phrase this file can put in an English note.
#[cfg(test)]
pub(super) fn all_phrases() -> Vec<String> {
    all_phrases_in(Locale::En)
}
