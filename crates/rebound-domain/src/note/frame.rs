//! The paragraphs of a note around its repairs, written once per note (see [`Frame`]).

use super::words::say;
use super::{closing, opening, salutation, Voice};
use crate::text::into_nfc;
use crate::InterviewFacts;

/// The paragraphs of a note around its repairs: they depend on the interview and the voice only, so they are
/// written once per note, however many repair budgets and quote lengths are tried.
pub(super) struct Frame {
    salutation: String,
    opening: String,
    closing: String,
    /// The sign-off and the name placeholder under it.
    signature: String,
}

impl Frame {
    pub(super) fn of(interview: &InterviewFacts, voice: Voice) -> Self {
        let opening = opening(interview, voice);
        let sign_off = voice.variety.sign_off(voice.locale, voice.tone, &opening);
        let name = say(voice.locale, "note-your-name", &[]);
        Frame {
            salutation: salutation(interview, voice),
            opening,
            closing: closing(interview, voice),
            signature: format!("{sign_off}\n{name}"),
        }
    }

    /// The whole body with these repair sentences, paragraphs apart, in NFC.
    pub(super) fn body(&self, repairs: &[String]) -> String {
        let mut paragraphs: Vec<&str> = vec![&self.salutation, &self.opening];
        paragraphs.extend(repairs.iter().map(String::as_str));
        paragraphs.extend([self.closing.as_str(), self.signature.as_str()]);
        into_nfc(paragraphs.join("\n\n"))
    }
}
