//! Dated API versions, in the manner of Stripe's: a client pins a date (`Rebound-Version: 2026-12-07`, or the default
//! its API client was given), and a change that could break a client is made only under a new date, so a pinned
//! client keeps the behaviour it was built against until it moves on. Additive changes (a new field, a new event
//! type, a new endpoint) reach every version.
//!
//! A date is read as the newest version on or before it: a client that pins "the day I integrated" gets exactly
//! what the API did that day. Dates before the first version mean the first version.

use chrono::{DateTime, NaiveDate, Utc};

/// The versions, oldest first, each named by the date it took effect; what changed under each is in the
/// changelog (`docs/src/CHANGELOG.md`), keyed by version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ApiVersion {
    /// The API as it stood before dated versions.
    V2026_11_26,
    /// Plan calendars keep finished steps, as cancelled entries.
    V2026_12_07,
}

impl ApiVersion {
    /// Every version, oldest first.
    pub const ALL: [ApiVersion; 2] = [ApiVersion::V2026_11_26, ApiVersion::V2026_12_07];

    /// The newest version: what a client that pins nothing gets, and what new API clients are pinned to.
    pub const CURRENT: ApiVersion = ApiVersion::V2026_12_07;

    /// The date that names the version, as clients send it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V2026_11_26 => "2026-11-26",
            ApiVersion::V2026_12_07 => "2026-12-07",
        }
    }

    /// When this version stopped being recommended and when it stops being served (after which its clients get
    /// the oldest version still served). `None` for versions that are not going away.
    pub fn retirement(self) -> Option<Retirement> {
        match self {
            ApiVersion::V2026_11_26 => Some(Retirement {
                deprecated_at: utc_midnight(2026, 12, 7),
                sunset_at: utc_midnight(2027, 6, 7),
            }),
            ApiVersion::V2026_12_07 => None,
        }
    }

    /// The version a date names: the newest on or before it (the first for earlier dates). `None` unless `text`
    /// is written `YYYY-MM-DD` (`MM` 01–12, `DD` 01–31, as the document's pattern says). Dates are compared as
    /// written, which for that form is their calendar order, so a date that does not exist (`2026-02-30`) still
    /// names the version in force around it rather than failing a request that fits the document.
    pub fn for_date(text: &str) -> Option<ApiVersion> {
        if !is_version_date(text) {
            return None;
        }
        let on_or_before = Self::ALL
            .into_iter()
            .rev()
            .find(|version| version.as_str() <= text);
        Some(on_or_before.unwrap_or(Self::ALL[0]))
    }

    #[cfg(test)]
    fn date(self) -> NaiveDate {
        NaiveDate::parse_from_str(self.as_str(), "%Y-%m-%d").expect("version names are dates")
    }

    /// Whether a client on this version sees what `change` introduced.
    pub fn includes(self, change: ApiVersion) -> bool {
        self >= change
    }
}

/// The pattern the document gives a version date: `YYYY-MM-DD`, months 01–12, days 01–31.
pub const VERSION_DATE_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// Whether `text` fits [`VERSION_DATE_PATTERN`].
fn is_version_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&number(5..7))
        && (1..=31).contains(&number(8..10))
}

/// A version's way out (RFC 9745 `Deprecation`, RFC 8594 `Sunset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retirement {
    pub deprecated_at: DateTime<Utc>,
    pub sunset_at: DateTime<Utc>,
}

fn utc_midnight(year: i32, month: u32, day: u32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|at| at.and_utc())
        .expect("a valid date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_names_the_newest_version_on_or_before_it() {
        assert_eq!(
            ApiVersion::for_date("2026-12-07"),
            Some(ApiVersion::V2026_12_07)
        );
        assert_eq!(
            ApiVersion::for_date("2027-03-01"),
            Some(ApiVersion::V2026_12_07)
        );
        assert_eq!(
            ApiVersion::for_date("2026-12-06"),
            Some(ApiVersion::V2026_11_26)
        );
        assert_eq!(
            ApiVersion::for_date("2026-11-26"),
            Some(ApiVersion::V2026_11_26)
        );
        assert_eq!(
            ApiVersion::for_date("2020-01-01"),
            Some(ApiVersion::V2026_11_26)
        );
    }

    #[test]
    fn only_dates_of_the_documented_form_name_a_version() {
        for text in [
            "",
            "2026-12",
            "2026-12-7",
            "2026-13-01",
            "2026-00-10",
            "2026-12-32",
            "20261207",
            "latest",
            "2026-12-07x",
            "+026-12-07",
            "2026-1a-07",
        ] {
            assert_eq!(ApiVersion::for_date(text), None, "{text:?}");
        }
        // A date that fits the form but not the calendar names the version in force around it.
        assert_eq!(
            ApiVersion::for_date("2026-11-31"),
            Some(ApiVersion::V2026_11_26)
        );
        assert_eq!(
            ApiVersion::for_date("0000-01-01"),
            Some(ApiVersion::V2026_11_26)
        );
    }

    #[test]
    fn versions_are_in_date_order_and_only_the_current_one_is_not_retiring() {
        let dates: Vec<NaiveDate> = ApiVersion::ALL.iter().map(|v| v.date()).collect();
        assert!(dates.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(
            ApiVersion::ALL[ApiVersion::ALL.len() - 1],
            ApiVersion::CURRENT
        );
        assert!(ApiVersion::CURRENT.retirement().is_none());
        for version in &ApiVersion::ALL[..ApiVersion::ALL.len() - 1] {
            let retirement = version.retirement().expect("an older version is retiring");
            assert!(retirement.deprecated_at < retirement.sunset_at);
        }
        assert!(ApiVersion::CURRENT.includes(ApiVersion::V2026_12_07));
        assert!(!ApiVersion::V2026_11_26.includes(ApiVersion::V2026_12_07));
    }
}
