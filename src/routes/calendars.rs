//! A recovery plan as an RFC 5545 calendar, so a job board can offer "add to my calendar": one event per pending
//! step at its due time, with a reminder. UIDs are the steps' own, so downloading it again updates the entries
//! instead of duplicating them; SEQUENCE follows the step's version. Times are in the interview's (else the
//! candidate's) time zone, as an IANA `TZID` (which calendar apps resolve themselves), and UTC when none is known.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use icalendar::{Alarm, Calendar, CalendarDateTime, Component, Event, EventLike, Trigger};
use rebound_domain::ids::{InterviewId, PlanId};

use crate::bearer::Authenticated;
use crate::error::ApiError;
use crate::routes::responses::NotVisible;
use crate::state::AppState;
use rebound_domain::plan::StepStatus;
use rebound_service::auth::Scope;
use rebound_service::plans;
use rebound_views::plans::RecoveryPlanResponse;

/// How long each step's calendar entry lasts.
const ENTRY_MINUTES: i64 = 30;

/// How long before a step's due time the calendar reminds.
const REMINDER_MINUTES: i64 = 60;

/// `at` as the calendar states it: local time with its zone's `TZID`, or UTC.
fn calendar_time(at: DateTime<Utc>, zone: Option<Tz>) -> CalendarDateTime {
    match zone {
        Some(zone) => CalendarDateTime::WithTimezone {
            date_time: at.with_timezone(&zone).naive_local(),
            tzid: zone.name().to_string(),
        },
        None => CalendarDateTime::Utc(at),
    }
}

/// The plan's pending steps as an iCalendar document, times in `zone` when one is known.
pub fn render(plan: &RecoveryPlanResponse, zone: Option<Tz>) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Rebound recovery plan").description(
        "What to do after the interview, step by step. Updated when you download it again.",
    );
    if let Some(zone) = zone {
        calendar.timezone(zone.name());
    }
    for step in plan
        .steps
        .iter()
        .filter(|step| step.status == StepStatus::Pending)
    {
        let event = Event::new()
            .uid(&format!("step-{}@rebound", step.id))
            .sequence(u32::try_from(step.version.max(1) - 1).unwrap_or(0))
            .timestamp(step.updated_at)
            .summary(&step.title)
            .description(&step.what_to_do)
            .starts(calendar_time(
                step.due_at - chrono::Duration::minutes(ENTRY_MINUTES),
                zone,
            ))
            .ends(calendar_time(step.due_at, zone))
            .alarm(Alarm::display(
                &step.title,
                Trigger::before_start(chrono::Duration::minutes(REMINDER_MINUTES - ENTRY_MINUTES)),
            ))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// Get a recovery plan as a calendar.
///
/// Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per pending step, ending at
/// its due time, with a reminder; done and skipped steps are left out. Times are local to the interview's time
/// zone (else the candidate's) with an IANA `TZID`, or UTC when neither has one. Entries keep their UID, so importing the
/// file again after steps change updates them rather than adding copies.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
    ),
    responses(
        (status = 200, description = "The calendar", content_type = "text/calendar", body = String,
         example = json!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:ICALENDAR-RS\r\nCALSCALE:GREGORIAN\r\nNAME:Rebound recovery plan\r\nBEGIN:VEVENT\r\nUID:step-01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e@rebound\r\nSUMMARY:Send a thank-you note that sets the record straight\r\nDTSTART:20261127T153000Z\r\nDTEND:20261127T160000Z\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=START:-PT30M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")),
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/recovery-plans/{plan_id}/calendar.ics")]
pub async fn get_plan_calendar(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, PlanId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (interview_id, plan_id) = path.into_inner();
    let (plan, zone) =
        plans::get_with_time_zone(&state.db, principal.visibility(), interview_id, plan_id).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"rebound-plan-{plan_id}.ics\""),
        ))
        .body(render(&plan, zone)))
}
