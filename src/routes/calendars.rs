//! A recovery plan as an RFC 5545 calendar: downloaded with a bearer token, or subscribed to by a calendar app
//! through a feed URL that carries a revocable secret instead. Both serve the same bytes for the same plan (see
//! `rebound_domain::calendar`), with an `ETag`, so `If-None-Match` polls cost a 304.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpRequest, HttpResponse};
use chrono_tz::Tz;
use rebound_domain::ids::{CalendarFeedId, InterviewId, PlanId};
use sha2::{Digest, Sha256};

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::forwarded::own_origin;
use crate::routes::responses::NotVisible;
use crate::state::AppState;
use rebound_service::auth::{Principal, Scope};
use rebound_service::calendar_feeds::{self, OpenedFeed};
use rebound_service::plans;
use rebound_views::calendars::{plan_calendar, CalendarFeedResponse};
use rebound_views::plans::RecoveryPlanResponse;

/// What a calendar looks like in the examples: a plan with one pending step in Toronto time.
const CALENDAR_EXAMPLE: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebound//Recovery plans//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:Rebound recovery plan\r\nX-WR-CALNAME:Rebound recovery plan\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\nX-WR-TIMEZONE:America/Toronto\r\nBEGIN:VTIMEZONE\r\nTZID:America/Toronto\r\nBEGIN:STANDARD\r\nDTSTART:20261125T000000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:step-01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e@rebound\r\nDTSTAMP:20261126T093000Z\r\nLAST-MODIFIED:20261126T093000Z\r\nSEQUENCE:0\r\nDTSTART;TZID=America/Toronto:20261127T083000\r\nDTEND;TZID=America/Toronto:20261127T090000\r\nSUMMARY:Send a thank-you note that sets the record straight\r\nDESCRIPTION:Send the drafted note.\r\nSTATUS:CONFIRMED\r\nTRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nUID:reminder-step-01936f8f-1f7a-7b8c-8d9e-0f1a2b3c4d5e@rebound\r\nACTION:DISPLAY\r\nDESCRIPTION:Send a thank-you note that sets the record straight\r\nTRIGGER:-PT30M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// The answers of both calendar reads, declared once: the document with its `ETag`, or 304 when the client has it.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Only describes the responses; the handlers build them with `calendar_response`.
enum CalendarAnswer {
    #[response(
        status = 200,
        description = "The calendar",
        content_type = "text/calendar",
        headers(("ETag" = String, description = "Changes whenever the calendar does"), ("Content-Language" = String, description = "The plan's `locale`, which its entries are written in: `en` or `fr-CA`")),
        example = json!(CALENDAR_EXAMPLE)
    )]
    Calendar(String),
    #[response(
        status = 304,
        description = "Not modified: the `ETag` sent in `If-None-Match` is still current",
        headers(("ETag" = String, description = "The current tag"))
    )]
    NotModified,
}

/// A strong validator of the calendar's bytes: the same plan renders the same bytes, so the same tag.
fn calendar_etag(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether `If-None-Match` names `etag` (or `*`); weak comparison, as RFC 9110 §13.1.2 asks for GET.
fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag == etag)
}

/// The plan's calendar as a response: 200 with the document, or 304 when the client already has it.
fn calendar_response(
    req: &HttpRequest,
    plan: &RecoveryPlanResponse,
    zone: Option<Tz>,
    principal: Option<&Principal>,
) -> HttpResponse {
    let version = crate::api_version::effective(req, principal);
    let body = plan_calendar(plan, zone, version).render();
    let etag = calendar_etag(&body);
    if not_modified(req, &etag) {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish();
    }
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::ETAG, etag))
        .insert_header((header::CONTENT_LANGUAGE, plan.locale.clone()))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"rebound-plan-{}.ics\"", plan.id),
        ))
        .body(body)
}

/// Get a recovery plan as a calendar.
///
/// Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per step, ending at its due
/// time: pending steps with a reminder, done and skipped ones as `STATUS:CANCELLED` so a calendar that imported them
/// removes them. Times are local to the interview's time zone (else the candidate's), with a `VTIMEZONE` generated
/// from the tz database for every `TZID`, or UTC when neither has one. Entries and reminders keep their UIDs and
/// `SEQUENCE` grows with each change, so importing the file again updates entries rather than adding copies. The
/// same plan gives the same bytes; send the `ETag` back in `If-None-Match` to get a 304 when nothing changed. For a
/// calendar app that should follow the plan by itself, open a feed (`POST …/calendar-feeds`). Before API version
/// 2026-12-07, done and skipped steps are left out instead.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the calendar you have: 304 when it is still current"),
    ),
    responses(
        CalendarAnswer,
        NotVisible,
    )
)]
#[get("/interviews/{interview_id}/recovery-plans/{plan_id}/calendar.ics")]
pub async fn get_plan_calendar(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, PlanId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let (interview_id, plan_id) = path.into_inner();
    let (plan, zone) =
        plans::get_with_time_zone(&state.db, principal.visibility(), interview_id, plan_id).await?;
    Ok(calendar_response(&req, &plan, zone, Some(&principal.0)))
}

fn feed_response(req: &HttpRequest, feed: OpenedFeed) -> CalendarFeedResponse {
    let origin = own_origin(req);
    let url = format!(
        "{origin}/v1/calendar-feeds/{id}/{secret}.ics",
        id = feed.id,
        secret = feed.secret
    );
    let webcal_url = match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.clone(),
    };
    CalendarFeedResponse {
        id: feed.id,
        interview_id: feed.interview_id,
        plan_id: feed.plan_id,
        url,
        webcal_url,
        created_at: feed.created_at,
    }
}

/// Open a calendar feed for a recovery plan.
///
/// Requires `interviews:write`. Returns a subscription URL that calendar apps poll by themselves, with no
/// bearer token: Google Calendar (*Other calendars → From URL*), Outlook (*Add calendar → Subscribe from web*) and
/// Apple Calendar (*File → New Calendar Subscription*, or open `webcal_url`). The URL carries a secret shown only in
/// this response; anyone holding it can read the plan's steps until the feed is revoked with
/// `DELETE /v1/calendar-feeds/{calendar_feed_id}`. A plan may have up to 10 feeds.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
    ),
    responses(
        (status = 201, description = "Opened: `url` is shown this once", body = CalendarFeedResponse),
        (status = 409, description = "The plan already has 10 feeds (`too_many_calendar_feeds`)", body = Problem, content_type = "application/problem+json"),
        NotVisible,
    )
)]
#[post("/interviews/{interview_id}/recovery-plans/{plan_id}/calendar-feeds")]
pub async fn open_calendar_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<(InterviewId, PlanId)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    let (interview_id, plan_id) = path.into_inner();
    let feed =
        calendar_feeds::open(&state.db, principal.visibility(), interview_id, plan_id).await?;
    Ok(HttpResponse::Created().json(feed_response(&req, feed)))
}

/// Revoke a calendar feed.
///
/// Requires `interviews:write`. The feed's URL answers 404 from then on; calendar apps subscribed to it keep the
/// entries they last fetched until they are removed there.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(("calendar_feed_id" = Uuid, Path, description = "The feed's id, from its creation")),
    responses(
        (status = 204, description = "Revoked"),
        NotVisible,
    )
)]
#[delete("/calendar-feeds/{calendar_feed_id}")]
pub async fn revoke_calendar_feed(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CalendarFeedId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    calendar_feeds::revoke(&state.db, principal.visibility(), path.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Read a calendar feed (what calendar apps poll).
///
/// No token: the secret in the path authenticates the request. The same document as
/// `GET …/recovery-plans/{plan_id}/calendar.ics`, with an `ETag` for `If-None-Match`. A wrong secret, a revoked
/// feed and a deleted plan all answer 404.
#[utoipa::path(
    tag = "recovery-plans",
    params(
        ("calendar_feed_id" = Uuid, Path, description = "The feed's id"),
        ("secret" = String, Path, description = "The feed's secret, as in its `url` (before `.ics`)"),
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the calendar you have: 304 when it is still current"),
    ),
    responses(
        CalendarAnswer,
        (status = 404, description = "No feed with this id and secret", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/calendar-feeds/{calendar_feed_id}/{secret}.ics")]
pub async fn read_calendar_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CalendarFeedId, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, secret) = path.into_inner();
    let (plan, zone) = calendar_feeds::plan(&state.db, id, &secret).await?;
    // Calendar apps send no version: the current one, unless the URL's user adds the header.
    Ok(calendar_response(&req, &plan, zone, None))
}
