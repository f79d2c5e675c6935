//! Plans in Canadian French: what a French reader relies on (the company and people named as given, the right date
//! in French, the register, plural counts) and a scan of every French text the plan rules write for leaks of
//! English, message ids or English typography: every step (the follow-up note and the reference tip-off with their
//! drafts too), every omitted step's reason, the encouragement, the lessons and the assessment.

use std::collections::BTreeMap;

use chrono::TimeDelta;
use chrono_tz::Tz;
use rebound_i18n::Locale;

use super::*;
use crate::note::NoteTone;
use crate::test_support::{at, french_leaks, gaffe, interviewer, question, strings};
use crate::{
    AnswerQuality, EmployerInterest, Format, GaffeFacts, InterviewFacts, Moment, Noticed, Stage,
};

pub(super) const COMPANY: &str = "Groupe financier Léger-Hébert";
const ROLE: &str = "Analyste financière principale";

fn toronto() -> Option<Tz> {
    Some("America/Toronto".parse().expect("a zone"))
}

/// A final-round interview in Montréal on Tue 8 Dec 2026 at 9:00 (Toronto time), logged in French.
pub(super) fn entrevue() -> InterviewFacts {
    InterviewFacts {
        company: COMPANY.to_string(),
        role_title: ROLE.to_string(),
        stage: Stage::Final,
        format: Format::Onsite,
        occurred_at: at("2026-12-08T14:00:00Z"),
        duration_minutes: Some(60),
        interviewers: vec![interviewer("Hélène Côté-Tremblay")],
        questions: vec![
            question("Parlez-moi d’un conflit au travail.", AnswerQuality::Weak),
            question(
                "Quelles sont vos attentes salariales?",
                AnswerQuality::Blanked,
            ),
            question(
                "Comment bâtiriez-vous un modèle de prévision?",
                AnswerQuality::Strong,
            ),
        ],
        strengths: strings(&["l’étude de cas sur l’écart budgétaire, menée avec aisance"]),
        self_rating: 2,
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Strong,
    }
}

/// A gaffe of `kind`, described in French, against the salary question.
pub(super) fn faux_pas(kind: GaffeKind) -> GaffeFacts {
    gaffe(kind, Noticed::Certain)
        .during(Moment::Closing)
        .described("j’ai figé, puis j’ai parlé d’autre chose.")
        .on_question(1)
        .extenuated("une urgence familiale le matin même")
}

pub(super) fn french_input(
    interview: InterviewFacts,
    gaffes: Vec<GaffeFacts>,
    damage: u8,
    now: DateTime<Utc>,
) -> PlanInput {
    PlanInput {
        interview,
        gaffes,
        damage_score: damage,
        band: DamageBand::from_score(damage),
        damage_before_offsets: damage,
        now,
        tone: NoteTone::Formal,
        earlier_interviews_with: BTreeMap::new(),
        time_zone: toronto(),
        locale: Locale::En,
    }
    .in_locale(Locale::FrCa)
}

/// Every text of a plan: each step's title, what to do, reasons and draft, each omitted step's reason, the
/// encouragement and the lessons.
pub(super) fn texts(plan: &RecoveryPlan) -> Vec<String> {
    let mut texts = Vec::new();
    for step in &plan.steps {
        texts.push(step.title.clone());
        texts.push(step.what_to_do.clone());
        texts.extend(step.why.iter().cloned());
        texts.extend(step.draft.iter().cloned());
    }
    texts.extend(plan.omitted.iter().map(|o| o.reason.clone()));
    texts.extend(plan.encouragement.iter().cloned());
    texts.extend(plan.lessons.iter().map(|l| l.prevention.clone()));
    texts
}

/// Every text of a plan's assessment in French: each gaffe's and answer's reasons, the offsets and the calibration.
fn assessment_texts(interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Vec<String> {
    let assessment = crate::scoring::assess_in(Locale::FrCa, interview, gaffes);
    let mut texts: Vec<String> = assessment
        .gaffes
        .iter()
        .flat_map(|g| g.reasons.iter().cloned())
        .collect();
    texts.extend(assessment.questions.iter().map(|q| q.reason.clone()));
    texts.extend(assessment.offsets);
    texts.push(assessment.calibration.note);
    texts
}

pub(super) fn step(plan: &RecoveryPlan, kind: StepKind) -> &PlanStep {
    plan.steps
        .iter()
        .find(|s| s.kind == kind)
        .unwrap_or_else(|| panic!("a {kind:?} step in {plan:#?}"))
}

#[test]
fn dates_and_times_read_as_quebec_writes_them() {
    let zone = toronto();
    assert_eq!(
        format_time_in(Locale::FrCa, at("2026-12-08T14:00:00Z"), zone),
        "mardi 8 décembre 2026 à 9 h (heure de Toronto)"
    );
    assert_eq!(
        format_time_in(Locale::FrCa, at("2026-12-01T14:30:00Z"), zone),
        "mardi 1er décembre 2026 à 9 h 30 (heure de Toronto)"
    );
    assert_eq!(
        format_time_in(Locale::FrCa, at("2026-12-08T19:05:00Z"), None),
        "mardi 8 décembre 2026 à 19 h 05 UTC"
    );
    // Toronto falls back on Sun 1 Nov 2026: 9 h stays 9 h on the wall clock, an hour later in UTC.
    assert_eq!(
        format_time_in(Locale::FrCa, at("2026-10-31T13:00:00Z"), zone),
        "samedi 31 octobre 2026 à 9 h (heure de Toronto)"
    );
    assert_eq!(
        format_time_in(Locale::FrCa, at("2026-11-02T14:00:00Z"), zone),
        "lundi 2 novembre 2026 à 9 h (heure de Toronto)"
    );
    // The English is what it always was.
    assert_eq!(
        format_time_in(Locale::En, at("2026-12-08T14:00:00Z"), zone),
        "Tue 08 Dec 2026, 09:00 (Toronto time)"
    );
    assert_eq!(
        format_time_in(Locale::En, at("2026-12-08T14:00:00Z"), zone),
        format_time(at("2026-12-08T14:00:00Z"), zone)
    );
}

#[test]
fn a_french_cool_off_says_when_in_french_across_a_clock_change() {
    // Rated 1/5 on Sat 31 Oct at 9 h, planned an hour later: the 24-hour cool-off ends at 9 h on Sunday, the day
    // clocks go back, which is 14:00 UTC rather than 13:00.
    let facts = InterviewFacts {
        occurred_at: at("2026-10-31T13:00:00Z"),
        self_rating: 1,
        ..entrevue()
    };
    let input = french_input(
        facts,
        vec![faux_pas(GaffeKind::SalaryBlank)],
        40,
        at("2026-10-31T14:00:00Z"),
    );
    let plan = generate_plan(&input);
    let cool_off = step(&plan, StepKind::CoolOff);
    assert_eq!(cool_off.due_at, at("2026-11-01T14:00:00Z"));
    assert_eq!(cool_off.title, "Prenez une pause avant d’agir");
    assert!(
        cool_off
            .what_to_do
            .starts_with("Ne tentez aucun rattrapage avant le dimanche 1er novembre 2026 à 9 h (heure de Toronto)."),
        "{}",
        cool_off.what_to_do
    );
    assert_eq!(
        cool_off.why,
        [
            "Vous avez donné 1/5 à l’entrevue tout de suite après; plus la note est basse, plus la pause est longue",
            "Le plan est établi 1 heure après l’entrevue",
        ]
    );
}

#[test]
fn a_french_plan_names_the_company_the_questions_and_the_slips_as_given() {
    let input = french_input(
        entrevue(),
        vec![faux_pas(GaffeKind::SalaryBlank)],
        48,
        at("2026-12-09T16:00:00Z"),
    );
    let plan = generate_plan(&input);
    let review = step(&plan, StepKind::Review);
    assert_eq!(review.title, "Faites le bilan de l’entrevue, à froid");
    assert!(
        review.what_to_do.contains(
            "- Aucune réponse sur le salaire (à la fin)\u{a0}: «\u{a0}j’ai figé, puis j’ai parlé d’autre chose\u{a0}», à la question «\u{a0}Quelles sont vos attentes salariales?\u{a0}» Quelle était la question exacte"
        ),
        "{}",
        review.what_to_do
    );
    assert!(
        review.what_to_do.contains(
            "Votre réponse à «\u{a0}Parlez-moi d’un conflit au travail.\u{a0}» était faible."
        ),
        "{}",
        review.what_to_do
    );
    assert!(review.what_to_do.contains(
        "Ce qui a bien été\u{a0}: l’étude de cas sur l’écart budgétaire, menée avec aisance; une réponse solide à «\u{a0}Comment bâtiriez-vous un modèle de prévision?\u{a0}»"
    ));
    let encouragement = plan.encouragement.as_deref().expect("rated 2/5");
    assert!(encouragement.contains(COMPANY), "{encouragement}");
    let request = step(&plan, StepKind::SecondInterviewRequest);
    assert!(
        request.what_to_do.contains(&format!(
            "demandez à {COMPANY} s’il serait possible d’avoir une deuxième conversation pour le poste «\u{a0}{ROLE}\u{a0}»."
        )),
        "{}",
        request.what_to_do
    );
    assert!(request
        .what_to_do
        .contains("la circonstance (une urgence familiale le matin même)"));
    let lesson = &plan.lessons[0];
    assert!(
        lesson.prevention.contains(
            "pour une question comme «\u{a0}Quelles sont vos attentes salariales?\u{a0}»\u{a0}:"
        ),
        "{}",
        lesson.prevention
    );
    assert_eq!(
        step(&plan, StepKind::Lessons).title,
        "Pardonnez-vous, mais gardez les leçons"
    );
}

#[test]
fn counts_of_earlier_interviews_agree_in_french() {
    let with_earlier = |earlier: usize| {
        let input = french_input(
            entrevue(),
            vec![gaffe(GaffeKind::Late, Noticed::Certain).during(Moment::Arrival)],
            40,
            at("2026-12-09T16:00:00Z"),
        )
        .with_earlier_interviews(BTreeMap::from([(GaffeKind::Late, earlier)]));
        generate_plan(&input)
    };
    let second = with_earlier(1);
    let review = step(&second, StepKind::Review);
    assert!(review
        .why
        .contains(&"Déjà noté lors d’une entrevue précédente\u{a0}: retard".to_string()));
    assert!(
        review.what_to_do.contains(
            "C’est la deuxième entrevue où vous arrivez en retard\u{a0}: corrigez le tir maintenant, avant que ça devienne une habitude."
        ),
        "{}",
        review.what_to_do
    );
    assert!(step(&second, StepKind::Lessons)
        .what_to_do
        .starts_with("- Arrivée en retard (deuxième fois)\u{a0}: "));

    let fourth = with_earlier(3);
    let review = step(&fourth, StepKind::Review);
    assert!(review
        .why
        .contains(&"Déjà noté lors de 3 entrevues précédentes\u{a0}: retard".to_string()));
    assert!(review
        .what_to_do
        .contains("C’est la quatrième entrevue où vous arrivez en retard\u{a0}: c’est devenu une tendance, pas de la malchance."));
    assert!(step(&fourth, StepKind::Lessons)
        .why
        .contains(&"Vous avez noté\u{a0}: retard, maintenant dans 4 entrevues".to_string()));
}

#[test]
fn the_other_paths_read_in_french_too() {
    let at_outcome = |outcome: Outcome, rating: u8, damage: u8| {
        let facts = InterviewFacts {
            outcome,
            self_rating: rating,
            ..entrevue()
        };
        let gaffes = vec![faux_pas(GaffeKind::Rambling)];
        generate_plan(&french_input(
            facts,
            gaffes,
            damage,
            at("2026-12-09T16:00:00Z"),
        ))
    };
    let offer = at_outcome(Outcome::Offer, 2, 30);
    assert_eq!(
        offer.encouragement.as_deref().map(|e| e.starts_with(
            "Félicitations! Vous aviez l’impression d’un désastre, et pourtant vous avez reçu une offre\u{a0}: "
        )),
        Some(true),
        "{:?}",
        offer.encouragement
    );
    assert!(step(&offer, StepKind::Review)
        .what_to_do
        .starts_with(&format!(
            "Félicitations pour l’offre de {COMPANY}\u{a0}: vous l’avez méritée."
        )));
    assert_eq!(
        step(&offer, StepKind::Lessons).title,
        "Préparez la discussion sur l’offre"
    );
    let rejected = at_outcome(Outcome::Rejected, 2, 30);
    assert_eq!(
        step(&rejected, StepKind::Review).title,
        "Faites le bilan de l’entrevue pour en tirer des leçons"
    );
    let reason = |plan: &RecoveryPlan, kind: StepKind| {
        plan.omitted
            .iter()
            .find(|o| o.kind == kind)
            .map(|o| o.reason.clone())
            .unwrap_or_default()
    };
    assert!(reason(&rejected, StepKind::SecondInterviewRequest)
        .starts_with("Le processus est terminé (votre candidature n’a pas été retenue)"));
    let went_well = at_outcome(Outcome::Pending, 4, 5);
    assert_eq!(
        reason(&went_well, StepKind::CoolOff),
        "Rien à rattraper\u{a0}: ce que vous avez noté a fait bien peu de tort et vous avez donné 4/5 à l’entrevue. Il n’y a donc aucun rattrapage à retarder."
    );
}

#[test]
fn no_english_message_id_or_english_typography_leaks_into_a_french_plan() {
    let outcomes = [
        Outcome::Pending,
        Outcome::NoResponse,
        Outcome::Advanced,
        Outcome::Offer,
        Outcome::Rejected,
        Outcome::Withdrawn,
    ];
    let mut scanned = 0;
    for &kind in GaffeKind::ALL {
        for outcome in outcomes {
            for tone in [NoteTone::Formal, NoteTone::Warm] {
                for earlier in [0, 1, 3] {
                    // A disaster, a recoverable slip, and a good interview; planned at once or days later.
                    for (rating, damage, hours_later) in [(1, 70, 1), (2, 40, 30), (4, 5, 100)] {
                        let facts = InterviewFacts {
                            outcome,
                            self_rating: rating,
                            ..entrevue()
                        };
                        let mut gaffes = vec![faux_pas(kind)];
                        if earlier == 3 {
                            gaffes.push(gaffe(kind, Noticed::Unsure).corrected());
                            gaffes.push(gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unlikely));
                        }
                        let now = entrevue().occurred_at + TimeDelta::hours(hours_later);
                        let mut input = french_input(facts, gaffes, damage, now)
                            .with_earlier_interviews(BTreeMap::from([(kind, earlier)]));
                        input.tone = tone;
                        let plan = generate_plan(&input);
                        let mut all = texts(&plan);
                        all.extend(assessment_texts(&input.interview, &input.gaffes));
                        for text in all {
                            scanned += 1;
                            let leaks = french_leaks(&text);
                            assert!(leaks.is_empty(), "{kind:?} {outcome:?}: {leaks:#?}");
                        }
                    }
                }
            }
        }
        // Body language alone takes its own path.
        let alone = vec![gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unsure)];
        let plan = generate_plan(&french_input(
            entrevue(),
            alone,
            60,
            at("2026-12-08T15:00:00Z"),
        ));
        for text in texts(&plan) {
            assert!(french_leaks(&text).is_empty(), "{:#?}", french_leaks(&text));
        }
    }
    // And a plan with nothing logged.
    let plan = generate_plan(&french_input(
        entrevue(),
        vec![],
        0,
        at("2026-12-08T15:00:00Z"),
    ));
    for text in texts(&plan) {
        assert!(french_leaks(&text).is_empty(), "{:#?}", french_leaks(&text));
    }
    assert!(scanned > 5_000, "only {scanned} texts");
}

#[test]
fn the_leak_checker_catches_what_it_is_for() {
    assert!(french_leaks("Prenez une pause avant d’agir").is_empty());
    assert_eq!(french_leaks("Review the interview").len(), 1);
    assert_eq!(french_leaks("plan-review-title").len(), 1);
    assert_eq!(french_leaks("Vraiment ?").len(), 1);
    assert_eq!(french_leaks("l'entrevue").len(), 1);
    assert!(!french_leaks("{$company} pourrait").is_empty());
}

#[test]
fn the_assessment_explains_itself_in_french_with_the_same_numbers() {
    let gaffes = vec![
        faux_pas(GaffeKind::SalaryBlank),
        gaffe(GaffeKind::Late, Noticed::Likely)
            .during(Moment::Arrival)
            .corrected(),
    ];
    let english = crate::scoring::assess_in(Locale::En, &entrevue(), &gaffes);
    let french = crate::scoring::assess_in(Locale::FrCa, &entrevue(), &gaffes);
    assert_eq!(english, crate::scoring::assess(&entrevue(), &gaffes));
    // The numbers do not depend on the language; only the texts do.
    assert_eq!(french.damage_score, english.damage_score);
    assert_eq!(french.raw_points, english.raw_points);
    assert_eq!(french.calibration.verdict, english.calibration.verdict);
    assert_eq!(
        french.gaffes[0].reasons[0],
        "«\u{a0}Aucune réponse sur le salaire\u{a0}» est un faux pas modéré (gravité de 5 sur 10)."
    );
    assert_eq!(
        french.gaffes[1].reasons[3],
        "Vous l’avez corrigé pendant l’entrevue, ce qui réduit son poids de moitié."
    );
    assert!(french.gaffes[0].reasons[4].contains("(une urgence familiale le matin même)"));
    // Decimal amounts take a comma, and « point » stays singular below 2.
    let weak = &french.questions[0].reason;
    assert!(
        weak.starts_with("À la question 1 («\u{a0}Parlez-moi d’un conflit au travail.\u{a0}»), votre réponse était faible et aucun faux pas n’est noté pour cette question\u{a0}: elle ajoute donc "),
        "{weak}"
    );
    assert!(weak.ends_with(" donc 1 point."), "{weak}");
    let unlinked = crate::scoring::assess_in(Locale::FrCa, &entrevue(), &gaffes[1..]);
    let blanked = &unlinked.questions[1].reason;
    assert!(
        blanked.starts_with("À la question 2 («\u{a0}Quelles sont vos attentes salariales?\u{a0}»), vous avez eu un blanc")
            && blanked.ends_with(" donc 2,5 points."),
        "{blanked}"
    );
    let mut texts: Vec<&String> = french.gaffes.iter().flat_map(|g| &g.reasons).collect();
    texts.extend(french.questions.iter().map(|q| &q.reason));
    texts.extend(&french.offsets);
    texts.push(&french.calibration.note);
    for text in texts {
        assert!(french_leaks(text).is_empty(), "{:#?}", french_leaks(text));
    }
    for rating in 1..=5 {
        let facts = InterviewFacts {
            self_rating: rating,
            ..entrevue()
        };
        let note = crate::scoring::assess_in(Locale::FrCa, &facts, &gaffes)
            .calibration
            .note;
        assert!(
            french_leaks(&note).is_empty() && note.contains(&format!("{rating} sur 5")),
            "{note}"
        );
    }
}

#[test]
fn a_french_heading_does_not_say_the_moment_twice_and_lessons_read_on_after_the_colon() {
    let late = gaffe(GaffeKind::Late, Noticed::Certain).during(Moment::Arrival);
    let plan = generate_plan(&french_input(
        entrevue(),
        vec![late],
        40,
        at("2026-12-09T16:00:00Z"),
    ));
    let review = &step(&plan, StepKind::Review).what_to_do;
    assert!(review.contains("- Arrivée en retard. "), "{review}");
    assert!(!review.contains("(à l’arrivée)"), "{review}");
    let lessons = &step(&plan, StepKind::Lessons).what_to_do;
    assert!(
        lessons.starts_with("- Arrivée en retard\u{a0}: planifiez le trajet la veille"),
        "{lessons}"
    );
    // The lesson itself, standing alone, starts with its capital.
    assert!(plan.lessons[0]
        .prevention
        .starts_with("Planifiez le trajet"));
}
