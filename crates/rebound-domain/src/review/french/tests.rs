//! The French review as a reader relies on it: what it flags in a whole French note, that its findings are written
//! in Canadian French (Quebec typography, the passage quoted exactly as written, names with their accents), and that
//! no English or untranslated id leaks into them.

use super::super::{review_note, review_note_in, Finding, FindingKind, ReviewContext, Severity};
use crate::test_support::{french_leaks, gaffe, interviewers};
use crate::{GaffeKind, Noticed};
use rebound_i18n::Locale;

const NBSP: char = '\u{a0}';

fn french(text: &str, context: Option<&ReviewContext>) -> Vec<Finding> {
    review_note_in(text, context, Locale::FrCa, Locale::FrCa).findings
}

fn context(names: &[&str]) -> ReviewContext {
    ReviewContext {
        interviewers: interviewers(names),
        company: "Desjardins".to_owned(),
        ..ReviewContext::default()
    }
}

fn quoted(text: &str, finding: &Finding) -> String {
    let span = finding.span.expect("a passage finding");
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

const NOTE: &str = "Bonjour Madame Tremblay,\n\nMerci encore pour l’entrevue de mardi. Je suis vraiment désolée \
pour mon retard. J’étais épuisée après une nuit blanche. Je m’excuse aussi pour ma réponse sur le budget. Je ne \
suis pas très bonne en négociation. Laissez-moi vous expliquer ce qui s’est passé avec le chiffre. Donnez-moi une \
deuxième chance, je vous en supplie.\n\nJe demeure très intéressée par le poste.\n\nCordialement,\nÉloïse Côté";

#[test]
fn a_french_note_draws_each_kind_in_french_quoting_the_passage_as_written() {
    let findings = french(NOTE, Some(&context(&["Geneviève Tremblay"])));
    let kinds: Vec<FindingKind> = findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            FindingKind::Apology,
            FindingKind::Excuse,
            FindingKind::RepeatedApology,
            FindingKind::SelfDeprecation,
            FindingKind::OverExplaining,
            FindingKind::Pleading,
        ],
        "{findings:#?}"
    );
    let apology = &findings[0];
    assert_eq!(quoted(NOTE, apology), "désolée");
    assert_eq!(
        apology.message,
        format!(
            "«{NBSP}désolée{NBSP}» présente des excuses; s’excuser ramène l’attention sur le faux pas au lieu de la \
             tourner vers la suite."
        )
    );
    assert!(apology
        .suggestion
        .contains(&format!("«{NBSP}Merci de votre patience{NBSP}»")));
    let repeated = &findings[2];
    assert_eq!(repeated.severity, Severity::Error);
    assert!(
        repeated
            .message
            .contains("c’est la 2e excuse de ce message"),
        "{}",
        repeated.message
    );
    assert!(findings[1]
        .message
        .starts_with(&format!("«{NBSP}J’étais épuisée")));
    assert_eq!(
        findings[5].message,
        format!(
            "«{NBSP}Donnez-moi une deuxième chance, je vous en supplie{NBSP}» sonne comme une supplication; vous \
             demandez une faveur au lieu de faire valoir votre candidature."
        )
    );
    // One finding per sentence and kind, from the first flagged word to the last.
    assert_eq!(
        quoted(NOTE, &findings[4]),
        "Laissez-moi vous expliquer ce qui s’est passé"
    );
    assert_eq!(
        quoted(NOTE, &findings[5]),
        "Donnez-moi une deuxième chance, je vous en supplie"
    );
    for finding in &findings {
        assert_eq!(
            french_leaks(&finding.message),
            Vec::<String>::new(),
            "{finding:?}"
        );
        assert_eq!(
            french_leaks(&finding.suggestion),
            Vec::<String>::new(),
            "{finding:?}"
        );
    }
}

#[test]
fn a_clean_french_note_draws_nothing_with_or_without_accents_typed() {
    let clean = "Bonjour Armin,\n\nMerci pour votre accueil de jeudi. À cause de vous, j’ai appris à voir la \
                 conformité autrement. Je ne suis pas désolé d’avoir posé la question sur la formation.\n\nJ’ai hâte \
                 d’avoir de vos nouvelles.\n\nÉloïse";
    assert_eq!(french(clean, Some(&context(&["Armin Keller"]))), vec![]);
    let unaccented = "Bonjour Armin,\n\nMerci pour l'entrevue. Je suis desole pour le retard.\n\nJ'ai hate d'avoir \
                      de vos nouvelles.";
    let findings = french(unaccented, Some(&context(&["Armin Keller"])));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(quoted(unaccented, &findings[0]), "desole");
}

#[test]
fn wrong_and_unaccented_names_are_named_as_logged_with_their_accents() {
    let ctx = context(&["Zoë Tremblay", "Armin Keller"]);
    let note = "Bonjour Arnold et Zoe,\n\nMerci pour l’entrevue. Le poste m’intéresse beaucoup.";
    let findings = french(note, Some(&ctx));
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert_eq!(findings[0].kind, FindingKind::UnknownName);
    assert_eq!(
        findings[0].message,
        format!("«{NBSP}Arnold{NBSP}» ne correspond au nom d’aucune des personnes inscrites pour cette entrevue.")
    );
    assert_eq!(
        findings[0].suggestion,
        format!("Utilisez le nom inscrit{NBSP}: Armin.")
    );
    assert_eq!(findings[1].severity, Severity::Warning);
    assert_eq!(
        findings[1].message,
        format!("Ce nom s’écrit Zoë; il manque un accent à «{NBSP}Zoe{NBSP}».")
    );
    for salutation in [
        "Madame Tremblay,",
        "Chère Zoë,",
        "Bonjour M. Keller,",
        "Bonjour à toute l’équipe de Desjardins,",
    ] {
        let note = format!("{salutation}\n\nMerci pour l’entrevue. Le poste m’intéresse beaucoup.");
        assert_eq!(french(&note, Some(&ctx)), vec![], "{salutation}");
    }
}

#[test]
fn whole_note_findings_are_in_french_with_the_counts() {
    let long = format!(
        "Bonjour,\n\n{}",
        "Le projet de migration vers le nuage est ambitieux. ".repeat(40)
    );
    let findings = french(&long, None);
    let kinds: Vec<FindingKind> = findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            FindingKind::TooLong,
            FindingKind::MissingThanks,
            FindingKind::MissingInterest
        ]
    );
    assert_eq!(
        findings[0].message,
        "Votre message compte 361 mots; un courriel de suivi devrait s’en tenir à 150."
    );
    assert_eq!(findings[0].severity, Severity::Error);
}

#[test]
fn an_unnoticed_slip_mentioned_in_french_is_flagged_with_the_french_label() {
    let ctx = ReviewContext {
        gaffes: vec![gaffe(GaffeKind::Late, Noticed::Unsure)],
        ..context(&["Armin Keller"])
    };
    let note = "Bonjour Armin,\n\nMerci pour l’entrevue, et pardon pour le retard. Le poste m’intéresse beaucoup.";
    let finding = french(note, Some(&ctx))
        .into_iter()
        .find(|f| f.kind == FindingKind::MentionsUnnoticedGaffe)
        .expect("the mention is flagged");
    assert_eq!(
        finding.message,
        format!("«{NBSP}retard{NBSP}» évoque un faux pas (retard) dont vous ne savez pas s’il a été remarqué.")
    );
}

#[test]
fn the_note_language_and_the_reader_language_are_independent() {
    // An English note read by a French-speaking reader: English rules, French findings.
    let english = "Dear Armin,\n\nThank you for your time. I'm so sorry I was late.\n\nI remain very interested.";
    let findings = review_note_in(english, None, Locale::En, Locale::FrCa).findings;
    assert_eq!(findings[0].kind, FindingKind::Apology);
    assert!(
        findings[0]
            .message
            .contains(&format!("sorry{NBSP}» présente des excuses")),
        "{findings:?}"
    );
    // The English default is unchanged.
    assert_eq!(
        review_note(english, None),
        review_note_in(english, None, Locale::En, Locale::En)
    );
    assert!(review_note(english, None).findings[0]
        .message
        .contains("sorry\u{201d} apologises"));
    // A French note read in English: French rules, English findings.
    let findings = review_note_in(NOTE, None, Locale::FrCa, Locale::En).findings;
    assert_eq!(
        findings[0].message,
        "\u{201c}désolée\u{201d} apologises; an apology points at the slip instead of past it."
    );
}

/// Every French text the review writes, for many notes: no untranslated id, no English word, French typography.
#[test]
fn no_english_leaks_into_any_french_finding() {
    let ctx = ReviewContext {
        gaffes: GaffeKind::ALL
            .iter()
            .map(|&kind| {
                gaffe(
                    kind,
                    if kind.as_str().len() % 2 == 0 {
                        Noticed::Unsure
                    } else {
                        Noticed::Unlikely
                    },
                )
            })
            .collect(),
        ..context(&["Zoë Tremblay", "Armin Keller"])
    };
    let bodies = [
        NOTE.to_owned(),
        "Bonjour Arnold et Zoe,\n\nJe regrette mon retard. Pardon pour le salaire, ma tenue et la connexion.".to_owned(),
        "Salut Bob,\n\nJ’ai été nulle. ".repeat(60),
        "Madame Tremblay,\n\nMon réveil n’a pas sonné. Je vous en supplie. Voici pourquoi j’ai hésité.".to_owned(),
        "Cher Armin,\n\nMerci.".to_owned(),
    ];
    let mut texts = 0;
    for body in &bodies {
        for out in [Locale::FrCa] {
            for note in Locale::ALL {
                for finding in review_note_in(body, Some(&ctx), note, out).findings {
                    for text in [&finding.message, &finding.suggestion] {
                        texts += 1;
                        assert_eq!(french_leaks(text), Vec::<String>::new(), "{finding:?}");
                    }
                }
            }
        }
    }
    let kinds: std::collections::BTreeSet<FindingKind> = bodies
        .iter()
        .flat_map(|b| review_note_in(b, Some(&ctx), Locale::FrCa, Locale::FrCa).findings)
        .map(|f| f.kind)
        .collect();
    assert_eq!(
        kinds.len(),
        FindingKind::ALL.len(),
        "every kind is written: {kinds:?}"
    );
    assert!(texts > 40, "{texts}");
}

#[test]
fn a_long_french_note_without_full_stops_is_still_reviewed() {
    // The API admits notes of up to 10,000 characters; one run-on French sentence of twice that is still read.
    let text =
        "je n’étais pas à mon meilleur et j’étais fatiguée et ma réponse était nulle ".repeat(230);
    let kinds: Vec<FindingKind> = french(&text, None).iter().map(|f| f.kind).collect();
    for kind in [FindingKind::SelfDeprecation, FindingKind::Excuse] {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
}
