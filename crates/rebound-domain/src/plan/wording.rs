//! Wording helpers of the plan rules: dates, elapsed times, moments and the one-line summary of a gaffe.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::QUOTE_WORDS;
use crate::catalogue::entry;
use crate::text::{clip_words, non_blank};
use crate::{DamageBand, GaffeFacts, Moment};

/// A time for a sentence: in the candidate's zone when one is known ("Fri 20 Nov 2026, 09:00 (New York time)"),
/// in UTC otherwise.
pub fn format_time(at: DateTime<Utc>, zone: Option<Tz>) -> String {
    match zone {
        Some(zone) => format!(
            "{} ({} time)",
            at.with_timezone(&zone).format("%a %d %b %Y, %H:%M"),
            place_of(zone)
        ),
        None => at.format("%a %d %b %Y, %H:%M UTC").to_string(),
    }
}

/// The place a zone is named after, as people say it: "America/New_York" is "New York", "Europe/London" is
/// "London"; a zone without a place ("UTC") keeps its name.
fn place_of(zone: Tz) -> String {
    let name = zone.name();
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

pub(super) fn format_elapsed(minutes: i64) -> String {
    let hours = minutes / 60;
    match hours {
        0 => format!("{minutes} minutes"),
        1 => "1 hour".to_string(),
        2..=47 => format!("{hours} hours"),
        _ => format!("{} days", hours / 24),
    }
}

/// A trimmed, non-empty, clipped description.
pub(super) fn described(text: &Option<String>) -> Option<String> {
    non_blank(text).map(|t| clip_words(t, QUOTE_WORDS))
}

pub(super) fn gaffe_why(gaffe: &GaffeFacts) -> String {
    let mut line = format!(
        "{} (noticed: {})",
        entry(gaffe.kind).title,
        gaffe.noticed.as_str()
    );
    if let Some(description) = described(&gaffe.description) {
        line.push_str(&format!(
            ": {}",
            description.trim_end_matches(['.', '!', '?'])
        ));
    }
    line
}

pub(super) fn moment_word(moment: Moment) -> &'static str {
    match moment {
        Moment::Arrival => "on arrival",
        Moment::Opening => "at the opening",
        Moment::Mid => "mid-interview",
        Moment::Closing => "at the close",
        Moment::After => "afterwards",
    }
}

/// How much harm a damage band stands for, in words a candidate reads without the scale ("harm a good follow-up
/// can repair"), to end a sentence such as "what you logged points to …".
pub(super) fn harm_in_words(band: DamageBand) -> &'static str {
    match band {
        DamageBand::Minor => "little real harm",
        DamageBand::Recoverable => "harm that a good follow-up can repair",
        DamageBand::Serious => "serious harm",
    }
}
