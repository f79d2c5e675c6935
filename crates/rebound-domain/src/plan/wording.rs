//! Wording helpers of the plan rules: the plans' messages in the plan's language, dates, elapsed times, moments,
//! the catalogue's texts and the one-line summary of a gaffe.

use std::borrow::Cow;

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;
use rebound_i18n::{FluentArgs, Locale};

use crate::localized::said;

use super::QUOTE_WORDS;
use crate::text::{clip_words, non_blank, ordinal};
use crate::{GaffeFacts, Moment};

pub(crate) use crate::localized::{kind_id, kind_questions, kind_text, say};

/// The rank of `times` in words, as a plan says it: "third" (English, `text::ordinal`), « troisième ».
pub(crate) fn ordinal_in(locale: Locale, times: usize) -> String {
    match locale {
        Locale::En => ordinal(times),
        Locale::FrCa => say!(locale, "plan-ordinal", times = times),
    }
}

/// "A", "A and B", "A, B and C" in `locale` (`plan-list-and` joins the last two; English as `text::join_names`).
pub(crate) fn join_in(locale: Locale, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => say!(
            locale,
            "plan-list-and",
            init = init.join(", "),
            last = *last
        ),
    }
}

/// A time for an English sentence (see [`format_time_in`]): "Fri 20 Nov 2026, 09:00 (New York time)".
pub fn format_time(at: DateTime<Utc>, zone: Option<Tz>) -> String {
    format_time_in(Locale::En, at, zone)
}

/// A time for a sentence in `locale`, in the candidate's zone when one is known and named after its place, in UTC
/// otherwise: "Fri 20 Nov 2026, 09:00 (New York time)", « mardi 8 décembre 2026 à 9 h (heure de Toronto) » (the
/// French sentence puts « le » or « au » before it), « 9 h 30 » on the 24-hour clock.
pub fn format_time_in(locale: Locale, at: DateTime<Utc>, zone: Option<Tz>) -> String {
    let local = at.with_timezone(&zone.unwrap_or(Tz::UTC));
    let mut args = FluentArgs::new();
    args.set("weekday", local.weekday().number_from_monday());
    args.set("month", local.month());
    args.set("year", local.year().to_string());
    match locale {
        // Written with `format!`, as chrono's `%d` and `%H:%M` write them (two digits each), without parsing a
        // strftime pattern on every call.
        Locale::En => {
            args.set("day", format!("{:02}", local.day()));
            args.set("time", format!("{:02}:{:02}", local.hour(), local.minute()));
        }
        Locale::FrCa => {
            args.set("day", local.day());
            args.set("time", french_clock(local.hour(), local.minute()));
        }
    }
    let when = said(locale, "plan-when", &args);
    match zone {
        Some(zone) => say!(
            locale,
            "plan-time-zoned",
            when = when,
            place = place_of(zone)
        ),
        None => say!(locale, "plan-time-utc", when = when),
    }
}

/// A time of day as Quebec writes it: « 9 h », « 9 h 30 », « 14 h 05 ».
fn french_clock(hour: u32, minute: u32) -> String {
    if minute == 0 {
        format!("{hour} h")
    } else {
        format!("{hour} h {minute:02}")
    }
}

/// The place a zone is named after, as people say it: "America/New_York" is "New York", "Europe/London" is
/// "London"; a zone without a place ("UTC") keeps its name.
/// Borrowed from the zone's (static) name unless an underscore has to become a space.
fn place_of(zone: Tz) -> Cow<'static, str> {
    let name = zone.name();
    let place = name.rsplit('/').next().unwrap_or(name);
    if place.contains('_') {
        Cow::Owned(place.replace('_', " "))
    } else {
        Cow::Borrowed(place)
    }
}

/// How long ago, in words: "45 minutes", "1 hour", "5 hours", "3 days".
pub(super) fn format_elapsed(locale: Locale, minutes: i64) -> String {
    let hours = minutes / 60;
    match hours {
        0 => say!(locale, "plan-elapsed-minutes", minutes = minutes),
        1..=47 => say!(locale, "plan-elapsed-hours", hours = hours),
        _ => say!(locale, "plan-elapsed-days", days = hours / 24),
    }
}

/// A trimmed, non-empty, clipped description.
pub(super) fn described(text: &Option<String>) -> Option<String> {
    non_blank(text).map(|t| clip_words(t, QUOTE_WORDS))
}

/// A gaffe in one line of `locale`, for a step's reasons: its title, whether it was noticed, and the description.
pub(super) fn gaffe_why_in(locale: Locale, gaffe: &GaffeFacts) -> String {
    let title = kind_text(locale, gaffe.kind, "title");
    let noticed = gaffe.noticed.as_str();
    match described(&gaffe.description) {
        Some(description) => say!(
            locale,
            "plan-gaffe-why-described",
            title = title,
            noticed = noticed,
            description = description.trim_end_matches(['.', '!', '?'])
        ),
        None => say!(locale, "plan-gaffe-why", title = title, noticed = noticed),
    }
}

/// When in the interview, in words: "on arrival", « à l’arrivée ».
pub(super) fn moment_word(locale: Locale, moment: Moment) -> String {
    say!(locale, &format!("plan-moment-{}", moment.as_str()))
}

/// How much harm a damage band stands for, in the English words the plan's sentences use for it (the tests check
/// the sentences against it; the sentences themselves pick their words by band in `plans.ftl`).
#[cfg(test)]
pub(super) fn harm_in_words(band: crate::DamageBand) -> &'static str {
    match band {
        crate::DamageBand::Minor => "little real harm",
        crate::DamageBand::Recoverable => "harm that a good follow-up can repair",
        crate::DamageBand::Serious => "serious harm",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// The day and time are written with `format!`; chrono's `%d` and `%H:%M`, which wrote them before, agree at
    /// every minute of a day and on every day of a year.
    #[test]
    fn the_day_and_time_are_written_as_chrono_wrote_them() {
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let minutes = (0..24 * 60).map(|m| start + chrono::Duration::minutes(m));
        let days = (0..366).map(|d| start + chrono::Duration::days(d));
        for at in minutes.chain(days) {
            let local = at.with_timezone(&chrono_tz::America::St_Johns);
            assert_eq!(
                format!("{:02}", local.day()),
                local.format("%d").to_string()
            );
            assert_eq!(
                format!("{:02}:{:02}", local.hour(), local.minute()),
                local.format("%H:%M").to_string()
            );
        }
        assert_eq!(place_of(chrono_tz::America::New_York), "New York");
        assert_eq!(place_of(Tz::UTC), "UTC");
    }
}
