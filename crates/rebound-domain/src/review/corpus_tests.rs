//! The labelled review corpus (tests/fixtures/review-corpus.tsv at the repository root): every sentence is reviewed on
//! its own, and per class the test prints precision and recall and fails below recall 0.90 or precision 0.95. A
//! sentence counts as detected for a class when the review returns a finding of the class's kind that overlaps it
//! (the sentence is the whole text, so any finding with a span does); a `fine` sentence must draw none of them.

use super::corpus_scoring::{assert_spans_and_texts, below_thresholds, corpus, score_held_out};
use super::*;

const CORPUS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/review-corpus.tsv"
));

#[test]
fn the_labelled_corpus_meets_recall_090_and_precision_095_for_every_class() {
    let corpus = corpus(CORPUS);
    let problems = corpus.iter().filter(|(l, _)| l[0] != "fine").count();
    let fine = corpus.len() - problems;
    assert!(
        problems >= 300 && fine >= 300,
        "{problems} problem and {fine} fine sentences"
    );
    let failures = below_thresholds(&corpus, Locale::En);
    assert!(failures.is_empty(), "{failures:?}");
}

/// The probes of issue 21 inside a whole note, with the kind each must draw.
const PROBES: [(&str, FindingKind); 9] = [
    (
        "The commute that morning threw me off, and I'm not usually like that.",
        FindingKind::Excuse,
    ),
    (
        "I know I came across as scattered, and I didn't do myself justice.",
        FindingKind::SelfDeprecation,
    ),
    ("Please forgive my lateness.", FindingKind::Apology),
    (
        "I had a rough morning, so I wasn't quite myself.",
        FindingKind::Excuse,
    ),
    ("I'm afraid I rambled a bit.", FindingKind::Apology),
    (
        "I know my answers were not great.",
        FindingKind::SelfDeprecation,
    ),
    (
        "After a sleepless night I struggled to focus on the valuation questions.",
        FindingKind::Excuse,
    ),
    (
        "With the move this week I didn't get to prepare as thoroughly as I'd have liked.",
        FindingKind::Excuse,
    ),
    (
        "I did not do myself justice in the technical round.",
        FindingKind::SelfDeprecation,
    ),
];

fn note_around(body: &str) -> String {
    format!(
        "Dear Armin,\n\nThank you for your time on Tuesday. {body} I remain very interested in the role and look \
         forward to hearing about the next steps.\n\nKind regards,\nMaya"
    )
}

#[test]
fn each_probe_in_a_whole_note_draws_its_kind_within_its_own_sentence_and_nothing_else() {
    let context = ReviewContext {
        interviewers: crate::test_support::interviewers(&["Armin Keller"]),
        ..ReviewContext::default()
    };
    for (probe, kind) in PROBES {
        let text = note_around(probe);
        let start = text[..text.find(probe).unwrap()].chars().count();
        let end = start + probe.chars().count();
        let review = review_note(&text, Some(&context));
        assert!(!review.findings.is_empty(), "{probe}");
        for finding in &review.findings {
            let span = finding.span.expect("a passage finding");
            assert!(
                span.start >= start && span.end <= end,
                "{probe}: {finding:?}"
            );
        }
        assert!(
            review.findings.iter().any(|f| f.kind == kind),
            "{probe}: {:?}",
            review.findings
        );
    }
}

#[test]
fn a_note_full_of_traps_draws_no_finding() {
    let text = note_around(
        "I was sorry to hear the team is moving offices. The train to your office is convenient, so the \
         commute would be easy. I was not surprised by the case study, and I enjoyed it. I should have said 40 \
         entities, not 14. Could you let me know when you expect to decide?",
    );
    let review = review_note(&text, None);
    assert!(review.findings.is_empty(), "{:?}", review.findings);
}

#[test]
fn suggestions_propose_a_rewrite_for_each_kind() {
    let text =
        "I'm sorry I was late. The commute threw me off. I rambled. Let me explain what happened. \
                I really need this job.";
    let review = review_note(text, None);
    let suggestion = |kind: FindingKind| {
        review
            .findings
            .iter()
            .find(|f| f.kind == kind)
            .map(|f| f.suggestion.clone())
            .unwrap_or_else(|| panic!("{kind:?}: {:?}", review.findings))
    };
    assert!(suggestion(FindingKind::Apology).contains("Thank you"));
    assert!(suggestion(FindingKind::Excuse).contains("keep the fact"));
    assert!(suggestion(FindingKind::SelfDeprecation).contains("To add to my answer"));
    assert!(suggestion(FindingKind::OverExplaining).contains("I should have said"));
    assert!(suggestion(FindingKind::Pleading).contains("I remain very interested"));
}

#[test]
fn every_corpus_finding_has_a_span_inside_its_sentence_and_a_suggestion() {
    assert_spans_and_texts(&corpus(CORPUS), Locale::En);
}

#[test]
#[ignore = "debugging aid: prints the findings for REVIEW_DEBUG sentences"]
fn debug_sentences() {
    for s in std::env::var("REVIEW_DEBUG").unwrap_or_default().split('|') {
        let r = review_note(s, None);
        for f in r.findings.iter().filter(|f| f.span.is_some()) {
            let span = f.span.unwrap();
            let said: String = s
                .chars()
                .skip(span.start)
                .take(span.end - span.start)
                .collect();
            println!("{s}\n   {:?}: {said}", f.kind);
        }
    }
}

#[test]
#[ignore = "debugging aid: scores a REVIEW_HELDOUT file in the corpus format"]
fn debug_held_out() {
    score_held_out(Locale::En);
}

#[test]
fn a_long_note_without_full_stops_is_still_reviewed_clause_by_clause() {
    // The API admits notes of up to 10,000 characters (`NoteText`); one run-on sentence of twice that is still
    // split into clauses and judged. (How long it takes is measured by `cargo bench -p rebound-domain` (`review_note/run_on_10k_chars`), not asserted here.)
    let text = "I was not good and I did not do well and my answer was not great ".repeat(300);
    let review = review_note(&text, None);
    assert!(review
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::SelfDeprecation));
}
