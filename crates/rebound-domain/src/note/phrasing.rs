//! Turning what the candidate logged into words the candidate can send: a strength into what they enjoyed talking
//! about, a correction into words in the letter's voice, an interviewer into how the letter greets them, and the
//! catalogue's repair wording into a sentence.
//! Each function either produces a phrase that reads correctly or nothing; free text is never pasted as it stands.

use crate::text::{fragment, lowercase_initial};
use crate::{Correction, Interviewer};

/// Honorifics a formal note can address someone with, as logged (in the interviewer's `title`, or before the name).
const HONORIFICS: [&str; 9] = [
    "Dr",
    "Prof",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dame",
];

/// The honorific at the start of a logged name or title, without its full stop ("Dr." → "Dr").
fn honorific(word: &str) -> Option<&'static str> {
    let bare = word.trim_end_matches('.');
    HONORIFICS
        .iter()
        .find(|h| h.eq_ignore_ascii_case(bare))
        .copied()
}

/// How a note greets one interviewer: "Dr Vogel" when a formal note knows an honorific (logged as the title, or before
/// the name), otherwise the first name. Full names ("Dear Armin Vogel") read like a form letter. `None` for a blank
/// name.
pub(super) fn addressee(interviewer: &Interviewer, formal: bool) -> Option<String> {
    let mut words: Vec<&str> = interviewer.name.split_whitespace().collect();
    let from_name = words.first().and_then(|w| honorific(w));
    if from_name.is_some() {
        words.remove(0);
    }
    let first = *words.first()?;
    let surname = *words.last()?;
    let title = interviewer
        .title
        .as_deref()
        .map(str::trim)
        .and_then(honorific);
    match (formal, from_name.or(title)) {
        (true, Some(honorific)) => Some(format!("{honorific} {surname}")),
        // "Dr Vogel" logged without a first name: a warm note has nothing else to use.
        (false, Some(honorific)) if words.len() == 1 => Some(format!("{honorific} {surname}")),
        _ => Some(first.to_string()),
    }
}

/// Past-tense openings of a logged strength, the gerund the note uses for them, and how the gerund takes in the
/// reader: "Walked through the three-statement model cleanly" becomes "walking through the three-statement model
/// with you".
const STRENGTH_VERBS: [(&str, &str, &str); 14] = [
    ("walked them through ", "walking you through ", ""),
    ("walked the panel through ", "walking you through ", ""),
    ("walked the team through ", "walking you through ", ""),
    ("walked you through ", "walking you through ", ""),
    ("walked through ", "walking through ", " with you"),
    ("talked them through ", "talking you through ", ""),
    ("talked through ", "talking through ", " with you"),
    ("talked about ", "talking about ", " with you"),
    ("explained ", "explaining ", " to you"),
    ("presented ", "presenting ", " to you"),
    ("discussed ", "discussing ", " with you"),
    ("described ", "describing ", " to you"),
    ("shared ", "sharing ", " with you"),
    ("covered ", "covering ", " with you"),
];

/// Longest topic, in words, after which "with you" still reads naturally.
const SHORT_TOPIC_WORDS: usize = 6;

/// Openings that name a topic that went well: "Strong answer on revenue recognition" is a good discussion of it.
const TOPIC_OPENINGS: [&str; 12] = [
    "strong answer on ",
    "strong answer to ",
    "strong answer about ",
    "good answer on ",
    "good answer about ",
    "clear answer on ",
    "solid answer on ",
    "good discussion of ",
    "good discussion on ",
    "good discussion about ",
    "good conversation about ",
    "great discussion of ",
];

/// Words at the end of a strength that rate the candidate rather than name the topic ("cleanly", "well").
const RATING_TAILS: [&str; 16] = [
    " cleanly",
    " clearly",
    " well",
    " very well",
    " confidently",
    " convincingly",
    " smoothly",
    " fluently",
    " calmly",
    " concisely",
    " thoroughly",
    " in detail",
    " in depth",
    " with confidence",
    " without notes",
    " effectively",
];

/// Longest topic, in words, a strength may name to be used in the note.
const MAX_TOPIC_WORDS: usize = 12;

/// What the candidate showed, as a phrase that completes "I especially enjoyed …": "walking you through the
/// three-statement model", "our discussion of revenue recognition". `None` when the strength does not start the way
/// a topic does (a self-assessment such as "Good rapport with the panel" is not something to write to them about).
pub(super) fn strength_phrase(strength: &str) -> Option<String> {
    let clean = fragment(strength);
    let clean = clean.trim_end_matches(['.', '!', ',', ';']).trim();
    let lower = clean.to_lowercase();
    let (lead, rest, reader) = if let Some((past, gerund, reader)) =
        STRENGTH_VERBS.iter().find(|(p, _, _)| lower.starts_with(p))
    {
        // The openings are ASCII, so their byte length is the same in `clean` as in `lower`.
        (*gerund, &clean[past.len()..], *reader)
    } else {
        let opening = TOPIC_OPENINGS.iter().find(|o| lower.starts_with(*o))?;
        ("our discussion of ", &clean[opening.len()..], "")
    };
    let mut topic = rest.trim();
    loop {
        let lower_topic = topic.to_lowercase();
        let Some(tail) = RATING_TAILS.iter().find(|t| lower_topic.ends_with(*t)) else {
            break;
        };
        topic = topic[..topic.len() - tail.len()].trim_end();
    }
    let topic = second_person(topic);
    let words = topic.split_whitespace().count();
    if words == 0 || words > MAX_TOPIC_WORDS || topic.contains(['?', '!', ';']) {
        return None;
    }
    let reader = if words <= SHORT_TOPIC_WORDS {
        reader
    } else {
        ""
    };
    Some(format!("{lead}{}{reader}", lowercase_initial(&topic)))
}

/// Openings of a question that asks the candidate to show their work, the gerund the note uses for them, and
/// whether the rest is said by the candidate ("How would you value …" becomes "how I would value …").
const QUESTION_OPENINGS: [(&str, &str); 9] = [
    ("walk me through ", "walking you through "),
    ("talk me through ", "talking you through "),
    ("take me through ", "taking you through "),
    ("can you walk me through ", "walking you through "),
    ("can you explain ", "explaining "),
    ("explain ", "explaining "),
    ("how would you ", "discussing how I would "),
    ("how do you ", "discussing how I "),
    ("what would you do if ", "discussing what I would do if "),
];

/// Words that make a question a generic one, asked in every interview: no candidate writes back about those.
const GENERIC_QUESTION_WORDS: [&str; 9] = [
    "cv",
    "resume",
    "résumé",
    "yourself",
    "background",
    "salary",
    "strengths",
    "weakness",
    "weaknesses",
];

/// A question the candidate answered strongly, as a phrase that completes "I especially enjoyed …" ("Walk me
/// through a DCF." becomes "walking you through a DCF"). `None` for a question that does not ask them to show
/// their work in so many words, or a generic one ("Walk me through your CV"): thanking someone for a stock
/// question reads oddly.
pub(super) fn question_phrase(question: &str) -> Option<String> {
    let clean = fragment(question);
    let clean = clean
        .trim_end_matches(['.', '!', '?', ',', ';', ':'])
        .trim();
    let lower = clean.to_lowercase();
    let (opening, gerund) = QUESTION_OPENINGS
        .iter()
        .find(|(opening, _)| lower.starts_with(opening))?;
    // The openings are ASCII, so their byte length is the same in `clean` as in `lower`.
    let rest = clean[opening.len()..].trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let generic = words.iter().any(|w| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        GENERIC_QUESTION_WORDS.contains(&bare.as_str())
    });
    if words.is_empty()
        || words.len() > MAX_TOPIC_WORDS
        || generic
        || rest.contains(['?', '!', ';'])
    {
        return None;
    }
    let mine: Vec<&str> = words
        .iter()
        .map(|w| match *w {
            "your" => "my",
            "Your" => "My",
            "you" => "I",
            other => other,
        })
        .collect();
    Some(format!("{gerund}{}", lowercase_initial(&mine.join(" "))))
}

/// Words at the start of a logged correction that report the saying rather than what was said.
const SAID_OPENINGS: [&str; 12] = [
    "i said that ",
    "i said ",
    "said that ",
    "said ",
    "i mentioned that ",
    "i mentioned ",
    "mentioned that ",
    "mentioned ",
    "i told them that ",
    "i told them ",
    "i claimed that ",
    "that ",
];

/// Words at the start of a logged fact that only announce it.
const CORRECT_OPENINGS: [&str; 9] = [
    "but actually ",
    "but in fact ",
    "but ",
    "actually, ",
    "actually ",
    "in fact, ",
    "in fact ",
    "the truth is that ",
    "the truth is ",
];

/// Opening words that are lowercased mid-sentence; any other capital (a name: "Fjord", "KPMG") is kept.
const ORDINARY_OPENINGS: [&str; 18] = [
    "the", "a", "an", "it", "its", "it's", "they", "their", "there", "this", "that", "these",
    "those", "you", "your", "we", "our", "revenue",
];

/// One side of a correction, ready for the middle of a sentence: reporting words and trailing punctuation dropped,
/// "actually" dropped, the company spoken to as "you", an ordinary capitalised first word lowercased.
fn correction_part(text: &str, openings: &[&str]) -> String {
    let clean = fragment(text);
    let mut rest = clean
        .trim()
        .trim_matches(|c: char| matches!(c, '“' | '”' | '"'))
        .trim_end_matches(['.', '!', ',', ';', ':'])
        .trim()
        .to_string();
    while let Some(opening) = openings
        .iter()
        .find(|o| rest.to_lowercase().starts_with(*o) && rest.len() > o.len())
    {
        // The openings are ASCII, so their byte length is the same in `rest` as in its lowercase form.
        rest = rest[opening.len()..].trim_start().to_string();
    }
    let without_actually: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("actually"))
        .collect();
    let text = second_person(&without_actually.join(" "));
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    if ORDINARY_OPENINGS.contains(&first.as_str()) {
        lowercase_initial(&text)
    } else {
        text
    }
}

/// What a factual error's repair says, from the structured correction: what was said and the correct fact, each
/// in the letter's voice ("you had 20 offices", "you have 12"). `None` (so the placeholders stand for both) unless
/// both sides say something.
pub(super) fn correction_slots(correction: &Correction) -> Option<(String, String)> {
    let said = correction_part(&correction.said, &SAID_OPENINGS);
    let correct = correction_part(&correction.correct, &CORRECT_OPENINGS);
    (!said.is_empty() && !correct.is_empty()).then_some((said, correct))
}

/// The company spoken to as "you": a note to the company about "their revenue" means "your revenue". "They" and
/// "you" take the same verb forms, so the sentence stays grammatical.
pub(super) fn second_person(text: &str) -> String {
    const SWAPS: [(&str, &str); 9] = [
        ("they", "you"),
        ("them", "you"),
        ("their", "your"),
        ("theirs", "yours"),
        ("themselves", "yourselves"),
        ("they're", "you're"),
        ("they've", "you've"),
        ("they'd", "you'd"),
        ("they'll", "you'll"),
    ];
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_lowercase().replace('’', "'");
        match SWAPS.iter().find(|(from, _)| *from == lower) {
            Some((_, to)) if word.starts_with(char::is_uppercase) => {
                let mut chars = to.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            }
            Some((_, to)) => out.push_str(to),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The correction as one sentence in the letter's voice, formal or warm, as an English note writes it. "Said they had
/// 20 offices" / "they have 12" becomes "When we spoke, I said you had 20 offices; in fact, you have 12."
#[cfg(test)]
pub(super) fn correction_sentence(correction: &Correction, formal: bool) -> String {
    use super::words::{say, text};
    use rebound_i18n::Locale;
    let (said, correct) = correction_slots(correction).unwrap_or_else(|| {
        (
            say(Locale::En, "note-placeholder-said", &[]),
            say(Locale::En, "note-placeholder-correct", &[]),
        )
    });
    let id = if formal {
        "note-repair-factual-error-formal"
    } else {
        "note-repair-factual-error-warm"
    };
    let args = [
        ("said", text(said)),
        ("correct", text(correct)),
        ("elide", text("no")),
    ];
    crate::text::as_sentence(&say(Locale::En, id, &args))
}

/// The note's own words in this file's frames (gerunds, "with you", "our discussion of", "my experience"), for the
/// test that checks a note says nothing beyond what was logged and its fixed phrasing.
#[cfg(test)]
pub(super) fn frame_phrases() -> Vec<&'static str> {
    let mut frames: Vec<&'static str> = STRENGTH_VERBS
        .iter()
        .flat_map(|(_, gerund, reader)| [*gerund, *reader])
        .collect();
    frames.extend(QUESTION_OPENINGS.iter().map(|(_, gerund)| *gerund));
    frames.extend([
        "our discussion of",
        "my experience",
        "my myself",
        "that",
        "Building on our discussion of my background, I should also mention",
        "One more thing I would like to add about my background",
        "Two things I would like to add about my background, and",
        "you your yours yourselves",
    ]);
    frames
}

/// Turns how a candidate logged an omitted experience ("Never mentioned leading the close team") into words the
/// candidate can say about themselves ("my experience leading the close team"): the note must state the
/// experience, never the slip.
pub(crate) fn experience_phrase(description: &str) -> String {
    const SLIP_PREFIXES: [&str; 12] = [
        "i never mentioned ",
        "i forgot to mention ",
        "i didn't mention ",
        "i did not mention ",
        "never mentioned ",
        "forgot to mention ",
        "didn't mention ",
        "did not mention ",
        "failed to mention ",
        "didn't talk about ",
        "did not talk about ",
        "left out ",
    ];
    let text = description
        .trim()
        .trim_end_matches(['.', '!', '?', ';', ','])
        .trim();
    let lower = text.to_lowercase();
    let rest = SLIP_PREFIXES
        .iter()
        .find(|prefix| lower.starts_with(*prefix))
        // The prefixes are ASCII, so their byte length is the same in `text` as in `lower`.
        .map_or(text, |prefix| text[prefix.len()..].trim_start());
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    let first_word = rest.split_whitespace().next().unwrap_or("");
    if first_word.to_lowercase().ends_with("ing") {
        format!("my experience {}", lowercase_initial(rest))
    } else {
        lowercase_initial(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::interviewer;

    fn correction(said: &str, correct: &str) -> Correction {
        Correction {
            said: said.to_string(),
            correct: correct.to_string(),
        }
    }

    #[test]
    fn a_correction_is_written_in_the_letters_voice_not_pasted() {
        assert_eq!(
            correction_sentence(
                &correction("Said they had 20 offices", "they have 12."),
                true
            ),
            "When we spoke, I said you had 20 offices; in fact, you have 12."
        );
        assert_eq!(
            correction_sentence(
                &correction("I said their revenue fell last year", "It actually grew 8%"),
                true
            ),
            "When we spoke, I said your revenue fell last year; in fact, it grew 8%."
        );
        assert_eq!(
            correction_sentence(
                &correction("“the Frankfurt office opened in 2021”", "Frankfurt opened in 2019"),
                false
            ),
            "One thing to set straight: I said the Frankfurt office opened in 2021, but in fact Frankfurt opened \
             in 2019."
        );
        assert_eq!(
            correction_sentence(
                &correction("Fjord Capital had 20 offices", "But actually, 12"),
                true
            ),
            "When we spoke, I said Fjord Capital had 20 offices; in fact, 12."
        );
        assert_eq!(
            correction_sentence(&correction(" . ", "12"), true),
            "When we spoke, I said [what you said]; in fact, [the correct fact]."
        );
    }

    #[test]
    fn they_becomes_you_only_as_a_whole_word() {
        assert_eq!(
            second_person("They said their theory"),
            "You said your theory"
        );
        assert_eq!(
            second_person("they’re growing; them"),
            "you're growing; you"
        );
        assert_eq!(second_person("the theatre"), "the theatre");
    }

    #[test]
    fn a_strength_becomes_what_the_candidate_enjoyed_talking_about() {
        assert_eq!(
            strength_phrase("Walked through the three-statement model cleanly").as_deref(),
            Some("walking through the three-statement model with you")
        );
        assert_eq!(
            strength_phrase("Walked them through my rolling forecast in detail.").as_deref(),
            Some("walking you through my rolling forecast")
        );
        assert_eq!(
            strength_phrase("Strong answer on revenue recognition under IFRS 15").as_deref(),
            Some("our discussion of revenue recognition under IFRS 15")
        );
        assert_eq!(strength_phrase("Good rapport with the panel"), None);
        assert_eq!(
            strength_phrase("Explained how I cut the group close from ten working days to six")
                .as_deref(),
            Some("explaining how I cut the group close from ten working days to six")
        );
        assert_eq!(strength_phrase("Explained"), None);
    }

    #[test]
    fn a_formal_note_uses_an_honorific_and_surname_when_one_is_logged_else_the_first_name() {
        let vogel = |title: Option<&str>| Interviewer {
            title: title.map(str::to_string),
            ..interviewer("Armin Vogel")
        };
        assert_eq!(
            addressee(&vogel(Some("Dr.")), true).as_deref(),
            Some("Dr Vogel")
        );
        assert_eq!(
            addressee(&vogel(Some("Dr.")), false).as_deref(),
            Some("Armin")
        );
        assert_eq!(
            addressee(&vogel(Some("Finance Director")), true).as_deref(),
            Some("Armin")
        );
        assert_eq!(
            addressee(&interviewer("Prof. Ines Brandt"), true).as_deref(),
            Some("Prof Brandt")
        );
        assert_eq!(
            addressee(&interviewer("Prof. Ines Brandt"), false).as_deref(),
            Some("Ines")
        );
        assert_eq!(addressee(&interviewer("  "), true), None);
    }
}
