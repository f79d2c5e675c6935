//! What a French note makes of the candidate's free text and of the interviewers' names. The English rules
//! (`phrasing.rs`) read English ("Said they had 20 offices"); these read what a Quebec candidate logs ("J’ai dit
//! qu’ils avaient 20 bureaux") and keep the candidate's words as they are, names and accents included. As in
//! English, a phrase either reads correctly or is replaced by a placeholder; free text is never pasted as it stands.

use crate::text::{fragment, lowercase_initial};
use crate::{Correction, Interviewer};

/// A courtesy title a French note greets someone with. Only a title logged as such gives one: the note never guesses
/// a gender from a first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Civility {
    Madame,
    Monsieur,
}

/// The courtesy title a logged word (in the interviewer's `title`, or before the name) says, French or English
/// ("Mme", "Madame", "M.", "Monsieur", "Ms", "Mrs", "Mr"…). `None` for a title that says no gender ("Dr", "Prof",
/// "Mx", a job title).
fn civility(word: &str) -> Option<Civility> {
    let bare = word.trim().trim_end_matches('.').to_lowercase();
    match bare.as_str() {
        "madame" | "mme" | "ms" | "mrs" | "miss" | "dame" => Some(Civility::Madame),
        "monsieur" | "m" | "mr" => Some(Civility::Monsieur),
        _ => None,
    }
}

/// Whether a word before a name is an honorific to leave out of it: a courtesy title, or one that says no gender.
fn is_honorific(word: &str) -> bool {
    const OTHERS: [&str; 7] = [
        "dr",
        "dre",
        "prof",
        "professor",
        "professeur",
        "professeure",
        "mx",
    ];
    let bare = word.trim_end_matches('.').to_lowercase();
    // "M" alone is an initial; "M." is Monsieur.
    (civility(word).is_some() && (bare != "m" || word.ends_with('.')))
        || OTHERS.contains(&bare.as_str())
}

/// How a French note greets one interviewer, and whether with a courtesy title. Formal: « Madame Tremblay » when a
/// title is logged (as the title, or before the name), else the full name as logged (« Armin Tremblay »: the epicene
/// form Quebec writers use when they do not know the title). Warm: the first name (« Armin »), or the titled
/// surname when only a surname was logged. `None` for a blank name.
pub(super) fn addressee(interviewer: &Interviewer, formal: bool) -> Option<(String, bool)> {
    let mut words: Vec<&str> = interviewer.name.split_whitespace().collect();
    let before_name = words
        .first()
        .filter(|w| is_honorific(w))
        .and_then(|w| civility(w));
    if words.first().is_some_and(|w| is_honorific(w)) && words.len() > 1 {
        words.remove(0);
    }
    let first = *words.first()?;
    let surname = *words.last()?;
    let from_title = interviewer.title.as_deref().and_then(civility);
    let title = before_name.or(from_title).map(|c| match c {
        Civility::Madame => "Madame",
        Civility::Monsieur => "Monsieur",
    });
    match (formal, title) {
        (true, Some(title)) => Some((format!("{title} {surname}"), true)),
        (true, None) => Some((words.join(" "), false)),
        (false, Some(title)) if words.len() == 1 => Some((format!("{title} {surname}"), true)),
        (false, _) => Some((first.to_string(), false)),
    }
}

/// `text` with straight apostrophes made typographic, as French text is written.
fn typographic(text: &str) -> String {
    text.replace('\'', "’")
}

/// `text` without the first of `openings` it starts with (compared in lower case, apostrophes made typographic),
/// repeatedly; the rest keeps its case and accents.
fn without_openings(text: &str, openings: &[&str]) -> String {
    let mut rest = typographic(text.trim());
    while let Some(opening) = openings
        .iter()
        .find(|o| rest.to_lowercase().starts_with(*o) && rest.chars().count() > o.chars().count())
    {
        rest = rest
            .chars()
            .skip(opening.chars().count())
            .collect::<String>()
            .trim_start()
            .to_string();
    }
    rest
}

/// Words at the start of a logged omitted experience that describe the slip rather than the experience, in French
/// and (for a candidate who logs in English) in English.
const SLIP_OPENINGS: [&str; 22] = [
    "j’ai oublié de mentionner ",
    "j’ai oublié de parler de ",
    "j’ai omis de mentionner ",
    "je n’ai pas mentionné ",
    "je n’ai pas parlé de ",
    "oublié de mentionner ",
    "oublié de parler de ",
    "omis de mentionner ",
    "pas mentionné ",
    "pas parlé de ",
    "que ",
    "qu’",
    "i never mentioned ",
    "i forgot to mention ",
    "i didn’t mention ",
    "i did not mention ",
    "never mentioned ",
    "forgot to mention ",
    "didn’t mention ",
    "did not mention ",
    "failed to mention ",
    "left out ",
];

/// How a French note states an omitted experience: the candidate's description without the words about the slip
/// (« Oublié de mentionner mon titre de CPA » becomes « mon titre de CPA »), as the candidate wrote it otherwise.
pub(super) fn experience_phrase(description: &str) -> String {
    let clean = fragment(description);
    let clean = clean.trim_end_matches(['.', '!', '?', ';', ',']).trim();
    let rest = without_openings(clean, &SLIP_OPENINGS);
    // « J’ai dirigé » in the middle of a sentence is « j’ai dirigé » (`lowercase_initial` leaves "J’" alone).
    match rest.strip_prefix("J’") {
        Some(tail) => format!("j’{tail}"),
        None => lowercase_initial(&rest),
    }
}

/// An experience as the object of « souligner » or an item of a list: a clause the candidate wrote in the first
/// person (« j’ai dirigé la clôture ») becomes « le fait que j’ai dirigé la clôture ».
pub(super) fn as_object(experience: &str) -> String {
    let lower = typographic(&experience.to_lowercase());
    if lower.starts_with("j’") || lower.starts_with("je ") {
        format!("le fait que {experience}")
    } else {
        experience.to_string()
    }
}

/// Words at the start of a logged correction that report the saying rather than what was said.
const SAID_OPENINGS: [&str; 15] = [
    "j’ai dit que ",
    "j’ai dit qu’",
    "j’ai affirmé que ",
    "j’ai affirmé qu’",
    "j’ai mentionné que ",
    "j’ai mentionné qu’",
    "j’ai indiqué que ",
    "j’ai indiqué qu’",
    "dit que ",
    "dit qu’",
    "affirmé que ",
    "affirmé qu’",
    "mentionné que ",
    "que ",
    "qu’",
];

/// Words at the start of a logged fact that only announce it.
const CORRECT_OPENINGS: [&str; 9] = [
    "mais en fait, ",
    "mais en fait ",
    "en fait, ",
    "en fait ",
    "en réalité, ",
    "en réalité ",
    "alors que ",
    "mais ",
    "la vérité, c’est que ",
];

/// Opening words lowercased mid-sentence; any other capital (a name: « Desjardins », « KPMG ») is kept.
const ORDINARY_OPENINGS: [&str; 24] = [
    "le", "la", "les", "l’", "un", "une", "des", "il", "ils", "elle", "elles", "on", "vous",
    "votre", "vos", "leur", "leurs", "ce", "cette", "ces", "c’est", "son", "sa", "ses",
];

/// One side of a correction, ready for the middle of a French sentence.
fn correction_part(text: &str, openings: &[&str]) -> String {
    let clean = fragment(text);
    let clean = clean
        .trim()
        .trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '«' | '»') || c.is_whitespace())
        .trim_end_matches(['.', '!', ',', ';', ':'])
        .trim();
    let rest = without_openings(clean, openings);
    let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    let head = first.split_inclusive('’').next().unwrap_or("");
    if ORDINARY_OPENINGS.contains(&first.as_str()) || ORDINARY_OPENINGS.contains(&head) {
        lowercase_initial(&rest)
    } else {
        rest
    }
}

/// The variables of a factual error's repair from the structured correction: what was said, the correct fact, and
/// whether « que » elides before what was said (« qu’ils avaient »). Empty (so the placeholders stand for both)
/// unless both sides say something.
pub(super) fn correction_slots(correction: &Correction) -> Option<(String, String)> {
    let said = correction_part(&correction.said, &SAID_OPENINGS);
    let correct = correction_part(&correction.correct, &CORRECT_OPENINGS);
    (!said.is_empty() && !correct.is_empty()).then_some((said, correct))
}

/// Whether « que » elides before `text` (a vowel, or a mute h we cannot tell from an aspirated one: no).
pub(super) fn elides(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| "aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÉÈÊÎÔÙÛ".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::interviewer;

    fn titled(name: &str, title: &str) -> Interviewer {
        Interviewer {
            title: Some(title.to_string()),
            ..interviewer(name)
        }
    }

    #[test]
    fn a_courtesy_title_is_used_only_when_logged_never_guessed_from_a_first_name() {
        let helene = interviewer("Hélène Côté-Gagnon");
        assert_eq!(
            addressee(&helene, true),
            Some(("Hélène Côté-Gagnon".to_string(), false))
        );
        assert_eq!(
            addressee(&helene, false),
            Some(("Hélène".to_string(), false))
        );
        assert_eq!(
            addressee(&titled("Hélène Côté-Gagnon", "Mme"), true),
            Some(("Madame Côté-Gagnon".to_string(), true))
        );
        assert_eq!(
            addressee(&interviewer("M. Armin Tremblay"), true),
            Some(("Monsieur Tremblay".to_string(), true))
        );
        assert_eq!(
            addressee(&interviewer("M. Armin Tremblay"), false),
            Some(("Armin".to_string(), false))
        );
        assert_eq!(
            addressee(&titled("Armin Tremblay", "Mr."), true),
            Some(("Monsieur Tremblay".to_string(), true))
        );
        // A title that says no gender gives none: the full name, without the title.
        assert_eq!(
            addressee(&titled("Armin Tremblay", "Dr"), true),
            Some(("Armin Tremblay".to_string(), false))
        );
        assert_eq!(
            addressee(&titled("Armin Tremblay", "Directeur financier"), true),
            Some(("Armin Tremblay".to_string(), false))
        );
        assert_eq!(
            addressee(&interviewer("Mme Tremblay"), false),
            Some(("Madame Tremblay".to_string(), true))
        );
        // "M" without its full stop is an initial, not Monsieur.
        assert_eq!(
            addressee(&interviewer("M Tremblay"), true),
            Some(("M Tremblay".to_string(), false))
        );
        assert_eq!(addressee(&interviewer("  "), true), None);
    }

    #[test]
    fn an_experience_is_stated_without_the_slip_and_a_clause_becomes_an_object() {
        assert_eq!(
            experience_phrase("Oublié de mentionner mon titre de CPA."),
            "mon titre de CPA"
        );
        assert_eq!(
            experience_phrase("J'ai oublié de mentionner que j'ai dirigé la clôture mensuelle"),
            "j’ai dirigé la clôture mensuelle"
        );
        assert_eq!(
            experience_phrase("Never mentioned my CPA licence"),
            "my CPA licence"
        );
        assert_eq!(
            as_object("j’ai dirigé la clôture mensuelle"),
            "le fait que j’ai dirigé la clôture mensuelle"
        );
        assert_eq!(as_object("mon titre de CPA"), "mon titre de CPA");
    }

    #[test]
    fn a_correction_keeps_what_was_said_and_the_fact_without_the_reporting_words() {
        let correction = |said: &str, correct: &str| Correction {
            said: said.to_string(),
            correct: correct.to_string(),
        };
        assert_eq!(
            correction_slots(&correction(
                "J’ai dit qu’ils avaient 20 bureaux",
                "En fait, ils en ont 12."
            )),
            Some((
                "ils avaient 20 bureaux".to_string(),
                "ils en ont 12".to_string()
            ))
        );
        assert_eq!(
            correction_slots(&correction(
                "« Le siège social est à Toronto »",
                "Desjardins est à Lévis"
            )),
            Some((
                "le siège social est à Toronto".to_string(),
                "Desjardins est à Lévis".to_string()
            ))
        );
        assert_eq!(correction_slots(&correction(" . ", "12")), None);
        assert!(elides("ils avaient"));
        assert!(!elides("le siège"));
    }
}
