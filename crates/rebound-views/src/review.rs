//! The review of a follow-up note the candidate wrote. The domain checks the note
//! (`rebound_domain::review::review_note`); these are the review's wire shapes.

use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::review::{self, FindingKind, Severity};

/// A stretch of the reviewed text, in character offsets (Unicode scalar values), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "start": 5,
    "end": 11
}))]
pub struct Span {
    /// Offset of the first flagged character, counted in characters (not bytes) from the start of the text.
    pub start: usize,
    /// Offset just past the last flagged character, in characters.
    pub end: usize,
}

/// One problem found in a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "unknown_name",
    "severity": "error",
    "span": {
        "start": 5,
        "end": 11
    },
    "message": "“Arnold” is not the name of any interviewer you logged.",
    "suggestion": "Use the logged name: Armin."
}))]
pub struct Finding {
    /// What the finding is about; clients should tolerate new kinds.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// Where in the text, when the finding is about a particular passage (absent for whole-note findings such as
    /// `too_long` or `missing_thanks`).
    pub span: Option<Span>,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to do about it.
    pub suggestion: String,
}

/// The review of one note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "findings": [
        {
            "kind": "unknown_name",
            "severity": "error",
            "span": {
                "start": 5,
                "end": 11
            },
            "message": "“Arnold” is not the name of any interviewer you logged.",
            "suggestion": "Use the logged name: Armin."
        }
    ],
    "word_count": 48
}))]
pub struct NoteReview {
    /// The findings, ordered by position in the text (whole-note findings last).
    pub findings: Vec<Finding>,
    /// Words in the text (runs of non-space characters containing a letter or digit).
    pub word_count: usize,
}

impl From<&review::NoteReview> for NoteReview {
    fn from(review: &review::NoteReview) -> Self {
        NoteReview {
            findings: review.findings.iter().map(Finding::from).collect(),
            word_count: review.word_count,
        }
    }
}

impl From<&review::Finding> for Finding {
    fn from(finding: &review::Finding) -> Self {
        Finding {
            kind: finding.kind,
            severity: finding.severity,
            span: finding.span.map(Span::from),
            message: finding.message.clone(),
            suggestion: finding.suggestion.clone(),
        }
    }
}

impl From<review::Span> for Span {
    fn from(span: review::Span) -> Self {
        Span {
            start: span.start,
            end: span.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::review::{review_note, ReviewContext};
    use rebound_domain::test_support::interview;
    use rebound_domain::test_support::{assert_schema_example, json};

    #[test]
    fn the_schema_examples_are_a_real_review() {
        let text = "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst position at \
                    Northwind Capital. I enjoyed hearing how the FP&A team plans the monthly close.\n\nI remain very \
                    interested in the role and look forward to hearing about the next steps.\n\nKind regards,\nMaya Chen";
        let review = NoteReview::from(&review_note(
            text,
            Some(&ReviewContext::for_interview(&interview(), &[])),
        ));
        assert_schema_example::<NoteReview>(json(&review));
        assert_schema_example::<Finding>(json(&review.findings[0]));
        assert_schema_example::<Span>(json(&review.findings[0].span.unwrap()));
    }
}
