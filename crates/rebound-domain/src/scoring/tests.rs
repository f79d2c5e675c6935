use super::*;
use crate::test_support::{gaffe, interview, question, strings};
use crate::Question;
use proptest::prelude::*;

/// The sample interview with these answers, strengths and self-rating: all that the scoring reads of it.
fn scored(questions: Vec<Question>, strengths: &[&str], self_rating: u8) -> InterviewFacts {
    InterviewFacts {
        questions,
        strengths: strings(strengths),
        self_rating,
        ..interview()
    }
}

#[test]
fn arnold_interview_with_salary_blank_and_omitted_experience_is_recoverable() {
    let facts = scored(
        vec![
            question("What are your salary expectations?", AnswerQuality::Blanked),
            question("Walk me through a DCF.", AnswerQuality::Strong),
            question(
                "Tell me about a difficult coworker.",
                AnswerQuality::Adequate,
            ),
            question("Why this firm?", AnswerQuality::Adequate),
        ],
        &[
            "Walked through the three-statement model cleanly",
            "Good rapport with the panel",
        ],
        1,
    );
    let salary = gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(0);
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Likely),
        salary,
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unsure),
    ];
    let a = assess(&facts, &gaffes);

    assert_eq!(a.band, DamageBand::Recoverable, "{a:#?}");
    assert_eq!(a.model_version, MODEL_VERSION);
    assert_eq!(a.gaffes.len(), 3);
    assert_eq!(a.gaffes[0].kind, GaffeKind::WrongInterviewerName);
    assert_eq!(a.gaffes[0].impact, 3.75);
    assert_eq!(a.gaffes[1].impact, 5.0);
    assert_eq!(a.gaffes[2].impact, 2.0);
    // The salary gaffe already covers the blanked salary question.
    assert!(a.questions.is_empty());
    assert_eq!(a.offset_points, 2.0);
    assert_eq!(a.offsets.len(), 2);
    assert!(a.offsets[0].starts_with("You logged 2 strengths"));
    assert_eq!(
        a.calibration.verdict,
        CalibrationVerdict::FeltWorseThanEvidence
    );
}

#[test]
fn body_language_worry_alone_is_minor_and_felt_worse() {
    let facts = scored(
        vec![
            question("Why do you want to move?", AnswerQuality::Adequate),
            question("How do you close the month?", AnswerQuality::Adequate),
        ],
        &[],
        2,
    );
    let a = assess(
        &facts,
        &[gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unsure)],
    );
    assert_eq!(a.band, DamageBand::Minor);
    assert!(a.damage_score < 10, "{}", a.damage_score);
    assert_eq!(a.calibration.evidence_rating, 5);
    assert_eq!(
        a.calibration.verdict,
        CalibrationVerdict::FeltWorseThanEvidence
    );
    assert!(a.calibration.note.contains("worse than it was"));
}

#[test]
fn no_gaffes_with_self_rating_one_felt_worse() {
    let facts = scored(
        vec![question("Tell me about yourself.", AnswerQuality::Adequate)],
        &[],
        1,
    );
    let a = assess(&facts, &[]);
    assert_eq!(a.damage_score, 0);
    assert_eq!(a.band, DamageBand::Minor);
    assert!(a.gaffes.is_empty());
    assert_eq!(a.calibration.self_rating, 1);
    assert_eq!(a.calibration.evidence_rating, 5);
    assert_eq!(
        a.calibration.verdict,
        CalibrationVerdict::FeltWorseThanEvidence
    );
}

#[test]
fn matching_and_kinder_self_ratings_get_their_own_verdicts() {
    let facts = scored(vec![], &[], 5);
    assert_eq!(
        assess(&facts, &[]).calibration.verdict,
        CalibrationVerdict::MatchesEvidence
    );

    let facts = scored(vec![], &[], 5);
    let gaffes = [
        gaffe(GaffeKind::BadmouthedEmployer, Noticed::Certain).during(Moment::Closing),
        gaffe(GaffeKind::InappropriateQuestion, Noticed::Certain).during(Moment::Closing),
        gaffe(GaffeKind::Late, Noticed::Certain).during(Moment::Arrival),
    ];
    let a = assess(&facts, &gaffes);
    assert_eq!(a.band, DamageBand::Serious);
    assert_eq!(
        a.calibration.verdict,
        CalibrationVerdict::FeltBetterThanEvidence
    );
}

#[test]
fn unaccounted_blanked_question_adds_damage_with_a_reason() {
    let facts = scored(
        vec![question(
            "What is your notice period?",
            AnswerQuality::Blanked,
        )],
        &[],
        3,
    );
    let a = assess(&facts, &[]);
    assert_eq!(a.questions.len(), 1);
    assert_eq!(a.questions[0].index, 0);
    assert_eq!(a.questions[0].impact, 2.5);
    assert!(a.questions[0].reason.contains("question 1"));
    assert!(a.questions[0].reason.contains("no gaffe is logged"));
    assert!(a.damage_score > 0);
}

#[test]
fn small_gaffe_on_a_blanked_question_only_covers_part_of_it() {
    let facts = scored(
        vec![question("Model this lease.", AnswerQuality::Blanked)],
        &[],
        3,
    );
    let mut g = gaffe(GaffeKind::TechnicalFailure, Noticed::Unlikely);
    g.question_index = Some(0);
    let a = assess(&facts, &[g]);
    assert_eq!(a.gaffes[0].impact, 0.5);
    assert_eq!(a.questions[0].impact, 2.0);
    assert!(a.questions[0].reason.contains("only part"));
    assert_eq!(a.raw_points, 2.5);
}

#[test]
fn first_and_last_impressions_weigh_more_than_the_middle() {
    let facts = scored(vec![], &[], 3);
    let score = |moment| {
        assess(
            &facts,
            &[gaffe(GaffeKind::Late, Noticed::Certain).during(moment)],
        )
        .gaffes[0]
            .impact
    };
    assert!(score(Moment::Arrival) > score(Moment::Mid));
    assert!(score(Moment::Opening) > score(Moment::Mid));
    assert!(score(Moment::Closing) > score(Moment::Mid));
    assert!(score(Moment::After) < score(Moment::Mid));
}

#[test]
fn reasons_cover_severity_notice_moment_correction_and_circumstance() {
    let facts = scored(vec![], &[], 3);
    let mut late = gaffe(GaffeKind::Late, Noticed::Certain).during(Moment::Arrival);
    late.corrected_in_interview = true;
    late.extenuating_circumstance = Some("A family emergency held me up".to_owned());
    let a = assess(&facts, &[late]);
    let reasons = &a.gaffes[0].reasons;
    assert_eq!(reasons.len(), 5);
    assert!(reasons[0].contains("severity 7 of 10"));
    assert!(reasons[1].contains("certainly noticed"));
    assert!(reasons[2].contains("first impressions"));
    assert!(reasons[3].contains("halves"));
    assert!(reasons[4].contains("family emergency"));
    // 7 × 1.2 × 0.5 × 0.85
    assert_eq!(a.gaffes[0].impact, 3.57);
}

#[test]
fn offsets_are_capped() {
    let many: Vec<Question> = (0..10)
        .map(|i| question(&format!("Q{i}"), AnswerQuality::Strong))
        .collect();
    let facts = scored(many, &["a", "b", "c", "d", "e", "f"], 3);
    let a = assess(
        &facts,
        &[gaffe(GaffeKind::BadmouthedEmployer, Noticed::Certain)],
    );
    assert_eq!(a.offset_points, 4.0);
    assert!(a.offsets.iter().any(|s| s.contains("at most 4 points")));
    // A certainly-noticed badmouthing survives any amount of strengths.
    assert!(a.damage_score >= 25, "{}", a.damage_score);
}

#[test]
fn evidence_rating_falls_as_damage_rises() {
    let ratings: Vec<u8> = (0..=100).map(evidence_rating).collect();
    assert!(ratings.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(ratings[0], 5);
    assert_eq!(ratings[100], 1);
}

#[test]
fn serialises_with_snake_case_wire_names() {
    let facts = scored(vec![], &[], 1);
    let json = serde_json::to_value(assess(&facts, &[])).unwrap();
    assert_eq!(json["model_version"], MODEL_VERSION);
    assert_eq!(json["band"], "minor");
    assert_eq!(json["calibration"]["verdict"], "felt_worse_than_evidence");
}

#[test]
fn long_user_text_is_shortened_in_reasons() {
    let long = "x".repeat(500);
    let facts = scored(vec![question(&long, AnswerQuality::Weak)], &[], 3);
    let a = assess(&facts, &[]);
    assert!(a.questions[0].reason.chars().count() < 200);
}

// ----- properties -----

fn arb_kind() -> impl Strategy<Value = GaffeKind> {
    prop::sample::select(GaffeKind::ALL.to_vec())
}

fn arb_noticed() -> impl Strategy<Value = Noticed> {
    prop::sample::select(vec![
        Noticed::Certain,
        Noticed::Likely,
        Noticed::Unsure,
        Noticed::Unlikely,
    ])
}

fn arb_moment() -> impl Strategy<Value = Moment> {
    prop::sample::select(vec![
        Moment::Arrival,
        Moment::Opening,
        Moment::Mid,
        Moment::Closing,
        Moment::After,
    ])
}

fn arb_quality() -> impl Strategy<Value = AnswerQuality> {
    prop::sample::select(vec![
        AnswerQuality::Strong,
        AnswerQuality::Adequate,
        AnswerQuality::Weak,
        AnswerQuality::Blanked,
    ])
}

fn arb_gaffe() -> impl Strategy<Value = GaffeFacts> {
    (
        arb_kind(),
        arb_noticed(),
        arb_moment(),
        any::<bool>(),
        prop::option::of(prop_oneof![Just(String::new()), "[a-z ]{1,20}"]),
        prop::option::of(0usize..10),
    )
        .prop_map(
            |(kind, noticed, moment, corrected, extenuating, question_index)| GaffeFacts {
                kind,
                description: None,
                noticed,
                moment,
                corrected_in_interview: corrected,
                extenuating_circumstance: extenuating,
                question_index,
                correction: None,
            },
        )
}

fn arb_interview() -> impl Strategy<Value = InterviewFacts> {
    (
        prop::collection::vec(("[A-Za-z ?]{0,30}", arb_quality()), 0..10),
        prop::collection::vec("[a-z ]{0,20}", 0..8),
        0u8..=7,
    )
        .prop_map(|(questions, strengths, self_rating)| InterviewFacts {
            questions: questions
                .into_iter()
                .map(|(text, quality)| question(&text, quality))
                .collect(),
            strengths,
            self_rating,
            ..interview()
        })
}

fn arb_gaffes() -> impl Strategy<Value = Vec<GaffeFacts>> {
    prop::collection::vec(arb_gaffe(), 0..12)
}

proptest! {
    #[test]
    fn prop_score_stays_in_range_and_matches_band(facts in arb_interview(), gaffes in arb_gaffes()) {
        let a = assess(&facts, &gaffes);
        prop_assert!(a.damage_score <= 100);
        prop_assert_eq!(a.band, DamageBand::from_score(a.damage_score));
        prop_assert!((1..=5).contains(&a.calibration.self_rating));
        prop_assert!((1..=5).contains(&a.calibration.evidence_rating));
        prop_assert_eq!(a.gaffes.len(), gaffes.len());
        for (i, (impact, g)) in a.gaffes.iter().zip(&gaffes).enumerate() {
            prop_assert_eq!(impact.index, i);
            prop_assert_eq!(impact.kind, g.kind);
            prop_assert!(impact.impact >= 0.0);
            prop_assert!(!impact.reasons.is_empty());
        }
    }

    #[test]
    fn prop_adding_a_gaffe_never_lowers_the_score(
        facts in arb_interview(),
        gaffes in arb_gaffes(),
        extra in arb_gaffe(),
        position in any::<prop::sample::Index>(),
    ) {
        let before = assess(&facts, &gaffes);
        let mut more = gaffes.clone();
        more.insert(position.index(gaffes.len() + 1), extra);
        let after = assess(&facts, &more);
        prop_assert!(after.damage_score >= before.damage_score, "{} < {}", after.damage_score, before.damage_score);
        prop_assert!(after.raw_points >= before.raw_points);
    }

    #[test]
    fn prop_more_surely_noticed_never_scores_lower(
        facts in arb_interview(),
        gaffes in prop::collection::vec(arb_gaffe(), 1..12),
        which in any::<prop::sample::Index>(),
    ) {
        let i = which.index(gaffes.len());
        // Noticed orders from most to least surely noticed.
        let levels = [Noticed::Certain, Noticed::Likely, Noticed::Unsure, Noticed::Unlikely];
        let scores: Vec<u8> = levels
            .iter()
            .map(|level| {
                let mut changed = gaffes.clone();
                changed[i].noticed = *level;
                assess(&facts, &changed).damage_score
            })
            .collect();
        prop_assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{:?}", scores);
    }

    #[test]
    fn prop_correcting_a_gaffe_never_raises_the_score(
        facts in arb_interview(),
        gaffes in prop::collection::vec(arb_gaffe(), 1..12),
        which in any::<prop::sample::Index>(),
    ) {
        let i = which.index(gaffes.len());
        let mut uncorrected = gaffes.clone();
        uncorrected[i].corrected_in_interview = false;
        let mut corrected = gaffes;
        corrected[i].corrected_in_interview = true;
        prop_assert!(assess(&facts, &corrected).damage_score <= assess(&facts, &uncorrected).damage_score);
    }

    #[test]
    fn prop_extenuating_circumstance_never_raises_the_score(
        facts in arb_interview(),
        gaffes in prop::collection::vec(arb_gaffe(), 1..12),
        which in any::<prop::sample::Index>(),
    ) {
        let i = which.index(gaffes.len());
        let mut without = gaffes.clone();
        without[i].extenuating_circumstance = None;
        let mut with = gaffes;
        with[i].extenuating_circumstance = Some("family emergency".to_owned());
        prop_assert!(assess(&facts, &with).damage_score <= assess(&facts, &without).damage_score);
    }

    #[test]
    fn prop_adding_a_strength_never_raises_the_score(
        facts in arb_interview(),
        gaffes in arb_gaffes(),
        strength in "[a-z]{1,20}",
    ) {
        let before = assess(&facts, &gaffes);
        let mut stronger = facts.clone();
        stronger.strengths.push(strength);
        prop_assert!(assess(&stronger, &gaffes).damage_score <= before.damage_score);
    }

    #[test]
    fn prop_verdict_agrees_with_the_ratings(facts in arb_interview(), gaffes in arb_gaffes()) {
        let c = assess(&facts, &gaffes).calibration;
        let expected = match c.self_rating.cmp(&c.evidence_rating) {
            std::cmp::Ordering::Less => CalibrationVerdict::FeltWorseThanEvidence,
            std::cmp::Ordering::Equal => CalibrationVerdict::MatchesEvidence,
            std::cmp::Ordering::Greater => CalibrationVerdict::FeltBetterThanEvidence,
        };
        prop_assert_eq!(c.verdict, expected);
    }
}

#[test]
fn a_good_interview_rated_four_is_not_told_that_nerves_made_it_look_worse() {
    // A clean technical round the candidate rated 4/5: the evidence says 5/5, and both mean it went well.
    let facts = scored(
        vec![question("Walk me through a DCF.", AnswerQuality::Strong)],
        &["Clear walk-through of the model"],
        4,
    );
    let calibration = assess(&facts, &[]).calibration;
    assert_eq!(calibration.evidence_rating, 5);
    assert!(!calibration.note.contains("nerves"), "{}", calibration.note);
    assert!(!calibration.note.contains("worse"), "{}", calibration.note);
    assert!(
        calibration.note.contains("went well"),
        "{}",
        calibration.note
    );
    // A 2/5 against the same evidence still hears that nerves distort the picture.
    let shaken = assess(
        &InterviewFacts {
            self_rating: 2,
            ..facts
        },
        &[],
    )
    .calibration;
    assert!(shaken.note.contains("nerves"), "{}", shaken.note);
}

#[test]
fn the_damage_before_offsets_ignores_strengths_and_equals_the_net_score_without_them() {
    let gaffes = [gaffe(GaffeKind::Late, Noticed::Likely).during(Moment::Arrival)];
    let strong = scored(
        vec![question("Walk me through a DCF.", AnswerQuality::Strong)],
        &[
            "Clear model",
            "Good rapport",
            "Knew the results",
            "Sharp questions",
        ],
        3,
    );
    let plain = scored(vec![], &[], 3);
    let with_strengths = assess(&strong, &gaffes);
    let without = assess(&plain, &gaffes);
    assert!(with_strengths.damage_score < without.damage_score);
    assert_eq!(
        damage_score_before_offsets(&with_strengths),
        without.damage_score
    );
    assert_eq!(damage_score_before_offsets(&without), without.damage_score);
}
