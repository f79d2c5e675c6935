//! Calendars (RFC 5545) that strict clients accept and that can be downloaded or subscribed to again and again:
//! the same input gives the same bytes (no random UID, no download-time stamp), every `TZID` has its VTIMEZONE
//! generated from the tz database, entries that are no longer wanted stay as `STATUS:CANCELLED` with a higher
//! `SEQUENCE` so clients remove them, and reminders carry stable UIDs (RFC 9074) so a re-import does not add
//! copies.

mod ics;
mod vtimezone;

use chrono::{DateTime, Duration, DurationRound, Utc};
use chrono_tz::Tz;

use ics::Lines;

/// Who made the calendar (RFC 5545 §3.7.3).
pub const PRODUCT_ID: &str = "-//Rebound//Recovery plans//EN";

/// How often subscribed clients are asked to fetch the calendar again (RFC 7986 `REFRESH-INTERVAL`).
pub const REFRESH_HOURS: i64 = 1;

/// One entry of a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    /// Globally unique and stable for as long as the thing it shows exists.
    pub uid: String,
    /// Revision: must grow whenever the entry changes, so clients take the new one.
    pub sequence: u32,
    /// When the entry last changed (`DTSTAMP` and `LAST-MODIFIED`): never the time of the download.
    pub changed_at: DateTime<Utc>,
    pub summary: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// No longer wanted: sent as `STATUS:CANCELLED`, without a reminder.
    pub cancelled: bool,
    /// A display reminder this long before the start.
    pub reminder_before: Option<Duration>,
}

/// A whole calendar: its name, the zone its times are stated in (UTC when none), its entries.
#[derive(Debug, Clone)]
pub struct CalendarDocument {
    pub name: String,
    pub description: String,
    pub zone: Option<Tz>,
    pub entries: Vec<CalendarEntry>,
}

impl CalendarDocument {
    /// The document as `text/calendar`, CRLF line ends, lines folded at 75 octets.
    pub fn render(&self) -> String {
        let mut lines = Lines::default();
        lines.raw("BEGIN", "VCALENDAR");
        lines.raw("VERSION", "2.0");
        lines.raw("PRODID", PRODUCT_ID);
        lines.raw("CALSCALE", "GREGORIAN");
        lines.raw("METHOD", "PUBLISH");
        lines.text("NAME", &self.name);
        lines.text("X-WR-CALNAME", &self.name);
        lines.text("DESCRIPTION", &self.description);
        let refresh = format!("PT{REFRESH_HOURS}H");
        lines.raw("REFRESH-INTERVAL;VALUE=DURATION", &refresh);
        lines.raw("X-PUBLISHED-TTL", &refresh);
        if let (Some(zone), Some((from, to))) = (self.zone, self.span()) {
            lines.text("X-WR-TIMEZONE", zone.name());
            vtimezone::write(&mut lines, zone, from, to);
        }
        for entry in &self.entries {
            self.write_entry(&mut lines, entry);
        }
        lines.raw("END", "VCALENDAR");
        lines.finish()
    }

    /// Whole UTC days around every local time the document states, so the VTIMEZONE covers them all.
    fn span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let from = self
            .entries
            .iter()
            .map(|e| e.starts_at.min(e.ends_at))
            .min()?;
        let to = self
            .entries
            .iter()
            .map(|e| e.starts_at.max(e.ends_at))
            .max()?;
        let day = Duration::days(1);
        let from = from.duration_trunc(day).unwrap_or(from) - day;
        let to = to.duration_trunc(day).unwrap_or(to) + day + day;
        Some((from, to))
    }

    fn write_entry(&self, lines: &mut Lines, entry: &CalendarEntry) {
        lines.raw("BEGIN", "VEVENT");
        lines.text("UID", &entry.uid);
        lines.raw("DTSTAMP", &ics::utc_form(entry.changed_at));
        lines.raw("LAST-MODIFIED", &ics::utc_form(entry.changed_at));
        lines.raw("SEQUENCE", &entry.sequence.to_string());
        lines.date_time("DTSTART", entry.starts_at, self.zone);
        lines.date_time("DTEND", entry.ends_at, self.zone);
        lines.text("SUMMARY", &entry.summary);
        lines.text("DESCRIPTION", &entry.description);
        lines.raw(
            "STATUS",
            if entry.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            },
        );
        lines.raw("TRANSP", "TRANSPARENT");
        if let (Some(before), false) = (entry.reminder_before, entry.cancelled) {
            lines.raw("BEGIN", "VALARM");
            lines.text("UID", &format!("reminder-{}", entry.uid));
            lines.raw("ACTION", "DISPLAY");
            lines.text("DESCRIPTION", &entry.summary);
            lines.raw("TRIGGER", &format!("-PT{}M", before.num_minutes().max(0)));
            lines.raw("END", "VALARM");
        }
        lines.raw("END", "VEVENT");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(uid: &str, starts_at: &str, cancelled: bool) -> CalendarEntry {
        let starts_at: DateTime<Utc> = starts_at.parse().unwrap();
        CalendarEntry {
            uid: uid.into(),
            sequence: 2,
            changed_at: "2026-12-01T10:00:00Z".parse().unwrap(),
            summary: "Send the note; keep it short, warm".into(),
            description: "Line one\nline two".into(),
            starts_at,
            ends_at: starts_at + Duration::minutes(30),
            cancelled,
            reminder_before: Some(Duration::minutes(30)),
        }
    }

    fn document(zone: Option<Tz>, entries: Vec<CalendarEntry>) -> CalendarDocument {
        CalendarDocument {
            name: "Plan".into(),
            description: "Steps".into(),
            zone,
            entries,
        }
    }

    /// Every `TZID=` parameter names a zone that has its own VTIMEZONE in the document (RFC 5545 §3.2.19).
    fn tzids_without_vtimezone(text: &str) -> Vec<String> {
        let unfolded = text.replace("\r\n ", "");
        let defined: Vec<&str> = unfolded
            .lines()
            .filter_map(|l| l.strip_prefix("TZID:"))
            .collect();
        unfolded
            .lines()
            .filter_map(|l| l.split_once(";TZID=").map(|(_, rest)| rest))
            .filter_map(|rest| rest.split([':', ';']).next())
            .filter(|zone| !defined.contains(zone))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_same_plan_gives_the_same_bytes() {
        let make = || {
            document(
                Some(chrono_tz::America::Toronto),
                vec![entry("a@x", "2026-10-31T13:00:00Z", false)],
            )
            .render()
        };
        assert_eq!(make(), make());
    }

    #[test]
    fn local_times_carry_a_tzid_that_has_its_vtimezone() {
        let text = document(
            Some(chrono_tz::America::Toronto),
            vec![
                entry("a@x", "2026-10-31T13:00:00Z", false),
                entry("b@x", "2026-11-03T14:00:00Z", false),
            ],
        )
        .render();
        assert!(text.contains("DTSTART;TZID=America/Toronto:20261031T090000\r\n"));
        assert!(text.contains("DTSTART;TZID=America/Toronto:20261103T090000\r\n"));
        assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(tzids_without_vtimezone(&text).is_empty());
        assert!(text.contains("PRODID:-//Rebound//Recovery plans//EN\r\n"));
    }

    #[test]
    fn without_a_zone_times_are_utc_and_there_is_no_vtimezone() {
        let text = document(None, vec![entry("a@x", "2026-10-31T13:00:00Z", false)]).render();
        assert!(text.contains("DTSTART:20261031T130000Z\r\n"));
        assert!(!text.contains("VTIMEZONE") && !text.contains("TZID"));
    }

    #[test]
    fn a_cancelled_entry_is_kept_with_its_status_and_no_reminder() {
        let text = document(None, vec![entry("a@x", "2026-10-31T13:00:00Z", true)]).render();
        assert!(text.contains("UID:a@x\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(!text.contains("VALARM"));
    }

    #[test]
    fn reminders_have_stable_uids_and_text_is_escaped() {
        let text = document(None, vec![entry("a@x", "2026-10-31T13:00:00Z", false)]).render();
        assert!(text.contains("BEGIN:VALARM\r\nUID:reminder-a@x\r\nACTION:DISPLAY\r\n"));
        assert!(text.contains("TRIGGER:-PT30M\r\n"));
        assert!(text.contains("SUMMARY:Send the note\\; keep it short\\, warm\r\n"));
        assert!(text.contains("DESCRIPTION:Line one\\nline two\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn an_empty_calendar_names_no_zone_it_does_not_define() {
        let text = document(Some(chrono_tz::Europe::Paris), vec![]).render();
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(tzids_without_vtimezone(&text).is_empty());
    }
}
