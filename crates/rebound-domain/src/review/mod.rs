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
use super::{GaffeFacts, InterviewFacts, Interviewer};
#[cfg(test)]
use super::{GaffeKind, Noticed};
use rebound_i18n::Locale;

mod findings;
mod french;
mod lexicon;
mod matching;
mod patterns;
mod salutation;
mod sentences;
mod sentiment;
mod understanding;

use findings::{
    check_apologies, check_length, check_passages, check_thanks_and_interest,
    check_unnoticed_gaffes,
};
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
/// and missing thanks or interest. Without a context, the name and unnoticed-slip checks are skipped. The note is
/// read as English and the findings are written in English: [`review_note_in`] for other languages.
pub fn review_note(text: &str, context: Option<&ReviewContext>) -> NoteReview {
    review_note_in(text, context, Locale::En, Locale::En)
}

/// [`review_note`] for a note written in `note` (its rules: English phrases, or French ones with elision, feminine
/// agreement, « ne … pas » and accents typed or not), with the findings written in `out`. The spans are the same
/// whatever `out` is: they point into `text`.
pub fn review_note_in(
    text: &str,
    context: Option<&ReviewContext>,
    note: Locale,
    out: Locale,
) -> NoteReview {
    let word_count = count_words(text);
    let mut findings = Vec::new();
    let (doc, passages, language) = match note {
        Locale::En => {
            let doc = Doc::new(text);
            let passages = passages(&doc);
            (doc, passages, &ENGLISH)
        }
        Locale::FrCa => {
            let doc = Doc::folded(text);
            let passages = french::passages(&doc);
            (doc, passages, &french::FRENCH)
        }
    };
    check_apologies(out, &passages.apologies, &doc, &mut findings);
    for (kind, spans) in [
        (FindingKind::Excuse, &passages.excuses),
        (FindingKind::SelfDeprecation, &passages.self_deprecation),
        (FindingKind::OverExplaining, &passages.over_explaining),
        (FindingKind::Pleading, &passages.pleading),
    ] {
        check_passages(out, kind, spans, &doc, &mut findings);
    }
    check_length(out, word_count, &mut findings);
    if let Some(ctx) = context {
        check_salutation(out, language.salutations, &doc, ctx, &mut findings);
        check_unnoticed_gaffes(out, &doc, ctx, language.mentions, &mut findings);
    }
    check_thanks_and_interest(
        out,
        contains_any(&doc.norm, language.thanks),
        contains_any(&doc.norm, language.interest),
        &mut findings,
    );

    findings.sort_by_key(|f| (f.span.map_or(usize::MAX, |s| s.start), f.kind));
    NoteReview {
        findings,
        word_count,
    }
}

/// The words the whole-note checks look for in a note's language.
struct Language {
    salutations: &'static salutation::SalutationWords,
    mentions: fn(super::GaffeKind) -> &'static [&'static str],
    thanks: &'static [&'static str],
    interest: &'static [&'static str],
}

const ENGLISH: Language = Language {
    salutations: &lexicon::SALUTATIONS,
    mentions: |kind| entry(kind).mention_phrases,
    thanks: THANKS_PHRASES,
    interest: INTEREST_PHRASES,
};

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

#[cfg(test)]
mod corpus_scoring;
#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;
