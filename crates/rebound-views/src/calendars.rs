//! A recovery plan as a calendar, and the calendar feeds that publish it.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rebound_domain::calendar::{CalendarDocument, CalendarEntry};
use rebound_domain::ids::{CalendarFeedId, InterviewId, PlanId};
use rebound_domain::plan::StepStatus;
use rebound_domain::versions::ApiVersion;
use rebound_i18n::Locale;
use serde::Serialize;
use utoipa::ToSchema;

use crate::plans::RecoveryPlanResponse;

/// How long each step's calendar entry lasts; it ends at the step's due time.
const ENTRY_MINUTES: i64 = 30;

/// How long before an entry starts its reminder shows (an hour before the step is due).
const REMINDER_MINUTES: i64 = 30;

/// The plan as a calendar for a client on `version`, in the plan's language: every step as an entry ending at its due time, in `zone` when
/// one is known (else UTC). Pending steps have a reminder; done and skipped ones stay, cancelled, so subscribed
/// calendars remove them (before version 2026-12-07 they were left out). UIDs are the steps' own and SEQUENCE follows
/// each step's version, so a re-import updates entries in place.
pub fn plan_calendar(
    plan: &RecoveryPlanResponse,
    zone: Option<Tz>,
    version: ApiVersion,
) -> CalendarDocument {
    let keeps_finished_steps = version.includes(ApiVersion::V2026_12_07);
    let entries = plan
        .steps
        .iter()
        .filter(|step| keeps_finished_steps || step.status == StepStatus::Pending)
        .map(|step| {
            let pending = step.status == StepStatus::Pending;
            CalendarEntry {
                uid: format!("step-{}@rebound", step.id),
                sequence: u32::try_from(step.version.max(1) - 1).unwrap_or(0),
                changed_at: step.updated_at,
                summary: step.title.clone(),
                description: step.what_to_do.clone(),
                starts_at: step.due_at - Duration::minutes(ENTRY_MINUTES),
                ends_at: step.due_at,
                cancelled: !pending,
                reminder_before: pending.then(|| Duration::minutes(REMINDER_MINUTES)),
            }
        })
        .collect();
    // The plan's own language: its steps' texts are in it, so the calendar's name and description are too.
    let locale = Locale::from_tag(&plan.locale).unwrap_or_default();
    CalendarDocument {
        name: rebound_i18n::message(locale, "plan-calendar-name"),
        description: rebound_i18n::message(locale, "plan-calendar-description"),
        zone,
        entries,
    }
}

/// A calendar feed just opened. `url` is shown this once: it carries the feed's secret, and anyone who has it
/// can read the plan's steps, so keep it as you would a password and revoke the feed when it is no longer used.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "plan_id": "01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e",
    "url": "https://rebound.example.com/v1/calendar-feeds/01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f/rcal_Vq3kR9mXbT2wLp8sN4yZcH6dF1gJ7uA0eQ5iO3rS2tU.ics",
    "webcal_url": "webcal://rebound.example.com/v1/calendar-feeds/01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f/rcal_Vq3kR9mXbT2wLp8sN4yZcH6dF1gJ7uA0eQ5iO3rS2tU.ics",
    "created_at": "2026-11-26T09:30:00Z"
}))]
pub struct CalendarFeedResponse {
    #[schema(value_type = Uuid)]
    pub id: CalendarFeedId,
    #[schema(value_type = Uuid)]
    pub interview_id: InterviewId,
    #[schema(value_type = Uuid)]
    pub plan_id: PlanId,
    /// The subscription URL (https): paste it into Google Calendar ("From URL") or Outlook ("Subscribe from web").
    pub url: String,
    /// The same URL with the `webcal` scheme, which Apple Calendar and most phones open as a subscription.
    pub webcal_url: String,
    pub created_at: DateTime<Utc>,
}
