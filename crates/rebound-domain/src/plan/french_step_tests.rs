//! The follow-up note's and the reference tip-off's steps in Canadian French: their own titles, instructions and
//! reasons (the drafts have their own tests in `note`), and a leak scan over those steps with notes that have no
//! room for every slip.

use chrono::TimeDelta;
use rebound_i18n::Locale;

use super::french_tests::{entrevue, faux_pas, french_input, step, texts, COMPANY};
use super::*;
use crate::note::NoteTone;
use crate::test_support::{at, french_leaks, gaffe, interviewer};
use crate::{GaffeFacts, InterviewFacts, Noticed};

const CPA: &str = "Oublié de mentionner mon titre de CPA";
const CLOSE: &str = "J’ai dirigé la clôture mensuelle d’un groupe de 40 entités";
const SAP: &str = "Pas parlé de la migration vers SAP";

/// The interview with two interviewers, and what happened to it.
fn with_outcome(outcome: Outcome, self_rating: u8) -> InterviewFacts {
    InterviewFacts {
        outcome,
        self_rating,
        interviewers: vec![
            interviewer("Hélène Côté-Tremblay"),
            interviewer("Armin Tremblay"),
        ],
        ..entrevue()
    }
}

/// More slips than a note has room for: a wrong name, three forgotten experiences, two other slips and one the
/// interviewers may not have noticed.
fn too_many() -> Vec<GaffeFacts> {
    vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(CPA),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(CLOSE),
        faux_pas(GaffeKind::TechnicalBlank),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(SAP),
        gaffe(GaffeKind::UnclearOnRole, Noticed::Likely),
    ]
}

fn plan(facts: InterviewFacts, gaffes: Vec<GaffeFacts>, damage: u8, now: &str) -> RecoveryPlan {
    generate_plan(&french_input(facts, gaffes, damage, at(now)))
}

fn omitted(plan: &RecoveryPlan, kind: StepKind) -> String {
    plan.omitted
        .iter()
        .find(|o| o.kind == kind)
        .map(|o| o.reason.clone())
        .unwrap_or_else(|| panic!("{kind:?} is not omitted: {plan:#?}"))
}

#[test]
fn the_note_step_names_the_interviewers_as_given_and_the_day_in_french() {
    let plan = plan(
        with_outcome(Outcome::Pending, 2),
        too_many(),
        50,
        "2026-12-08T18:00:00Z",
    );
    let note = step(&plan, StepKind::FollowUpNote);
    assert_eq!(note.title, "Envoyez un court mot de remerciement");
    assert_eq!(
        note.what_to_do,
        "Envoyez le mot ci-dessous à Hélène Côté-Tremblay et Armin Tremblay (objet\u{a0}: Remerciements – entrevue \
         pour le poste «\u{a0}Analyste financière principale\u{a0}»). Remplacez les éléments entre crochets et \
         tenez-vous-en à l’essentiel; n’ajoutez ni excuses ni explications. Envoyez-le au plus tard le mercredi \
         9 décembre 2026 à 11 h (heure de Toronto)."
    );
    assert_eq!(
        note.why,
        [
            "Un mot de remerciement relève de la simple politesse, et c’est l’endroit tout indiqué pour remettre \
             les pendules à l’heure",
            "Le mot corrige\u{a0}: erreur sur le nom d’un intervieweur (remarqué\u{a0}: à coup sûr)",
            "Le mot corrige\u{a0}: aucune réponse sur le salaire (remarqué\u{a0}: à coup sûr)",
            "Le mot corrige\u{a0}: blocage sur une question technique (remarqué\u{a0}: à coup sûr)",
            "Le mot passe volontairement sous silence «\u{a0}Flou sur le poste\u{a0}»\u{a0}: rien ne garantit \
             qu’ils l’aient remarqué, et mieux vaut ne pas attirer l’attention dessus",
            "Pour rester bref, le mot s’en tient aux deux faux pas qui comptent le plus\u{a0}: le point restant \
             (la migration vers SAP) est à travailler en vue de la prochaine étape, et les expériences qu’il n’a \
             pas la place de mentionner, «\u{a0}mon titre de CPA\u{a0}» et «\u{a0}j’ai dirigé la clôture \
             mensuelle d’un groupe de 40 entités\u{a0}», seront plutôt confiées à la référence que vous prévenez",
        ]
    );
}

#[test]
fn without_names_a_late_note_goes_to_the_people_who_led_the_interview_anyway() {
    let facts = InterviewFacts {
        interviewers: vec![],
        ..with_outcome(Outcome::Pending, 4)
    };
    let plan = plan(facts, vec![], 5, "2026-12-12T15:00:00Z");
    let note = step(&plan, StepKind::FollowUpNote);
    assert!(
        note.what_to_do.starts_with(
            "Envoyez le mot ci-dessous aux personnes qui ont mené l’entrevue (objet\u{a0}: Remerciements – \
             entrevue pour le poste «\u{a0}Analyste financière principale\u{a0}»)\u{a0}: un simple remerciement \
             qui réaffirme votre intérêt."
        ),
        "{}",
        note.what_to_do
    );
    assert!(note.what_to_do.ends_with(
        " Le moment idéal, dans la journée qui suit l’entrevue, est passé\u{a0}: envoyez-le quand même, sans tarder."
    ));
}

#[test]
fn after_a_decision_the_reply_keeps_the_door_open_and_asks_for_feedback_only_after_a_rejection() {
    let rejected = plan(
        with_outcome(Outcome::Rejected, 2),
        too_many(),
        50,
        "2026-12-08T18:00:00Z",
    );
    let reply = step(&rejected, StepKind::FollowUpNote);
    assert_eq!(
        reply.title,
        "Répondez avec élégance et gardez la porte ouverte"
    );
    assert!(reply.what_to_do.starts_with(
        "Répondez à Hélène Côté-Tremblay et Armin Tremblay à partir du mot ci-dessous"
    ));
    assert!(reply.what_to_do.contains("une brève rétroaction"));
    assert_eq!(
        reply.why[0],
        format!(
            "Vous n’avez pas obtenu ce poste, mais les personnes qui ont mené l’entrevue pourraient changer \
             d’avis plus tard, penser à vous pour un autre poste chez {COMPANY} ou, un jour, recruter pour une \
             entreprise où vous aimeriez travailler"
        )
    );
    assert_eq!(
        omitted(&rejected, StepKind::ReferenceTipOff),
        "Le processus d’embauche est terminé (votre candidature n’a pas été retenue)\u{a0}: il est donc peu \
         probable qu’on appelle une référence."
    );
    let withdrawn = plan(
        with_outcome(Outcome::Withdrawn, 2),
        too_many(),
        50,
        "2026-12-08T18:00:00Z",
    );
    let reply = step(&withdrawn, StepKind::FollowUpNote);
    assert!(!reply.what_to_do.contains("rétroaction"));
    assert!(reply.why[0].starts_with("Vous avez retiré votre candidature, mais"));
    let offer = plan(
        with_outcome(Outcome::Offer, 2),
        too_many(),
        30,
        "2026-12-08T18:00:00Z",
    );
    let thanks = step(&offer, StepKind::FollowUpNote);
    assert_eq!(thanks.title, "Envoyez un simple mot de remerciement");
    assert!(thanks
        .what_to_do
        .contains("dites-leur que vous avez hâte de discuter de l’offre."));
}

#[test]
fn the_reference_step_and_why_it_is_left_out_read_in_french() {
    let plan_with = |gaffes: Vec<GaffeFacts>| {
        plan(
            with_outcome(Outcome::Pending, 2),
            gaffes,
            40,
            "2026-12-08T18:00:00Z",
        )
    };
    let tip_off = plan_with(vec![gaffe(
        GaffeKind::OmittedKeyExperience,
        Noticed::Likely,
    )
    .described(CPA)]);
    let brief = step(&tip_off, StepKind::ReferenceTipOff);
    assert_eq!(brief.title, "Prévenez une référence de confiance");
    assert!(brief
        .what_to_do
        .ends_with("L’entrevue est terminée, mais le processus d’embauche, lui, ne l’est pas."));
    assert_eq!(
        brief.why,
        ["Expérience clé passée sous silence (remarqué\u{a0}: probablement)\u{a0}: Oublié de mentionner mon titre de CPA"]
    );
    let nothing = plan_with(vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain)]);
    assert_eq!(
        omitted(&nothing, StepKind::ReferenceTipOff),
        "Rien qu’une référence puisse ajouter\u{a0}: une référence peut confirmer une expérience que vous avez omise \
         («\u{a0}Expérience clé passée sous silence\u{a0}») ou une force qu’une réponse faible a masquée \
         («\u{a0}Réponse comportementale faible\u{a0}»), et vous n’avez noté ni l’une ni l’autre."
    );
    let worry = plan_with(vec![gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unsure)]);
    assert!(omitted(&worry, StepKind::ReferenceTipOff)
        .starts_with("La seule inquiétude notée porte sur le langage corporel"));
}

#[test]
fn no_english_leaks_into_the_note_and_reference_steps_when_the_note_runs_out_of_room() {
    let outcomes = [
        Outcome::Pending,
        Outcome::NoResponse,
        Outcome::Advanced,
        Outcome::Offer,
        Outcome::Rejected,
        Outcome::Withdrawn,
    ];
    let mut scanned = 0;
    for outcome in outcomes {
        for tone in [NoteTone::Formal, NoteTone::Warm] {
            // Left out: experiences only, other slips only, both; one of each, or several.
            for keep in 1..=too_many().len() {
                for (rating, damage, hours) in [(1, 70, 1), (2, 40, 30), (4, 5, 100)] {
                    let mut gaffes = too_many();
                    let shift = keep % gaffes.len();
                    gaffes.rotate_left(shift);
                    gaffes.truncate(keep);
                    gaffes.push(gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unsure));
                    let mut facts = with_outcome(outcome, rating);
                    if keep % 2 == 0 {
                        facts.interviewers.clear();
                    }
                    let now = entrevue().occurred_at + TimeDelta::hours(hours);
                    let mut input = french_input(facts, gaffes, damage, now);
                    input.tone = tone;
                    assert_eq!(input.locale, Locale::FrCa);
                    for text in texts(&generate_plan(&input)) {
                        scanned += 1;
                        let leaks = french_leaks(&text);
                        assert!(leaks.is_empty(), "{outcome:?} {keep}: {leaks:#?}");
                    }
                }
            }
        }
    }
    assert!(scanned > 1_000, "only {scanned} texts");
}
