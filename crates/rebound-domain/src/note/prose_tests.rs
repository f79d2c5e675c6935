//! Property tests of the prose the rules write, over generated interviews: drafted notes and (through the public
//! plan and scoring functions) recovery plans and assessment reasons. Whatever the candidate logged, the text has no
//! doubled punctuation, no unbalanced or nested brackets, no unpaired quotes, no snake_case keys and no word cut in
//! the middle; and when the candidate's time zone is known, no time in UTC.

use proptest::prelude::*;

use super::{draft_follow_up_note, NoteTone};
use crate::plan::{generate_plan, PlanInput};
use crate::scoring::assess;
use crate::test_support::{at, gaffe, interview, question};
use crate::text::tidy_punctuation;
use crate::{
    AnswerQuality, Format, GaffeFacts, GaffeKind, InterviewFacts, Interviewer, Moment, Noticed,
    Outcome, Stage,
};

const COMPANIES: [&str; 4] = [
    "Northwind Capital",
    "Fjord Capital",
    "Harbor & Finch Capital",
    "O'Neill Partners",
];
/// Zones the plans are generated in: both hemispheres, half-hour offsets, and one without a city.
const ZONES: [chrono_tz::Tz; 5] = [
    chrono_tz::Tz::America__New_York,
    chrono_tz::Tz::Europe__London,
    chrono_tz::Tz::Asia__Kolkata,
    chrono_tz::Tz::Australia__Sydney,
    chrono_tz::Tz::America__Argentina__Buenos_Aires,
];
const ROLES: [&str; 3] = ["Senior Financial Analyst", "Audit Manager", "FP&A Lead"];
const NAMES: [&str; 4] = [
    "Armin Vogel",
    "Zoe\u{308} Mu\u{308}ller",
    "Prof. Ines Brandt",
    "Priya Natarajan",
];
const TITLES: [Option<&str>; 3] = [None, Some("Dr"), Some("Finance Director")];

/// Free text as candidates log it: with brackets (nested, unclosed), quotes (paired and not), trailing punctuation,
/// and long enough to be clipped.
const TEXTS: [&str; 10] = [
    "Said they had 20 offices; they have 12.",
    "a family emergency (my father was taken to hospital that morning (the second time this year) so I was late)",
    "Walked through the three-statement model cleanly",
    "Explained how I cut the group close (from ten days to six",
    "Told them “it depends” twice.",
    "Never mentioned leading the twelve-person close team at Northwind Logistics, which rebuilt the consolidation \
     process so that the monthly close went from ten working days to six while cutting manual entries by half",
    "I said their revenue fell last year, but it actually grew 8%.",
    "Good rapport with the panel!",
    "How would you manage large teams.",
    "Strong answer on revenue recognition under IFRS 15 (SaaS contracts)",
];

fn arb_text() -> impl Strategy<Value = String> {
    prop::sample::select(TEXTS.to_vec()).prop_map(str::to_string)
}

fn arb_interview() -> impl Strategy<Value = InterviewFacts> {
    (
        prop::sample::select(COMPANIES.to_vec()),
        prop::sample::select(ROLES.to_vec()),
        prop::sample::select(Stage::ALL.to_vec()),
        prop::sample::select(Format::ALL.to_vec()),
        prop::sample::select(Outcome::ALL.to_vec()),
        prop::collection::vec(
            (
                prop::sample::select(NAMES.to_vec()),
                prop::sample::select(TITLES.to_vec()),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                arb_text(),
                prop::sample::select(AnswerQuality::ALL.to_vec()),
            ),
            0..3,
        ),
        prop::collection::vec(arb_text(), 0..3),
        1u8..=5,
    )
        .prop_map(
            |(company, role, stage, format, outcome, people, questions, strengths, self_rating)| {
                InterviewFacts {
                    company: company.to_string(),
                    role_title: role.to_string(),
                    stage,
                    format,
                    outcome,
                    interviewers: people
                        .into_iter()
                        .map(|(name, title)| Interviewer {
                            name: name.to_string(),
                            title: title.map(str::to_string),
                            email: None,
                        })
                        .collect(),
                    questions: questions
                        .into_iter()
                        .map(|(q, quality)| question(&q, quality))
                        .collect(),
                    strengths,
                    self_rating,
                    ..interview()
                }
            },
        )
}

fn arb_gaffes() -> impl Strategy<Value = Vec<GaffeFacts>> {
    prop::collection::vec(
        (
            prop::sample::select(GaffeKind::ALL.to_vec()),
            prop::sample::select(Noticed::ALL.to_vec()),
            prop::sample::select(Moment::ALL.to_vec()),
            prop::option::of(arb_text()),
            prop::option::of(arb_text()),
            prop::option::of((arb_text(), arb_text())),
            prop::option::of(0usize..3),
        ),
        0..5,
    )
    .prop_map(|gaffes| {
        gaffes
            .into_iter()
            .map(
                |(kind, noticed, moment, description, circumstance, correction, question_index)| {
                    let mut g = gaffe(kind, noticed).during(moment);
                    g.description = description;
                    g.extenuating_circumstance = circumstance;
                    g.question_index = question_index;
                    if let (GaffeKind::FactualErrorAboutCompany, Some((said, correct))) =
                        (kind, correction)
                    {
                        g = g.correcting(&said, &correct);
                    }
                    g
                },
            )
            .collect()
    })
}

/// Every problem found in `text`; `inputs` is everything the candidate logged, to tell a clip at a word boundary from
/// a word cut in the middle.
fn prose_problems(text: &str, inputs: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if tidy_punctuation(text) != text {
        problems.push(format!("doubled punctuation: {:?}", tidy_punctuation(text)));
    }
    for doubled in [
        ",,", ",.", ";.", ":.", "?.", "!.", "….", ".”.", "?”.", "!”.", "…”.",
    ] {
        if text.contains(doubled) {
            problems.push(format!("doubled punctuation {doubled:?}"));
        }
    }
    let mut depth: i32 = 0;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if !(0..=1).contains(&depth) {
            problems.push(format!("nested or unbalanced brackets (depth {depth})"));
            break;
        }
    }
    if depth != 0 {
        problems.push("an unclosed bracket".to_string());
    }
    if text.matches('“').count() != text.matches('”').count()
        || !text.matches('"').count().is_multiple_of(2)
    {
        problems.push("unpaired quotes".to_string());
    }
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if word.contains('_') && word.chars().any(char::is_alphabetic) {
            problems.push(format!("a snake_case key: {word}"));
        }
    }
    let input_words: Vec<&str> = inputs.split(|c: char| !c.is_alphanumeric()).collect();
    for (at, _) in text.match_indices('…') {
        let before = text[..at].trim_end();
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !word.is_empty() && !input_words.contains(&word.as_str()) {
            problems.push(format!("a word cut in the middle: {word}…"));
        }
    }
    problems
}

/// Everything a candidate logged, joined.
fn logged(facts: &InterviewFacts, gaffes: &[GaffeFacts]) -> String {
    let mut all: Vec<String> = vec![facts.company.clone(), facts.role_title.clone()];
    all.extend(facts.strengths.iter().cloned());
    all.extend(facts.questions.iter().map(|q| q.question.clone()));
    all.extend(facts.interviewers.iter().map(|i| i.name.clone()));
    for g in gaffes {
        all.extend(g.description.iter().cloned());
        all.extend(g.extenuating_circumstance.iter().cloned());
        all.extend(
            g.correction
                .iter()
                .flat_map(|c| [c.said.clone(), c.correct.clone()]),
        );
    }
    all.join(" ")
}

fn assert_clean(what: &str, text: &str, inputs: &str) -> Result<(), TestCaseError> {
    let problems = prose_problems(text, inputs);
    prop_assert!(problems.is_empty(), "{what}: {problems:?}\n{text}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn drafted_notes_are_clean_prose(facts in arb_interview(), gaffes in arb_gaffes(), warm in any::<bool>()) {
        let tone = if warm { NoteTone::Warm } else { NoteTone::Formal };
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        let inputs = logged(&facts, &gaffes);
        assert_clean("subject", &note.subject, &inputs)?;
        assert_clean("body", &note.body, &inputs)?;
        // The brevity budget holds whatever was logged: within the word limit, two written repairs at most, and
        // the experiences in one sentence.
        prop_assert!(note.word_count <= super::MAX_NOTE_WORDS, "{} words:\n{}", note.word_count, note.body);
        let written = note.repairs.iter().filter(|k| **k != GaffeKind::WrongInterviewerName).count();
        prop_assert!(written <= super::MAX_NOTE_REPAIRS, "{:?}", note.repairs);
        prop_assert!(note.body.matches("about my background").count() <= 1, "{}", note.body);
    }

    #[test]
    fn plans_and_assessment_reasons_are_clean_prose(
        facts in arb_interview(),
        gaffes in arb_gaffes(),
        hours_after in 0i64..72,
        zone in prop::option::of(prop::sample::select(ZONES.to_vec())),
        earlier in prop::collection::btree_map(prop::sample::select(GaffeKind::ALL.to_vec()), 0usize..12, 0..4),
    ) {
        let assessment = assess(&facts, &gaffes);
        let now = facts.occurred_at + chrono::TimeDelta::hours(hours_after);
        let plan = generate_plan(
            &PlanInput::new(facts.clone(), gaffes.clone(), &assessment, now, NoteTone::Formal)
                .with_earlier_interviews(earlier)
                .in_time_zone(zone),
        );
        let inputs = logged(&facts, &gaffes);
        let mut human: Vec<(&str, &str)> = Vec::new();
        for step in &plan.steps {
            human.push(("title", &step.title));
            human.push(("what_to_do", &step.what_to_do));
            human.extend(step.why.iter().map(|w| ("why", w.as_str())));
            human.extend(step.draft.iter().map(|d| ("draft", d.as_str())));
        }
        human.extend(plan.omitted.iter().map(|o| ("omitted", o.reason.as_str())));
        human.extend(plan.encouragement.iter().map(|e| ("encouragement", e.as_str())));
        for (what, text) in human {
            assert_clean(what, text, &inputs)?;
            // A candidate with a time zone reads local times, never UTC.
            if zone.is_some() {
                prop_assert!(!text.contains("UTC"), "{what} says UTC in {zone:?}: {text}");
            }
        }
        for gaffe in &assessment.gaffes {
            for reason in &gaffe.reasons {
                assert_clean("assessment reason", reason, &inputs)?;
            }
        }
    }
}

#[test]
fn the_checker_catches_the_reported_problems() {
    let inputs = "a family emergency my father was taken to hospital that morning";
    assert!(!prose_problems("managing large teams.”.", inputs).is_empty());
    assert!(!prose_problems(
        "(a family emergency (my father was taken to hospital that mor…)",
        inputs
    )
    .is_empty());
    assert!(!prose_problems(
        "a family emergency, my father was taken to hospital that mor…",
        inputs
    )
    .is_empty());
    assert!(!prose_problems("the salary_blank gaffe", inputs).is_empty());
    assert!(prose_problems(
        "(a family emergency, my father was taken to hospital that…)",
        inputs
    )
    .is_empty());
}

#[test]
fn the_reported_plan_wording_is_fixed() {
    let facts = InterviewFacts {
        questions: vec![question(
            "Tell us how you would manage large teams.",
            AnswerQuality::Strong,
        )],
        ..interview()
    };
    let late = gaffe(GaffeKind::Late, Noticed::Certain)
        .during(Moment::Arrival)
        .extenuated("a family emergency (my father was taken to hospital that morning)");
    let plan = generate_plan(&PlanInput {
        interview: facts.clone(),
        gaffes: vec![late.clone()],
        damage_score: 40,
        band: crate::DamageBand::Recoverable,
        damage_before_offsets: 40,
        now: at("2026-11-21T09:00:00Z"),
        tone: NoteTone::Formal,
        earlier_interviews_with: Default::default(),
        time_zone: None,
        locale: rebound_i18n::Locale::En,
    });
    let review = plan
        .steps
        .iter()
        .find(|s| s.what_to_do.contains("What went well"))
        .map(|s| &s.what_to_do);
    let review = review.expect("a review step");
    assert!(review.contains("- Arrived late. How late"), "{review}");
    assert!(!review.contains("(on arrival)"), "{review}");
    assert!(review.contains("large teams.”\n"), "{review}");
    let reasons = &assess(&facts, &[late]).gaffes[0].reasons;
    let circumstance = reasons
        .iter()
        .find(|r| r.contains("family emergency"))
        .expect("a circumstance reason");
    assert!(
        circumstance.contains("(a family emergency, my father was taken to hospital that…)"),
        "{circumstance}"
    );
}
