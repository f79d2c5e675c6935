//! Benchmarks for the recovery-plan rules and the note review: both run on every request that shows a plan or
//! reviews a draft, so they must stay in the microseconds.

use std::hint::black_box;

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{generate_plan, PlanInput};
use rebound_domain::review::{review_note, ReviewContext};
use rebound_domain::scoring::assess_in;
use rebound_domain::{
    AnswerQuality, DamageBand, EmployerInterest, Format, GaffeFacts, GaffeKind, InterviewFacts,
    Interviewer, Moment, Noticed, Outcome, Question, Stage,
};

fn interview() -> InterviewFacts {
    let occurred_at: DateTime<Utc> = DateTime::from_timestamp(1_795_183_200, 0).unwrap_or_default();
    InterviewFacts {
        company: "Northwind Capital".to_string(),
        role_title: "Senior Financial Analyst".to_string(),
        stage: Stage::Final,
        format: Format::Onsite,
        occurred_at,
        duration_minutes: Some(60),
        interviewers: vec![
            Interviewer {
                name: "Armin Keller".to_string(),
                title: Some("Head of FP&A".to_string()),
                email: None,
            },
            Interviewer {
                name: "Priya Shah".to_string(),
                title: None,
                email: None,
            },
        ],
        questions: vec![
            Question {
                question: "Walk me through a three-statement model".to_string(),
                answer_summary: None,
                quality: AnswerQuality::Strong,
            },
            Question {
                question: "What are your salary expectations?".to_string(),
                answer_summary: None,
                quality: AnswerQuality::Blanked,
            },
        ],
        strengths: vec!["Clear walk-through of the DCF".to_string()],
        self_rating: 2,
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Strong,
    }
}

fn gaffe(
    kind: GaffeKind,
    noticed: Noticed,
    description: Option<&str>,
    circumstance: Option<&str>,
) -> GaffeFacts {
    GaffeFacts {
        kind,
        description: description.map(str::to_string),
        noticed,
        moment: Moment::Mid,
        corrected_in_interview: false,
        extenuating_circumstance: circumstance.map(str::to_string),
        question_index: None,
        correction: None,
    }
}

fn gaffes() -> Vec<GaffeFacts> {
    vec![
        gaffe(
            GaffeKind::Late,
            Noticed::Certain,
            Some("Twenty minutes late"),
            Some("a family emergency"),
        ),
        gaffe(
            GaffeKind::WrongInterviewerName,
            Noticed::Certain,
            Some("Called him Arnold"),
            None,
        ),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain, None, None),
        gaffe(
            GaffeKind::OmittedKeyExperience,
            Noticed::Likely,
            Some("I led the monthly close for a 40-entity group"),
            None,
        ),
        gaffe(
            GaffeKind::InappropriateAttire,
            Noticed::Unlikely,
            Some("Brown shoes"),
            None,
        ),
    ]
}

const NOTE: &str = "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst position. I'm \
                    so sorry I was late, the traffic was terrible and I was nervous because I was rushing. Sorry \
                    also about my shoes. My apologies again.\n\nI remain very interested in the role and look \
                    forward to hearing from you.\n\nKind regards,\nMaya Chen";

fn bench_generate_plan(c: &mut Criterion) {
    let facts = interview();
    let now = facts.occurred_at + chrono::TimeDelta::hours(3);
    let input = PlanInput {
        interview: facts,
        gaffes: gaffes(),
        damage_score: 64,
        band: DamageBand::Serious,
        damage_before_offsets: 68,
        now,
        tone: NoteTone::Formal,
        earlier_interviews_with: Default::default(),
        time_zone: None,
        locale: rebound_i18n::Locale::En,
    };
    c.bench_function("generate_plan/five_gaffes", |b| {
        b.iter(|| generate_plan(black_box(&input)))
    });
}

/// The input of the production profile of `POST /v1/interviews/{id}/recovery-plans`: two interviewers, a blanked
/// salary question and a strong one, three gaffes (a wrong name noticed at the opening, the salary blank at the close,
/// a likely-noticed omitted experience), self-rating 2, still pending, a warm note.
fn production_input() -> (InterviewFacts, Vec<GaffeFacts>) {
    let mut facts = interview();
    facts.questions.reverse();
    facts.employer_interest = EmployerInterest::Unknown;
    let gaffes = vec![
        GaffeFacts {
            moment: Moment::Opening,
            ..gaffe(
                GaffeKind::WrongInterviewerName,
                Noticed::Certain,
                Some("Called him Arnold twice"),
                None,
            )
        },
        GaffeFacts {
            moment: Moment::Closing,
            question_index: Some(0),
            ..gaffe(GaffeKind::SalaryBlank, Noticed::Certain, None, None)
        },
        gaffe(
            GaffeKind::OmittedKeyExperience,
            Noticed::Likely,
            Some("I led the monthly close for a 40-entity group"),
            None,
        ),
    ];
    (facts, gaffes)
}

/// The production case: `generate_plan` alone, and `assess_in` followed by it as the service calls them.
fn bench_production_plan(c: &mut Criterion) {
    for locale in [rebound_i18n::Locale::En, rebound_i18n::Locale::FrCa] {
        let (facts, gaffes) = production_input();
        let now = facts.occurred_at + chrono::TimeDelta::hours(3);
        let assessment = assess_in(locale, &facts, &gaffes);
        let input =
            PlanInput::new(facts, gaffes, &assessment, now, NoteTone::Warm).in_locale(locale);
        let tag = locale.tag();
        c.bench_function(&format!("generate_plan/production_{tag}"), |b| {
            b.iter(|| generate_plan(black_box(&input)))
        });
        c.bench_function(&format!("assess_and_plan/production_{tag}"), |b| {
            b.iter(|| {
                let input = black_box(&input);
                let assessment = assess_in(locale, &input.interview, &input.gaffes);
                (assessment, generate_plan(input))
            })
        });
    }
}

fn bench_review_note(c: &mut Criterion) {
    let facts = interview();
    let context = ReviewContext {
        interviewers: facts.interviewers.clone(),
        gaffes: gaffes(),
        company: facts.company.clone(),
    };
    c.bench_function("review_note/with_context", |b| {
        b.iter(|| review_note(black_box(NOTE), black_box(Some(&context))))
    });
    c.bench_function("review_note/without_context", |b| {
        b.iter(|| review_note(black_box(NOTE), None))
    });
    // The longest note the API admits run together without a full stop: the worst case for the clause rules.
    let run_on = "I was not good and I did not do well and my answer was not great ".repeat(150);
    c.bench_function("review_note/run_on_10k_chars", |b| {
        b.iter(|| review_note(black_box(&run_on), None))
    });
}

criterion_group!(
    benches,
    bench_generate_plan,
    bench_production_plan,
    bench_review_note
);
criterion_main!(benches);
