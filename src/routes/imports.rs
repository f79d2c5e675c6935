//! ATS imports: interviews, interviewers and candidates from an applicant tracking system, upserted idempotently.
//! The vendor's shape is mapped by pure domain code (`domain::ats`); [`import_batch`] is the one path from a mapped
//! batch to the response, shared by every vendor's import.

use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Utc;

use crate::auth::{Principal, Scope};
use crate::domain::ats::merge::{map_bundle, MergeBundle};
use crate::domain::ats::{ImportBatch, MAX_IMPORT_OBJECTS};
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::routes::idempotency::{idempotency_key, Created, REPLAYED};
// The events an import records carry the interview and candidate exactly as their own endpoints show them.
use crate::routes::candidates::CandidateResponse;
use crate::routes::interviews::InterviewResponse;
use crate::service::imports::{self, ImportReport};
use crate::state::AppState;

/// Largest import body: 500 objects as the vendors send them (with `remote_data`, `field_mappings` and the like)
/// take a few hundred kilobytes; other requests keep `REBOUND_JSON_LIMIT_BYTES`.
pub const IMPORT_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// Imports need the interview write scope and a workspace-wide caller (an owner, coach or integration client): a
/// candidate user may not add interviews for other candidates, which an ATS bundle would.
pub fn require_importer(principal: &Principal) -> Result<(), ApiError> {
    principal.require_scope(Scope::InterviewsWrite)?;
    if principal.is_candidate() {
        return Err(ApiError::Forbidden(
            "Imports bring in interviews of any candidate in the workspace; candidate users cannot import.".into(),
        ));
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

/// Upserts a mapped batch for the caller's workspace (once per `Idempotency-Key`) and answers 200 with the report;
/// a replay answers the first report again with `Idempotent-Replayed: true`.
pub async fn import_batch(
    req: &HttpRequest,
    state: &AppState,
    principal: &Principal,
    batch: ImportBatch,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(req, principal)?;
    let created = imports::upsert(
        &state.db,
        principal.workspace_id,
        key,
        batch,
        Utc::now(),
        InterviewResponse::from,
        CandidateResponse::from,
    )
    .await?;
    let mut response = HttpResponse::Ok();
    let body = match created {
        Created::Fresh(body) => body,
        Created::Replayed(body) => {
            response.insert_header((REPLAYED, "true"));
            body
        }
    };
    Ok(response.json(body))
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
    principal: Principal,
    body: Json<MergeBundle>,
) -> Result<HttpResponse, ApiError> {
    require_importer(&principal)?;
    let bundle = body.into_inner();
    if let Some(array) = bundle.array_beyond_limit() {
        return Err(too_many_objects(array));
    }
    import_batch(&req, &state, &principal, map_bundle(&bundle)).await
}
