//! Benchmark of the damage-scoring model on a realistic interview: eight questions and six logged gaffes.

use std::hint::black_box;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use rebound_domain::scoring::assess;
use rebound_domain::{
    AnswerQuality, EmployerInterest, Format, GaffeFacts, GaffeKind, InterviewFacts, Interviewer,
    Moment, Noticed, Outcome, Question, Stage,
};

fn question(text: &str, quality: AnswerQuality) -> Question {
    Question {
        question: text.to_owned(),
        answer_summary: Some("Summarised from my notes straight after the interview.".to_owned()),
        quality,
    }
}

fn gaffe(
    kind: GaffeKind,
    noticed: Noticed,
    moment: Moment,
    question_index: Option<usize>,
) -> GaffeFacts {
    GaffeFacts {
        kind,
        description: Some("Logged the same evening.".to_owned()),
        noticed,
        moment,
        corrected_in_interview: false,
        extenuating_circumstance: None,
        question_index,
        correction: None,
    }
}

fn interview() -> InterviewFacts {
    InterviewFacts {
        company: "Halden & Rowe Capital".to_owned(),
        role_title: "Senior Financial Analyst".to_owned(),
        stage: Stage::Final,
        format: Format::Onsite,
        // A fixed instant keeps the benchmark input identical from run to run.
        occurred_at: Utc
            .with_ymd_and_hms(2026, 11, 24, 14, 0, 0)
            .single()
            .unwrap_or_default(),
        duration_minutes: Some(75),
        interviewers: vec![
            Interviewer {
                name: "Armin Keller".to_owned(),
                title: Some("Finance Director".to_owned()),
                email: Some("armin.keller@example.com".to_owned()),
            },
            Interviewer {
                name: "Priya Natarajan".to_owned(),
                title: Some("FP&A Manager".to_owned()),
                email: None,
            },
        ],
        questions: vec![
            question("Tell me about yourself.", AnswerQuality::Strong),
            question(
                "Walk me through a discounted cash flow model.",
                AnswerQuality::Strong,
            ),
            question(
                "How would you handle a difficult coworker?",
                AnswerQuality::Weak,
            ),
            question("What are your salary expectations?", AnswerQuality::Blanked),
            question(
                "How do you prioritise during month-end close?",
                AnswerQuality::Adequate,
            ),
            question(
                "Describe a forecast you got wrong.",
                AnswerQuality::Adequate,
            ),
            question(
                "How would you account for this lease?",
                AnswerQuality::Blanked,
            ),
            question("Do you have any questions for us?", AnswerQuality::Weak),
        ],
        strengths: vec![
            "Walked through the three-statement model cleanly".to_owned(),
            "Good rapport with the FP&A manager".to_owned(),
            "Clear story about the ERP migration".to_owned(),
        ],
        self_rating: 1,
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Unknown,
    }
}

fn gaffes() -> Vec<GaffeFacts> {
    let mut late = gaffe(GaffeKind::Late, Noticed::Certain, Moment::Arrival, None);
    late.extenuating_circumstance = Some("A family emergency delayed me".to_owned());
    let mut name = gaffe(
        GaffeKind::WrongInterviewerName,
        Noticed::Likely,
        Moment::Mid,
        None,
    );
    name.corrected_in_interview = true;
    vec![
        late,
        name,
        gaffe(
            GaffeKind::WeakBehavioralAnswer,
            Noticed::Likely,
            Moment::Mid,
            Some(2),
        ),
        gaffe(
            GaffeKind::SalaryBlank,
            Noticed::Certain,
            Moment::Closing,
            Some(3),
        ),
        gaffe(
            GaffeKind::OmittedKeyExperience,
            Noticed::Unsure,
            Moment::Mid,
            None,
        ),
        gaffe(
            GaffeKind::MisreadBodyLanguage,
            Noticed::Unlikely,
            Moment::Closing,
            None,
        ),
    ]
}

fn bench_assess(c: &mut Criterion) {
    let interview = interview();
    let gaffes = gaffes();
    c.bench_function("assess/8_questions_6_gaffes", |b| {
        b.iter(|| assess(black_box(&interview), black_box(&gaffes)))
    });
}

criterion_group!(benches, bench_assess);
criterion_main!(benches);
