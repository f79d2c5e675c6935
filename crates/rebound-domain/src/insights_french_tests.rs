//! Insights in Canadian French: the summary, the self-rating note and the prep checklist in the candidate's
//! language (the scores, arrows and names as they are), and a scan of many French insights for leaks of English.

use rebound_i18n::Locale;
use uuid::Uuid;

use crate::insights::{
    candidate_insights_in, compare_self_ratings_in, prep_checklist_in, trend_summary_in,
    InterviewRecord, LessonRecord, RecurringGaffe, TrendPoint,
};
use crate::test_support::{at, french_leaks, gaffe, interview};
use crate::{DamageBand, GaffeKind, InterviewFacts, Noticed};

const FR: Locale = Locale::FrCa;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn point(n: u128, day: u32, score: u8) -> TrendPoint {
    TrendPoint {
        interview_id: id(n),
        occurred_at: at(&format!("2026-11-{day:02}T10:00:00Z")),
        company: "Groupe financier Léger-Hébert".to_string(),
        damage_score: score,
        band: DamageBand::from_score(score),
    }
}

fn recurring(kind: GaffeKind, interviews: usize) -> RecurringGaffe {
    RecurringGaffe {
        kind,
        count: interviews,
        interviews,
    }
}

fn lesson(
    interview: u128,
    plan: u128,
    kind: GaffeKind,
    text: &str,
    locale: Locale,
) -> LessonRecord {
    LessonRecord {
        interview_id: id(interview),
        plan_id: id(plan),
        kind,
        prevention: text.to_string(),
        locale,
    }
}

#[test]
fn the_summary_reads_in_french_with_the_scores_as_they_are() {
    let trend = [
        point(1, 1, 70),
        point(2, 5, 62),
        point(3, 9, 35),
        point(4, 13, 12),
    ];
    assert_eq!(
        trend_summary_in(FR, &trend, &[recurring(GaffeKind::Late, 3)]),
        "Les dégâts diminuent\u{a0}: 62 \u{2192} 35 \u{2192} 12 sur vos trois dernières entrevues; le faux pas qui \
         revient le plus\u{a0}: retard (3 entrevues sur 4)."
    );
    assert_eq!(
        trend_summary_in(
            FR,
            &[point(1, 1, 20), point(2, 5, 31), point(3, 9, 48)],
            &[recurring(GaffeKind::Late, 3), recurring(GaffeKind::SalaryBlank, 2)]
        ),
        "Les dégâts augmentent\u{a0}: 20 \u{2192} 31 \u{2192} 48 sur vos trois dernières entrevues; le faux pas qui \
         revient le plus\u{a0}: retard (3 entrevues sur 3), et un autre faux pas revient aussi."
    );
    let three_others = [
        recurring(GaffeKind::Late, 3),
        recurring(GaffeKind::SalaryBlank, 2),
        recurring(GaffeKind::Rambling, 2),
        recurring(GaffeKind::UnclearOnRole, 2),
    ];
    assert!(trend_summary_in(FR, &trend[2..], &three_others)
        .ends_with("(3 entrevues sur 2), et trois autres faux pas reviennent aussi."));
    assert_eq!(
        trend_summary_in(FR, &[point(1, 1, 30), point(2, 5, 34)], &[]),
        "Les dégâts restent stables\u{a0}: 30 \u{2192} 34 sur vos deux dernières entrevues; aucun faux pas n’est \
         revenu jusqu’ici."
    );
    assert_eq!(
        trend_summary_in(FR, &[point(1, 1, 48)], &[]),
        "Une seule entrevue enregistrée jusqu’ici, avec un score de dégâts de 48, soit des dégâts réparables; \
         ajoutez les prochaines pour voir se dessiner une tendance."
    );
    assert_eq!(
        trend_summary_in(FR, &[], &[]),
        "Aucune entrevue enregistrée pour l’instant\u{a0}: ajoutez-en une pour suivre l’évolution de vos entrevues."
    );
}

#[test]
fn the_self_rating_note_writes_averages_with_a_decimal_comma_and_agrees_in_number() {
    let harsh = compare_self_ratings_in(FR, &[(1, 40), (2, 40)]).expect("two ratings");
    let english = compare_self_ratings_in(Locale::En, &[(1, 40), (2, 40)]).expect("two ratings");
    // The numbers do not depend on the language; only the note does.
    assert_eq!(
        (harsh.average_self_rating, harsh.verdict),
        (english.average_self_rating, english.verdict)
    );
    assert!(
        harsh
            .note
            .starts_with("En moyenne, vous donnez 1,5 sur 5 à vos entrevues, alors que ce que vous avez noté indique environ 3,0."),
        "{}",
        harsh.note
    );
    let one = compare_self_ratings_in(FR, &[(3, 40)]).expect("one rating");
    assert!(
        one.note
            .starts_with("En moyenne, vous donnez 3,0 sur 5 à votre entrevue, et ce que vous avez noté indique environ 3,0\u{a0}: "),
        "{}",
        one.note
    );
    let kind = compare_self_ratings_in(FR, &[(5, 70)]).expect("one rating");
    assert!(
        kind.note.contains("La confiance est un atout; "),
        "{}",
        kind.note
    );
}

#[test]
fn the_checklist_takes_the_newest_french_lesson_or_the_catalogues_french_advice() {
    let french = "Renseignez-vous sur le salaire courant pour le poste d’analyste à Montréal.";
    let lessons = [
        lesson(
            1,
            10,
            GaffeKind::SalaryBlank,
            "Research the going rate.",
            Locale::En,
        ),
        lesson(2, 20, GaffeKind::SalaryBlank, french, FR),
        lesson(
            3,
            30,
            GaffeKind::SalaryBlank,
            "Research the going rate, again.",
            Locale::En,
        ),
        lesson(
            3,
            30,
            GaffeKind::Late,
            "Plan the journey the day before.",
            Locale::En,
        ),
    ];
    let items = prep_checklist_in(FR, &lessons);
    assert_eq!(items[0].kind, GaffeKind::SalaryBlank);
    assert_eq!(items[0].interviews, 3);
    assert_eq!(items[0].prevention, french);
    // Only ever given in English, before the candidate switched to French: the catalogue's advice, in French.
    assert_eq!(items[1].kind, GaffeKind::Late);
    assert!(
        items[1]
            .prevention
            .starts_with("Planifiez le trajet la veille"),
        "{}",
        items[1].prevention
    );
    assert!(items[1]
        .prevention
        .contains("À avoir sous la main la prochaine fois\u{a0}: "));
    // And the other way round, for an English candidate.
    let english = prep_checklist_in(Locale::En, &lessons);
    assert_eq!(english[0].prevention, "Research the going rate, again.");
}

#[test]
fn no_english_leaks_into_french_insights() {
    let mut scanned = 0;
    for (k, &kind) in GaffeKind::ALL.iter().enumerate() {
        for count in 1..=4usize {
            let records: Vec<InterviewRecord> = (0..count)
                .map(|n| InterviewRecord {
                    id: id(n as u128 + 1),
                    facts: InterviewFacts {
                        occurred_at: at(&format!("2026-11-{:02}T10:00:00Z", n + 1)),
                        self_rating: ((k + n) % 5 + 1) as u8,
                        ..interview()
                    },
                    gaffes: (0..=n % 3)
                        .map(|i| {
                            gaffe(
                                GaffeKind::ALL[(k + i * n) % GaffeKind::ALL.len()],
                                Noticed::Certain,
                            )
                        })
                        .chain([gaffe(kind, Noticed::Likely)])
                        .collect(),
                })
                .collect();
            let lessons: Vec<LessonRecord> = records
                .iter()
                .map(|r| {
                    lesson(
                        r.id.as_u128(),
                        r.id.as_u128() + 100,
                        kind,
                        "Research the going rate.",
                        Locale::En,
                    )
                })
                .collect();
            let insights = candidate_insights_in(FR, &records, &lessons);
            let mut texts = vec![insights.summary];
            texts.extend(insights.self_rating.map(|s| s.note));
            texts.extend(insights.prep_checklist.into_iter().map(|i| i.prevention));
            for text in texts {
                scanned += 1;
                assert!(
                    french_leaks(&text).is_empty(),
                    "{kind:?} {count}: {:#?}",
                    french_leaks(&text)
                );
            }
        }
    }
    let empty = candidate_insights_in(FR, &[], &[]);
    assert!(french_leaks(&empty.summary).is_empty());
    assert!(scanned > 150, "only {scanned} texts");
}
