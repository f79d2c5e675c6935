//! Reviewing a follow-up note the candidate wrote themselves.
//!
//! Seed step 4 gives the rules a thank-you note must follow: thank the interviewers, keep it brief, avoid excuses
//! and profuse apologies, use the right names, and address only the slips the interviewers surely noticed. This
//! module checks a draft against those rules with plain phrase matching: pure, deterministic and fast (one
//! normalisation pass, then substring searches).
//!
//! # Spans
//!
//! [`Span`] offsets are **character offsets** (Unicode scalar values, what Rust's `str::chars` yields), start
//! inclusive and end exclusive, so `text.chars().skip(start).take(end - start)` is the flagged text. They are not
//! byte offsets, and not UTF-16 code units.

use serde::Serialize;
use utoipa::ToSchema;

use super::catalogue::entry;
use super::text::count_words;
use super::{GaffeFacts, GaffeKind, Interviewer, Noticed};

/// Above this many words a note draws a `too_long` warning (seed step 4: keep it brief).
pub const WORDS_WARNING: usize = 180;
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
        /// The note explains a slip away (nerves, traffic, lack of time…).
        Excuse = "excuse",
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[schema(example = json!({"start": 5, "end": 11}))]
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
    "span": {"start": 5, "end": 11},
    "message": "\u{201c}Arnold\u{201d} is not the name of any interviewer you logged.",
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
    "findings": [{
        "kind": "unknown_name",
        "severity": "error",
        "span": {"start": 5, "end": 11},
        "message": "\u{201c}Arnold\u{201d} is not the name of any interviewer you logged.",
        "suggestion": "Use the logged name: Armin."
    }],
    "word_count": 92
}))]
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

/// Seed step 4: review a follow-up note for apologies, excuses, length, wrong names, mentions of unnoticed slips,
/// and missing thanks or interest. Without a context, the name and unnoticed-slip checks are skipped.
pub fn review_note(text: &str, context: Option<&ReviewContext>) -> NoteReview {
    let doc = Doc::new(text);
    let word_count = count_words(text);
    let mut findings = Vec::new();

    check_apologies(&doc, &mut findings);
    check_excuses(&doc, &mut findings);
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
// Phrase lists. Lowercase ASCII; a phrase must start at a word boundary; a trailing `*` lets it run on to the end
// of the word ("apolog*" matches "apologise", "apologies"), otherwise it must end at a word boundary.

/// Seed step 4: "avoid … apologizing profusely".
const APOLOGY_PHRASES: &[&str] = &["sorry", "apolog*", "forgive me", "pardon my", "my bad"];

/// Seed step 4: "avoid making excuses".
const EXCUSE_PHRASES: &[&str] = &[
    "because i was",
    "i was nervous",
    "i was so nervous",
    "i was very nervous",
    "i was really nervous",
    "my nerves",
    "i was tired",
    "i was exhausted",
    "i was stressed",
    "i was flustered",
    "i was distracted",
    "i was unwell",
    "i was sick",
    "i wasn't feeling well",
    "i was not feeling well",
    "traffic",
    "didn't have time",
    "did not have time",
    "didn't have enough time",
    "did not have enough time",
    "had no time",
    "didn't have a chance to prepare",
    "didn't get a chance to prepare",
    "my alarm",
    "overslept",
    "my train",
    "the train was",
    "the bus was",
    "not my fault",
    "wasn't my fault",
    "was not my fault",
    "no fault of my own",
    "didn't sleep",
    "did not sleep",
    "didn't get much sleep",
    "off day",
    "a bad day",
    "had a lot going on",
];

/// Seed step 4 (courtesy): a thank-you note thanks.
const THANKS_PHRASES: &[&str] = &["thank*", "grateful", "gratitude", "appreciat*"];

/// Seed step 5 / step 4: restate how much you want the role.
const INTEREST_PHRASES: &[&str] = &[
    "interest*",
    "excit*",
    "enthusias*",
    "keen",
    "eager*",
    "look forward",
    "looking forward",
    "would love",
    "i'd love",
    "would welcome",
    "want to join",
    "hope to join",
    "passionate",
    "motivated",
];

const GREETINGS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
];

const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"];

/// Words that make a salutation segment a group rather than a person ("Dear hiring team").
const GENERIC_ADDRESSEES: &[&str] = &[
    "team",
    "all",
    "everyone",
    "everybody",
    "hiring",
    "sir",
    "madam",
    "committee",
    "panel",
    "colleagues",
    "folks",
    "there",
    "manager",
    "recruiter",
    "recruiting",
    "whom",
];

/// First words that end the salutation and start the prose ("Hi Armin, Thank you for…").
const PROSE_STARTERS: &[&str] = &[
    "thank", "thanks", "i", "i'm", "it", "it's", "just", "great", "hope", "good", "how", "many",
    "what", "a", "the", "we", "this", "my",
];

/// Phrases that point at a gaffe of each kind; mentioning one the interviewers probably missed draws attention to
/// it (seed step 4).
fn gaffe_keywords(kind: GaffeKind) -> &'static [&'static str] {
    match kind {
        GaffeKind::WrongInterviewerName => &[
            "wrong name",
            "your name",
            "called you",
            "mixed up",
            "misname*",
            "mispronounc*",
        ],
        GaffeKind::InappropriateAttire => &[
            "shoe*",
            "outfit*",
            "dressed",
            "dress code",
            "attire",
            "clothes",
            "clothing",
            "suit",
            "sneakers",
            "trainers",
            "jeans",
            "tie",
        ],
        GaffeKind::SalaryBlank => &[
            "salary",
            "salaries",
            "compensation",
            "pay range",
            "pay expectations",
            "remuneration",
        ],
        GaffeKind::InappropriateQuestion => &[
            "my question about",
            "question i asked",
            "i asked about",
            "inappropriate question",
            "shouldn't have asked",
            "should not have asked",
        ],
        GaffeKind::WeakBehavioralAnswer => &[
            "my answer",
            "difficult coworker",
            "difficult co-worker",
            "difficult colleague",
            "should have said",
            "better answer",
        ],
        GaffeKind::Late => &[
            "late",
            "lateness",
            "traffic",
            "delay*",
            "running behind",
            "kept you waiting",
            "keeping you waiting",
            "tardy",
            "punctual*",
        ],
        GaffeKind::OmittedKeyExperience => &[
            "forgot to mention",
            "didn't mention",
            "did not mention",
            "neglected to mention",
            "failed to mention",
        ],
        GaffeKind::MisreadBodyLanguage => &[
            "body language",
            "you seemed",
            "seemed bored",
            "seemed unimpressed",
            "unimpressed",
            "frown*",
            "your expression",
            "uninterested",
        ],
        GaffeKind::TechnicalBlank => &[
            "blanked",
            "went blank",
            "mind went blank",
            "couldn't answer",
            "could not answer",
            "technical question",
        ],
        GaffeKind::Rambling => &[
            "rambl*",
            "went on too long",
            "long-winded",
            "talked too much",
            "too long-winded",
        ],
        GaffeKind::BadmouthedEmployer => &[
            "my current employer",
            "my former employer",
            "my previous employer",
            "my old boss",
            "what i said about",
        ],
        GaffeKind::NoQuestionsAsked => {
            &["no questions", "any questions", "didn't ask", "did not ask"]
        }
        GaffeKind::TechnicalFailure => &[
            "connection",
            "audio",
            "video",
            "wifi",
            "wi-fi",
            "internet",
            "microphone",
            "camera",
            "froze",
            "frozen",
            "dropped",
        ],
        GaffeKind::FactualErrorAboutCompany => &[
            "correction",
            "clarification",
            "i misspoke",
            "incorrectly",
            "got wrong",
            "i was wrong",
        ],
        GaffeKind::UnclearOnRole => &[
            "unclear",
            "confused about",
            "understand the role",
            "misunderstood",
        ],
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Matching.

/// The reviewed text, as characters (for quoting) and normalised (for matching); both indexed by character.
struct Doc {
    chars: Vec<char>,
    norm: String,
}

impl Doc {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let norm = normalise(&chars);
        Doc { chars, norm }
    }

    /// The original text under `span`.
    fn quote(&self, span: Span) -> String {
        self.chars
            .get(span.start..span.end)
            .map(|cs| cs.iter().collect())
            .unwrap_or_default()
    }
}

/// One ASCII byte per character of `text`: ASCII lowercased, curly quotes straightened, other letters and digits
/// as `0` (a word character no phrase contains), other whitespace as a space, anything else as `#`. Byte offsets
/// into the result are therefore character offsets into `text`.
fn normalise(chars: &[char]) -> String {
    chars
        .iter()
        .map(|&c| match c {
            c if c.is_ascii() => c.to_ascii_lowercase(),
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c if c.is_alphanumeric() => '0',
            c if c.is_whitespace() => ' ',
            _ => '#',
        })
        .collect()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Every occurrence of `phrase` in `norm`, as character spans (see the phrase-list conventions above).
fn find_phrase(norm: &str, phrase: &str) -> Vec<Span> {
    let (needle, run_on) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let bytes = norm.as_bytes();
    let mut spans = Vec::new();
    for (start, _) in norm.match_indices(needle) {
        if start > 0 && is_word_byte(bytes[start - 1]) {
            continue;
        }
        let mut end = start + needle.len();
        if run_on {
            while end < bytes.len() && is_word_byte(bytes[end]) {
                end += 1;
            }
        } else if end < bytes.len() && is_word_byte(bytes[end]) {
            continue;
        }
        spans.push(Span { start, end });
    }
    spans
}

/// Occurrences of any of `phrases`, ordered, with overlapping ones merged.
fn find_any(norm: &str, phrases: &[&str]) -> Vec<Span> {
    let mut spans: Vec<Span> = phrases.iter().flat_map(|p| find_phrase(norm, p)).collect();
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

fn contains_any(norm: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| !find_phrase(norm, p).is_empty())
}

/// The normalised text under `span`.
fn excerpt(norm: &str, span: Span) -> &str {
    norm.get(span.start..span.end).unwrap_or("")
}

// ---------------------------------------------------------------------------------------------------------------
// Checks.

/// Seed step 4: no profuse apologies. The first apology is a warning, every further one an error.
fn check_apologies(doc: &Doc, findings: &mut Vec<Finding>) {
    for (i, span) in find_any(&doc.norm, APOLOGY_PHRASES).into_iter().enumerate() {
        let said = doc.quote(span);
        findings.push(if i == 0 {
            Finding {
                kind: FindingKind::Apology,
                severity: Severity::Warning,
                span: Some(span),
                message: format!("\u{201c}{said}\u{201d} apologises; an apology points at the slip instead of past it."),
                suggestion: "Drop the apology. If they surely noticed the slip, a short factual correction is enough."
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

/// Seed step 4: no excuses.
fn check_excuses(doc: &Doc, findings: &mut Vec<Finding>) {
    for span in find_any(&doc.norm, EXCUSE_PHRASES) {
        let said = doc.quote(span);
        findings.push(Finding {
            kind: FindingKind::Excuse,
            severity: Severity::Warning,
            span: Some(span),
            message: format!("\u{201c}{said}\u{201d} sounds like an excuse, which tends to reflect badly on you."),
            suggestion: "Cut the explanation; state the correct information or simply look ahead.".to_string(),
        });
    }
}

/// Seed step 4: keep it brief so the clean-up is not conspicuous.
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

/// The seed's "Arnold" for "Armin": every name in the salutation must be a logged interviewer's name.
fn check_salutation(doc: &Doc, ctx: &ReviewContext, findings: &mut Vec<Finding>) {
    let norm = doc.norm.as_str();
    if ctx.interviewers.iter().all(|i| i.name.trim().is_empty()) {
        return;
    }
    let Some((region_start, region_end)) = salutation_region(norm) else {
        return;
    };
    let company_words: Vec<String> = lower_words(&ctx.company);
    let interviewer_words: Vec<Vec<String>> = ctx
        .interviewers
        .iter()
        .map(|i| lower_words(&i.name))
        .collect();

    for segment in salutation_segments(norm, region_start, region_end) {
        let words: Vec<&Span> = segment
            .iter()
            .skip_while(|w| HONORIFICS.contains(&excerpt(norm, **w).trim_end_matches('.')))
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let lowered: Vec<&str> = words
            .iter()
            .map(|w| excerpt(norm, **w).trim_end_matches('.'))
            .collect();
        if lowered.iter().any(|w| GENERIC_ADDRESSEES.contains(w)) {
            continue;
        }
        if PROSE_STARTERS.contains(&lowered[0]) || words.len() > 3 {
            break;
        }
        let looks_like_name = words
            .iter()
            .all(|w| doc.chars.get(w.start).is_some_and(|c| c.is_uppercase()));
        if !looks_like_name {
            break;
        }
        let span = Span {
            start: first.start,
            end: last.end - usize::from(excerpt(norm, **last).ends_with('.')),
        };
        let name = doc.quote(span);
        let name_words = lower_words(&name);
        if name_words.iter().all(|w| company_words.contains(w)) {
            continue;
        }
        let known = interviewer_words
            .iter()
            .any(|logged| name_words.iter().all(|w| logged.contains(w)));
        if known {
            continue;
        }
        let suggestion = match closest_name(&name, &ctx.interviewers) {
            Some(closest) => format!("Use the logged name: {closest}."),
            None => "Use the interviewer's name exactly as logged.".to_string(),
        };
        findings.push(Finding {
            kind: FindingKind::UnknownName,
            severity: Severity::Error,
            span: Some(span),
            message: format!(
                "\u{201c}{name}\u{201d} is not the name of any interviewer you logged."
            ),
            suggestion,
        });
    }
}

/// The part of the first non-empty line after a greeting word, as a character range.
fn salutation_region(norm: &str) -> Option<(usize, usize)> {
    let mut line_start = 0;
    for line in norm.split('\n') {
        let trimmed = line.trim_start();
        if trimmed.trim().is_empty() {
            line_start += line.len() + 1;
            continue;
        }
        let indent = line.len() - trimmed.len();
        let greeting = GREETINGS.iter().find(|g| {
            trimmed
                .strip_prefix(**g)
                .is_some_and(|rest| rest.starts_with([' ', '\t']))
        })?;
        return Some((
            line_start + indent + greeting.len(),
            line_start + line.len(),
        ));
    }
    None
}

/// The salutation region split into addressees: at `,` `;` `:` `!` `?`, "and" and "&"; each addressee is a list of
/// word spans.
fn salutation_segments(norm: &str, start: usize, end: usize) -> Vec<Vec<Span>> {
    let bytes = norm.as_bytes();
    let mut segments: Vec<Vec<Span>> = vec![Vec::new()];
    let mut word_start: Option<usize> = None;
    let close_word = |segments: &mut Vec<Vec<Span>>, word_start: &mut Option<usize>, at: usize| {
        if let Some(s) = word_start.take() {
            let span = Span { start: s, end: at };
            let word = excerpt(norm, span);
            if word == "and" || word == "&" {
                segments.push(Vec::new());
            } else if let Some(current) = segments.last_mut() {
                current.push(span);
            }
        }
    };
    for (at, &b) in bytes.iter().enumerate().take(end).skip(start) {
        match b {
            b' ' | b'\t' | b'\r' => close_word(&mut segments, &mut word_start, at),
            b',' | b';' | b':' | b'!' | b'?' => {
                close_word(&mut segments, &mut word_start, at);
                segments.push(Vec::new());
            }
            _ => {
                if word_start.is_none() {
                    word_start = Some(at);
                }
            }
        }
    }
    close_word(&mut segments, &mut word_start, end);
    segments.retain(|s| !s.is_empty());
    segments
}

fn lower_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c == '.' || c == ',')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The logged name closest to `name` by edit distance: a single word is compared with every first name and
/// surname, several words with full names. Ties go to the interviewer logged first.
fn closest_name(name: &str, interviewers: &[Interviewer]) -> Option<String> {
    let wanted = name.to_lowercase();
    let candidates: Vec<&str> = if name.split_whitespace().count() == 1 {
        interviewers
            .iter()
            .flat_map(|i| i.name.split_whitespace())
            .collect()
    } else {
        interviewers
            .iter()
            .map(|i| i.name.trim())
            .filter(|n| !n.is_empty())
            .collect()
    };
    candidates
        .into_iter()
        .enumerate()
        .min_by_key(|(i, c)| (levenshtein(&wanted, &c.to_lowercase()), *i))
        .map(|(_, c)| c.to_string())
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Seed step 4: "address only those mistakes … you're certain the interviewers picked up on". Mentioning a gaffe
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
        for span in find_any(&doc.norm, gaffe_keywords(gaffe.kind)) {
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

/// Seed step 4: a thank-you note thanks; and it restates interest in the role.
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
mod tests {
    use super::*;
    use crate::domain::Moment;

    fn interviewer(name: &str) -> Interviewer {
        Interviewer {
            name: name.to_string(),
            title: None,
            email: None,
        }
    }

    fn gaffe(kind: GaffeKind, noticed: Noticed) -> GaffeFacts {
        GaffeFacts {
            kind,
            description: None,
            noticed,
            moment: Moment::Mid,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: None,
        }
    }

    fn context(names: &[&str], gaffes: Vec<GaffeFacts>) -> ReviewContext {
        ReviewContext {
            interviewers: names.iter().map(|n| interviewer(n)).collect(),
            gaffes,
            company: "Northwind Capital".to_string(),
        }
    }

    /// The text a span covers, counted in characters.
    fn covered(text: &str, span: Span) -> String {
        text.chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect()
    }

    fn of_kind(review: &NoteReview, kind: FindingKind) -> Vec<&Finding> {
        review.findings.iter().filter(|f| f.kind == kind).collect()
    }

    const CLEAN: &str = "Dear Armin,\n\nThank you for meeting with me about the Senior Financial Analyst position \
                         at Northwind Capital. I enjoyed hearing how the FP&A team works.\n\nI remain very \
                         interested in the role and look forward to hearing about the next steps.\n\nKind regards,\n\
                         Maya Chen";

    #[test]
    fn review_flags_dear_arnold_when_the_interviewer_is_armin_and_suggests_armin() {
        let text = CLEAN.replacen("Armin", "Arnold", 1);
        let review = review_note(&text, Some(&context(&["Armin Keller"], vec![])));
        let names = of_kind(&review, FindingKind::UnknownName);
        assert_eq!(names.len(), 1, "{:?}", review.findings);
        let finding = names[0];
        assert_eq!(finding.severity, Severity::Error);
        let span = finding.span.unwrap();
        assert_eq!(span, Span { start: 5, end: 11 });
        assert_eq!(covered(&text, span), "Arnold");
        assert!(finding.message.contains("Arnold"));
        assert!(
            finding.suggestion.contains("Armin"),
            "{}",
            finding.suggestion
        );
    }

    #[test]
    fn the_right_name_full_name_honorific_or_a_generic_greeting_is_not_flagged() {
        let ctx = context(&["Armin Keller", "Priya Shah"], vec![]);
        for greeting in [
            "Dear Armin,",
            "Hi Armin and Priya,",
            "Dear Armin Keller, Priya Shah,",
            "Dear Mr. Keller,",
            "Dear Dr Shah & Mr Keller:",
            "Hello hiring team,",
            "Dear Northwind Capital team,",
            "Hi Armin, Thank you again for today.",
            "Hi there,",
        ] {
            let text = CLEAN.replacen("Dear Armin,", greeting, 1);
            let review = review_note(&text, Some(&ctx));
            assert!(
                of_kind(&review, FindingKind::UnknownName).is_empty(),
                "{greeting}: {:?}",
                review.findings
            );
        }
    }

    #[test]
    fn a_wrong_surname_among_several_addressees_is_flagged_with_the_closest_full_name() {
        let text = CLEAN.replacen("Dear Armin,", "Dear Priya Shah and Armin Kellner,", 1);
        let review = review_note(
            &text,
            Some(&context(&["Armin Keller", "Priya Shah"], vec![])),
        );
        let names = of_kind(&review, FindingKind::UnknownName);
        assert_eq!(names.len(), 1, "{:?}", review.findings);
        assert_eq!(covered(&text, names[0].span.unwrap()), "Armin Kellner");
        assert!(
            names[0].suggestion.contains("Armin Keller."),
            "{}",
            names[0].suggestion
        );
    }

    #[test]
    fn review_flags_repeated_apologies_and_excuses_with_correct_spans() {
        let text = "Dear Armin,\n\nThank you for your time. I'm so sorry about being late; traffic was awful. \
                    My apologies again, I was nervous because I was up all night. Sorry!\n\nI am still very \
                    interested in the role.";
        let review = review_note(text, None);

        let first = of_kind(&review, FindingKind::Apology);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].severity, Severity::Warning);
        assert_eq!(covered(text, first[0].span.unwrap()), "sorry");

        let repeated = of_kind(&review, FindingKind::RepeatedApology);
        let said: Vec<String> = repeated
            .iter()
            .map(|f| covered(text, f.span.unwrap()))
            .collect();
        assert_eq!(said, vec!["apologies", "Sorry"]);
        assert!(repeated.iter().all(|f| f.severity == Severity::Error));

        let excuses: Vec<String> = of_kind(&review, FindingKind::Excuse)
            .iter()
            .map(|f| covered(text, f.span.unwrap()))
            .collect();
        assert_eq!(excuses, vec!["traffic", "I was nervous", "because I was"]);

        let starts: Vec<usize> = review
            .findings
            .iter()
            .filter_map(|f| f.span.map(|s| s.start))
            .collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1]),
            "findings are in text order"
        );
    }

    #[test]
    fn spans_are_character_offsets_even_after_non_ascii_text() {
        let text =
            "Dear Zoë – “thank you”, and I’m sorry I didn’t have time to prepare. Très intéressé.";
        let review = review_note(text, None);
        let apology = of_kind(&review, FindingKind::Apology)[0].span.unwrap();
        assert_eq!(covered(text, apology), "sorry");
        assert_eq!(
            apology.start,
            text[..text.find("sorry").unwrap()].chars().count()
        );
        let excuse = of_kind(&review, FindingKind::Excuse)[0].span.unwrap();
        assert_eq!(covered(text, excuse), "didn’t have time");
    }

    #[test]
    fn a_clean_note_gets_no_error_findings() {
        let review = review_note(CLEAN, Some(&context(&["Armin Keller"], vec![])));
        assert!(review.findings.is_empty(), "{:?}", review.findings);
        assert_eq!(review.word_count, count_words(CLEAN));
    }

    #[test]
    fn mentioning_shoes_the_interviewer_probably_did_not_notice_is_an_error() {
        let text = CLEAN.replacen(
            "I enjoyed",
            "I hope my shoes were not a distraction. I enjoyed",
            1,
        );
        let ctx = context(
            &["Armin Keller"],
            vec![gaffe(GaffeKind::InappropriateAttire, Noticed::Unlikely)],
        );
        let review = review_note(&text, Some(&ctx));
        let mentions = of_kind(&review, FindingKind::MentionsUnnoticedGaffe);
        assert_eq!(mentions.len(), 1, "{:?}", review.findings);
        assert_eq!(mentions[0].severity, Severity::Error);
        assert_eq!(covered(&text, mentions[0].span.unwrap()), "shoes");

        let certain = context(
            &["Armin Keller"],
            vec![gaffe(GaffeKind::InappropriateAttire, Noticed::Certain)],
        );
        assert!(of_kind(
            &review_note(&text, Some(&certain)),
            FindingKind::MentionsUnnoticedGaffe
        )
        .is_empty());
    }

    #[test]
    fn late_keywords_match_whole_words_only() {
        let text = CLEAN.replacen("I enjoyed", "I can send the figures later. I enjoyed", 1);
        let ctx = context(
            &["Armin Keller"],
            vec![gaffe(GaffeKind::Late, Noticed::Unsure)],
        );
        assert!(of_kind(
            &review_note(&text, Some(&ctx)),
            FindingKind::MentionsUnnoticedGaffe
        )
        .is_empty());
        let text = CLEAN.replacen(
            "I enjoyed",
            "Thanks for waiting while I ran late. I enjoyed",
            1,
        );
        let review = review_note(&text, Some(&ctx));
        let mentions = of_kind(&review, FindingKind::MentionsUnnoticedGaffe);
        assert_eq!(mentions.len(), 1);
        assert_eq!(covered(&text, mentions[0].span.unwrap()), "late");
    }

    #[test]
    fn a_note_over_180_words_is_a_warning_and_over_250_an_error() {
        let filler = |n: usize| vec!["analysis"; n].join(" ");
        let warning = review_note(&format!("{CLEAN} {}", filler(150)), None);
        let too_long = of_kind(&warning, FindingKind::TooLong);
        assert_eq!(too_long.len(), 1);
        assert_eq!(too_long[0].severity, Severity::Warning);
        let error = review_note(&format!("{CLEAN} {}", filler(230)), None);
        assert_eq!(
            of_kind(&error, FindingKind::TooLong)[0].severity,
            Severity::Error
        );
        assert!(of_kind(&review_note(CLEAN, None), FindingKind::TooLong).is_empty());
    }

    #[test]
    fn a_note_without_thanks_or_interest_is_flagged() {
        let review = review_note(
            "Dear Armin,\n\nHere is the spreadsheet we discussed.\n\nMaya",
            None,
        );
        assert_eq!(of_kind(&review, FindingKind::MissingThanks).len(), 1);
        assert_eq!(of_kind(&review, FindingKind::MissingInterest).len(), 1);
        assert!(review.findings.iter().all(|f| f.span.is_none()));
        let empty = review_note("", None);
        assert_eq!(empty.word_count, 0);
        assert_eq!(empty.findings.len(), 2);
    }

    #[test]
    fn finding_kinds_and_severities_use_snake_case_on_the_wire() {
        assert_eq!(
            serde_json::to_value(FindingKind::MentionsUnnoticedGaffe).unwrap(),
            serde_json::json!("mentions_unnoticed_gaffe")
        );
        assert_eq!(
            serde_json::to_value(Severity::Warning).unwrap(),
            serde_json::json!("warning")
        );
    }
}
