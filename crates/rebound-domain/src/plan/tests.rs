use super::*;
use crate::catalogue::entry;
use crate::review::{review_note, FindingKind, ReviewContext};
use crate::scoring::assess;
use crate::test_support::{at, gaffe, interview, question, strings};
use crate::{AnswerQuality, EmployerInterest, Moment, Noticed, Outcome, Stage};
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
        damage_before_offsets: damage_score,
        now: at(now),
        tone: NoteTone::Formal,
        earlier_interviews_with: Default::default(),
        time_zone: None,
        locale: rebound_i18n::Locale::En,
    }
}

impl PlanInput {
    fn with_interest(mut self, interest: EmployerInterest) -> Self {
        self.interview.employer_interest = interest;
        self
    }
}

fn step(plan: &RecoveryPlan, kind: StepKind) -> Option<&PlanStep> {
    plan.steps.iter().find(|s| s.kind == kind)
}

fn omitted(plan: &RecoveryPlan, kind: StepKind) -> Option<&OmittedStep> {
    plan.omitted.iter().find(|s| s.kind == kind)
}

/// The article's strong candidate: a final round with an employer keen on them, late because of a family emergency.
fn late_strong_candidate(circumstance: Option<&str>) -> PlanInput {
    let facts = InterviewFacts {
        stage: Stage::Final,
        employer_interest: EmployerInterest::Strong,
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
        request.why.iter().any(|w| w.contains("strong interest")),
        "{:?}",
        request.why
    );
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
fn the_same_lateness_without_an_extenuating_circumstance_still_gets_the_second_interview_step() {
    // Issue 21: a final-round candidate the employer was keen on, 40 minutes late, nothing logged to explain it.
    let mut input = late_strong_candidate(None);
    input.gaffes[0].description = Some("Forty minutes late".to_string());
    let plan = generate_plan(&input);
    let request = step(&plan, StepKind::SecondInterviewRequest).unwrap_or_else(|| {
        panic!(
            "a second-interview step; omitted: {:?}",
            omitted(&plan, StepKind::SecondInterviewRequest)
        )
    });
    // Still the last resort, with its warnings.
    assert!(request.title.contains("last resort"), "{}", request.title);
    for warning in [
        "nothing to lose",
        "may well be refused",
        "rarely re-interview",
        "never instead of it",
    ] {
        assert!(
            request.what_to_do.contains(warning),
            "{warning}: {}",
            request.what_to_do
        );
    }
    assert!(
        request.what_to_do.contains("without excuses")
            && !request.what_to_do.contains("circumstance"),
        "{}",
        request.what_to_do
    );
    assert!(
        !request
            .why
            .iter()
            .any(|w| w.contains("beyond your control")),
        "{:?}",
        request.why
    );
    // With a circumstance, it is mentioned and counted as making the case stronger.
    let plan = generate_plan(&late_strong_candidate(Some(
        "a family emergency that morning",
    )));
    let request = step(&plan, StepKind::SecondInterviewRequest).unwrap();
    assert!(
        request.why.iter().any(|w| w.contains(
            "reason beyond your control for \u{201c}Arrived late\u{201d} (a family emergency that morning), which \
             makes your case stronger"
        )),
        "{:?}",
        request.why
    );
}

#[test]
fn the_second_interview_is_never_offered_once_the_process_is_decided() {
    for (outcome, said) in [
        (Outcome::Rejected, "not selected"),
        (Outcome::Offer, "offer"),
        (Outcome::Withdrawn, "withdrew"),
        (Outcome::Advanced, "advanced"),
    ] {
        let mut input = late_strong_candidate(Some("a family emergency"));
        input.interview.outcome = outcome;
        let plan = generate_plan(&input);
        assert!(
            step(&plan, StepKind::SecondInterviewRequest).is_none(),
            "{outcome:?}"
        );
        let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
            .unwrap()
            .reason;
        assert!(reason.contains(said), "{outcome:?}: {reason}");
    }
    // No response yet is still open.
    let mut open = late_strong_candidate(None);
    open.interview.outcome = Outcome::NoResponse;
    assert!(step(&generate_plan(&open), StepKind::SecondInterviewRequest).is_some());
}

#[test]
fn a_second_interview_needs_real_damage_and_says_so_in_words() {
    let mut input = late_strong_candidate(None);
    input.damage_score = 5;
    input.band = DamageBand::Minor;
    input.damage_before_offsets = 20;
    input.interview.self_rating = 2;
    let plan = generate_plan(&input);
    let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(
        reason.contains("did little real harm, even before your strengths"),
        "{reason}"
    );
    assert!(
        !reason.contains("20") && !reason.contains("score"),
        "no raw score: {reason}"
    );
    assert!(
        !reason.contains("employer"),
        "only the failed condition: {reason}"
    );
}

#[test]
fn a_final_round_alone_neither_earns_a_second_interview_nor_claims_they_were_leaning_towards_you() {
    // Late to a final round because of a family emergency, but nobody said how keen the employer was.
    for interest in [
        EmployerInterest::Unknown,
        EmployerInterest::Neutral,
        EmployerInterest::Weak,
    ] {
        let mut input = late_strong_candidate(Some("a family emergency"));
        input.interview.employer_interest = interest;
        let plan = generate_plan(&input);
        assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
        let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
            .unwrap()
            .reason;
        assert!(reason.contains("employer"), "{interest:?}: {reason}");
        assert!(
            !reason.contains("extenuating") && !reason.contains("little real harm"),
            "{reason}"
        );
        let everything = format!("{plan:?}");
        assert!(
            !everything.contains("already leaning towards you,")
                && !everything.contains("so they were already leaning"),
            "{everything}"
        );
    }
    let unknown = generate_plan(
        &late_strong_candidate(Some("a family emergency")).with_interest(EmployerInterest::Unknown),
    );
    let reason = &omitted(&unknown, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(
        reason.contains("Record the employer's interest as strong"),
        "{reason}"
    );
}

#[test]
fn strengths_that_offset_the_damage_into_minor_do_not_cost_a_strong_candidate_the_second_interview()
{
    // The article's candidate: strong answers and a string of logged strengths, an employer leaning their way, and
    // a late, flustered arrival because of a family emergency. The strengths pull the net damage down to minor.
    let facts = InterviewFacts {
        stage: Stage::Final,
        employer_interest: EmployerInterest::Strong,
        self_rating: 2,
        questions: vec![
            question(
                "Walk me through a three-statement model",
                AnswerQuality::Strong,
            ),
            question("How would you value a bank?", AnswerQuality::Strong),
        ],
        strengths: strings(&[
            "Clear walk-through of the DCF",
            "Good rapport with the CFO",
            "Knew the company's latest results cold",
            "Asked sharp questions about the close process",
        ]),
        ..interview()
    };
    let late = gaffe(GaffeKind::Late, Noticed::Likely)
        .during(Moment::Arrival)
        .described("Forty minutes late and flustered")
        .extenuated("my father was taken to hospital that morning");
    let assessment = assess(&facts, std::slice::from_ref(&late));
    assert_eq!(assessment.band, DamageBand::Minor, "{assessment:?}");
    let plan = generate_plan(&PlanInput::new(
        facts,
        vec![late],
        &assessment,
        at("2026-11-21T16:00:00Z"),
        NoteTone::Formal,
    ));
    let request = step(&plan, StepKind::SecondInterviewRequest).unwrap_or_else(|| {
        panic!(
            "a second-interview step; omitted: {:?}",
            omitted(&plan, StepKind::SecondInterviewRequest)
        )
    });
    assert!(
        request
            .why
            .iter()
            .any(|w| w.contains("Before your strengths are counted")),
        "{:?}",
        request.why
    );
}

#[test]
fn slips_that_did_little_harm_need_no_second_interview_even_with_an_excuse() {
    let mut input = late_strong_candidate(Some("a family emergency"));
    input.interview.self_rating = 3;
    input.damage_score = 10;
    input.band = DamageBand::Minor;
    input.damage_before_offsets = 12;
    let plan = generate_plan(&input);
    let reason = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(reason.contains("little real harm"), "{reason}");
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
        .contains("No answer on salary (mid-interview), on the question \u{201c}What are your salary expectations?\u{201d}"));
    assert!(review
        .what_to_do
        .contains("Which figure would have let you answer"));
    assert!(
        !review.what_to_do.contains("You blanked on"),
        "the question is reviewed once, with its gaffe: {}",
        review.what_to_do
    );
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
        assert!(lesson.prevention.starts_with(entry(lesson.kind).prevention));
        assert!(lesson.prevention.contains(entry(lesson.kind).on_hand));
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
    assert_eq!(plan.steps[0].kind, StepKind::CoolOff);
    for &kind in StepKind::ALL {
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::json!(kind.as_str())
        );
    }
}

/// Any gaffe: every kind and certainty, with or without a description, a correction or a circumstance.
pub(super) fn arb_gaffe() -> impl Strategy<Value = GaffeFacts> {
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
        outcome in prop::sample::select(Outcome::ALL.to_vec()),
        warm in any::<bool>(),
        gross_extra in 0u8..30,
        interest in prop::sample::select(EmployerInterest::ALL.to_vec()),
    ) {
        let mut facts = planned_interview();
        facts.self_rating = rating;
        facts.stage = stage;
        facts.outcome = outcome;
        facts.employer_interest = interest;
        let now = facts.occurred_at + TimeDelta::minutes(minutes_after);
        let input = PlanInput {
            interview: facts,
            gaffes,
            damage_score: damage,
            band: DamageBand::from_score(damage),
            damage_before_offsets: damage.saturating_add(gross_extra),
            now,
            tone: if warm { NoteTone::Warm } else { NoteTone::Formal },
            earlier_interviews_with: Default::default(),
        time_zone: None,
        locale: rebound_i18n::Locale::En,
        };
        let plan = generate_plan(&input);
        for &kind in StepKind::ALL {
            let planned = plan.steps.iter().filter(|s| s.kind == kind).count();
            let left_out = plan.omitted.iter().filter(|s| s.kind == kind).count();
            prop_assert_eq!(planned + left_out, 1, "{:?}", kind);
        }
        prop_assert!(plan.steps.windows(2).all(|w| w[0].kind < w[1].kind && w[0].due_at <= w[1].due_at));
        prop_assert!(plan.steps.iter().all(|s| s.due_at >= now));
        let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
        if !matches!(input.interview.outcome, Outcome::Pending | Outcome::NoResponse) {
            prop_assert!(!kinds.contains(&StepKind::CoolOff), "no damage control to hold off on");
        }
        if kinds.contains(&StepKind::SecondInterviewRequest) {
            prop_assert_eq!(input.interview.employer_interest, EmployerInterest::Strong);
            prop_assert!(matches!(input.interview.outcome, Outcome::Pending | Outcome::NoResponse));
        }
        let note = plan.steps.iter().find(|s| s.kind == StepKind::FollowUpNote).and_then(|s| s.draft.clone());
        let note = note.unwrap_or_default();
        let review = review_note(&note, None);
        prop_assert!(review.word_count <= crate::note::MAX_NOTE_WORDS);
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
            "Left out of the note on purpose: \u{201c}No questions for them\u{201d}, since you are not sure they \
             noticed it and the note should not point it out",
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
fn a_week_later_the_plan_for_a_wrong_name_and_a_missed_experience_reads_in_full() {
    // (rebound_views::plans checks its examples against the same plan.)
    let plan = crate::test_support::week_later_plan();
    let expected = serde_json::json!({
        "rules_version": "2026-12-07.1",
        "steps": [
            {
                "kind": "review",
                "title": "Review the interview, clinically",
                "what_to_do": "With some distance now, first rate the interview again from 1 to 5 and compare it with how it felt right afterwards.\n- Wrong interviewer name (mid-interview): “Kept calling him Arnold”. Which name did you use, and when did you notice? Did they correct you, or let it pass? Where could you have checked the names beforehand?\n- Left out key experience (mid-interview): “I led the monthly close for a 40-entity group at Contoso”. Which experience did you leave out, and which question was it the answer to? Why did it not come to mind: nerves, or no list to check against? How would you put it in one or two sentences now?\n- You blanked on “What are your salary expectations?” What information would you have needed to answer it confidently, and what would a strong answer have said?\nWhat went well: Clear walk-through of the DCF; a strong answer to “Walk me through a three-statement model”.\nWhat went badly: wrong interviewer name; key experience left out. Compare the two lists honestly; it may be less of a debacle than it felt.",
                "why": [
                    "You can only make amends once you know exactly what went wrong",
                    "Wrong interviewer name (noticed: certain): Kept calling him Arnold",
                    "Left out key experience (noticed: certain): I led the monthly close for a 40-entity group at Contoso"
                ],
                "due_at": "2026-11-27T16:00:00Z",
                "draft": null
            },
            {
                "kind": "follow_up_note",
                "title": "Send a short thank-you note",
                "what_to_do": "Send the note below to Armin Keller with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations. The ideal moment, within a day of the interview, has passed: send it anyway, soon.",
                "why": [
                    "A thank-you note is basic courtesy and the natural place to set the record straight",
                    "It repairs: wrong interviewer name (noticed: certain)",
                    "It adds: key experience left out. A strength you forgot to mention is not a mistake to hide, so it belongs in the note whether or not they noticed"
                ],
                "due_at": "2026-11-27T16:00:00Z",
                "draft": "Dear Armin,\n\nMany thanks for meeting with me about the Senior Financial Analyst role at Northwind Capital. I particularly enjoyed walking you through a three-statement model.\n\nBuilding on our discussion of my background, I should also mention that I led the monthly close for a 40-entity group at Contoso.\n\nI would welcome the chance to contribute to Northwind Capital in this role. I look forward to hearing about the next steps.\n\nBest regards,\n[Your name]"
            },
            {
                "kind": "reference_tip_off",
                "title": "Brief a trusted reference",
                "what_to_do": "Pick the reference who knows this part of your work best, ideally a former manager, and send them the message below so they can mention it tactfully if the company calls. The interview is over, but the hiring process is not.",
                "why": [
                    "Left out key experience (noticed: certain): I led the monthly close for a 40-entity group at Contoso"
                ],
                "due_at": "2026-11-30T09:00:00Z",
                "draft": "Hi [reference's name],\n\nA quick heads-up: I interviewed with Northwind Capital for the Senior Financial Analyst role, so they may contact you as a reference soon. One thing I did not get across well in the interview: I led the monthly close for a 40-entity group at Contoso. If it comes up naturally, it would help a lot if you could mention it.\n\nThank you for your support,\n[Your name]"
            },
            {
                "kind": "lessons",
                "title": "Forgive yourself, keep the lessons",
                "what_to_do": "- Wrong interviewer name: Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation.\n- Left out key experience: List the three parts of your experience that fit the role best, and tick them off as you mention them. Have on hand next time: a short list of the experiences that fit the role best, with one figure each.\nEveryone has an off day. Go over this once, keep the list for your next interview, and stop replaying this one.",
                "why": [
                    "You logged: wrong interviewer name",
                    "You logged: key experience left out"
                ],
                "due_at": "2026-11-30T16:00:00Z",
                "draft": null
            }
        ],
        "omitted": [
            {
                "kind": "cool_off",
                "reason": "The interview was 7 days ago, past the 24-hour cool-off suggested for an interview rated 1/5; emotions have had time to settle, so go straight to the review."
            },
            {
                "kind": "second_interview_request",
                "reason": "A second interview is a last resort, and it is not worth asking for here. Nothing says the employer was leaning towards you. Record the employer's interest as strong on the interview only if they clearly were: they called you a front-runner, fast-tracked you, or the recruiter said so."
            }
        ],
        "encouragement": "It may feel like a disaster, but what you logged points to harm that a good follow-up can repair. This is the moment many candidates give up; do not. A short, well-judged follow-up can still save this opportunity with Northwind Capital, and the people you met may matter to you later, whatever happens with this role.",
        "lessons": [
            {
                "kind": "wrong_interviewer_name",
                "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions. Have on hand next time: every interviewer's name, spelling and title, from the invitation."
            },
            {
                "kind": "omitted_key_experience",
                "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them. Have on hand next time: a short list of the experiences that fit the role best, with one figure each."
            }
        ]
    });
    let actual = as_json(&plan);
    assert!(
        actual == expected,
        "the plan changed; it now reads:\n{}",
        serde_json::to_string_pretty(&actual).unwrap_or_default()
    );
}

/// The whole plan as JSON, to compare with a written-out plan and print a readable difference.
fn as_json(plan: &RecoveryPlan) -> serde_json::Value {
    let steps: Vec<_> = plan
        .steps
        .iter()
        .map(|s| {
            serde_json::json!({
                "kind": s.kind,
                "title": s.title,
                "what_to_do": s.what_to_do,
                "why": s.why,
                "due_at": s.due_at,
                "draft": s.draft,
            })
        })
        .collect();
    let omitted: Vec<_> = plan
        .omitted
        .iter()
        .map(|o| serde_json::json!({"kind": o.kind, "reason": o.reason}))
        .collect();
    let lessons: Vec<_> = plan
        .lessons
        .iter()
        .map(|l| serde_json::json!({"kind": l.kind, "prevention": l.prevention}))
        .collect();
    serde_json::json!({
        "rules_version": plan.rules_version,
        "steps": steps,
        "omitted": omitted,
        "encouragement": plan.encouragement,
        "lessons": lessons,
    })
}

/// Every step's title, instructions and reasons, for searching.
fn plan_text(plan: &RecoveryPlan) -> String {
    plan.steps
        .iter()
        .map(|s| format!("{}\n{}\n{}", s.title, s.what_to_do, s.why.join("\n")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Late and blanked on salary, both surely noticed; the plan is made three hours later.
fn rough_interview_with(outcome: Outcome) -> PlanInput {
    let facts = InterviewFacts {
        outcome,
        stage: Stage::Final,
        employer_interest: EmployerInterest::Strong,
        ..planned_interview()
    };
    let gaffes = vec![
        gaffe(GaffeKind::Late, Noticed::Certain)
            .during(Moment::Arrival)
            .extenuated("a family emergency"),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(1),
    ];
    input(facts, gaffes, 55, "2026-11-20T17:00:00Z")
}

#[test]
fn a_rejected_candidate_gets_a_gracious_reply_that_asks_for_feedback_and_lessons_but_no_damage_control(
) {
    let plan = generate_plan(&rough_interview_with(Outcome::Rejected));
    let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![StepKind::Review, StepKind::FollowUpNote, StepKind::Lessons]
    );
    assert!(omitted(&plan, StepKind::CoolOff)
        .unwrap()
        .reason
        .contains("decision is made"));
    let second = &omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason;
    assert!(second.contains("process is over"), "{second}");

    let reply = step(&plan, StepKind::FollowUpNote).unwrap();
    assert_eq!(reply.title, "Reply graciously and keep the door open");
    assert!(
        reply.what_to_do.contains("future roles"),
        "{}",
        reply.what_to_do
    );
    assert!(
        reply.what_to_do.contains("feedback"),
        "{}",
        reply.what_to_do
    );
    assert!(
        reply.why[0].contains("decide differently later") && reply.why[0].contains("another role"),
        "{:?}",
        reply.why
    );
    assert!(
        !reply.why.iter().any(|w| w.contains("repairs")),
        "{:?}",
        reply.why
    );

    let review = step(&plan, StepKind::Review).unwrap();
    assert_eq!(review.title, "Review the interview to learn from it");
    assert!(!review.why[0].contains("amends"));
    assert_eq!(
        step(&plan, StepKind::Lessons).unwrap().title,
        "Learn from it for next time"
    );
    let text = plan_text(&plan);
    for phrase in [
        "damage control",
        "second interview",
        "set the record straight",
    ] {
        assert!(!text.contains(phrase), "{phrase}: {text}");
    }
}

#[test]
fn a_candidate_who_withdrew_keeps_the_relationship_without_asking_for_feedback() {
    let plan = generate_plan(&rough_interview_with(Outcome::Withdrawn));
    let reply = step(&plan, StepKind::FollowUpNote).unwrap();
    assert!(reply.what_to_do.contains("future roles"));
    assert!(
        !reply.what_to_do.contains("feedback"),
        "{}",
        reply.what_to_do
    );
    assert!(reply.why[0].starts_with("You withdrew"), "{:?}", reply.why);
    assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
    assert!(step(&plan, StepKind::CoolOff).is_none());
}

#[test]
fn an_advanced_candidate_gets_a_plain_thank_you_and_prep_for_the_next_round() {
    let mut input = rough_interview_with(Outcome::Advanced);
    input.interview.self_rating = 1;
    let plan = generate_plan(&input);
    assert!(omitted(&plan, StepKind::CoolOff)
        .unwrap()
        .reason
        .starts_with("You have advanced to the next round"));
    assert_eq!(
        step(&plan, StepKind::Review).unwrap().title,
        "Note what went well"
    );
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    assert_eq!(note.title, "Send a plain thank-you");
    assert!(
        note.what_to_do.contains("the next round"),
        "{}",
        note.what_to_do
    );
    let prep = step(&plan, StepKind::Lessons).unwrap();
    assert_eq!(prep.title, "Prepare for the next round");
    assert!(
        prep.what_to_do.contains("- Arrived late:"),
        "{}",
        prep.what_to_do
    );
    assert!(omitted(&plan, StepKind::SecondInterviewRequest)
        .unwrap()
        .reason
        .contains("No second interview"));
    assert!(!plan_text(&plan).contains("damage control"));
    let encouragement = plan.encouragement.as_deref().unwrap();
    assert!(
        encouragement.contains("yet you have advanced"),
        "a 1/5 that advanced hears it went better than it felt: {encouragement}"
    );
}

#[test]
fn a_candidate_with_an_offer_prepares_for_the_offer_conversation() {
    let plan = generate_plan(&rough_interview_with(Outcome::Offer));
    assert_eq!(
        step(&plan, StepKind::Lessons).unwrap().title,
        "Prepare for the offer conversation"
    );
    assert!(step(&plan, StepKind::FollowUpNote)
        .unwrap()
        .what_to_do
        .contains("discussing the offer"));
    assert!(step(&plan, StepKind::CoolOff).is_none());
    assert!(step(&plan, StepKind::ReferenceTipOff).is_none());
    assert!(step(&plan, StepKind::SecondInterviewRequest).is_none());
}

/// Rated 4/5 an hour after a clean technical round: two strong answers, two strengths, nothing logged against it.
fn good_interview() -> PlanInput {
    let facts = InterviewFacts {
        self_rating: 4,
        stage: Stage::Technical,
        questions: vec![
            question(
                "Walk me through a three-statement model",
                AnswerQuality::Strong,
            ),
            question("How would you value a bank?", AnswerQuality::Strong),
            question("Why Northwind?", AnswerQuality::Adequate),
        ],
        strengths: strings(&["Clear walk-through of the DCF", "Good rapport with Armin"]),
        ..interview()
    };
    let assessment = assess(&facts, &[]);
    PlanInput::new(
        facts,
        vec![],
        &assessment,
        at("2026-11-20T15:00:00Z"),
        NoteTone::Formal,
    )
}

#[test]
fn a_good_interview_gets_a_thank_you_a_note_of_what_went_well_and_prep_for_the_next_round() {
    let input = good_interview();
    assert_eq!(input.damage_score, 0);
    let plan = generate_plan(&input);
    let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![StepKind::Review, StepKind::FollowUpNote, StepKind::Lessons]
    );
    assert!(omitted(&plan, StepKind::CoolOff)
        .unwrap()
        .reason
        .starts_with("Nothing to recover from"));
    let review = step(&plan, StepKind::Review).unwrap();
    assert_eq!(review.title, "Note what went well");
    assert!(review
        .what_to_do
        .contains("Clear walk-through of the DCF; Good rapport with Armin"));
    let prep = step(&plan, StepKind::Lessons).unwrap();
    assert_eq!(prep.title, "Prepare for the next round");
    assert!(prep.due_at >= input.now);
    let text = plan_text(&plan);
    for phrase in [
        "Hold off",
        "damage control",
        "clinical",
        "worse",
        "debacle",
        "amends",
    ] {
        assert!(!text.contains(phrase), "{phrase}: {text}");
    }
    assert!(plan.encouragement.is_none());
    assert!(
        review.due_at <= at("2026-11-20T17:00:00Z"),
        "no cool-off delays it"
    );
}

#[test]
fn a_clean_interview_that_felt_like_a_disaster_still_cools_off_and_is_told_not_to_give_up() {
    let mut input = good_interview();
    input.interview.self_rating = 1;
    let plan = generate_plan(&input);
    assert!(
        step(&plan, StepKind::CoolOff).is_some(),
        "the feeling needs the timeout"
    );
    assert!(plan.encouragement.is_some());
}

#[test]
fn a_candidate_who_feels_it_was_a_disaster_hears_dont_give_up_even_when_the_damage_is_recoverable()
{
    // Rated 1/5 straight after blanking on salary; the evidence says recoverable, not serious.
    let facts = InterviewFacts {
        self_rating: 1,
        ..planned_interview()
    };
    let gaffes = vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(1)];
    let assessment = assess(&facts, &gaffes);
    assert_ne!(assessment.band, DamageBand::Serious);
    let plan = generate_plan(&PlanInput::new(
        facts,
        gaffes,
        &assessment,
        at("2026-11-20T18:00:00Z"),
        NoteTone::Formal,
    ));
    let encouragement = plan.encouragement.as_deref().expect("don't give up");
    assert!(encouragement.contains("do not"), "{encouragement}");
    assert!(
        encouragement.contains(wording::harm_in_words(assessment.band)),
        "{encouragement}"
    );
    assert!(
        !encouragement.contains("score"),
        "no raw score in prose: {encouragement}"
    );

    // Rated 4/5 with the same slip: no pep talk needed.
    let mut calm = planned_interview();
    calm.self_rating = 4;
    let gaffes = vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(1)];
    let assessment = assess(&calm, &gaffes);
    let plan = generate_plan(&PlanInput::new(
        calm,
        gaffes,
        &assessment,
        at("2026-11-20T18:00:00Z"),
        NoteTone::Formal,
    ));
    assert!(plan.encouragement.is_none());
}

#[test]
fn a_forgotten_experience_goes_into_the_note_even_when_they_may_not_have_noticed_the_gap() {
    let forgot = gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unsure)
        .described("I managed a team of twelve through the ERP migration at Contoso");
    let plan = generate_plan(&input(
        planned_interview(),
        vec![forgot],
        20,
        "2026-11-20T18:00:00Z",
    ));
    let note = step(&plan, StepKind::FollowUpNote).unwrap();
    let draft = note.draft.as_deref().unwrap();
    assert!(
        draft.contains("managed a team of twelve through the ERP migration"),
        "{draft}"
    );
    assert!(
        note.why
            .iter()
            .any(|w| w.starts_with("It adds: key experience left out")),
        "{:?}",
        note.why
    );
    assert!(
        !note
            .why
            .iter()
            .any(|w| w.contains("It leaves out key experience")
                || w.contains("on purpose: \u{201c}Left out key experience")),
        "{:?}",
        note.why
    );
}

#[test]
fn each_gaffe_gets_the_review_questions_of_its_kind_and_a_weak_answer_is_named() {
    // Called Armin "Arnold", fumbled the difficult-coworker question, and gave a thin answer on month-end close.
    let facts = InterviewFacts {
        questions: vec![
            question("Tell me about a difficult coworker", AnswerQuality::Weak),
            question("How do you run a month-end close?", AnswerQuality::Weak),
        ],
        ..interview()
    };
    let gaffes = vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
            .described("Called him Arnold twice"),
        gaffe(GaffeKind::WeakBehavioralAnswer, Noticed::Likely).on_question(0),
    ];
    let plan = generate_plan(&input(facts, gaffes, 40, "2026-11-21T18:00:00Z"));
    let review = &step(&plan, StepKind::Review).unwrap().what_to_do;
    let line = |start: &str| {
        review
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line starting {start}: {review}"))
            .to_string()
    };
    let name = line("- Wrong interviewer name");
    assert!(name.contains("Which name did you use"), "{name}");
    assert!(
        !name.contains("better answer"),
        "a name is not an answer: {name}"
    );
    let weak = line("- Weak behavioural answer");
    assert!(
        weak.contains("on the question \u{201c}Tell me about a difficult coworker\u{201d}"),
        "{weak}"
    );
    assert!(
        weak.contains("Which real situation from your work"),
        "{weak}"
    );
    assert_ne!(name, weak);
    let close = line("- Your answer to \u{201c}How do you run a month-end close?\u{201d} was weak");
    assert!(close.contains("better answer"), "{close}");
    assert!(close.contains("information"), "{close}");

    let lesson = plan
        .lessons
        .iter()
        .find(|l| l.kind == GaffeKind::WeakBehavioralAnswer)
        .unwrap();
    assert!(
        lesson.prevention.contains(
            "Have on hand next time, for a question like \u{201c}Tell me about a difficult coworker\u{201d}: a \
             short story for each common theme (conflict, failure, leadership, pressure), with the result."
        ),
        "{}",
        lesson.prevention
    );
}

/// A late arrival logged in an interview whose candidate was late to `earlier` interviews before.
fn late_again(earlier: usize) -> PlanInput {
    let late = gaffe(GaffeKind::Late, Noticed::Certain)
        .during(Moment::Arrival)
        .described("Fifteen minutes late, the train stalled");
    let mut history = std::collections::BTreeMap::new();
    if earlier > 0 {
        history.insert(GaffeKind::Late, earlier);
    }
    // A salary blank logged before, but not in this interview: not a pattern of this interview.
    history.insert(GaffeKind::SalaryBlank, 3);
    input(interview(), vec![late], 40, "2026-11-21T09:00:00Z").with_earlier_interviews(history)
}

#[test]
fn the_third_late_arrival_says_it_is_the_third_with_the_catalogue_prevention() {
    let plan = generate_plan(&late_again(2));
    let review = step(&plan, StepKind::Review).expect("a review");
    let expected = format!(
        "- This is the third interview where you arrived late: a pattern now, not bad luck. {}",
        entry(GaffeKind::Late).prevention
    );
    assert!(
        review.what_to_do.lines().any(|l| l == expected),
        "{}",
        review.what_to_do
    );
    assert!(
        review
            .why
            .contains(&"Logged in 2 earlier interviews too: late arrival".to_string()),
        "{:?}",
        review.why
    );
    let lessons = step(&plan, StepKind::Lessons).expect("lessons");
    assert!(
        lessons
            .what_to_do
            .starts_with("- Arrived late (third time): "),
        "{}",
        lessons.what_to_do
    );
    assert!(lessons
        .why
        .contains(&"You logged: late arrival, now in 3 interviews".to_string()));
    // Only kinds of this interview count: the earlier salary blanks are not mentioned.
    let all = format!("{plan:?}");
    assert!(!all.contains("no answer on salary"), "{all}");
    // The stored lesson stays the catalogue's, so the prep checklist does not repeat the count.
    assert!(!plan.lessons[0].prevention.contains("third"));
}

#[test]
fn the_second_late_arrival_is_caught_early_and_a_first_one_is_no_pattern() {
    let second = generate_plan(&late_again(1));
    let review = step(&second, StepKind::Review).expect("a review");
    assert!(
        review.what_to_do.contains(
            "This is the second interview where you arrived late: catch it now, before it becomes a habit."
        ),
        "{}",
        review.what_to_do
    );
    let first = generate_plan(&late_again(0));
    let review = step(&first, StepKind::Review).expect("a review");
    assert!(
        !review.what_to_do.contains("interview where"),
        "{}",
        review.what_to_do
    );
    assert!(!review.why.iter().any(|w| w.contains("earlier interview")));
}

#[test]
fn a_good_interview_still_names_a_recurring_slip_worth_sharpening() {
    let mut input = good_interview();
    input.gaffes = vec![gaffe(GaffeKind::Rambling, Noticed::Unsure)];
    input.earlier_interviews_with = [(GaffeKind::Rambling, 3)].into_iter().collect();
    let plan = generate_plan(&input);
    let review = step(&plan, StepKind::Review).expect("a review");
    assert!(
        review.what_to_do.contains("rambling answers (fourth time)"),
        "{}",
        review.what_to_do
    );
}

#[test]
fn times_are_said_in_the_candidates_zone_and_due_times_stay_utc() {
    let zone: chrono_tz::Tz = "America/New_York".parse().expect("a zone");
    // An interview at 09:00 in New York (14:00 UTC), planned an hour later: the cool-off is still running.
    let mut facts = interview();
    facts.occurred_at = at("2026-11-20T14:00:00Z");
    facts.self_rating = 1;
    let plan = generate_plan(
        &input(
            facts,
            vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain)],
            40,
            "2026-11-20T15:00:00Z",
        )
        .in_time_zone(Some(zone)),
    );
    let cool_off = step(&plan, StepKind::CoolOff).expect("a cool-off");
    assert_eq!(
        cool_off.due_at,
        at("2026-11-21T14:00:00Z"),
        "due times stay UTC"
    );
    assert!(
        cool_off
            .what_to_do
            .contains("until Sat 21 Nov 2026, 09:00 (New York time)."),
        "{}",
        cool_off.what_to_do
    );
    let note = step(&plan, StepKind::FollowUpNote).expect("a note");
    assert!(
        note.what_to_do
            .contains("Send it by Sat 21 Nov 2026, 11:00 (New York time)."),
        "{}",
        note.what_to_do
    );
    let text = format!("{plan:?}");
    assert!(!text.contains("UTC"), "{text}");
}

#[test]
fn local_times_follow_daylight_saving_across_the_change() {
    let london: chrono_tz::Tz = "Europe/London".parse().expect("a zone");
    // 2026-10-25 01:00 UTC: British Summer Time ends and clocks go back from 02:00 BST to 01:00 GMT.
    assert_eq!(
        format_time(at("2026-10-24T23:30:00Z"), Some(london)),
        "Sun 25 Oct 2026, 00:30 (London time)"
    );
    assert_eq!(
        format_time(at("2026-10-25T09:00:00Z"), Some(london)),
        "Sun 25 Oct 2026, 09:00 (London time)"
    );
    assert_eq!(
        format_time(at("2026-10-24T09:00:00Z"), Some(london)),
        "Sat 24 Oct 2026, 10:00 (London time)"
    );
    // New York springs forward on 2026-03-08: 06:59 UTC is 01:59 EST, 07:00 UTC is 03:00 EDT.
    let new_york: chrono_tz::Tz = "America/New_York".parse().expect("a zone");
    assert_eq!(
        format_time(at("2026-03-08T06:59:00Z"), Some(new_york)),
        "Sun 08 Mar 2026, 01:59 (New York time)"
    );
    assert_eq!(
        format_time(at("2026-03-08T07:00:00Z"), Some(new_york)),
        "Sun 08 Mar 2026, 03:00 (New York time)"
    );
    let buenos_aires: chrono_tz::Tz = "America/Argentina/Buenos_Aires".parse().expect("a zone");
    assert_eq!(
        format_time(at("2026-11-20T12:00:00Z"), Some(buenos_aires)),
        "Fri 20 Nov 2026, 09:00 (Buenos Aires time)"
    );
    assert_eq!(
        format_time(at("2026-11-20T12:00:00Z"), None),
        "Fri 20 Nov 2026, 12:00 UTC"
    );
}
