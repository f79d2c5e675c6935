//! The salutation check: every name after "Dear" or "Hi" ("Bonjour", "Madame" in French) must be the name of a
//! logged interviewer.

/// The words of salutations in the note's language (lowercase, accents folded as the normalised text has them).
pub(super) struct SalutationWords {
    /// Words that open a salutation ("dear", "bonjour").
    pub(super) greetings: &'static [&'static str],
    /// Titles before a name ("ms", "madame").
    pub(super) honorifics: &'static [&'static str],
    /// Words that make an addressee a group rather than a person ("team", "equipe").
    pub(super) generic: &'static [&'static str],
    /// First words that end the salutation and start the prose.
    pub(super) prose_starters: &'static [&'static str],
    /// The word that joins two addressees ("and", "et").
    pub(super) and: &'static str,
}

use super::findings::say;
use super::matching::{excerpt, Doc};
use super::{Finding, FindingKind, ReviewContext, Severity, Span};
use crate::text::{name_key, nfc};
use crate::Interviewer;
use rebound_i18n::{FluentArgs, Locale};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The article's "Arnold" for "Armin": every name in the salutation must be a logged interviewer's name.
pub(super) fn check_salutation(
    out: Locale,
    lexicon: &SalutationWords,
    doc: &Doc,
    ctx: &ReviewContext,
    findings: &mut Vec<Finding>,
) {
    let norm = doc.norm.as_str();
    if ctx.interviewers.iter().all(|i| i.name.trim().is_empty()) {
        return;
    }
    let Some((region_start, region_end)) = salutation_region(norm, lexicon.greetings) else {
        return;
    };
    let company_words: Vec<String> = lower_words(&ctx.company);
    let interviewer_words: Vec<Vec<String>> = ctx
        .interviewers
        .iter()
        .map(|i| lower_words(&i.name))
        .collect();

    for segment in salutation_segments(norm, region_start, region_end, lexicon.and) {
        let words: Vec<&Span> = segment
            .iter()
            .skip_while(|w| {
                lexicon
                    .honorifics
                    .contains(&excerpt(norm, **w).trim_end_matches('.'))
            })
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let lowered: Vec<&str> = words
            .iter()
            .map(|w| excerpt(norm, **w).trim_end_matches('.'))
            .collect();
        if lowered.iter().any(|w| lexicon.generic.contains(w)) {
            continue;
        }
        if lexicon.prose_starters.contains(&lowered[0]) || words.len() > 3 {
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
        if let Some(spelled) = spelled_with_accents(&name_words, &ctx.interviewers) {
            findings.push(accent_finding(out, &name, &spelled, span));
            continue;
        }
        let mut args = FluentArgs::new();
        args.set("name", name);
        let suggestion = match closest_name(doc.quote(span).as_str(), &ctx.interviewers) {
            Some(closest) => {
                args.set("closest", closest);
                say(out, "review-unknown-name-suggestion-closest", Some(&args))
            }
            None => say(out, "review-unknown-name-suggestion", None),
        };
        findings.push(Finding {
            kind: FindingKind::UnknownName,
            severity: Severity::Error,
            span: Some(span),
            message: say(out, "review-unknown-name-message", Some(&args)),
            suggestion,
        });
    }
}

/// "Zoe" for Zoë: a name that matches a logged one once accents are dropped is a spelling slip, not a wrong person.
fn accent_finding(out: Locale, name: &str, spelled: &str, span: Span) -> Finding {
    let mut args = FluentArgs::new();
    args.set("name", name.to_owned());
    args.set("spelled", spelled.to_owned());
    Finding {
        kind: FindingKind::UnknownName,
        severity: Severity::Warning,
        span: Some(span),
        message: say(out, "review-name-accent-message", Some(&args)),
        suggestion: say(out, "review-name-accent-suggestion", Some(&args)),
    }
}

/// The logged spelling of `name_words` when each of them equals a word of one logged name once accents are
/// removed and case is folded ("zoe" → "Zoë"), and at least one needed its accents back.
fn spelled_with_accents(name_words: &[String], interviewers: &[Interviewer]) -> Option<String> {
    interviewers.iter().find_map(|interviewer| {
        let logged: Vec<&str> = interviewer.name.split_whitespace().collect();
        let spelled: Option<Vec<String>> = name_words
            .iter()
            .map(|w| {
                logged
                    .iter()
                    .find(|l| without_accents(&name_key(l)) == without_accents(w))
                    .map(|l| nfc(l))
            })
            .collect();
        let spelled = spelled?.join(" ");
        (name_key(&spelled) != name_words.join(" ")).then_some(spelled)
    })
}

/// `text` without its combining marks, after canonical decomposition ("zoë" → "zoe").
fn without_accents(text: &str) -> String {
    text.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The part of the first non-empty line after a greeting word, as a character range.
pub(super) fn salutation_region(norm: &str, greetings: &[&str]) -> Option<(usize, usize)> {
    let mut line_start = 0;
    for line in norm.split('\n') {
        let trimmed = line.trim_start();
        if trimmed.trim().is_empty() {
            line_start += line.len() + 1;
            continue;
        }
        let indent = line.len() - trimmed.len();
        let greeting = greetings.iter().find(|g| {
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

/// The salutation region split into addressees: at `,` `;` `:` `!` `?`, "and" (`and`) and "&"; each addressee is a list of
/// word spans.
pub(super) fn salutation_segments(
    norm: &str,
    start: usize,
    end: usize,
    and: &str,
) -> Vec<Vec<Span>> {
    let bytes = norm.as_bytes();
    let mut segments: Vec<Vec<Span>> = vec![Vec::new()];
    let mut word_start: Option<usize> = None;
    let close_word = |segments: &mut Vec<Vec<Span>>, word_start: &mut Option<usize>, at: usize| {
        if let Some(s) = word_start.take() {
            let span = Span { start: s, end: at };
            let word = excerpt(norm, span);
            if word == and || word == "&" {
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

/// The words of `text` in comparable form: NFC and case-folded ([`name_key`]), so "Zoe\u{308}" (decomposed) is
/// "Zoë" (composed).
pub(super) fn lower_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| name_key(w.trim_matches(|c: char| c == '.' || c == ',')))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The logged name closest to `name` by edit distance: a single word is compared with every first name and
/// surname, several words with full names. Ties go to the interviewer logged first.
pub(super) fn closest_name(name: &str, interviewers: &[Interviewer]) -> Option<String> {
    let wanted = name_key(name);
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
        .min_by_key(|(i, c)| (levenshtein(&wanted, &name_key(c)), *i))
        .map(|(_, c)| nfc(c))
}

pub(super) fn levenshtein(a: &str, b: &str) -> usize {
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
