//! The review of a note written in French (Quebec usage): the same classes as the English review, found by French
//! rules (`rules.rs`) over French words (`words.rs`: elision undone, accents typed or not, hyphens, quotations).
//! A labelled French corpus (tests/fixtures/review-corpus-fr.tsv) measures precision and recall per class with the
//! English thresholds (`corpus_tests.rs`).

mod rules;
mod words;

use super::matching::Doc;
use super::salutation::SalutationWords;
use super::{Language, Passages, Span};
use crate::GaffeKind;

/// The words the whole-note checks look for in a French note (folded: no accents, apostrophes straight).
pub(super) const FRENCH: Language = Language {
    salutations: &SALUTATIONS,
    mentions,
    thanks: &[
        "merci*",
        "remerci*",
        "reconnaissan*",
        "gratitude",
        "apprecie*",
    ],
    interest: &[
        "interet*",
        "interess*",
        "enthousias*",
        "motiv*",
        "emball*",
        "passionn*",
        "hate d*",
        "au plaisir",
        "me joindre",
        "faire partie",
        "prochaine etape",
        "suite du processus",
        "impatien*",
        "ravi*",
        "m'attire",
        "aimerais beaucoup",
    ],
};

const SALUTATIONS: SalutationWords = SalutationWords {
    greetings: &[
        "bonjour", "bonsoir", "salut", "allo", "cher", "chere", "chers", "cheres", "madame",
        "monsieur",
    ],
    honorifics: &[
        "m",
        "mme",
        "mlle",
        "dr",
        "dre",
        "me",
        "madame",
        "monsieur",
        "professeur",
        "professeure",
    ],
    generic: &[
        "equipe",
        "tous",
        "toutes",
        "tout",
        "toute",
        "comite",
        "membres",
        "collegues",
        "recruteur",
        "recruteuse",
        "gestionnaire",
        "direction",
        "service",
        "mesdames",
        "messieurs",
        "a",
    ],
    prose_starters: &[
        "merci", "je", "j'", "j'ai", "j'espere", "c'est", "quel", "quelle", "votre", "vous", "le",
        "la", "les", "un", "une", "mon", "ma",
    ],
    and: "et",
};

/// The phrases that point at a kind of gaffe in a French note (folded).
fn mentions(kind: GaffeKind) -> &'static [&'static str] {
    use GaffeKind::*;
    match kind {
        WrongInterviewerName => &[
            "votre nom",
            "mal prononce",
            "trompe de nom",
            "confondu votre nom",
        ],
        InappropriateAttire => &[
            "ma tenue",
            "mon habillement",
            "habille",
            "habillee",
            "mon veston",
        ],
        SalaryBlank => &["salaire", "remuneration", "attentes salariales"],
        InappropriateQuestion => &[
            "ma question sur",
            "question deplacee",
            "ma question concernant",
        ],
        WeakBehavioralAnswer => &[
            "mon exemple",
            "ma reponse sur",
            "la question comportementale",
        ],
        Late => &["retard", "en retard", "arrive tard", "arrivee tard"],
        OmittedKeyExperience => &["oublie de mentionner", "oublie de parler", "pas mentionne"],
        MisreadBodyLanguage => &[
            "langage corporel",
            "mon attitude",
            "ma posture",
            "air distrait",
        ],
        TechnicalBlank => &["question technique", "bloque", "fige", "trou de memoire"],
        Rambling => &[
            "trop long",
            "trop longue",
            "decousu*",
            "perdu le fil",
            "reponses longues",
        ],
        BadmouthedEmployer => &[
            "mon ancien employeur",
            "mon employeur actuel",
            "mon ancien patron",
        ],
        NoQuestionsAsked => &[
            "pas de questions",
            "aucune question",
            "pas pose de question*",
        ],
        TechnicalFailure => &[
            "connexion",
            "mon micro",
            "ma camera",
            "probleme technique",
            "le son",
        ],
        FactualErrorAboutCompany => &[
            "votre entreprise",
            "votre chiffre",
            "votre siege",
            "vos bureaux",
        ],
        UnclearOnRole => &["le poste", "le role", "les responsabilites"],
    }
}

/// The passages of a French note, by class. As in English, a sentence that over-explains is not also counted as
/// an excuse, and a sentence that apologises or pleads is not also counted as running the candidate down.
pub(super) fn passages(doc: &Doc) -> Passages {
    let tokens = words::tokens(&doc.norm);
    // One passage per sentence and class, from the first flagged word to the last.
    let spans = |found: Vec<(usize, usize)>| -> Vec<(usize, Span)> {
        let mut by_sentence: Vec<(usize, Span)> = Vec::new();
        for (first, last) in found {
            let (sentence, span) = (tokens[first].sentence, words::span(&tokens, first, last));
            match by_sentence.iter_mut().find(|(s, _)| *s == sentence) {
                Some((_, merged)) => {
                    merged.start = merged.start.min(span.start);
                    merged.end = merged.end.max(span.end);
                }
                None => by_sentence.push((sentence, span)),
            }
        }
        by_sentence
    };
    let apologies = spans(rules::apologies(&tokens));
    let pleading = spans(rules::pleading(&tokens));
    let over_explaining = spans(rules::over_explaining(&tokens));
    let in_sentences =
        |of: &[(usize, Span)]| -> Vec<usize> { of.iter().map(|(s, _)| *s).collect() };
    let explained = in_sentences(&over_explaining);
    let mut owned = in_sentences(&apologies);
    owned.extend(in_sentences(&pleading));
    let only = |of: Vec<(usize, Span)>, not_in: &[usize]| -> Vec<Span> {
        of.into_iter()
            .filter(|(s, _)| !not_in.contains(s))
            .map(|(_, span)| span)
            .collect()
    };
    let all =
        |of: Vec<(usize, Span)>| -> Vec<Span> { of.into_iter().map(|(_, span)| span).collect() };
    Passages {
        excuses: only(spans(rules::excuses(&tokens)), &explained),
        self_deprecation: only(spans(rules::self_deprecation(&tokens)), &owned),
        apologies: all(apologies),
        pleading: all(pleading),
        over_explaining: all(over_explaining),
    }
}

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;
