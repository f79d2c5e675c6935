//! VTIMEZONE components generated from the tz database (RFC 5545 §3.6.5), so a client that does not resolve IANA
//! names itself still places every local time correctly: one observance for the offset in force when the span
//! begins, then one per transition inside it, each a single onset (no RRULE), which every parser reads the same way.

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::ics::{local_form, offset_form, Lines};

/// What a zone states at one instant; a change in any part starts a new observance.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    offset_seconds: i32,
    daylight: bool,
    abbreviation: Option<String>,
}

fn rule_at(zone: Tz, at: DateTime<Utc>) -> Rule {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc());
    Rule {
        offset_seconds: offset.fix().local_minus_utc(),
        daylight: offset.dst_offset() != Duration::zero(),
        // chrono-tz has no letters for zones that only number their offsets ("-03"); TZNAME is optional.
        abbreviation: offset
            .abbreviation()
            .filter(|name| name.chars().any(char::is_alphabetic))
            .map(str::to_string),
    }
}

/// One onset: from this instant (UTC), `rule` applies; before it, `offset_before_seconds`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Onset {
    at: DateTime<Utc>,
    offset_before_seconds: i32,
    rule: Rule,
}

/// The first instant after `before` (whose rule differs from `after`'s) at which `after`'s rule applies, to the
/// second: transitions fall on whole seconds.
fn transition_between(
    zone: Tz,
    mut before: DateTime<Utc>,
    mut after: DateTime<Utc>,
) -> DateTime<Utc> {
    let target = rule_at(zone, after);
    while after - before > Duration::seconds(1) {
        let middle = before + (after - before) / 2;
        if rule_at(zone, middle) == target {
            after = middle;
        } else {
            before = middle;
        }
    }
    after
}

/// The onsets covering `from..=to`: the rule in force at `from`, then each transition. Transitions are found by
/// looking every six hours (zones change at most twice a year) and narrowing down to the second.
fn onsets(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Onset> {
    let step = Duration::hours(6);
    let first = rule_at(zone, from);
    let mut onsets = vec![Onset {
        at: from,
        offset_before_seconds: first.offset_seconds,
        rule: first,
    }];
    let mut probe = from;
    while probe < to {
        let next = (probe + step).min(to);
        let current = &onsets[onsets.len() - 1].rule;
        if rule_at(zone, next) != *current {
            let at = transition_between(zone, probe, next);
            let offset_before_seconds = current.offset_seconds;
            onsets.push(Onset {
                at,
                offset_before_seconds,
                rule: rule_at(zone, at),
            });
        }
        probe = next;
    }
    onsets
}

/// Writes the VTIMEZONE of `zone` covering `from..=to`.
pub(crate) fn write(lines: &mut Lines, zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) {
    lines.raw("BEGIN", "VTIMEZONE");
    lines.raw("TZID", zone.name());
    for onset in onsets(zone, from, to) {
        let kind = if onset.rule.daylight {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        lines.raw("BEGIN", kind);
        // An onset's DTSTART is local time as it was read before the change (RFC 5545 §3.6.5).
        let local_before =
            onset.at.naive_utc() + Duration::seconds(i64::from(onset.offset_before_seconds));
        lines.raw("DTSTART", &local_form(local_before));
        lines.raw("TZOFFSETFROM", &offset_form(onset.offset_before_seconds));
        lines.raw("TZOFFSETTO", &offset_form(onset.rule.offset_seconds));
        if let Some(name) = &onset.rule.abbreviation {
            lines.text("TZNAME", name);
        }
        lines.raw("END", kind);
    }
    lines.raw("END", "VTIMEZONE");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn a_span_across_a_dst_change_has_the_change_to_the_second() {
        // Toronto left daylight time at 06:00 UTC (02:00 EDT) on 1 November 2026.
        let found = onsets(
            chrono_tz::America::Toronto,
            utc("2026-10-25T00:00:00Z"),
            utc("2026-11-15T00:00:00Z"),
        );
        assert_eq!(found.len(), 2);
        assert!(found[0].rule.daylight);
        assert_eq!(found[0].rule.offset_seconds, -4 * 3600);
        assert_eq!(found[1].at, utc("2026-11-01T06:00:00Z"));
        assert_eq!(found[1].offset_before_seconds, -4 * 3600);
        assert_eq!(found[1].rule.offset_seconds, -5 * 3600);
        assert_eq!(found[1].rule.abbreviation.as_deref(), Some("EST"));
    }

    #[test]
    fn the_onset_is_written_in_the_local_time_before_the_change() {
        let mut lines = Lines::default();
        write(
            &mut lines,
            chrono_tz::America::Toronto,
            utc("2026-10-25T00:00:00Z"),
            utc("2026-11-15T00:00:00Z"),
        );
        let text = lines.finish();
        assert!(
            text.contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD"),
            "{text}"
        );
    }

    #[test]
    fn a_zone_without_changes_has_one_observance_and_numeric_names_are_left_out() {
        let found = onsets(
            chrono_tz::America::Sao_Paulo,
            utc("2026-01-01T00:00:00Z"),
            utc("2026-12-31T00:00:00Z"),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule.offset_seconds, -3 * 3600);
        assert_eq!(found[0].rule.abbreviation, None);
    }

    #[test]
    fn every_change_of_a_year_is_found_in_a_southern_zone() {
        let found = onsets(
            chrono_tz::Australia::Sydney,
            utc("2026-01-01T00:00:00Z"),
            utc("2027-01-01T00:00:00Z"),
        );
        // Daylight at the start, standard from April, daylight again from October.
        let daylight: Vec<bool> = found.iter().map(|o| o.rule.daylight).collect();
        assert_eq!(daylight, [true, false, true]);
    }
}
