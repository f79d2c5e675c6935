//! The note in Canadian French: the salutation by register (a courtesy title only when one was logged), names and
//! accents kept exactly, the subject and sign-off by occasion, and every repair in French (see
//! `french_variety_tests.rs` for fifty notes, the leak scan and the reference's heads-up).

use rebound_i18n::Locale;

use super::words::say;
use super::*;
use crate::catalogue::entry;
use crate::test_support::{gaffe, interview, interviewer, question};
use crate::Interviewer;

pub(super) fn fr(facts: &InterviewFacts, gaffes: &[GaffeFacts], tone: NoteTone) -> NoteDraft {
    draft_follow_up_note_in(facts, gaffes, tone, Locale::FrCa)
}

pub(super) fn titled(name: &str, title: &str) -> Interviewer {
    Interviewer {
        title: Some(title.to_string()),
        ..interviewer(name)
    }
}

/// The sample interview with Desjardins, in French, with these interviewers.
pub(super) fn desjardins(people: Vec<Interviewer>) -> InterviewFacts {
    InterviewFacts {
        company: "Desjardins Gestion de patrimoine".to_string(),
        role_title: "Analyste financière principale".to_string(),
        interviewers: people,
        ..interview()
    }
}

#[test]
fn a_formal_french_note_greets_by_full_name_unless_a_courtesy_title_was_logged() {
    let helene = desjardins(vec![interviewer("Hélène Côté-Gagnon")]);
    let note = fr(&helene, &[], NoteTone::Formal);
    assert!(
        note.body.starts_with("Bonjour Hélène Côté-Gagnon,\n\n"),
        "{}",
        note.body
    );
    assert!(
        note.body
            .contains("«\u{a0}Analyste financière principale\u{a0}»"),
        "{}",
        note.body
    );
    assert!(
        note.body.contains("chez Desjardins Gestion de patrimoine"),
        "{}",
        note.body
    );
    assert!(note.body.ends_with("\n[Votre nom]"), "{}", note.body);
    let warm = fr(&helene, &[], NoteTone::Warm);
    assert!(
        warm.body.starts_with("Bonjour Hélène,\n\n"),
        "{}",
        warm.body
    );

    let madame = desjardins(vec![titled("Hélène Côté-Gagnon", "Mme")]);
    assert!(fr(&madame, &[], NoteTone::Formal)
        .body
        .starts_with("Madame Côté-Gagnon,\n\n"));
    // The warm register keeps the first name even when the title is known.
    assert!(fr(&madame, &[], NoteTone::Warm)
        .body
        .starts_with("Bonjour Hélène,\n\n"));
    let monsieur = desjardins(vec![interviewer("M. Armin Tremblay")]);
    assert!(fr(&monsieur, &[], NoteTone::Formal)
        .body
        .starts_with("Monsieur Tremblay,\n\n"));
}

#[test]
fn several_interviewers_get_a_french_plural_greeting() {
    let two = desjardins(vec![
        interviewer("Hélène Côté-Gagnon"),
        interviewer("Armin Tremblay"),
    ]);
    assert!(fr(&two, &[], NoteTone::Formal)
        .body
        .starts_with("Bonjour Hélène Côté-Gagnon et Armin Tremblay,\n\n"));
    let titled_both = desjardins(vec![
        titled("Hélène Côté-Gagnon", "Madame"),
        titled("Armin Tremblay", "M."),
    ]);
    assert!(fr(&titled_both, &[], NoteTone::Formal)
        .body
        .starts_with("Madame Côté-Gagnon et Monsieur Tremblay,\n\n"));
    // One title missing: nobody's gender is guessed, so the epicene form for all.
    let one_titled = desjardins(vec![
        titled("Hélène Côté-Gagnon", "Mme"),
        interviewer("Kim Bouchard"),
    ]);
    assert!(fr(&one_titled, &[], NoteTone::Formal)
        .body
        .starts_with("Bonjour Madame Côté-Gagnon et Kim Bouchard,\n\n"));
    let three = desjardins(vec![
        interviewer("Hélène Côté-Gagnon"),
        interviewer("Armin Tremblay"),
        interviewer("Marc-André Roy"),
    ]);
    assert!(fr(&three, &[], NoteTone::Warm)
        .body
        .starts_with("Bonjour Hélène, Armin et Marc-André,\n\n"));
    let nobody = desjardins(vec![]);
    assert!(fr(&nobody, &[], NoteTone::Formal)
        .body
        .starts_with("Madame, Monsieur,\n\n"));
    assert!(fr(&nobody, &[], NoteTone::Warm)
        .body
        .starts_with("Bonjour à l’équipe Desjardins Gestion de patrimoine,\n\n"));
}

#[test]
fn a_wrong_name_is_repaired_by_the_logged_name_with_its_accents_never_folded() {
    let facts = desjardins(vec![interviewer("Hélène Côté-Gagnon")]);
    let gaffes = [gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
        .described("Je l’ai appelée Hélène Côté pendant toute l’entrevue")];
    let note = fr(&facts, &gaffes, NoteTone::Formal);
    assert_eq!(note.repairs, vec![GaffeKind::WrongInterviewerName]);
    assert!(note.body.starts_with("Bonjour Hélène Côté-Gagnon,"));
    assert!(!note.body.to_lowercase().contains("appel"), "{}", note.body);
    // A name logged decomposed is written composed, accents and case as logged.
    let decomposed = desjardins(vec![interviewer(
        "He\u{301}le\u{300}ne Co\u{302}te\u{301}-Gagnon",
    )]);
    assert!(fr(&decomposed, &[], NoteTone::Formal)
        .body
        .starts_with("Bonjour Hélène Côté-Gagnon,"));
}

/// The note's subject, signature and register in French, for each occasion.
#[test]
fn subjects_and_sign_offs_follow_the_register_and_the_occasion() {
    let facts = desjardins(vec![interviewer("Hélène Côté-Gagnon")]);
    let subject = |outcome, tone| {
        fr(
            &InterviewFacts {
                outcome,
                ..facts.clone()
            },
            &[],
            tone,
        )
        .subject
    };
    assert_eq!(
        subject(Outcome::Pending, NoteTone::Formal),
        "Remerciements – entrevue pour le poste «\u{a0}Analyste financière principale\u{a0}»"
    );
    assert_eq!(
        subject(Outcome::Offer, NoteTone::Warm),
        "Merci pour l’offre – poste «\u{a0}Analyste financière principale\u{a0}»!"
    );
    assert_eq!(
        subject(Outcome::Rejected, NoteTone::Formal),
        "Remerciements – candidature au poste «\u{a0}Analyste financière principale\u{a0}»"
    );
    let formal = [
        "Cordialement,",
        "Bien cordialement,",
        "Salutations distinguées,",
        "Meilleures salutations,",
    ];
    let warm = [
        "Au plaisir,",
        "Bonne journée,",
        "À bientôt,",
        "Merci et au plaisir,",
    ];
    for (i, company) in [
        "Énergir",
        "Hydro-Québec",
        "Cascades",
        "Metro",
        "Banque Laurentienne",
    ]
    .iter()
    .enumerate()
    {
        let facts = InterviewFacts {
            company: company.to_string(),
            ..facts.clone()
        };
        for (tone, sign_offs) in [(NoteTone::Formal, formal), (NoteTone::Warm, warm)] {
            let body = fr(&facts, &[], tone).body;
            let last = body.split("\n\n").last().unwrap_or_default();
            let (sign_off, name) = last.split_once('\n').unwrap_or_default();
            assert!(sign_offs.contains(&sign_off), "{i}: {body}");
            assert_eq!(name, "[Votre nom]");
            // Never the stiff letter formula in a courriel.
            assert!(!body.contains("agréer"), "{body}");
        }
    }
}

/// The repair paragraphs of a French note: those between the opening and the closing.
fn repairs_of(body: &str) -> Vec<String> {
    let paragraphs: Vec<&str> = body.split("\n\n").collect();
    paragraphs[2..paragraphs.len() - 2]
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn every_kind_the_note_repairs_is_repaired_in_french_in_each_register() {
    let facts = InterviewFacts {
        questions: vec![question(
            "Comment bâtiriez-vous un modèle à trois états financiers?",
            AnswerQuality::Blanked,
        )],
        ..desjardins(vec![interviewer("Hélène Côté-Gagnon")])
    };
    let expected: [(GaffeKind, NoteTone, &str); 11] = [
        (
            GaffeKind::SalaryBlank,
            NoteTone::Formal,
            "Pour ce qui est de la rémunération\u{a0}: après avoir étudié le marché pour ce type de poste, je vise un \
             salaire dans une fourchette de [votre fourchette].",
        ),
        (
            GaffeKind::SalaryBlank,
            NoteTone::Warm,
            "Côté salaire\u{a0}: après avoir regardé le marché pour ce poste, je vise une fourchette de [votre \
             fourchette].",
        ),
        (
            GaffeKind::TechnicalBlank,
            NoteTone::Formal,
            "En repensant à votre question «\u{a0}Comment bâtiriez-vous un modèle à trois états financiers?\u{a0}», \
             voici ce que je répondrais\u{a0}: [votre réponse, en bref].",
        ),
        (
            GaffeKind::TechnicalBlank,
            NoteTone::Warm,
            "J’ai repensé à votre question «\u{a0}Comment bâtiriez-vous un modèle à trois états financiers?\u{a0}»; \
             voici ma réponse\u{a0}: [votre réponse, en bref].",
        ),
        (
            GaffeKind::NoQuestionsAsked,
            NoteTone::Formal,
            "J’aimerais aussi en apprendre davantage sur [le sujet sur lequel vous vouliez poser une question].",
        ),
        (
            GaffeKind::TechnicalFailure,
            NoteTone::Formal,
            "Je reviendrai volontiers sur tout ce que les difficultés techniques de notre appel ont pu écourter.",
        ),
        (
            GaffeKind::TechnicalFailure,
            NoteTone::Warm,
            "Je peux volontiers revenir sur ce que les pépins techniques de notre appel ont écourté.",
        ),
        (
            GaffeKind::UnclearOnRole,
            NoteTone::Formal,
            "À la réflexion, je vois le poste comme [la raison d’être du poste], ce qui correspond bien à mon \
             parcours.",
        ),
        (
            GaffeKind::UnclearOnRole,
            NoteTone::Warm,
            "En y repensant, je vois le poste comme [la raison d’être du poste]\u{a0}: exactement le genre de travail \
             que j’aime.",
        ),
        (
            GaffeKind::FactualErrorAboutCompany,
            NoteTone::Formal,
            "Une précision sur notre entrevue\u{a0}: j’ai indiqué que [ce que vous avez dit]; en réalité, [le fait \
             exact].",
        ),
        (
            GaffeKind::OmittedKeyExperience,
            NoteTone::Formal,
            "Pour compléter ce que nous avons dit de mon parcours, j’aimerais aussi souligner [l’expérience à \
             ajouter].",
        ),
    ];
    for (kind, tone, sentence) in expected {
        let logged = match kind {
            GaffeKind::TechnicalBlank => gaffe(kind, Noticed::Certain).on_question(0),
            _ => gaffe(kind, Noticed::Certain),
        };
        let note = fr(&facts, &[logged], tone);
        assert_eq!(
            repairs_of(&note.body),
            vec![sentence.to_string()],
            "{kind:?} {tone:?}"
        );
        assert_eq!(note.repairs, vec![kind]);
    }
    // Every kind the catalogue repairs in a sentence is among them.
    for kind in GaffeKind::ALL {
        if entry(*kind).note_repair.is_some() {
            assert!(expected.iter().any(|(k, _, _)| k == kind), "{kind:?}");
        }
    }
}

#[test]
fn a_french_correction_and_experiences_are_written_from_what_was_logged() {
    let facts = desjardins(vec![interviewer("Hélène Côté-Gagnon")]);
    let error = gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain).correcting(
        "J’ai dit qu’ils avaient 20 bureaux",
        "En fait, ils en ont 12.",
    );
    assert_eq!(
        repairs_of(&fr(&facts, std::slice::from_ref(&error), NoteTone::Formal).body),
        ["Une précision sur notre entrevue\u{a0}: j’ai indiqué qu’ils avaient 20 bureaux; en réalité, ils en ont 12."]
    );
    assert_eq!(
        repairs_of(&fr(&facts, &[error], NoteTone::Warm).body),
        ["Petite correction\u{a0}: j’ai dit qu’ils avaient 20 bureaux, mais en fait, ils en ont 12."]
    );
    let experiences = [
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Oublié de mentionner mon titre de CPA"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Likely)
            .described("J’ai dirigé la clôture mensuelle d’un groupe de 40 entités"),
    ];
    assert_eq!(
        repairs_of(&fr(&facts, &experiences, NoteTone::Formal).body),
        ["Pour compléter ce que nous avons dit de mon parcours, j’aimerais aussi souligner mon titre de CPA et le \
          fait que j’ai dirigé la clôture mensuelle d’un groupe de 40 entités."]
    );
    assert_eq!(
        repairs_of(&fr(&facts, &experiences, NoteTone::Warm).body),
        ["Deux points à ajouter sur mon parcours\u{a0}: mon titre de CPA et le fait que j’ai dirigé la clôture \
          mensuelle d’un groupe de 40 entités."]
    );
    assert_eq!(
        repairs_of(&fr(&facts, &experiences[..1], NoteTone::Warm).body),
        ["Un point de plus sur mon parcours\u{a0}: mon titre de CPA."]
    );
}

#[test]
fn the_english_repair_messages_say_what_the_catalogue_says() {
    // The catalogue keeps its English repair wordings (which kinds the note repairs, with which placeholders);
    // en/notes.ftl is what the note writes. They must not drift apart.
    let kinds = [
        (GaffeKind::SalaryBlank, "salary-blank"),
        (GaffeKind::NoQuestionsAsked, "no-questions-asked"),
        (GaffeKind::TechnicalFailure, "technical-failure"),
        (GaffeKind::UnclearOnRole, "unclear-on-role"),
    ];
    for (kind, key) in kinds {
        let wording = entry(kind).note_repair.expect("a repair sentence");
        assert_eq!(
            say(Locale::En, &format!("note-repair-{key}-formal"), &[]),
            wording.formal
        );
        assert_eq!(
            say(Locale::En, &format!("note-repair-{key}-warm"), &[]),
            wording.warm
        );
    }
}

/// The pair docs/src/job-boards/languages.md shows (its lines wrapped there for reading).
#[test]
fn the_documented_pair_is_what_the_note_drafts_in_each_language() {
    let facts = InterviewFacts {
        company: "Banque Laurentienne".to_string(),
        role_title: "Senior Financial Analyst".to_string(),
        stage: Stage::Technical,
        interviewers: vec![titled("Hélène Côté-Gagnon", "Mme")],
        ..interview()
    };
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
    ];
    let english = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert_eq!(
        english.subject,
        "Thank you for the Senior Financial Analyst interview"
    );
    assert_eq!(
        english.body,
        "Dear Hélène,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position \
         at Banque Laurentienne. I greatly enjoyed working through the technical questions with you.\n\nOn \
         compensation: having researched the market for this role, I would be looking for a salary in the range of \
         [your range].\n\nOur conversation strengthened my interest in the position, and I would welcome the \
         opportunity to contribute to Banque Laurentienne. I look forward to hearing from you.\n\nMany thanks and \
         best regards,\n[Your name]"
    );
    let french = fr(&facts, &gaffes, NoteTone::Formal);
    assert_eq!(
        french.subject,
        "Remerciements – entrevue pour le poste «\u{a0}Senior Financial Analyst\u{a0}»"
    );
    assert_eq!(
        french.body,
        "Madame Côté-Gagnon,\n\nMerci d’avoir pris le temps de me rencontrer au sujet du poste «\u{a0}Senior \
         Financial Analyst\u{a0}» chez Banque Laurentienne. J’ai beaucoup apprécié nos échanges sur les questions \
         techniques.\n\nPour ce qui est de la rémunération\u{a0}: après avoir étudié le marché pour ce type de \
         poste, je vise un salaire dans une fourchette de [votre fourchette].\n\nNotre conversation a renforcé mon \
         intérêt pour le poste, et j’aimerais beaucoup apporter ma contribution chez Banque Laurentienne. Au plaisir \
         d’avoir de vos nouvelles.\n\nMeilleures salutations,\n[Votre nom]"
    );
}
