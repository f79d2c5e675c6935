use super::*;
use crate::domain::catalogue::entry;
use crate::domain::review::{review_note, FindingKind, ReviewContext};
use crate::domain::scoring::assess;
use crate::domain::test_support::{
    assert_schema_example, at, gaffe, interview, json, question, strings,
};
use crate::domain::{AnswerQuality, Moment, Noticed, Outcome, Stage};
use chrono::TimeDelta;
use proptest::prelude::*;

/// The sample interview with a strong answer, a blanked salary question and one strength.
fn planned_interview() -> InterviewFacts {
    InterviewFacts {
        questions: vec![
            question(
                "Walk me through a three-statement model",
                AnswerQuality::Strong,
            ),
            question("What are your salary expectations?", AnswerQuality::Blanked),
        ],
        strengths: strings(&["Clear walk-through of the DCF"]),
        ..interview()
    }
}

fn input(
    interview: InterviewFacts,
    gaffes: Vec<GaffeFacts>,
    damage_score: u8,
    now: &str,
) -> PlanInput {
    PlanInput {
        interview,
        gaffes,
        damage_score,
        band: DamageBand::from_score(damage_score),
        now: at(now),
        tone: NoteTone::Formal,
    }
}

fn step(plan: &RecoveryPlan, kind: StepKind) -> Option<&PlanStep> {
    plan.steps.iter().find(|s| s.kind == kind)
}

fn omitted(plan: &RecoveryPlan, kind: StepKind) -> Option<&OmittedStep> {
    plan.omitted.iter().find(|s| s.kind == kind)
}

/// The article's strong candidate: a final round, late because of a family emergency.
fn late_strong_candidate(circumstance: Option<&str>) -> PlanInput {
    let facts = InterviewFacts {
        stage: Stage::Final,
        ..planned_interview()
    };
    let late = GaffeFacts {
        extenuating_circumstance: circumstance.map(str::to_string),
        ..gaffe(GaffeKind::Late, Noticed::Certain)
            .during(Moment::Arrival)
            .described("Arrived twenty minutes late and flustered")
    };
    input(facts, vec![late], 62, "2026-11-20T16:00:00Z")
}

#[test]
fn a_strong_candidate_late_because_of_a_family_emergency_gets_a_second_interview_step_that_may_be_refused(
) {
    let plan = generate_plan(&late_strong_candidate(Some(
        "a family emergency that morning",
    )));
    let request = step(&plan, StepKind::SecondInterviewRequest).expect("second interview step");
    assert!(
        request.what_to_do.contains("may well be refused"),
        "{}",
        request.what_to_do
    );
    assert!(
        request.what_to_do.contains("rarely"),
        "{}",
        request.what_to_do
    );
    assert!(request
        .what_to_do
        .contains("a family emergency that morning"));
    assert!(
        request.why.iter().any(|w| w.contains("final round")),
        "{:?}",
        request.why
    );
    assert!(
        request.why.iter().any(|w| w.contains("family emergency")),
        "{:?}",
        request.why
    );
    assert!(omitted(&plan, StepKind::SecondInterviewRequest).is_none());
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert!(request.due_at > note.due_at, "the note goes first");
    assert!(
        plan.encouragement.is_some(),
        "serious damage brings encouragement"
    );
}

#[test]
fn the_same_lateness_without_an_extenuating_circumstance_gets_no_second_interview_and_says_why() {
    let plan = generate_plan(&late_strong_candidate(None));
    assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
    let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(reason.contains("extenuating circumstance"), "{reason}");
    assert!(
        !reason.contains("strong candidate"),
        "only the failed condition is named: {reason}"
    );
}

#[test]
fn a_weak_candidate_with_an_excuse_gets_no_second_interview_and_the_reason_names_strength() {
    let mut input = late_strong_candidate(Some("a family emergency"));
    input.interview.stage = Stage::Screening;
    input.interview.strengths.clear();
    let plan = generate_plan(&input);
    assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
    let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(reason.contains("strong candidate"), "{reason}");
}

#[test]
fn minor_damage_needs_no_second_interview_even_with_an_excuse() {
    let mut input = late_strong_candidate(Some("a family emergency"));
    input.damage_score = 10;
    input.band = DamageBand::Minor;
    let plan = generate_plan(&input);
    let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(reason.contains("minor"), "{reason}");
    assert!(plan.encouragement.is_none());
}

#[test]
fn a_body_language_only_worry_gets_a_caution_and_no_damage_control() {
    let worry = gaffe(GaffeKind::MisreadBodyLanguage, Noticed::Unsure)
        .described("The partner frowned through my answer on leases")
        .extenuated("I had barely slept");
    let mut facts = planned_interview();
    facts.stage = Stage::Final;
    let plan = generate_plan(&input(
        facts.clone(),
        vec![worry.clone()],
        30,
        "2026-11-20T16:00:00Z",
    ));

    let review = step(&plan, StepKind::Review).unwrap();
    assert!(
        review.what_to_do.contains("easy to over-read"),
        "{}",
        review.what_to_do
    );
    assert!(step(&plan, StepKind::ReferenceTipOff).is_none());
    assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
    for kind in [StepKind::ReferenceTipOff, StepKind::SecondInterviewRequest] {
        assert!(omitted(&plan, kind)
            .unwrap()
            .reason
            .contains("body language"));
    }

    let note = step(&plan, StepKind::FollowUpNote)
        .unwrap()
        .draft
        .clone()
        .unwrap();
    for word in ["frown", "body language", "expression", "slept", "leases"] {
        assert!(!note.to_lowercase().contains(word), "{word} in {note}");
    }
    let ctx = ReviewContext::for_interview(&facts, &[worry]);
    assert!(review_note(&note, Some(&ctx)).findings.is_empty());
}

#[test]
fn a_plan_made_a_week_later_has_no_cool_off_step() {
    let plan = generate_plan(&input(
        planned_interview(),
        vec![],
        40,
        "2026-11-27T14:00:00Z",
    ));
    assert!(step(&plan, StepKind::CoolOff).is_none());
    let reason = &omitted(&plan, StepKind::CoolOff).unwrap().reason;
    assert!(reason.contains("7 days ago"), "{reason}");
    let review = step(&plan, StepKind::Review).unwrap();
    assert!(
        review.what_to_do.contains("rate the interview again"),
        "re-rating moves to the review"
    );
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert!(
        note.due_at >= at("2026-11-27T14:00:00Z"),
        "never due in the past"
    );
    assert!(
        note.due_at <= at("2026-11-27T20:00:00Z"),
        "due soon after now"
    );
    assert!(note.what_to_do.contains("has passed"));
}

#[test]
fn a_plan_made_right_after_a_worse_feeling_interview_cools_off_longer() {
    let now = "2026-11-20T14:30:00Z";
    let mut terrible = planned_interview();
    terrible.self_rating = 1;
    let mut fine = planned_interview();
    fine.self_rating = 4;
    let long = generate_plan(&input(terrible, vec![], 40, now));
    let short = generate_plan(&input(fine, vec![], 40, now));
    let long_until = step(&long, StepKind::CoolOff).unwrap().due_at;
    let short_until = step(&short, StepKind::CoolOff).unwrap().due_at;
    assert_eq!(long_until, at("2026-11-21T14:00:00Z"));
    assert_eq!(short_until, at("2026-11-20T20:00:00Z"));
    assert!(step(&long, StepKind::CoolOff)
        .unwrap()
        .what_to_do
        .contains("rate the interview again"));
}

#[test]
fn the_follow_up_note_is_due_within_a_day_or_so_of_the_interview() {
    let plan = generate_plan(&input(
        planned_interview(),
        vec![],
        40,
        "2026-11-20T15:00:00Z",
    ));
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert_eq!(note.due_at, at("2026-11-21T14:00:00Z"));
    assert!(!note.what_to_do.contains("has passed"));
    assert!(note.draft.as_deref().unwrap().starts_with("Dear Armin,"));
}

#[test]
fn the_wrong_name_interview_plan_drafts_a_note_to_armin_never_arnold() {
    let wrong_name = gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
        .described("Kept calling him Arnold");
    let plan = generate_plan(&input(
        planned_interview(),
        vec![wrong_name],
        35,
        "2026-11-20T18:00:00Z",
    ));
    let draft = step(&plan, StepKind::FollowUpNote)
        .unwrap()
        .draft
        .clone()
        .unwrap();
    assert!(draft.contains("Armin"));
    assert!(!draft.contains("Arnold"));
}

#[test]
fn an_omitted_experience_brings_a_reference_tip_off_with_a_drafted_message() {
    let omitted_experience = gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unlikely)
        .described("I built the client relationships for our top ten accounts");
    let plan = generate_plan(&input(
        planned_interview(),
        vec![omitted_experience],
        30,
        "2026-11-20T18:00:00Z",
    ));
    let tip_off = step(&plan, StepKind::ReferenceTipOff).expect("reference tip-off");
    let message = tip_off.draft.as_deref().unwrap();
    assert!(
        message.contains("I built the client relationships for our top ten accounts"),
        "{message}"
    );
    assert!(message.contains("Northwind Capital"));
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert!(tip_off.due_at > note.due_at);

    let mut rejected = planned_interview();
    rejected.outcome = Outcome::Rejected;
    let plan = generate_plan(&input(
        rejected,
        vec![gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)],
        30,
        "2026-11-20T18:00:00Z",
    ));
    assert!(omitted(&plan, StepKind::ReferenceTipOff)
        .unwrap()
        .reason
        .contains("over"));
}

#[test]
fn without_anything_for_a_reference_to_add_there_is_no_tip_off() {
    let plan = generate_plan(&input(
        planned_interview(),
        vec![gaffe(GaffeKind::Late, Noticed::Certain)],
        30,
        "2026-11-20T18:00:00Z",
    ));
    assert!(omitted(&plan, StepKind::ReferenceTipOff)
        .unwrap()
        .reason
        .contains("Nothing for a reference"));
}

#[test]
fn the_review_prompts_per_gaffe_and_per_weak_question_and_inventories_strengths() {
    let salary = gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(1);
    let plan = generate_plan(&input(
        planned_interview(),
        vec![salary],
        40,
        "2026-11-20T18:00:00Z",
    ));
    let review = step(&plan, StepKind::Review).unwrap();
    assert!(review
        .what_to_do
        .contains("No answer on salary (mid-interview)"));
    assert!(review.what_to_do.contains("What would a better answer"));
    assert!(review
        .what_to_do
        .contains("What are your salary expectations?"));
    assert!(review.what_to_do.contains("Clear walk-through of the DCF"));
    assert!(review.what_to_do.contains("a strong answer to"));
    assert!(!review.what_to_do.contains("over-read"));
}

#[test]
fn lessons_give_one_prevention_per_distinct_gaffe_kind() {
    let gaffes = vec![
        gaffe(GaffeKind::Late, Noticed::Certain),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
        gaffe(GaffeKind::Late, Noticed::Likely),
    ];
    let plan = generate_plan(&input(
        planned_interview(),
        gaffes,
        50,
        "2026-11-20T18:00:00Z",
    ));
    let kinds: Vec<GaffeKind> = plan.lessons.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, vec![GaffeKind::SalaryBlank, GaffeKind::Late]);
    for lesson in &plan.lessons {
        assert_eq!(lesson.prevention, entry(lesson.kind).prevention);
    }
    let step = step(&plan, StepKind::Lessons).unwrap();
    assert!(step
        .what_to_do
        .contains("- Arrived late: Plan the route the day before"));

    let none = generate_plan(&input(
        planned_interview(),
        vec![],
        10,
        "2026-11-20T18:00:00Z",
    ));
    assert!(none.lessons.is_empty());
    assert!(omitted(&none, StepKind::Lessons).is_some());
}

#[test]
fn the_plan_carries_the_rules_version_and_serialises_step_kinds_in_snake_case() {
    let plan = generate_plan(&input(
        planned_interview(),
        vec![],
        10,
        "2026-11-20T18:00:00Z",
    ));
    assert_eq!(plan.rules_version, RULES_VERSION);
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["steps"][0]["kind"], serde_json::json!("cool_off"));
    for &kind in StepKind::ALL {
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::json!(kind.as_str())
        );
    }
}

fn arb_gaffe() -> impl Strategy<Value = GaffeFacts> {
    (
        prop::sample::select(GaffeKind::ALL.to_vec()),
        prop::sample::select(vec![
            Noticed::Certain,
            Noticed::Likely,
            Noticed::Unsure,
            Noticed::Unlikely,
        ]),
        any::<bool>(),
        prop::option::of("[a-z ]{0,40}"),
        prop::option::of("[a-z ]{1,20}"),
    )
        .prop_map(
            |(kind, noticed, corrected, description, circumstance)| GaffeFacts {
                kind,
                description,
                noticed,
                moment: Moment::Mid,
                corrected_in_interview: corrected,
                extenuating_circumstance: circumstance,
                question_index: None,
                correction: None,
            },
        )
}

proptest! {
    #[test]
    fn every_step_kind_is_planned_or_omitted_and_due_times_never_go_backwards(
        gaffes in prop::collection::vec(arb_gaffe(), 0..6),
        damage in 0u8..=100,
        rating in 1u8..=5,
        minutes_after in -120i64..20_000,
        stage in prop::sample::select(vec![Stage::Screening, Stage::Panel, Stage::Final]),
        outcome in prop::sample::select(vec![Outcome::Pending, Outcome::Advanced, Outcome::Rejected, Outcome::Offer]),
        warm in any::<bool>(),
    ) {
        let mut facts = planned_interview();
        facts.self_rating = rating;
        facts.stage = stage;
        facts.outcome = outcome;
        let now = facts.occurred_at + TimeDelta::minutes(minutes_after);
        let input = PlanInput {
            interview: facts,
            gaffes,
            damage_score: damage,
            band: DamageBand::from_score(damage),
            now,
            tone: if warm { NoteTone::Warm } else { NoteTone::Formal },
        };
        let plan = generate_plan(&input);
        for &kind in StepKind::ALL {
            let planned = plan.steps.iter().filter(|s| s.kind == kind).count();
            let left_out = plan.omitted.iter().filter(|s| s.kind == kind).count();
            prop_assert_eq!(planned + left_out, 1, "{:?}", kind);
        }
        prop_assert!(plan.steps.windows(2).all(|w| w[0].kind < w[1].kind && w[0].due_at <= w[1].due_at));
        prop_assert!(plan.steps.iter().all(|s| s.due_at >= now));
        let note = plan.steps.iter().find(|s| s.kind == StepKind::FollowUpNote).and_then(|s| s.draft.clone());
        let note = note.unwrap_or_default();
        let review = review_note(&note, None);
        prop_assert!(review.word_count <= crate::domain::note::MAX_NOTE_WORDS);
        prop_assert!(!review.findings.iter().any(|f| matches!(f.kind, FindingKind::Apology | FindingKind::Excuse)));
    }
}

#[test]
fn the_note_step_says_which_surely_noticed_gaffes_its_draft_repairs() {
    let gaffes = vec![
        gaffe(GaffeKind::TechnicalBlank, Noticed::Certain).on_question(0),
        gaffe(GaffeKind::UnclearOnRole, Noticed::Certain),
        gaffe(GaffeKind::Rambling, Noticed::Certain),
        gaffe(GaffeKind::NoQuestionsAsked, Noticed::Likely),
    ];
    let facts = InterviewFacts {
        questions: vec![question(
            "How would you value a company with negative earnings?",
            AnswerQuality::Blanked,
        )],
        ..interview()
    };
    let plan = generate_plan(&input(facts, gaffes, 40, "2026-11-20T18:00:00Z"));
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert_eq!(
        note.why[1..],
        [
            "It repairs: blank on a technical question (noticed: certain)",
            "It repairs: seeming unclear on the role (noticed: certain)",
            "It leaves out no questions for them: you are not certain they noticed it, and the note must not point \
             it out",
        ]
    );
    let draft = note.draft.as_deref().unwrap();
    assert!(
        draft.contains(
            "your question \u{201c}How would you value a company with negative earnings?\u{201d}"
        ),
        "{draft}"
    );
    assert!(draft.contains("[what the role is for]"), "{draft}");
}

#[test]
fn the_schema_examples_are_a_real_plan() {
    // A week after an interview rated 1/5 where the interviewer was surely called by the wrong name and a key
    // experience was surely missed.
    let facts = InterviewFacts {
        self_rating: 1,
        ..planned_interview()
    };
    let gaffes = vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
            .described("Kept calling him Arnold"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I led the monthly close for a 40-entity group at Contoso"),
    ];
    let assessment = assess(&facts, &gaffes);
    let plan = generate_plan(&PlanInput {
        interview: facts,
        gaffes,
        damage_score: assessment.damage_score,
        band: assessment.band,
        now: at("2026-11-27T14:00:00Z"),
        tone: NoteTone::Formal,
    });
    assert_schema_example::<RecoveryPlan>(json(&plan));
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert_schema_example::<PlanStep>(json(note));
    let second = omitted(&plan, StepKind::SecondInterviewRequest).unwrap();
    assert_schema_example::<OmittedStep>(json(second));
    assert_schema_example::<Lesson>(json(&plan.lessons[1]));
}
