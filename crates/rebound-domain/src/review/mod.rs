//! Reviewing a follow-up note the candidate wrote themselves.
//!
//! Article step 4 gives the rules a thank-you note must follow: thank the interviewers, keep it brief, avoid excuses
//! and profuse apologies, use the right names, and address only the slips the interviewers surely noticed. This
//! module checks a draft against those rules. The note is read sentence by sentence and clause by clause
//! (`sentences.rs`, `understanding.rs`): the candidate's first-person statements about their own performance or state
//! are judged with a small self-evaluation lexicon (`sentiment.rs`, negation handled) and rules on top, which find
//! apologies in any form ("Please forgive my lateness", "I'm afraid I rambled"), excuses (a cause offered for a
//! shortfall: "The commute that morning threw me off"), self-deprecation ("I did not do myself justice"),
//! over-explaining and pleading. Phrase lists still find names, thanks and interest. Every finding carries its span
//! and a suggested rewrite. A labelled corpus (tests/fixtures/review-corpus.tsv) measures precision and recall per
//! kind. Pure, deterministic and fast.
//!
//! # Spans
//!
//! [`Span`] offsets are **character offsets** (Unicode scalar values, what Rust's `str::chars` yields), start
//! inclusive and end exclusive, so `text.chars().skip(start).take(end - start)` is the flagged text. They are not
//! byte offsets, and not UTF-16 code units.

use super::catalogue::entry;
use super::text::count_words;
use super::{GaffeFacts, GaffeKind, InterviewFacts, Interviewer, Noticed};

mod lexicon;
mod matching;
mod patterns;
mod salutation;
mod sentences;
mod sentiment;
mod understanding;

use lexicon::{EXCUSE_PHRASES, INTEREST_PHRASES, THANKS_PHRASES};
use matching::{contains_any, find_any, Doc};
use salutation::check_salutation;

/// Above this many words a note draws a `too_long` warning (article step 4: keep it brief): the budget the drafted
/// notes keep to, so the review never calls a draft of ours too long, nor passes a longer one.
pub const WORDS_WARNING: usize = crate::note::MAX_NOTE_WORDS;
/// Above this many words a note draws a `too_long` error.
pub const WORDS_ERROR: usize = 250;

crate::wire_enum! {
    /// What a finding is about.
    #[derive(PartialOrd, Ord)]
    pub enum FindingKind {
        /// The note apologises (the first apology).
        Apology = "apology",
        /// A second or later apology: apologising profusely reflects badly.
        RepeatedApology = "repeated_apology",
        /// The note explains a slip away (nerves, traffic, lack of time, a sleepless night…).
        Excuse = "excuse",
        /// The note runs the candidate down ("I bombed the interview", "my terrible answer").
        SelfDeprecation = "self_deprecation",
        /// The note explains at length what went wrong ("let me explain", two reasons in one sentence).
        OverExplaining = "over_explaining",
        /// The note pleads ("I really need this job", "please give me another chance"): it asks for pity instead
        /// of showing what the candidate offers.
        Pleading = "pleading",
        /// The note is longer than a follow-up note should be.
        TooLong = "too_long",
        /// A name in the salutation matches none of the logged interviewers.
        UnknownName = "unknown_name",
        /// The note mentions a slip the interviewers probably did not notice.
        MentionsUnnoticedGaffe = "mentions_unnoticed_gaffe",
        /// The note does not thank the interviewers.
        MissingThanks = "missing_thanks",
        /// The note does not restate interest in the role.
        MissingInterest = "missing_interest",
    }
}

crate::wire_enum! {
    /// How much a finding matters.
    #[derive(PartialOrd, Ord)]
    pub enum Severity {
        /// Worth a look.
        Info = "info",
        /// Should be fixed before sending.
        Warning = "warning",
        /// Must be fixed before sending.
        Error = "error",
    }
}

/// A stretch of the reviewed text, in character offsets (Unicode scalar values), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// Offset of the first flagged character, counted in characters (not bytes) from the start of the text.
    pub start: usize,
    /// Offset just past the last flagged character, in characters.
    pub end: usize,
}

/// One problem found in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteReview {
    /// The findings, ordered by position in the text (whole-note findings last).
    pub findings: Vec<Finding>,
    /// Words in the text (runs of non-space characters containing a letter or digit).
    pub word_count: usize,
}

/// What the review can check the note against: the logged interviewers and gaffes of the interview.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewContext {
    /// The interviewers as logged; their names are taken to be the correct ones.
    pub interviewers: Vec<Interviewer>,
    /// The logged gaffes; those the interviewers probably did not notice must not be mentioned.
    pub gaffes: Vec<GaffeFacts>,
    /// The company, so that "Dear Northwind team" is not taken for a person's name.
    pub company: String,
}

impl ReviewContext {
    /// The context of a logged interview and its gaffes.
    pub fn for_interview(interview: &InterviewFacts, gaffes: &[GaffeFacts]) -> Self {
        ReviewContext {
            interviewers: interview.interviewers.clone(),
            gaffes: gaffes.to_vec(),
            company: interview.company.clone(),
        }
    }
}

/// Article step 4: review a follow-up note for apologies, excuses, length, wrong names, mentions of unnoticed slips,
/// and missing thanks or interest. Without a context, the name and unnoticed-slip checks are skipped.
pub fn review_note(text: &str, context: Option<&ReviewContext>) -> NoteReview {
    let doc = Doc::new(text);
    let word_count = count_words(text);
    let mut findings = Vec::new();

    let passages = passages(&doc);
    check_apologies(&passages.apologies, &doc, &mut findings);
    check_excuses(&passages.excuses, &doc, &mut findings);
    check_self_deprecation(&passages.self_deprecation, &doc, &mut findings);
    check_over_explaining(&passages.over_explaining, &doc, &mut findings);
    check_pleading(&passages.pleading, &doc, &mut findings);
    check_length(word_count, &mut findings);
    if let Some(ctx) = context {
        check_salutation(&doc, ctx, &mut findings);
        check_unnoticed_gaffes(&doc, ctx, &mut findings);
    }
    check_thanks_and_interest(&doc.norm, &mut findings);

    findings.sort_by_key(|f| (f.span.map_or(usize::MAX, |s| s.start), f.kind));
    NoteReview {
        findings,
        word_count,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Checks.

/// The sentence-level findings of the note, merged with the older clause patterns where those give a tighter span.
#[derive(Default)]
struct Passages {
    apologies: Vec<Span>,
    excuses: Vec<Span>,
    self_deprecation: Vec<Span>,
    over_explaining: Vec<Span>,
    pleading: Vec<Span>,
}

/// Reads every sentence ([`understanding::read`]) and folds in the older clause patterns: in a sentence read as an
/// excuse, the tight span of an excuse phrase or clause shape ("I had been up all night with a sick child") is kept
/// instead of the whole sentence; a strong put-down ("bombed", "blew it") counts unless negated or part of an
/// apology, a plea or an explanation; an announced explanation ("the reason I…") counts when it is about a slip.
fn passages(doc: &Doc) -> Passages {
    let old_excuses: Vec<Span> = merge(
        patterns::excuses(&doc.norm)
            .into_iter()
            .chain(find_any(&doc.norm, EXCUSE_PHRASES))
            .collect(),
    );
    let old_put_downs = patterns::self_deprecation(&doc.norm);
    let old_explaining = patterns::over_explaining(&doc.norm);
    let mut out = Passages::default();
    for sentence in sentences::sentences(&doc.norm, &doc.chars) {
        let inside =
            |span: &&Span| span.start >= sentence.span.start && span.end <= sentence.span.end;
        let reading = understanding::read(&sentence);
        let mut explaining = reading.over_explaining.clone();
        if sentence.first_person() && understanding::names_a_slip(&sentence) {
            explaining.extend(old_explaining.iter().filter(inside));
        }
        let excuse = explaining.is_empty() && reading.excuse.is_some();
        if excuse {
            let tight: Vec<Span> = old_excuses.iter().filter(inside).copied().collect();
            if tight.is_empty() {
                out.excuses.push(sentence.span);
            } else {
                out.excuses.extend(tight);
            }
        }
        out.self_deprecation.extend(reading.self_deprecation);
        if explaining.is_empty() && !understanding::owns_up(&reading.apologies, &reading.pleading) {
            let negated = |span: &&Span| {
                doc.norm[sentence.span.start..span.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(sentences::is_negator)
            };
            let of_something_else = |span: &&Span| {
                (sentence
                    .words
                    .iter()
                    .position(|w| w.span.start == span.start))
                .is_some_and(|i| understanding::judges_something_else(&sentence, i))
            };
            out.self_deprecation.extend(
                old_put_downs
                    .iter()
                    .filter(inside)
                    .filter(|s| !negated(s) && !of_something_else(s)),
            );
        }
        out.over_explaining.extend(explaining);
        out.apologies.extend(reading.apologies);
        out.pleading.extend(reading.pleading);
    }
    out
}

/// Article step 4: no profuse apologies, in whatever words ("sorry", "forgive my", "I'm afraid I…", "I regret").
/// The first apology is a warning, every further one an error.
fn check_apologies(spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for (i, span) in merge(spans.to_vec()).into_iter().enumerate() {
        let said = doc.quote(span);
        findings.push(if i == 0 {
            Finding {
                kind: FindingKind::Apology,
                severity: Severity::Warning,
                span: Some(span),
                message: format!("\u{201c}{said}\u{201d} apologises; an apology points at the slip instead of past it."),
                suggestion: "Thank them instead of apologising (\u{201c}Thank you for your patience\u{201d}), and if \
                             they surely noticed the slip, follow with a short factual correction."
                    .to_string(),
            }
        } else {
            Finding {
                kind: FindingKind::RepeatedApology,
                severity: Severity::Error,
                span: Some(span),
                message: format!(
                    "\u{201c}{said}\u{201d} is apology number {} in this note; repeated apologies read as \
                     insecurity.",
                    i + 1
                ),
                suggestion: "Remove the extra apologies and keep the note about the role and what you offer."
                    .to_string(),
            }
        });
    }
}

/// Article step 4: no excuses, whatever words carry them: a cause offered for a shortfall ("the commute threw me
/// off", "after a sleepless night I…", "I had been up all night with a sick child").
fn check_excuses(spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for span in merge(spans.to_vec()) {
        let said = doc.quote(span);
        findings.push(Finding {
            kind: FindingKind::Excuse,
            severity: Severity::Warning,
            span: Some(span),
            message: format!("\u{201c}{said}\u{201d} offers a cause for the slip; excuses tend to reflect badly on you."),
            suggestion: "Drop the cause and keep the fact: state the correct information plainly (\u{201c}I\u{2019}d \
                         like to add\u{2026}\u{201d}), or simply look ahead."
                .to_string(),
        });
    }
}

/// Article step 4 ("may not reflect well upon you"): running yourself down does the interviewers' doubting for them.
fn check_self_deprecation(spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for span in merge(spans.to_vec()) {
        let said = doc.quote(span);
        findings.push(Finding {
            kind: FindingKind::SelfDeprecation,
            severity: Severity::Warning,
            span: Some(span),
            message: format!(
                "\u{201c}{said}\u{201d} runs you down; the note should leave them with your strengths, not your doubts."
            ),
            suggestion: "Cut the judgement and say what you would add instead: \u{201c}To add to my answer on \
                         \u{2026}, I \u{2026}\u{201d}."
                .to_string(),
        });
    }
}

/// Article step 4: keep the clean-up brief and inconspicuous; a long explanation of a slip makes it the subject.
fn check_over_explaining(spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for span in merge(spans.to_vec()) {
        let said = doc.quote(span);
        findings.push(Finding {
            kind: FindingKind::OverExplaining,
            severity: Severity::Warning,
            span: Some(span),
            message: format!("\u{201c}{said}\u{201d} explains what went wrong at more length than the note can afford."),
            suggestion: "Replace the explanation with one factual sentence, and only if they surely noticed the slip: \
                         \u{201c}I should have said \u{2026}; the correct figure is \u{2026}\u{201d}."
                .to_string(),
        });
    }
}

/// Article step 4: the note shows what the candidate offers; pleading asks for pity and weakens the case.
fn check_pleading(spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for span in merge(spans.to_vec()) {
        let said = doc.quote(span);
        findings.push(Finding {
            kind: FindingKind::Pleading,
            severity: Severity::Warning,
            span: Some(span),
            message: format!("\u{201c}{said}\u{201d} pleads; it asks for a favour instead of making your case."),
            suggestion: "Say why you want the role and what you would bring: \u{201c}I remain very interested in \
                         the role and would welcome the next step.\u{201d}"
                .to_string(),
        });
    }
}

/// Spans in order, overlapping ones merged.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Article step 4: keep it brief so the clean-up is not conspicuous.
fn check_length(word_count: usize, findings: &mut Vec<Finding>) {
    let severity = if word_count > WORDS_ERROR {
        Severity::Error
    } else if word_count > WORDS_WARNING {
        Severity::Warning
    } else {
        return;
    };
    findings.push(Finding {
        kind: FindingKind::TooLong,
        severity,
        span: None,
        message: format!("The note has {word_count} words; a follow-up note should stay within {WORDS_WARNING}."),
        suggestion: "Keep the thanks, one or two repairs and your interest in the role; cut everything else."
            .to_string(),
    });
}

/// Article step 4: "address only those mistakes … you're certain the interviewers picked up on". Mentioning a gaffe
/// logged as `unsure` or `unlikely` to have been noticed is an error.
fn check_unnoticed_gaffes(doc: &Doc, ctx: &ReviewContext, findings: &mut Vec<Finding>) {
    let mut seen: Vec<GaffeKind> = Vec::new();
    for gaffe in &ctx.gaffes {
        if !matches!(gaffe.noticed, Noticed::Unsure | Noticed::Unlikely)
            || seen.contains(&gaffe.kind)
        {
            continue;
        }
        seen.push(gaffe.kind);
        let noticed = match gaffe.noticed {
            Noticed::Unsure => "you are unsure whether they noticed it",
            _ => "they probably did not notice it",
        };
        for span in find_any(&doc.norm, entry(gaffe.kind).mention_phrases) {
            findings.push(Finding {
                kind: FindingKind::MentionsUnnoticedGaffe,
                severity: Severity::Error,
                span: Some(span),
                message: format!(
                    "\u{201c}{}\u{201d} points at a slip ({}) and {noticed}.",
                    doc.quote(span),
                    entry(gaffe.kind).label
                ),
                suggestion: "Leave it out: a slip they may have missed is best not brought up."
                    .to_string(),
            });
        }
    }
}

/// Article step 4: a thank-you note thanks; and it restates interest in the role.
fn check_thanks_and_interest(norm: &str, findings: &mut Vec<Finding>) {
    if !contains_any(norm, THANKS_PHRASES) {
        findings.push(Finding {
            kind: FindingKind::MissingThanks,
            severity: Severity::Warning,
            span: None,
            message: "The note never thanks the interviewers.".to_string(),
            suggestion: "Open by thanking them for their time and the conversation.".to_string(),
        });
    }
    if !contains_any(norm, INTEREST_PHRASES) {
        findings.push(Finding {
            kind: FindingKind::MissingInterest,
            severity: Severity::Warning,
            span: None,
            message: "The note does not restate your interest in the role.".to_string(),
            suggestion: "Close with a sentence on why you want the role and that you look forward to hearing from \
                         them."
                .to_string(),
        });
    }
}

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;
