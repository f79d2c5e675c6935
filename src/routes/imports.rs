//! ATS imports: interviews, interviewers and candidates from an applicant tracking system, upserted idempotently.
//! The vendor's shape is mapped by pure domain code (`domain::ats`); [`import_batch`] is the one path from a mapped
//! batch to the response, shared by every vendor's import.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem, ServiceError};
use crate::extract::ForeignJson;
use crate::routes::idempotency::{idempotency_key, json_response, REPLAYED};
use crate::state::AppState;
use rebound_ats::greenhouse::{self, GreenhouseBundle};
use rebound_ats::merge::MergeBundle;
use rebound_ats::{Import, MAX_IMPORT_OBJECTS};
use rebound_service::auth::{Principal, Scope};
use rebound_service::imports::{self, ImportReport};

/// Largest import body: 500 objects as the vendors send them (with `remote_data`, `field_mappings` and the like)
/// take a few hundred kilobytes; other requests keep `REBOUND_JSON_LIMIT_BYTES`.
pub const IMPORT_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// Imports need the interview write scope and a workspace-wide caller (an owner, coach or integration client): a
/// candidate user may not add interviews for other candidates, which an ATS bundle would.
pub fn require_importer(principal: &Principal) -> Result<(), ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    if principal.is_candidate() {
        return Err(ApiError::Service(ServiceError::Forbidden(
            "Imports bring in interviews of any candidate in the workspace; candidate users cannot import.".into(),
        )));
    }
    Ok(())
}

/// The 400 for a bundle with more than [`MAX_IMPORT_OBJECTS`] objects, naming the array that crosses the limit.
pub fn too_many_objects(array: &str) -> ApiError {
    ApiError::invalid(
        array,
        format!(
            "an import takes at most {MAX_IMPORT_OBJECTS} objects in all its arrays together; send the rest in \
             another call"
        ),
    )
}

/// Runs an import for the caller's workspace (once per `Idempotency-Key`) and answers 200 with the report; a
/// replay answers the first report again with `Idempotent-Replayed: true`.
async fn import(
    req: &HttpRequest,
    state: &AppState,
    principal: &Principal,
    import: Import,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(req, principal)?;
    let created = imports::run(
        &state.db,
        principal.workspace_id,
        key,
        import,
        state.clock.now(),
    )
    .await?;
    let mut response = HttpResponse::Ok();
    if created.replayed {
        response.insert_header((REPLAYED, "true"));
    }
    Ok(json_response(response, created.body))
}

/// Import interviews from Merge's unified ATS API.
///
/// Send the objects as Merge's list endpoints return them (`results` of `GET /ats/v1/candidates`,
/// `/applications`, `/jobs`, `/users`, `/interviews`, optionally `/job-interview-stages`), with the hiring
/// company's name; nulls and fields Rebound does not use are fine. Each `ScheduledInterview` becomes an interview
/// with `remote: {source: "merge", remote_id}` (the ATS's `remote_id`, else Merge's `id`); its candidate (through
/// its application) is found by `external_id` and created when missing; the role title comes from the job, the
/// interviewers' names and e-mails from the `RemoteUser`s, the stage from the stage name, the format from the
/// location.
///
/// Re-importing is safe: an interview whose imported fields are unchanged is not written (same version and ETag);
/// a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes company, role
/// title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged (questions, strengths,
/// self-rating, outcome, employer interest, notes, time zone, gaffes, plans) is never touched. New interviews are
/// not rated yet (`self_rating: null`), `outcome: pending`. `remote_was_deleted: true` deletes the interview,
/// unless the candidate logged gaffes or a recovery plan for it: it is then kept and listed in `skipped`.
///
/// The Merge objects of the bundle are remembered for the workspace (90 days after they were last seen), so that a
/// Merge webhook delivery naming them by id alone can be applied (see `POST /v1/inbound/merge/{receiver_id}`).
///
/// At most 500 objects per call (all arrays together). An object that cannot be imported is listed in `skipped`
/// with the field at fault; the rest still import. Requires `interviews:write` and a workspace-wide caller
/// (candidate users get 403). Send an `Idempotency-Key` header to make retries safe.
#[utoipa::path(
    tag = "imports",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry")),
    request_body(content = MergeBundle, example = json!({
        "company": "Harbor & Finch Capital",
        "candidates": [{
            "id": "521b18c2-4d01-4297-b451-19858d07c133", "remote_id": "4021",
            "first_name": "Dana", "last_name": "Okafor",
            "email_addresses": [{"value": "dana.okafor@example.com", "email_address_type": "PERSONAL"}],
            "phone_numbers": [], "applications": ["92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d"],
            "remote_was_deleted": false, "field_mappings": null, "remote_data": null
        }],
        "applications": [{
            "id": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d", "remote_id": "77012",
            "candidate": "521b18c2-4d01-4297-b451-19858d07c133", "job": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633",
            "current_stage": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11"
        }],
        "jobs": [{"id": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "remote_id": "8811", "name": "Senior Financial Analyst", "status": "OPEN"}],
        "users": [
            {"id": "b82302de-852e-4e60-b050-edf9da3b7c02", "remote_id": "31", "first_name": "Armin", "last_name": "Vogel", "email": "armin.vogel@harborfinch.example", "access_role": "INTERVIEWER"},
            {"id": "6bfb6d3a-2c4f-47d0-8a2a-3f3b7f4c9e20", "remote_id": "32", "first_name": "Priya", "last_name": "Raman", "email": "priya.raman@harborfinch.example", "access_role": "TEAM_MEMBER"}
        ],
        "job_interview_stages": [{"id": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11", "remote_id": "5", "name": "Final Round", "job": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633"}],
        "interviews": [{
            "id": "b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f", "remote_id": "930112",
            "application": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d",
            "job_interview_stage": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11",
            "organizer": "6bfb6d3a-2c4f-47d0-8a2a-3f3b7f4c9e20",
            "interviewers": ["b82302de-852e-4e60-b050-edf9da3b7c02", "6bfb6d3a-2c4f-47d0-8a2a-3f3b7f4c9e20"],
            "location": "Harbor & Finch, 12 Pier Street, 4th floor",
            "start_at": "2026-11-24T14:00:00Z", "end_at": "2026-11-24T15:00:00Z",
            "status": "COMPLETE", "remote_was_deleted": false,
            "remote_created_at": "2026-11-17T10:00:00Z", "remote_updated_at": "2026-11-24T15:05:00Z"
        }]
    })),
    responses(
        (status = 200, description = "What the import did", body = ImportReport),
        (status = 400, description = "Malformed bundle, or more than 500 objects (`errors[]` names the array that crosses the limit)", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/validation_failed", "title": "The request is not valid", "status": 400, "detail": "1 field is invalid.", "code": "validation_failed", "errors": [{"field": "interviews", "message": "an import takes at most 500 objects in all its arrays together; send the rest in another call"}]})),
        (status = 413, description = "The body is larger than 4 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing `interviews:write`, or a candidate user", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The Idempotency-Key was reused with a different bundle", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/merge")]
pub async fn import_merge(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    body: ForeignJson<MergeBundle>,
) -> Result<HttpResponse, ApiError> {
    require_importer(&principal)?;
    let bundle = body.0;
    if let Some(array) = bundle.array_beyond_limit() {
        return Err(too_many_objects(array));
    }
    import(&req, &state, &principal, Import::Merge(bundle)).await
}

/// Import interviews from Greenhouse Harvest.
///
/// Send the objects as Harvest's list endpoints return them (`GET /v1/candidates`, `/v1/applications`,
/// `/v1/scheduled_interviews`), with the hiring company's name; nulls and fields Rebound does not use are fine. Each
/// scheduled interview becomes an interview with `remote: {source: "greenhouse", remote_id}` (its Harvest `id`);
/// its candidate, reached through `application_id` → application → `candidate_id`, is found by `external_id` (the
/// Harvest candidate `id`) and created when missing. The role title is the application's first job's `name`, the
/// stage comes from `interview.name`, the format from `video_conferencing_url` and `location`, `occurred_at` and
/// the duration from `start.date_time` and `end.date_time` (an all-day interview's `start.date` is midnight UTC,
/// without a duration), the interviewers' names and e-mails from `interviewers[]`. `status` and `organizer` are not
/// imported.
///
/// Re-importing is safe: an interview whose imported fields are unchanged is not written (same version and ETag);
/// a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes company, role
/// title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged is never touched. New
/// interviews are not rated yet (`self_rating: null`), `outcome: pending`.
///
/// At most 500 objects per call (all arrays together). An object that cannot be read or imported is listed in
/// `skipped` with the Harvest field at fault (prefixed with its array and index when it has no readable `id`); the
/// rest still import. Requires `interviews:write` and a workspace-wide caller (candidate users get 403). Send an
/// `Idempotency-Key` header to make retries safe.
#[utoipa::path(
    tag = "imports",
    security(("bearer" = []), ("oauth2" = ["interviews:write"])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry")),
    request_body(content = GreenhouseBundle, example = json!({
        "company": "Halvorsen Capital",
        "candidates": [{
            "id": 48201331, "first_name": "Amara", "last_name": "Okafor", "company": "Brightline Partners",
            "title": "Financial Analyst", "is_private": false, "application_ids": [61500101],
            "email_addresses": [
                {"value": "amara.okafor@brightline.example.com", "type": "work"},
                {"value": "amara.okafor@example.com", "type": "personal"}
            ],
            "phone_numbers": [{"value": "+44 20 7946 0311", "type": "mobile"}],
            "recruiter": {"id": 4080, "name": "Kate Austen"}, "coordinator": null, "tags": ["Finance"],
            "custom_fields": {"desired_salary": null}
        }],
        "applications": [{
            "id": 61500101, "candidate_id": 48201331, "prospect": false, "status": "active",
            "applied_at": "2026-10-02T09:14:22.000Z", "source": {"id": 1871, "public_name": "Referral"},
            "jobs": [{"id": 123004, "name": "Senior Financial Analyst"}],
            "current_stage": {"id": 62828, "name": "Technical Interview"}, "rejection_reason": null
        }],
        "scheduled_interviews": [{
            "id": 110300001, "application_id": 61500101, "external_event_id": "7c1f0e5a2b9d4e61@google.com",
            "start": {"date_time": "2026-11-18T14:00:00.000Z"}, "end": {"date_time": "2026-11-18T15:00:00.000Z"},
            "location": null, "video_conferencing_url": "https://zoom.us/j/93015520441",
            "status": "complete", "created_at": "2026-11-10T09:30:12.112Z", "updated_at": "2026-11-18T16:40:03.101Z",
            "interview": {"id": 7001, "name": "Technical Interview"},
            "organizer": {"id": 4080, "first_name": "Kate", "last_name": "Austen", "name": "Kate Austen", "employee_id": null},
            "interviewers": [
                {"id": 5121, "employee_id": "HC-0098", "name": "Armin Lindqvist", "email": "armin.lindqvist@halvorsen.example.com", "response_status": "accepted", "scorecard_id": 11274},
                {"id": 5133, "employee_id": null, "name": "Priya Natarajan", "email": "priya.natarajan@halvorsen.example.com", "response_status": "accepted", "scorecard_id": null}
            ]
        }]
    })),
    responses(
        (status = 200, description = "What the import did", body = ImportReport,
            example = json!({"created": 4, "updated": 1, "unchanged": 0, "deleted": 0, "skipped": [
                {"remote_id": "110300004", "field": "start", "reason": "missing: the interview has neither a start date_time nor a date"},
                {"remote_id": "", "field": "scheduled_interviews[6].id", "reason": "is not a Greenhouse id (a positive integer)"}
            ]})),
        (status = 400, description = "Malformed bundle (no `company`, say), or more than 500 objects (`errors[]` names the array that crosses the limit)", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/validation_failed", "title": "Invalid request", "status": 400, "detail": "1 field is invalid.", "code": "validation_failed", "errors": [{"field": "scheduled_interviews", "message": "an import takes at most 500 objects in all its arrays together; send the rest in another call"}]})),
        (status = 403, description = "Missing `interviews:write`, or a candidate user", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The Idempotency-Key was reused with a different bundle", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/greenhouse")]
pub async fn import_greenhouse(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    body: ForeignJson<GreenhouseBundle>,
) -> Result<HttpResponse, ApiError> {
    require_importer(&principal)?;
    let bundle = body.0;
    if let Some(array) = bundle.array_beyond_limit() {
        return Err(too_many_objects(array));
    }
    import(
        &req,
        &state,
        &principal,
        Import::Mapped(greenhouse::map_bundle(&bundle)),
    )
    .await
}
