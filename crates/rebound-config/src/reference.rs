//! The operators' configuration reference (docs/src/operators/configuration.md), rendered from the declarations in
//! [`declared`](crate::declared). Only the part between [`START`] and [`END`] is generated; the prose around it is
//! written by hand.

use std::fmt::Write;

use crate::declared::{Accepts, Fallback, Range, ReadBy, Section, Setting, Unit, ALL};

/// Where the generated part of the page begins.
pub const START: &str = "<!-- generated:config:start -->";
/// Where it ends.
pub const END: &str = "<!-- generated:config:end -->";
/// The page, from the workspace root.
pub const PAGE: &str = "docs/src/operators/configuration.md";
/// The command that rewrites the generated part of the page.
pub const REGENERATE: &str = "REBOUND_UPDATE_DOCS=1 cargo test -p rebound-config --test reference";

/// The reference: one table per section, every declared setting in it.
pub fn markdown() -> String {
    let mut out = format!(
        "<!-- Generated from crates/rebound-config/src/declared.rs: edit the declarations there, then run\n     \
         {REGENERATE} -->\n"
    );
    for section in Section::ALL {
        let _ = write!(
            out,
            "\n## {}\n\n| Variable | Default | Accepts | Meaning |\n| --- | --- | --- | --- |\n",
            section.title()
        );
        for setting in ALL.iter().filter(|s| s.section == section) {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                setting.name,
                cell(&default(setting)),
                cell(&accepts(setting.accepts)),
                cell(&meaning(setting)),
            );
        }
    }
    out
}

/// `page` with the part between the markers replaced by [`markdown`]; `None` when the markers are missing.
pub fn update_page(page: &str) -> Option<String> {
    let start = page.find(START)? + START.len();
    let end = start + page[start..].find(END)?;
    Some(format!(
        "{}\n{}{}",
        &page[..start],
        markdown(),
        &page[end..]
    ))
}

fn default(setting: &Setting) -> String {
    match setting.default {
        Fallback::Value(value) => {
            let seconds = match setting.accepts {
                Accepts::Number(Range {
                    unit: Unit::Seconds,
                    ..
                }) => value.parse().ok().and_then(in_words),
                _ => None,
            };
            match seconds {
                Some(words) => format!("`{value}` ({words})"),
                None => format!("`{value}`"),
            }
        }
        Fallback::Derived(description) => description.to_string(),
    }
}

/// A whole number of minutes, hours or days, for defaults given in seconds.
fn in_words(seconds: u64) -> Option<String> {
    let (amount, unit) = [(86_400, "day"), (3600, "hour"), (60, "minute")]
        .into_iter()
        .find(|&(size, _)| seconds >= size && seconds.is_multiple_of(size))
        .map(|(size, unit)| (seconds / size, unit))?;
    Some(format!(
        "{amount} {unit}{}",
        if amount == 1 { "" } else { "s" }
    ))
}

fn accepts(accepts: Accepts) -> String {
    match accepts {
        Accepts::Number(range) => range_text(range),
        Accepts::NumberOrOff { range, off } => {
            format!(
                "{}, or {} to turn it off",
                range_text(range),
                words(off, " or ")
            )
        }
        Accepts::Numbers(range) => format!("comma-separated, each {}", range_text(range)),
        Accepts::OneOf(options) => words(options, ", "),
        Accepts::Shape(shape) => shape.to_string(),
    }
}

fn range_text(range: Range) -> String {
    let unit = match range.unit {
        Unit::Count => "",
        Unit::Bytes => " bytes",
        Unit::Milliseconds => " ms",
        Unit::Seconds => " s",
    };
    format!("{}–{}{unit}", range.min, range.max)
}

fn words(words: &[&str], separator: &str) -> String {
    words
        .iter()
        .map(|word| format!("`{word}`"))
        .collect::<Vec<_>>()
        .join(separator)
}

fn meaning(setting: &Setting) -> String {
    match setting.read_by {
        ReadBy::Settings => setting.doc.to_string(),
        ReadBy::EmbeddedPostgres => format!(
            "{} Read by the embedded cluster's launcher when it starts, not checked with the others.",
            setting.doc
        ),
    }
}

/// A table cell: a `|` would end it early.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_setting_has_one_row_in_its_sections_table() {
        let text = markdown();
        for setting in ALL {
            let row = format!("| `{}` |", setting.name);
            assert_eq!(text.matches(&row).count(), 1, "{}", setting.name);
        }
        for section in Section::ALL {
            assert!(text.contains(&format!("\n## {}\n", section.title())));
        }
    }

    #[test]
    fn defaults_in_seconds_say_how_long_in_words() {
        assert_eq!(in_words(900).as_deref(), Some("15 minutes"));
        assert_eq!(in_words(2_592_000).as_deref(), Some("30 days"));
        assert_eq!(in_words(3600).as_deref(), Some("1 hour"));
        assert_eq!(in_words(30), None);
        assert_eq!(in_words(90), None);
        assert!(markdown().contains("| `REBOUND_REFRESH_TOKEN_TTL_SECS` | `2592000` (30 days) |"));
    }

    #[test]
    fn only_the_part_between_the_markers_is_replaced() {
        let page = format!("# Title\n\nProse before.\n\n{START}\nstale\n{END}\n\nProse after.\n");
        let updated = update_page(&page).unwrap();
        assert!(updated.starts_with(&format!("# Title\n\nProse before.\n\n{START}\n<!--")));
        assert!(updated.ends_with(&format!("|\n{END}\n\nProse after.\n")));
        assert!(!updated.contains("stale"));
        assert_eq!(update_page(&updated).unwrap(), updated);
        assert_eq!(update_page("no markers here"), None);
    }

    #[test]
    fn pipes_in_a_cell_are_escaped() {
        assert_eq!(cell("a | b"), "a \\| b");
    }
}
