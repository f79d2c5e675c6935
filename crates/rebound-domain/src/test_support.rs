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

/// What in a French text betrays English or an untranslated message: a message id left as it is (`{`, `}`, or a
/// lowercase word with two hyphens or more such as `plan-step-cool-off`), an English stop-word as a whole word (the,
/// and, your, you, with, of, to, for, this, that, is, be, we, our, thank), and English typography (a space before
/// ; ! or ?, ASCII quotes and apostrophes). Empty when the text reads as French; each problem is named once.
pub fn french_leaks(text: &str) -> Vec<String> {
    const ENGLISH: [&str; 15] = [
        "the", "and", "your", "you", "with", "of", "to", "for", "this", "that", "is", "be", "we",
        "our", "thank",
    ];
    let mut leaks = Vec::new();
    if text.contains(['{', '}']) {
        leaks.push("a placeable left as it is: { or }".to_string());
    }
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let parts: Vec<&str> = word.split('-').collect();
        let id_like = parts.len() >= 3
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if id_like {
            leaks.push(format!("a message id: {word}"));
        }
    }
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if ENGLISH.contains(&word.to_lowercase().as_str()) {
            leaks.push(format!("an English word: {word}"));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for pair in chars.windows(2) {
        if pair[0].is_whitespace() && matches!(pair[1], ';' | '!' | '?') {
            leaks.push(format!("a space before {}", pair[1]));
        }
    }
    for mark in ['"', '\''] {
        if text.contains(mark) {
            leaks.push(format!("an ASCII {mark}"));
        }
    }
    leaks.dedup();
    leaks
}
