//! Builders for the domain's unit tests: one sample interview and terse ways to describe gaffes, so each test
//! states only what matters to it (`InterviewFacts { self_rating: 1, ..interview() }`,
//! `gaffe(GaffeKind::Late, Noticed::Certain).during(Moment::Arrival)`).

use chrono::{DateTime, Utc};

use super::{
    AnswerQuality, EmployerInterest, Format, GaffeFacts, GaffeKind, InterviewFacts, Interviewer,
    Moment, Noticed, Outcome, Question, Stage,
};

/// When the sample interview took place.
pub const INTERVIEW_AT: &str = "2026-11-20T14:00:00Z";

/// An RFC 3339 time.
pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

/// An interviewer known by name only.
pub fn interviewer(name: &str) -> Interviewer {
    Interviewer {
        name: name.to_string(),
        title: None,
        email: None,
    }
}

/// Interviewers known by name only.
pub fn interviewers(names: &[&str]) -> Vec<Interviewer> {
    names.iter().map(|n| interviewer(n)).collect()
}

/// A question without an answer summary.
pub fn question(text: &str, quality: AnswerQuality) -> Question {
    Question {
        question: text.to_string(),
        answer_summary: None,
        quality,
    }
}

/// Owned strings, for `strengths`.
pub fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_string()).collect()
}

/// The sample interview: an hour-long onsite behavioural round for a Senior Financial Analyst at Northwind
/// Capital with Armin Keller, rated 2/5 and still pending; no questions or strengths logged.
pub fn interview() -> InterviewFacts {
    InterviewFacts {
        company: "Northwind Capital".to_string(),
        role_title: "Senior Financial Analyst".to_string(),
        stage: Stage::Behavioral,
        format: Format::Onsite,
        occurred_at: at(INTERVIEW_AT),
        duration_minutes: Some(60),
        interviewers: vec![Interviewer {
            title: Some("Head of FP&A".to_string()),
            ..interviewer("Armin Keller")
        }],
        questions: vec![],
        strengths: vec![],
        self_rating: 2,
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Unknown,
    }
}

/// A gaffe in the middle of the interview, not corrected, without description or circumstance.
pub fn gaffe(kind: GaffeKind, noticed: Noticed) -> GaffeFacts {
    GaffeFacts {
        kind,
        description: None,
        noticed,
        moment: Moment::Mid,
        corrected_in_interview: false,
        extenuating_circumstance: None,
        question_index: None,
        correction: None,
    }
}

/// Test-only refinements of a gaffe.
impl GaffeFacts {
    /// The same gaffe at another moment.
    pub fn during(self, moment: Moment) -> Self {
        GaffeFacts { moment, ..self }
    }

    /// The same gaffe with a description.
    pub fn described(self, description: &str) -> Self {
        GaffeFacts {
            description: Some(description.to_string()),
            ..self
        }
    }

    /// The same gaffe, logged against question `index`.
    pub fn on_question(self, index: usize) -> Self {
        GaffeFacts {
            question_index: Some(index),
            ..self
        }
    }

    /// The same gaffe, corrected during the interview.
    pub fn corrected(self) -> Self {
        GaffeFacts {
            corrected_in_interview: true,
            ..self
        }
    }

    /// The same gaffe with a structured correction: what was said, and what is true.
    pub fn correcting(self, said: &str, correct: &str) -> Self {
        GaffeFacts {
            correction: Some(super::Correction {
                said: said.to_string(),
                correct: correct.to_string(),
            }),
            ..self
        }
    }

    /// The same gaffe with an extenuating circumstance.
    pub fn extenuated(self, circumstance: &str) -> Self {
        GaffeFacts {
            extenuating_circumstance: Some(circumstance.to_string()),
            ..self
        }
    }
}

/// The sample bad interview behind the schema examples: rated 1/5 right afterwards, with a blanked salary
/// question, a strong DCF walk-through, a weak behavioural answer and two strengths; the interviewer was probably
/// called by the wrong name, the salary blank was surely noticed, and an omitted experience perhaps.
pub fn bad_interview() -> (InterviewFacts, Vec<GaffeFacts>) {
    let facts = InterviewFacts {
        questions: vec![
            question("What are your salary expectations?", AnswerQuality::Blanked),
            question("Walk me through a DCF.", AnswerQuality::Strong),
            question("Tell me about a difficult coworker.", AnswerQuality::Weak),
            question("Why this firm?", AnswerQuality::Adequate),
        ],
        strengths: strings(&[
            "Walked through the three-statement model cleanly",
            "Good rapport with the panel",
        ]),
        self_rating: 1,
        ..interview()
    };
    let gaffes = vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Likely),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(0),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unsure),
    ];
    (facts, gaffes)
}

/// A week after an interview rated 1/5 where the interviewer was surely called by the wrong name and a key
/// experience was surely missed: the plan the plan's tests write out in full, and the views' examples show parts of.
pub fn week_later_plan() -> crate::plan::RecoveryPlan {
    let facts = InterviewFacts {
        questions: vec![
            question(
                "Walk me through a three-statement model",
                AnswerQuality::Strong,
            ),
            question("What are your salary expectations?", AnswerQuality::Blanked),
        ],
        strengths: strings(&["Clear walk-through of the DCF"]),
        self_rating: 1,
        ..interview()
    };
    let gaffes = vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
            .described("Kept calling him Arnold"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I led the monthly close for a 40-entity group at Contoso"),
    ];
    let assessment = crate::scoring::assess(&facts, &gaffes);
    crate::plan::generate_plan(&crate::plan::PlanInput::new(
        facts,
        gaffes,
        &assessment,
        at("2026-11-27T14:00:00Z"),
        crate::note::NoteTone::Formal,
    ))
}

/// The `example` of `T`'s OpenAPI schema.
pub fn schema_example<T: utoipa::PartialSchema>() -> serde_json::Value {
    serde_json::to_value(T::schema()).expect("a schema serialises")["example"].clone()
}

/// Asserts that the `example` of `T`'s OpenAPI schema is `actual`, a real output; when it is not, the message
/// shows the real output as JSON, ready to paste into the example.
pub fn assert_schema_example<T: utoipa::PartialSchema>(actual: serde_json::Value) {
    let name = std::any::type_name::<T>();
    let shown = serde_json::to_string_pretty(&actual).expect("JSON prints");
    assert!(
        schema_example::<T>() == actual,
        "the schema example of {name} is not what the code produces; the real output is:\n{shown}"
    );
}

/// `value` as JSON, the way the API sends it.
pub fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("a value serialises")
}

/// English words a French text never uses: one in a French text is a sentence left untranslated.
const ENGLISH_STOP_WORDS: [&str; 15] = [
    "the", "and", "your", "you", "with", "of", "to", "for", "this", "that", "is", "be", "we",
    "our", "thank",
];

/// Prefixes of the message ids of `rebound-i18n`: one in a text is a message that was not found.
const MESSAGE_ID_PREFIXES: [&str; 6] = [
    "plan-", "gaffe-", "note-", "review-", "insight-", "sign-in-",
];

/// What gives a French text away as not (fully) French, one problem a line, empty when there is none: an
/// unresolved Fluent placeable (`{$name}`) or message id (`plan-step-…`), an English stop-word as a whole word,
/// English typography (a space before ; ! ?, a plain space before `:` or inside « », ASCII quotes or apostrophes).
pub fn french_leaks(text: &str) -> Vec<String> {
    let mut leaks = Vec::new();
    if text.contains(['{', '}']) {
        leaks.push(format!("an unresolved placeable in {text:?}"));
    }
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '«' | '»')) {
        if MESSAGE_ID_PREFIXES.iter().any(|p| word.starts_with(p)) {
            leaks.push(format!("a message id {word:?} in {text:?}"));
        }
    }
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
    {
        if ENGLISH_STOP_WORDS.contains(&word.as_str()) {
            leaks.push(format!("the English word {word:?} in {text:?}"));
        }
    }
    for mark in [';', '!', '?'] {
        for space in [' ', '\u{a0}', '\u{202f}'] {
            if text.contains(&format!("{space}{mark}")) {
                leaks.push(format!("a space before {mark:?} in {text:?}"));
            }
        }
    }
    for bad in [" :", "« ", " »", "\"", "'"] {
        if text.contains(bad) {
            leaks.push(format!("English typography {bad:?} in {text:?}"));
        }
    }
    leaks
}
