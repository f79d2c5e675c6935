//! The note's words in the candidate's language: every sentence the note writes is a message of `notes.ftl`
//! (rebound-i18n), looked up here with its variables. Where the note picks one of several phrasings, each phrasing is
//! its own message, numbered from 1 (`note-opening-formal-open-3`), and [`variants`] counts them, so each locale has
//! its own variants, written as whole sentences.

use std::borrow::Cow;

use rebound_i18n::{FluentArgs, FluentValue, Locale};

/// The text of the note's message `id` in `locale` with `args`. Panics on a missing message: the ids are the ones
/// the parity test checks in every locale, and the note's tests draft notes in every locale, so a typo is caught
/// by the tests, never at run time.
///
/// The text arguments are lent to Fluent (`Cow::Borrowed`), not copied: a note says dozens of messages, some with
/// the candidate's long quotes, and Fluent only reads them.
pub(super) fn say(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(*name, FluentValue::String(Cow::Borrowed(text))),
            Arg::Count(count) => fluent.set(*name, *count),
        }
    }
    rebound_i18n::text(locale, id, Some(&fluent))
        .unwrap_or_else(|| panic!("{}: no message {id}", locale.tag()))
}

/// A variable of a message: a text (borrowed where the caller has one, so naming it copies nothing), or a count
/// (which plural forms select on).
#[derive(Debug, Clone)]
pub(super) enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(usize),
}

/// A text variable: a `&str` is borrowed, a `String` kept.
pub(super) fn text<'a>(value: impl Into<Cow<'a, str>>) -> Arg<'a> {
    Arg::Text(value.into())
}

/// How many numbered variants `{prefix}-1`, `{prefix}-2`, … `locale` has (at least one: the tests draft with each).
pub(super) fn variants(locale: Locale, prefix: &str) -> usize {
    rebound_i18n::numbered(locale, prefix)
}

/// "A", "A and B", "A, B and C" in `locale` (note-list-and joins the last two).
pub(super) fn join_list(locale: Locale, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => say(
            locale,
            "note-list-and",
            &[("init", text(init.join(", "))), ("last", text(*last))],
        ),
    }
}

/// The stems of the words that thank, in `locale`: a note whose opening thanks does not sign off with thanks again.
pub(super) fn thanks_stems(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::En => &["thanks"],
        Locale::FrCa => &["merci", "remerci"],
    }
}

/// Whether `text` contains one of the words that thank in `locale`.
pub(super) fn thanks(locale: Locale, text: &str) -> bool {
    let lower = text.to_lowercase();
    thanks_stems(locale).iter().any(|stem| lower.contains(stem))
}

/// The ids of every message of `notes.ftl` whose id starts with `prefix`, in file order (for the tests).
#[cfg(test)]
pub(super) fn ids_starting(locale: Locale, prefix: &str) -> Vec<String> {
    let index = rebound_i18n::FILES
        .iter()
        .position(|f| *f == "notes")
        .expect("a notes file");
    let source = rebound_i18n::sources(locale)[index];
    source
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with(prefix) && !id.starts_with('#'))
        .map(str::to_string)
        .collect()
}
