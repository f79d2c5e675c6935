//! Rebound's candidate-facing texts in each [`Locale`], through Project Fluent. The `.ftl` files under `locales/`
//! are embedded in the binary (`include_str!`), so looking a text up does no I/O and always gives the same answer:
//! the domain's rules may use this crate. Messages are whole sentences, with variables and plural selectors where a
//! sentence needs them; a sentence is never glued from fragments.

mod locale;
mod parity;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locale::Locale;
pub use parity::{message_variables, parity_problems, MessageShape};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The `.ftl` files of every locale, one per area of the product, so each area's texts live (and are reviewed) apart.
/// Every locale has the same files, and a message lives in the file of the same name in every locale.
pub const FILES: [&str; 6] = [
    "catalogue",
    "plans",
    "notes",
    "review",
    "insights",
    "sign-in",
];

macro_rules! embedded {
    ($locale:literal) => {
        [
            include_str!(concat!("../locales/", $locale, "/catalogue.ftl")),
            include_str!(concat!("../locales/", $locale, "/plans.ftl")),
            include_str!(concat!("../locales/", $locale, "/notes.ftl")),
            include_str!(concat!("../locales/", $locale, "/review.ftl")),
            include_str!(concat!("../locales/", $locale, "/insights.ftl")),
            include_str!(concat!("../locales/", $locale, "/sign-in.ftl")),
        ]
    };
}

/// The `.ftl` sources of a locale, as embedded, in the order of [`FILES`].
pub fn sources(locale: Locale) -> [&'static str; 6] {
    match locale {
        Locale::En => embedded!("en"),
        Locale::FrCa => embedded!("fr-CA"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// A locale's messages, and how many numbered variants each prefix has (see [`numbered`]).
struct Texts {
    bundle: Bundle,
    numbered: HashMap<String, usize>,
}

fn texts(locale: Locale) -> &'static Texts {
    static TEXTS: OnceLock<[Texts; 2]> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| [build(Locale::En), build(Locale::FrCa)]);
    &texts[locale as usize]
}

fn bundle(locale: Locale) -> &'static Bundle {
    &texts(locale).bundle
}

fn build(locale: Locale) -> Texts {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.language_identifier()]);
    // No Unicode isolation marks around placeables: the texts go into JSON and e-mail, not bidirectional UIs.
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for (file, source) in FILES.iter().zip(sources(locale)) {
        // The files are part of the build and a test parses them: a syntax error cannot ship.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file}.ftl: invalid Fluent: {errors:?}", locale.tag())
        });
        ids.extend(resource.entries().filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        }));
        bundle.add_resource(resource).unwrap_or_else(|errors| {
            panic!(
                "{}/{file}.ftl: duplicate messages: {errors:?}",
                locale.tag()
            )
        });
    }
    Texts {
        bundle,
        numbered: count_numbered(&ids),
    }
}

/// For every prefix of a message id `{prefix}-1`, how many of `{prefix}-1`, `{prefix}-2`, … exist before the first
/// gap (a number is written as Rust writes it: `-01` is not 1; `-0` is not counted).
fn count_numbered(ids: &[String]) -> HashMap<String, usize> {
    let mut numbers: HashMap<&str, Vec<usize>> = HashMap::new();
    for id in ids {
        let Some((prefix, number)) = id.rsplit_once('-') else {
            continue;
        };
        if let Ok(n) = number.parse::<usize>() {
            if n > 0 && n.to_string() == number {
                numbers.entry(prefix).or_default().push(n);
            }
        }
    }
    numbers
        .into_iter()
        .map(|(prefix, mut found)| {
            found.sort_unstable();
            found.dedup();
            let run = found
                .iter()
                .zip(1..)
                .take_while(|(n, expected)| **n == *expected)
                .count();
            (prefix.to_owned(), run)
        })
        .collect()
}

/// How many numbered messages `{prefix}-1`, `{prefix}-2`, … `locale` has, counting up to the first missing number:
/// the number of variants of a phrase. Counted once per locale, when its messages are loaded.
pub fn numbered(locale: Locale, prefix: &str) -> usize {
    texts(locale).numbered.get(prefix).copied().unwrap_or(0)
}

/// Whether `locale` has a message `id`.
pub fn has(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

/// The text of message `id` in `locale`, its variables filled from `args`; `None` when the locale has no such
/// message. A variable the message uses but `args` lacks shows as `{$name}`, and the parity and leak tests catch it.
pub fn text(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(locale);
    let pattern = bundle.get_message(id)?.value()?;
    Some(formatted(bundle, pattern, args))
}

/// `pattern` formatted with `args`, exactly as `FluentBundle::format_pattern` formats it, with fewer allocations:
/// a plain text (one text element, no placeable) is copied as it is, without setting up Fluent's resolver; any
/// other pattern is written into a string sized up front for its text and the arguments' texts, where
/// `format_pattern` starts from an empty string and grows it several times. `format_pattern` writes the same
/// elements through the same writer (`Pattern::write`), so the output is the same byte for byte.
fn formatted(bundle: &Bundle, pattern: &ast::Pattern<&str>, args: Option<&FluentArgs>) -> String {
    if let [ast::PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        return (*value).to_owned();
    }
    let mut out = String::with_capacity(capacity_hint(pattern, args));
    let mut errors = Vec::new();
    bundle
        .write_pattern(&mut out, pattern, args, &mut errors)
        .expect("writing to a String cannot fail");
    out
}

/// The length of `pattern`'s own text plus that of every text argument: room for the usual formatted message, so
/// that writing it seldom grows the string (a number or a selected variant may still need a little more).
fn capacity_hint(pattern: &ast::Pattern<&str>, args: Option<&FluentArgs>) -> usize {
    let own: usize = pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => value.len(),
            ast::PatternElement::Placeable { .. } => 8,
        })
        .sum();
    let arguments: usize = args.map_or(0, |args| {
        args.iter()
            .map(|(_, value)| match value {
                FluentValue::String(text) => text.len(),
                _ => 0,
            })
            .sum()
    });
    own + arguments
}

/// The text of message `id` in `locale`, without variables. Panics when the message is missing: callers name ids
/// the parity test checks in every locale, so a missing one is a bug caught by the tests, not a runtime condition.
pub fn message(locale: Locale, id: &str) -> String {
    text(locale, id, None).unwrap_or_else(|| panic!("{}: no message {id}", locale.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The French messages' values (comments aside), one per line as the files are written.
    fn french_values() -> Vec<(String, String)> {
        sources(Locale::FrCa)
            .iter()
            .inspect(|source| {
                message_variables(source).expect("valid Fluent");
            })
            .flat_map(|source| source.lines())
            .filter(|line| !line.starts_with('#') && line.contains(" = "))
            .map(|line| {
                let (id, value) = line.split_once(" = ").expect("a message line");
                (id.to_owned(), value.to_owned())
            })
            .collect()
    }

    #[test]
    fn french_follows_quebec_typography() {
        const NBSP: char = '\u{a0}';
        for (id, value) in french_values() {
            for mark in [';', '!', '?'] {
                for space in [' ', NBSP, '\u{202f}'] {
                    assert!(
                        !value.contains(&format!("{space}{mark}")),
                        "{id}: a space before {mark}: {value}"
                    );
                }
            }
            // A non-breaking space before the colon and inside « guillemets », never a plain one.
            assert!(
                !value.contains(" :") && !value.contains("« ") && !value.contains(" »"),
                "{id}: {value}"
            );
            assert!(
                !value.contains(':') || value.contains(&format!("{NBSP}:")),
                "{id}: {value}"
            );
            assert!(
                !value.contains('"') && !value.contains('\''),
                "{id}: English quotes or apostrophe: {value}"
            );
        }
    }

    #[test]
    fn messages_are_looked_up_in_the_locale_asked_for() {
        assert_eq!(message(Locale::En, "gaffe-late-title"), "Arrived late");
        assert_eq!(
            message(Locale::FrCa, "gaffe-late-title"),
            "Arrivée en retard"
        );
        assert!(has(Locale::FrCa, "gaffe-late-on-hand"));
        assert_eq!(text(Locale::FrCa, "no-such-message", None), None);
    }

    #[test]
    fn numbered_variants_are_counted_up_to_the_first_gap() {
        for locale in Locale::ALL {
            for prefix in [
                "note-opening-formal-open",
                "note-sign-off-warm",
                "gaffe-late-question",
            ] {
                let probed = (1..)
                    .take_while(|n| has(locale, &format!("{prefix}-{n}")))
                    .count();
                assert!(probed > 0, "{prefix}");
                assert_eq!(numbered(locale, prefix), probed, "{prefix}");
            }
            assert_eq!(numbered(locale, "no-such-prefix"), 0);
        }
        let ids = ["a-1", "a-0", "a-2", "a-4", "b-01", "b-2", "c"].map(String::from);
        let counted = count_numbered(&ids);
        assert_eq!(counted.get("a"), Some(&2));
        assert_eq!(counted.get("b"), Some(&0));
        assert_eq!(counted.get("c"), None);
    }
}
