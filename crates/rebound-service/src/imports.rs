//! ATS imports: upserting an [`ImportBatch`] (from any vendor's mapper) into a workspace. Each interview is found by
//! its remote reference (`remote_source`, `remote_id`) and created, updated, left alone or deleted; its candidate is
//! found by `external_id` and created when missing. An import owns only what the ATS knows (company, role title,
//! stage, format, time, duration, interviewers); what the candidate logs (questions, strengths, self-rating,
//! outcome, employer interest, notes, time zone, gaffes, plans) is never touched.
//!
//! Every interview is written in a transaction of its own, so one bad object is reported in `skipped` and the rest
//! still import.

use rebound_domain::ids::{CandidateId, InterviewId, WorkspaceId};
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::interviews::{validate, InterviewInput};
use super::{events, idempotency, in_transaction, Created, Database, IdempotencyKey};
use crate::error::ServiceError;
use crate::stored::RemoteRef;
use crate::validation::Validator;
use crate::view;
use rebound_ats::merge::{self, MergeBundle, ObjectKind, RememberedObject};
use rebound_ats::{
    field_with_nul, Import, ImportedCandidate, ImportedInterview, Skipped, SOURCE_MERGE,
};
use rebound_db::models::ats_object::{self, NewAtsObject};
use rebound_db::models::candidate::{self, NewCandidate};
use rebound_db::models::interview::{self, InterviewRow, InterviewValues, StoredInterviewer};
use rebound_db::models::{gaffe, recovery_plan};
use rebound_domain::bounded::{DisplayName, ExternalId};
use rebound_domain::events::EventType;
use rebound_domain::{EmployerInterest, Outcome};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "created": 2,
    "updated": 1,
    "unchanged": 4,
    "deleted": 1,
    "skipped": [
        {"remote_id": "int-503", "field": "start_at", "reason": "not an RFC 3339 date-time"},
        {"remote_id": "int-510", "field": "remote_was_deleted", "reason": "deleted in the ATS, but kept: the candidate logged gaffes or a recovery plan for it, and an import never removes the candidate's own records"}
    ]
}))]
pub struct ImportReport {
    /// Interviews new to the workspace.
    pub created: u32,
    /// Interviews whose imported fields changed (version + 1, an `interview.updated` event).
    pub updated: u32,
    /// Interviews already as the ATS has them (no write, version unchanged), and deletions of interviews the
    /// workspace never had.
    pub unchanged: u32,
    /// Interviews deleted because the ATS deleted them.
    pub deleted: u32,
    /// Objects not imported (or not deleted), each with the field at fault and why.
    pub skipped: Vec<Skipped>,
}

/// What became of one interview.
enum Upserted {
    Created,
    Updated,
    Unchanged,
    Deleted,
    Skipped(Vec<Skipped>),
}

/// Imports what an import call or webhook delivery carries into the workspace, once per idempotency key: a Merge
/// bundle is first completed with (and then remembered among) the objects earlier Merge imports brought, then
/// mapped; then every interview is upserted. Its events carry interviews and candidates as their own endpoints
/// show them. The caller has checked the caller may import.
pub async fn run(
    db: &Database,
    workspace_id: WorkspaceId,
    key: Option<IdempotencyKey>,
    import: Import,
    now: DateTime<Utc>,
) -> Result<Created, ServiceError> {
    // A retry with the key answers the first report without importing (or remembering) again.
    if let Some(key) = key.clone() {
        if let Some(stored) = db.run(move |conn| idempotency::stored(conn, &key)).await? {
            return Ok(stored);
        }
    }
    let batch = match import {
        Import::Mapped(batch) => batch,
        Import::Merge(bundle) => {
            let bundle = db
                .write(move |conn| {
                    in_transaction(conn, |conn| {
                        remember_and_complete(conn, workspace_id, bundle.clone(), now)
                    })
                })
                .await?;
            merge::map_bundle(&bundle)
        }
    };
    let candidates: HashMap<String, ImportedCandidate> = batch
        .candidates
        .into_iter()
        .map(|c| (c.external_id.clone(), c))
        .collect();
    let candidates = std::sync::Arc::new(candidates);
    let mut report = ImportReport {
        skipped: batch.skipped,
        ..ImportReport::default()
    };
    // One transaction per interview, each its own database call: a bad object is rolled back alone, no lock is
    // held across the batch, and 500 interviews do not have to fit one call's deadline.
    for item in batch.interviews {
        let candidates = candidates.clone();
        let outcome = db
            .write(move |conn| {
                let outcome = in_transaction(conn, |conn| {
                    upsert_one(
                        conn,
                        workspace_id,
                        &item,
                        candidates.get(&item.candidate_external_id),
                        now,
                    )
                });
                outcome.or_else(|error| skipped_for(&item, error))
            })
            .await?;
        match outcome {
            Upserted::Created => report.created += 1,
            Upserted::Updated => report.updated += 1,
            Upserted::Unchanged => report.unchanged += 1,
            Upserted::Deleted => report.deleted += 1,
            Upserted::Skipped(entries) => report.skipped.extend(entries),
        }
    }
    // The key is claimed last. Two concurrent requests with one key may both import, which is harmless (an import
    // is an idempotent upsert: the second finds everything unchanged); only the first report is kept, and the other
    // request answers it too.
    db.write(move |conn| idempotency::create_once(conn, key.as_ref(), |_| Ok(report)))
        .await
}

/// Remembers the Merge objects a bundle carries, then adds the ones it only names by id from what earlier imports
/// remembered. Two rounds: an application recalled in the first names its candidate and job by id.
fn remember_and_complete(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    mut bundle: MergeBundle,
    now: DateTime<Utc>,
) -> Result<MergeBundle, ServiceError> {
    let carried = bundle.objects_to_remember();
    let rows: Vec<NewAtsObject<'_>> = carried
        .iter()
        .map(|object| NewAtsObject {
            workspace_id,
            source: SOURCE_MERGE,
            kind: object.kind.as_str(),
            object_id: &object.id,
            body: &object.object,
            seen_at: now,
        })
        .collect();
    // Bounded statements: PostgreSQL takes at most 65,535 parameters, six per object.
    for chunk in rows.chunks(1000) {
        ats_object::remember(conn, chunk)?;
    }
    for _round in 0..2 {
        let missing = bundle.missing_references();
        if missing.is_empty() {
            break;
        }
        // `missing` is sorted by kind, so `dedup` leaves each kind once.
        let mut kinds: Vec<&str> = missing.iter().map(|(kind, _)| kind.as_str()).collect();
        kinds.dedup();
        let ids: Vec<&str> = missing.iter().map(|(_, id)| id.as_str()).collect();
        let recalled = ats_object::recall(conn, workspace_id, SOURCE_MERGE, &kinds, &ids)?
            .into_iter()
            .filter_map(|row| {
                let kind = ObjectKind::parse(&row.kind)?;
                missing
                    .binary_search(&(kind, row.object_id.clone()))
                    .is_ok()
                    .then_some(RememberedObject {
                        kind,
                        id: row.object_id,
                        object: row.body,
                    })
            })
            .collect();
        bundle.add_remembered(recalled);
    }
    Ok(bundle)
}

/// A refused interview becomes `skipped` entries, one per field at fault; failures that are not about the object
/// (the database went away) fail the whole import.
fn skipped_for(item: &ImportedInterview, error: ServiceError) -> Result<Upserted, ServiceError> {
    let entry = |field: &str, reason: &str| Skipped::new(&item.remote_id, field, reason);
    match error {
        ServiceError::Validation(errors) | ServiceError::Unprocessable(errors) => Ok(
            Upserted::Skipped(errors.iter().map(|e| entry(&e.field, &e.message)).collect()),
        ),
        ServiceError::Conflict { detail, .. } => {
            Ok(Upserted::Skipped(vec![entry("remote_id", &detail)]))
        }
        other => Err(other),
    }
}

fn upsert_one(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    item: &ImportedInterview,
    candidate: Option<&ImportedCandidate>,
    now: DateTime<Utc>,
) -> Result<Upserted, ServiceError> {
    if let Some(field) = field_with_nul(item, candidate) {
        return Err(ServiceError::invalid(
            field,
            "must not contain NUL characters",
        ));
    }
    let existing =
        interview::find_by_remote_for_update(conn, workspace_id, item.source, &item.remote_id)?;
    if item.deleted {
        return delete_one(conn, workspace_id, item, existing, now);
    }
    match existing {
        Some(current) => {
            if let Some(stale) = older_than_applied(conn, workspace_id, item, &current)? {
                return Ok(stale);
            }
            let input = import_owned(InterviewInput::from_row(&current), item, &current);
            let values = validate(input, now)?;
            // The ATS has it again (restored, or deleted by mistake): the deletion marker goes.
            let restored = current.remote_deleted_at.is_some();
            if same_imported_fields(&current, &values) && !restored {
                return Ok(Upserted::Unchanged);
            }
            let mut updated = interview::update(conn, workspace_id, current.id, &values)?;
            if restored {
                updated = interview::set_remote_deleted_at(conn, workspace_id, current.id, None)?;
            }
            events::record_update(
                conn,
                workspace_id,
                EventType::InterviewUpdated,
                &view::interview(current),
                &view::interview(updated),
            )?;
            Ok(Upserted::Updated)
        }
        None => {
            // Validated before the candidate is created, so a refused interview leaves no candidate behind.
            let mut values = validate(new_input(CandidateId::from_uuid(Uuid::nil()), item), now)?;
            values.candidate_id = find_or_create_candidate(conn, workspace_id, item, candidate)?;
            let row = interview::insert(conn, InterviewId::new_v7(), workspace_id, &values)?;
            if let Some(at) = item.remote_updated_at {
                interview::advance_remote_updated_at(conn, workspace_id, row.id, at)?;
            }
            events::record(
                conn,
                workspace_id,
                EventType::InterviewCreated,
                &view::interview(row),
                None,
            )?;
            Ok(Upserted::Created)
        }
    }
}

/// `Some(skipped)` when the item says the ATS changed the interview before the change already applied (a stale
/// retry, or a replayed capture of an old delivery): applying it would revert the interview, so it is reported and
/// left alone. Otherwise records the item's time as the newest applied (the row is locked, so concurrent imports
/// of one interview compare and record in turn). Items without a time (Greenhouse) are always applied.
fn older_than_applied(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    item: &ImportedInterview,
    current: &InterviewRow,
) -> Result<Option<Upserted>, ServiceError> {
    let Some(incoming) = item.remote_updated_at else {
        return Ok(None);
    };
    match interview::remote_updated_at(conn, workspace_id, current.id)? {
        Some(applied) if incoming < applied => Ok(Some(Upserted::Skipped(vec![Skipped::new(
            &item.remote_id,
            "remote_updated_at",
            format!(
                "older than the change already applied ({}): a stale or replayed update is not applied",
                applied.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ),
        )]))),
        _ => {
            interview::advance_remote_updated_at(conn, workspace_id, current.id, incoming)?;
            Ok(None)
        }
    }
}

/// The ATS deleted the interview: delete it too, unless the candidate logged something on it (gaffes, a recovery
/// plan), which an import never removes; that interview is kept, marked with `remote_deleted_at` (announced by
/// `interview.updated`) and reported.
fn delete_one(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    item: &ImportedInterview,
    existing: Option<InterviewRow>,
    now: DateTime<Utc>,
) -> Result<Upserted, ServiceError> {
    let Some(current) = existing else {
        return Ok(Upserted::Unchanged);
    };
    let gaffes = gaffe::count_for_interview(conn, workspace_id, current.id)?;
    let plans = recovery_plan::count_for_interview(conn, workspace_id, current.id)?;
    if gaffes > 0 || plans > 0 {
        if current.remote_deleted_at.is_none() {
            let marked =
                interview::set_remote_deleted_at(conn, workspace_id, current.id, Some(now))?;
            events::record_update(
                conn,
                workspace_id,
                EventType::InterviewUpdated,
                &view::interview(current),
                &view::interview(marked),
            )?;
        }
        return Ok(Upserted::Skipped(vec![Skipped::new(
            &item.remote_id,
            "remote_was_deleted",
            "deleted in the ATS, but kept: the candidate logged gaffes or a recovery plan for it, and an import \
             never removes the candidate's own records; delete it with DELETE /v1/interviews/{id} if it should go",
        )]));
    }
    interview::delete(conn, workspace_id, current.id)?;
    events::record(
        conn,
        workspace_id,
        EventType::InterviewDeleted,
        &view::interview(current),
        None,
    )?;
    Ok(Upserted::Deleted)
}

/// A new interview: the imported fields, and the candidate's own fields empty (not rated yet, outcome pending,
/// employer interest unknown).
fn new_input(candidate_id: CandidateId, item: &ImportedInterview) -> InterviewInput {
    InterviewInput {
        candidate_id,
        company: item.company.clone(),
        role_title: item.role_title.clone(),
        stage: item.stage,
        format: item.format,
        occurred_at: item.occurred_at,
        // ATS times are instants; they are shown in UTC.
        occurred_at_offset_minutes: None,
        time_zone: None,
        duration_minutes: item.duration_minutes,
        interviewers: item.interviewers.clone(),
        questions: Vec::new(),
        strengths: Vec::new(),
        self_rating: None,
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Unknown,
        notes: None,
        remote: Some(RemoteRef {
            source: item.source.to_string(),
            remote_id: item.remote_id.clone(),
        }),
    }
}

/// The stored interview with the import-owned fields replaced by the ATS's; everything else stays.
fn import_owned(
    mut input: InterviewInput,
    item: &ImportedInterview,
    current: &InterviewRow,
) -> InterviewInput {
    input.company = item.company.clone();
    input.role_title = item.role_title.clone();
    input.stage = item.stage;
    input.format = item.format;
    if item.occurred_at != current.occurred_at {
        input.occurred_at = item.occurred_at;
        input.occurred_at_offset_minutes = None;
    }
    input.duration_minutes = item.duration_minutes;
    input.interviewers = item.interviewers.clone();
    input
}

/// Whether the validated import leaves every import-owned field as stored.
fn same_imported_fields(current: &InterviewRow, values: &InterviewValues) -> bool {
    let interviewers: Result<Vec<StoredInterviewer>, _> =
        serde_json::from_value(values.interviewers.clone());
    current.company == values.company
        && current.role_title == values.role_title
        && current.stage == values.stage
        && current.format == values.format
        && current.occurred_at == values.occurred_at
        && current.duration_minutes == values.duration_minutes
        && interviewers.is_ok_and(|list| list == current.interviewers.0)
}

/// The candidate with the interview's `external_id`, created from the ATS's data when the workspace has none (an
/// existing candidate's data is never overwritten).
fn find_or_create_candidate(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    item: &ImportedInterview,
    candidate: Option<&ImportedCandidate>,
) -> Result<CandidateId, ServiceError> {
    if let Some(found) =
        candidate::find_by_external_id(conn, workspace_id, &item.candidate_external_id)?
    {
        return Ok(found.id);
    }
    let imported = candidate.ok_or_else(|| {
        ServiceError::invalid(
            "candidate_external_id",
            "no candidate with this id in the import, and none in the workspace",
        )
    })?;
    let mut v = Validator::new();
    let values = NewCandidate {
        id: CandidateId::new_v7(),
        workspace_id,
        display_name: v.text::<DisplayName>("candidate.display_name", &imported.display_name),
        email: imported
            .email
            .as_deref()
            .map(|email| v.email("candidate.email", email)),
        external_id: Some(v.text::<ExternalId>("candidate.external_id", &imported.external_id)),
        user_id: None,
        notes: None,
        time_zone: None,
        // An ATS says nothing about the language: the workspace's.
        locale: crate::candidates::workspace_locale(conn, workspace_id)?,
    };
    v.finish()?;
    let row = candidate::insert(conn, &values)?;
    let id = row.id;
    events::record(
        conn,
        workspace_id,
        EventType::CandidateCreated,
        &view::candidate(row),
        None,
    )?;
    Ok(id)
}
