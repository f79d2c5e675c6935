//! When steps fall due, on the candidate's wall clock: a step "a day later" comes at the same local time the next
//! day whatever daylight saving does, a deadline never falls at night, and a message to a reference never lands at
//! the weekend. The results stay UTC; only the rules are local.

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Timelike,
    Utc, Weekday,
};
use chrono_tz::Tz;

/// A deadline from this local hour on is at night (nobody should be asked to act at 23:00)...
const NIGHT_STARTS_HOUR: u32 = 21;
/// ...and so is one before this hour.
const NIGHT_ENDS_HOUR: u32 = 8;
/// A deadline that would fall at night, or at the weekend for a message to a reference, moves to this local hour.
const MORNING_HOUR: u32 = 9;

/// The candidate's wall clock: their zone, or UTC when it is unknown.
#[derive(Debug, Clone, Copy)]
pub(super) struct WallClock {
    zone: Tz,
}

impl WallClock {
    pub(super) fn of(zone: Option<Tz>) -> Self {
        WallClock {
            zone: zone.unwrap_or(Tz::UTC),
        }
    }

    /// `hours` after `at` as a person counts them: each whole 24 is a calendar day (the same wall-clock time the
    /// next day, even across a daylight-saving change), and what is left over is elapsed time.
    pub(super) fn later(&self, at: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
        let days = u64::try_from(hours.div_euclid(24)).unwrap_or(0);
        let wall = at.with_timezone(&self.zone).naive_local();
        let day_later = wall
            .checked_add_days(Days::new(days))
            .map_or(DateTime::<Utc>::MAX_UTC, |wall| self.instant(wall));
        add_hours(day_later, hours.rem_euclid(24))
    }

    /// `at`, or the next morning when it would fall at night (from 21:00 to 08:00 local). Never earlier than `at`.
    pub(super) fn by_day(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        let local = at.with_timezone(&self.zone);
        let hour = local.hour();
        if hour >= NIGHT_STARTS_HOUR {
            self.morning_after(local.date_naive(), 1).max(at)
        } else if hour < NIGHT_ENDS_HOUR {
            self.morning_after(local.date_naive(), 0).max(at)
        } else {
            at
        }
    }

    /// `at`, or Monday morning when it falls on a Saturday or a Sunday (local). Never earlier than `at`.
    pub(super) fn on_a_weekday(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        let local = at.with_timezone(&self.zone);
        match local.weekday() {
            Weekday::Sat => self.morning_after(local.date_naive(), 2).max(at),
            Weekday::Sun => self.morning_after(local.date_naive(), 1).max(at),
            _ => at,
        }
    }

    /// 09:00 local, `days` after `date`.
    fn morning_after(&self, date: NaiveDate, days: u64) -> DateTime<Utc> {
        date.checked_add_days(Days::new(days))
            .and_then(|day| day.and_hms_opt(MORNING_HOUR, 0, 0))
            .map_or(DateTime::<Utc>::MAX_UTC, |wall| self.instant(wall))
    }

    /// The instant a wall-clock time names. When clocks go back and the time comes twice, the first; when they go
    /// forward and it never comes, the same distance past the gap (02:30 on the night clocks skip 02:00–03:00 is
    /// 03:30).
    fn instant(&self, wall: NaiveDateTime) -> DateTime<Utc> {
        let mut skipped = TimeDelta::zero();
        // Real gaps are at most a day; stepping back half an hour at a time finds the time before one.
        for _ in 0..=48 {
            match self.zone.from_local_datetime(&(wall - skipped)) {
                LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => {
                    return add_delta(at.with_timezone(&Utc), skipped)
                }
                LocalResult::None => skipped += TimeDelta::minutes(30),
            }
        }
        DateTime::<Utc>::MAX_UTC
    }
}

/// `hours` of elapsed time after `at`, saturating at the latest time there is.
pub(super) fn add_hours(at: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
    TimeDelta::try_hours(hours).map_or(DateTime::<Utc>::MAX_UTC, |delta| add_delta(at, delta))
}

fn add_delta(at: DateTime<Utc>, delta: TimeDelta) -> DateTime<Utc> {
    at.checked_add_signed(delta)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::at;

    fn zone(name: &str) -> Option<Tz> {
        Some(name.parse().expect("a zone"))
    }

    #[test]
    fn a_day_later_is_the_same_local_time_across_a_daylight_saving_change() {
        // London falls back on 25 Oct 2026: Sat 10:00 BST (09:00 UTC) a day later is Sun 10:00 GMT (10:00 UTC).
        let london = WallClock::of(zone("Europe/London"));
        assert_eq!(
            london.later(at("2026-10-24T09:00:00Z"), 24),
            at("2026-10-25T10:00:00Z")
        );
        // New York springs forward on 8 Mar 2026: Sat 10:00 EST (15:00 UTC) a day later is Sun 10:00 EDT (14:00 UTC).
        let new_york = WallClock::of(zone("America/New_York"));
        assert_eq!(
            new_york.later(at("2026-03-07T15:00:00Z"), 48),
            at("2026-03-09T14:00:00Z")
        );
        // Leftover hours are elapsed time.
        assert_eq!(
            new_york.later(at("2026-03-07T15:00:00Z"), 26),
            at("2026-03-08T16:00:00Z")
        );
        // Without a zone, UTC is the wall clock.
        assert_eq!(
            WallClock::of(None).later(at("2026-10-24T09:00:00Z"), 24),
            at("2026-10-25T09:00:00Z")
        );
    }

    #[test]
    fn a_skipped_or_repeated_wall_time_resolves_to_one_instant() {
        let new_york = WallClock::of(zone("America/New_York"));
        // 02:30 on 8 Mar 2026 never happens in New York; it is taken as 03:30 EDT.
        assert_eq!(
            new_york.later(at("2026-03-07T07:30:00Z"), 24),
            at("2026-03-08T07:30:00Z")
        );
        // 01:30 on 25 Oct 2026 comes twice in London; the first (BST) is meant.
        let london = WallClock::of(zone("Europe/London"));
        assert_eq!(
            london.later(at("2026-10-24T00:30:00Z"), 24),
            at("2026-10-25T00:30:00Z")
        );
    }

    #[test]
    fn a_night_deadline_moves_to_the_next_morning() {
        let london = WallClock::of(zone("Europe/London"));
        // Tue 8 Dec 2026 00:15 GMT is at night: 09:00 the same morning.
        assert_eq!(
            london.by_day(at("2026-12-08T00:15:00Z")),
            at("2026-12-08T09:00:00Z")
        );
        // 22:30 is at night too: 09:00 the next morning.
        assert_eq!(
            london.by_day(at("2026-12-07T22:30:00Z")),
            at("2026-12-08T09:00:00Z")
        );
        // 20:59 and 08:00 are not.
        for day_time in ["2026-12-07T20:59:00Z", "2026-12-08T08:00:00Z"] {
            assert_eq!(london.by_day(at(day_time)), at(day_time));
        }
        // 23:00 in New York is 04:00 UTC the next day, and moves to 09:00 New York time.
        let new_york = WallClock::of(zone("America/New_York"));
        assert_eq!(
            new_york.by_day(at("2026-12-08T04:00:00Z")),
            at("2026-12-08T14:00:00Z")
        );
    }

    #[test]
    fn the_weekend_moves_to_monday_morning() {
        let london = WallClock::of(zone("Europe/London"));
        // Sat 12 Dec and Sun 13 Dec 2026 both move to Mon 14 Dec, 09:00.
        for weekend in ["2026-12-12T15:00:00Z", "2026-12-13T08:30:00Z"] {
            assert_eq!(london.on_a_weekday(at(weekend)), at("2026-12-14T09:00:00Z"));
        }
        let friday = at("2026-12-11T15:00:00Z");
        assert_eq!(london.on_a_weekday(friday), friday);
        // Saturday in Tokyo can still be Friday in UTC: the local day counts.
        let tokyo = WallClock::of(zone("Asia/Tokyo"));
        assert_eq!(
            tokyo.on_a_weekday(at("2026-12-11T16:00:00Z")),
            at("2026-12-14T00:00:00Z")
        );
    }
}
