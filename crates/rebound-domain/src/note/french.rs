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
    // A title before the name counts only when a name follows it (« Mme » alone is no one's name).
    let before_name = match words.as_slice() {
        [title, _, ..] if is_honorific(title) => {
            let civility = civility(title);
            words.remove(0);
            civility
        }
        _ => None,
    };
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

/// Past participles a Quebec candidate opens a strength with (« Expliqué », « J’ai présenté »), and how the note
/// puts the rest after « J’ai particulièrement apprécié … »: « Expliqué le modèle à trois états » becomes
/// « l’occasion de vous expliquer le modèle à trois états ». The third slot goes after the topic.
const STRENGTH_VERBS: [(&str, &str, &str); 9] = [
    ("expliqué ", "l’occasion de vous expliquer ", ""),
    ("présenté ", "l’occasion de vous présenter ", ""),
    ("décrit ", "l’occasion de vous décrire ", ""),
    ("parlé de ", "l’occasion de vous parler de ", ""),
    ("parlé du ", "l’occasion de vous parler du ", ""),
    ("parlé des ", "l’occasion de vous parler des ", ""),
    ("discuté de ", "l’occasion de discuter de ", " avec vous"),
    ("discuté du ", "l’occasion de discuter du ", " avec vous"),
    (
        "passé en revue ",
        "l’occasion de passer en revue ",
        " avec vous",
    ),
];

/// Openings that name a topic that went well: « Bonne réponse sur la constatation des produits » is a good exchange
/// about it.
const TOPIC_OPENINGS: [&str; 10] = [
    "bonne réponse sur ",
    "bonne réponse concernant ",
    "très bonne réponse sur ",
    "réponse solide sur ",
    "réponse claire sur ",
    "bonne discussion sur ",
    "bon échange sur ",
    "bel échange sur ",
    "bonne conversation sur ",
    "discussion intéressante sur ",
];

/// Words at the end of a strength that rate the candidate rather than name the topic.
const RATING_TAILS: [&str; 12] = [
    " clairement",
    " avec aisance",
    " avec assurance",
    " avec confiance",
    " en détail",
    " en profondeur",
    " sans notes",
    " efficacement",
    " calmement",
    " très bien",
    " bien",
    " de façon claire",
];

/// Longest topic, in words, a strength or question may name to be used in the note.
const MAX_TOPIC_WORDS: usize = 12;

/// The topic that is left once `rest` loses its rating words, spoken to the reader (« leur modèle » is « votre
/// modèle »); `None` when nothing usable is left.
fn topic(rest: &str) -> Option<String> {
    let mut topic = rest.trim();
    while let Some(tail) = RATING_TAILS
        .iter()
        .find(|t| topic.to_lowercase().ends_with(*t))
    {
        topic = topic[..topic.len() - tail.len()].trim_end();
    }
    let words: Vec<String> = topic
        .split_whitespace()
        .map(|w| match w {
            "leur" => "votre".to_string(),
            "leurs" => "vos".to_string(),
            other => other.to_string(),
        })
        .collect();
    let ok =
        !words.is_empty() && words.len() <= MAX_TOPIC_WORDS && !topic.contains(['?', '!', ';']);
    ok.then(|| lowercase_initial(&words.join(" ")))
}

/// What a French note says the candidate enjoyed, from a strength logged in French: « l’occasion de vous présenter
/// mon modèle de prévisions », « notre échange sur la constatation des produits ». `None` for a strength that does
/// not name a topic this way (« Bon contact avec le comité » is not something to write to them about).
pub(super) fn strength_phrase(strength: &str) -> Option<String> {
    let clean = fragment(strength);
    let clean = clean.trim_end_matches(['.', '!', ',', ';']).trim();
    let rest = without_openings(clean, &["j’ai "]);
    let lower = rest.to_lowercase();
    if let Some((past, lead, tail)) = STRENGTH_VERBS.iter().find(|(p, _, _)| lower.starts_with(p)) {
        let after: String = rest.chars().skip(past.chars().count()).collect();
        return topic(&after).map(|t| format!("{lead}{t}{tail}"));
    }
    let opening = TOPIC_OPENINGS.iter().find(|o| lower.starts_with(*o))?;
    let after: String = rest.chars().skip(opening.chars().count()).collect();
    topic(&after).map(|t| format!("notre échange sur {t}"))
}

/// Imperatives a question asking the candidate to show their work opens with, and how the note puts the rest.
const QUESTION_OPENINGS: [(&str, &str); 6] = [
    ("pouvez-vous m’expliquer ", "l’occasion de vous expliquer "),
    ("expliquez-moi ", "l’occasion de vous expliquer "),
    ("expliquez ", "l’occasion de vous expliquer "),
    ("présentez-moi ", "l’occasion de vous présenter "),
    ("décrivez-moi ", "l’occasion de vous décrire "),
    ("décrivez ", "l’occasion de vous décrire "),
];

/// Words that make a question a stock one, asked in every interview.
const GENERIC_QUESTION_WORDS: [&str; 10] = [
    "cv",
    "parcours",
    "vous-même",
    "salaire",
    "salariales",
    "forces",
    "faiblesses",
    "qualités",
    "défauts",
    "motivations",
];

/// A question the candidate answered strongly, logged in French, as what the note says they enjoyed (« Expliquez
/// l’impôt différé » becomes « l’occasion de vous expliquer l’impôt différé »); `None` for a stock question or one
/// that does not ask them to show their work in so many words.
pub(super) fn question_phrase(question: &str) -> Option<String> {
    let clean = fragment(question);
    let clean = typographic(
        clean
            .trim_end_matches(['.', '!', '?', ',', ';', ':'])
            .trim(),
    );
    let lower = clean.to_lowercase();
    let (opening, lead) = QUESTION_OPENINGS
        .iter()
        .find(|(o, _)| lower.starts_with(o))?;
    let rest: String = clean.chars().skip(opening.chars().count()).collect();
    let generic = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|w| GENERIC_QUESTION_WORDS.contains(&w.to_lowercase().as_str()));
    if generic || rest.contains(" votre ") || rest.starts_with("votre ") || rest.starts_with("vos ")
    {
        // « Expliquez votre parcours », « Décrivez vos forces »: about the candidate, and stock.
        return None;
    }
    topic(&rest).map(|t| format!("{lead}{t}"))
}

/// The note's own words in this file's frames, for the test that checks a note says nothing beyond what was logged
/// and its fixed phrasing.
#[cfg(test)]
pub(super) fn frame_phrases() -> Vec<&'static str> {
    let mut frames: Vec<&'static str> = STRENGTH_VERBS
        .iter()
        .flat_map(|(_, lead, tail)| [*lead, *tail])
        .collect();
    frames.extend(QUESTION_OPENINGS.iter().map(|(_, lead)| *lead));
    frames.extend(["notre échange sur", "votre vos"]);
    frames
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
        assert_eq!(
            addressee(&interviewer("Mme"), true),
            Some(("Mme".to_string(), false))
        );
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

    #[test]
    fn a_french_strength_or_question_becomes_what_the_candidate_enjoyed() {
        assert_eq!(
            strength_phrase("Bonne réponse sur la constatation des produits").as_deref(),
            Some("notre échange sur la constatation des produits")
        );
        assert_eq!(
            strength_phrase("J’ai présenté mon modèle de prévisions glissantes clairement.")
                .as_deref(),
            Some("l’occasion de vous présenter mon modèle de prévisions glissantes")
        );
        assert_eq!(
            strength_phrase("Discuté du programme de couverture de leurs créances en euros").as_deref(),
            Some("l’occasion de discuter du programme de couverture de vos créances en euros avec vous")
        );
        assert_eq!(strength_phrase("Bon contact avec le comité"), None);
        assert_eq!(strength_phrase("Expliqué"), None);
        assert_eq!(
            question_phrase("Expliquez l’impôt différé à un gestionnaire non financier.")
                .as_deref(),
            Some("l’occasion de vous expliquer l’impôt différé à un gestionnaire non financier")
        );
        assert_eq!(question_phrase("Parlez-moi de vous."), None);
        assert_eq!(question_phrase("Décrivez vos forces"), None);
        assert_eq!(question_phrase("Expliquez-moi votre parcours"), None);
    }
}
