//! The RFC 5545 text format: property lines, TEXT escaping, line folding, date-time forms.

use chrono::{DateTime, NaiveDateTime, Utc};

/// The longest content line, in octets, before it is folded (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// A document being written: content lines joined by CRLF, each folded at 75 octets.
#[derive(Debug, Default)]
pub(crate) struct Lines(String);

impl Lines {
    /// Adds `NAME:value` (or `NAME;params:value`); the value must already be in its property's format.
    pub(crate) fn raw(&mut self, name: &str, value: &str) {
        fold_into(&mut self.0, &format!("{name}:{value}"));
    }

    /// Adds a TEXT property, escaped.
    pub(crate) fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }

    /// Adds a date-time property: local time with its zone's `TZID` when one is given, else UTC.
    pub(crate) fn date_time(&mut self, name: &str, at: DateTime<Utc>, zone: Option<chrono_tz::Tz>) {
        match zone {
            Some(zone) => self.raw(
                &format!("{name};TZID={}", zone.name()),
                &local_form(at.with_timezone(&zone).naive_local()),
            ),
            None => self.raw(name, &utc_form(at)),
        }
    }

    /// The document, every line ended by CRLF.
    pub(crate) fn finish(self) -> String {
        self.0
    }
}

/// `20261208T090000Z`.
pub(crate) fn utc_form(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `20261208T090000` (floating, or local to a `TZID`).
pub(crate) fn local_form(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// A UTC offset as RFC 5545 writes it: `-0500`, `+0530`, `+013045` when it has seconds.
pub(crate) fn offset_form(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let total = seconds.unsigned_abs();
    let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60);
    if secs == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{secs:02}")
    }
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; other control characters, which
/// the format does not allow, become spaces.
pub(crate) fn escape_text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends `line` folded at 75 octets, never inside a UTF-8 character; continuation lines begin with a space.
fn fold_into(out: &mut String, line: &str) {
    let mut budget = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > budget {
            out.push_str("\r\n ");
            // The leading space counts toward the next line's 75 octets.
            budget = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_as_the_rfc_says() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\u{7}g"),
            "a\\\\b\\;c\\,d\\ne\\nf g"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut lines = Lines::default();
        lines.text("DESCRIPTION", &"é".repeat(100));
        let document = lines.finish();
        for line in document.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = document.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "é".repeat(100)));
    }

    #[test]
    fn offsets_are_written_with_sign_hours_and_minutes() {
        assert_eq!(offset_form(-5 * 3600), "-0500");
        assert_eq!(offset_form(5 * 3600 + 1800), "+0530");
        assert_eq!(offset_form(0), "+0000");
        assert_eq!(offset_form(-(3600 + 60 + 5)), "-010105");
    }
}
