//! The findings, written in the reader's language: every message and suggestion is a whole Fluent sentence
//! (`review-*` in `rebound-i18n/locales/<locale>/review.ftl`), the passage quoted as written. The English is word
//! for word what the review always wrote.

use rebound_i18n::{FluentArgs, Locale};

use super::matching::Doc;
use super::{
    merge, Finding, FindingKind, ReviewContext, Severity, Span, WORDS_ERROR, WORDS_WARNING,
};
use crate::catalogue::entry;
use crate::{GaffeKind, Noticed};

/// The text of `id` in `out`, with `args`.
pub(super) fn say(out: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    rebound_i18n::text(out, id, args).unwrap_or_else(|| panic!("{}: no message {id}", out.tag()))
}

/// Arguments with the flagged passage as `$said`.
fn said(doc: &Doc, span: Span) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("said", doc.quote(span));
    args
}

/// A passage finding of `kind`: message `review-<id>-message` about the quoted passage, `review-<id>-suggestion`.
fn passage(out: Locale, kind: FindingKind, id: &str, args: &FluentArgs, span: Span) -> Finding {
    Finding {
        kind,
        severity: Severity::Warning,
        span: Some(span),
        message: say(out, &format!("review-{id}-message"), Some(args)),
        suggestion: say(out, &format!("review-{id}-suggestion"), None),
    }
}

/// Article step 4: no profuse apologies, in whatever words ("sorry", "forgive my", "I'm afraid I…", "I regret").
/// The first apology is a warning, every further one an error.
pub(super) fn check_apologies(out: Locale, spans: &[Span], doc: &Doc, findings: &mut Vec<Finding>) {
    for (i, span) in merge(spans.to_vec()).into_iter().enumerate() {
        let mut args = said(doc, span);
        findings.push(if i == 0 {
            passage(out, FindingKind::Apology, "apology", &args, span)
        } else {
            args.set("number", i + 1);
            Finding {
                severity: Severity::Error,
                ..passage(
                    out,
                    FindingKind::RepeatedApology,
                    "repeated-apology",
                    &args,
                    span,
                )
            }
        });
    }
}

/// The passage findings of one kind (excuses, self-deprecation, over-explaining, pleading): one warning per passage,
/// overlapping passages merged.
pub(super) fn check_passages(
    out: Locale,
    kind: FindingKind,
    spans: &[Span],
    doc: &Doc,
    findings: &mut Vec<Finding>,
) {
    let id = match kind {
        FindingKind::Excuse => "excuse",
        FindingKind::SelfDeprecation => "self-deprecation",
        FindingKind::OverExplaining => "over-explaining",
        _ => "pleading",
    };
    for span in merge(spans.to_vec()) {
        findings.push(passage(out, kind, id, &said(doc, span), span));
    }
}

/// Article step 4: keep it brief so the clean-up is not conspicuous.
pub(super) fn check_length(out: Locale, word_count: usize, findings: &mut Vec<Finding>) {
    let severity = if word_count > WORDS_ERROR {
        Severity::Error
    } else if word_count > WORDS_WARNING {
        Severity::Warning
    } else {
        return;
    };
    let mut args = FluentArgs::new();
    args.set("words", word_count);
    args.set("limit", WORDS_WARNING);
    findings.push(Finding {
        kind: FindingKind::TooLong,
        severity,
        span: None,
        message: say(out, "review-too-long-message", Some(&args)),
        suggestion: say(out, "review-too-long-suggestion", None),
    });
}

/// Article step 4: "address only those mistakes … you're certain the interviewers picked up on". Mentioning a gaffe
/// logged as `unsure` or `unlikely` to have been noticed is an error. `mentions` gives the phrases that point at a
/// kind of gaffe in the note's language.
pub(super) fn check_unnoticed_gaffes(
    out: Locale,
    doc: &Doc,
    ctx: &ReviewContext,
    mentions: fn(GaffeKind) -> &'static [&'static str],
    findings: &mut Vec<Finding>,
) {
    let mut seen: Vec<GaffeKind> = Vec::new();
    for gaffe in &ctx.gaffes {
        if !matches!(gaffe.noticed, Noticed::Unsure | Noticed::Unlikely)
            || seen.contains(&gaffe.kind)
        {
            continue;
        }
        seen.push(gaffe.kind);
        let label = match out {
            Locale::En => entry(gaffe.kind).label.to_owned(),
            _ => say(
                out,
                &format!("gaffe-{}-label", gaffe.kind.as_str().replace('_', "-")),
                None,
            ),
        };
        for span in super::matching::find_any(&doc.norm, mentions(gaffe.kind)) {
            let mut args = said(doc, span);
            args.set("gaffe", label.clone());
            args.set("noticed", gaffe.noticed.as_str());
            findings.push(Finding {
                kind: FindingKind::MentionsUnnoticedGaffe,
                severity: Severity::Error,
                span: Some(span),
                message: say(out, "review-unnoticed-gaffe-message", Some(&args)),
                suggestion: say(out, "review-unnoticed-gaffe-suggestion", None),
            });
        }
    }
}

/// Article step 4: a thank-you note thanks; and it restates interest in the role.
pub(super) fn check_thanks_and_interest(
    out: Locale,
    thanks: bool,
    interest: bool,
    findings: &mut Vec<Finding>,
) {
    for (present, kind, id) in [
        (thanks, FindingKind::MissingThanks, "missing-thanks"),
        (interest, FindingKind::MissingInterest, "missing-interest"),
    ] {
        if !present {
            findings.push(Finding {
                kind,
                severity: Severity::Warning,
                span: None,
                message: say(out, &format!("review-{id}-message"), None),
                suggestion: say(out, &format!("review-{id}-suggestion"), None),
            });
        }
    }
}
