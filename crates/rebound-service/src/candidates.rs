//! Candidates: validated input, the candidate-user link, and the create/list/update/delete use cases.

use diesel::PgConnection;
use rebound_domain::ids::{CandidateId, UserId, WorkspaceId};
use uuid::Uuid;

use super::idempotency::Head;
use super::{
    check_version, events, idempotency, in_transaction, on_unique_violation, CandidateScope,
    Created, Database, IdempotencyKey, Visibility,
};
use crate::auth::Role;
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::view;
use rebound_db::models::candidate::{self, CandidateChanges, CandidateRow, NewCandidate};
use rebound_db::models::{ats_object, user, workspace};
use rebound_domain::bounded::{BoundedText, CandidateNotes, DisplayName, ExternalId};
use rebound_domain::events::EventType;
use rebound_i18n::Locale;
use rebound_views::candidates::CandidateResponse;

/// The fields of a new candidate, as sent.
#[derive(Debug, Clone, Default)]
pub struct CandidateInput {
    pub display_name: String,
    pub email: Option<String>,
    pub external_id: Option<String>,
    pub user_id: Option<UserId>,
    pub notes: Option<String>,
    /// IANA time zone name, checked by validation.
    pub time_zone: Option<String>,
    /// `en` or `fr-CA` (any case), checked by validation; `None` for the workspace's.
    pub locale: Option<String>,
}

/// A change to a candidate, as sent: `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct CandidateUpdate {
    pub display_name: Option<String>,
    pub email: Option<Option<String>>,
    pub external_id: Option<Option<String>>,
    pub user_id: Option<Option<UserId>>,
    pub notes: Option<Option<String>>,
    pub time_zone: Option<Option<String>>,
    pub locale: Option<String>,
}

impl CandidateUpdate {
    /// Whether the change touches the record's links, which only coaches and owners may change.
    fn changes_links(&self) -> bool {
        self.user_id.is_some() || self.external_id.is_some()
    }
}

fn optional_text<T: BoundedText>(
    v: &mut Validator,
    field: &str,
    value: Option<&str>,
) -> Option<String> {
    value.map(|text| v.text::<T>(field, text))
}

fn optional_email(v: &mut Validator, field: &str, value: Option<&str>) -> Option<String> {
    value.map(|email| v.email(field, email))
}

fn candidate_forbidden() -> ServiceError {
    ServiceError::Forbidden(
        "Candidate accounts can read and edit only their own record; a coach manages candidates."
            .into(),
    )
}

/// 422 unless `user_id` is a candidate-role user of the workspace.
fn check_linkable_user(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    user_id: UserId,
) -> Result<(), ServiceError> {
    let linkable = user::find_in_workspace(conn, workspace_id, user_id)?
        .is_some_and(|u| u.role == Role::Candidate);
    if linkable {
        Ok(())
    } else {
        Err(ServiceError::unprocessable(
            "user_id",
            "must be the id of a candidate user in this workspace",
        ))
    }
}

/// Maps unique violations of a candidate write to a precise 409.
fn candidate_conflict(error: diesel::result::Error) -> ServiceError {
    on_unique_violation(error, |constraint| {
        if constraint.is_some_and(|c| c.contains("user_id")) {
            ServiceError::Conflict {
                code: "user_already_linked",
                detail: "That user is already linked to another candidate record.".into(),
            }
        } else {
            ServiceError::Conflict {
                code: "external_id_taken",
                detail: "Another candidate in this workspace already has this external_id.".into(),
            }
        }
    })
}

/// Creates a candidate, once per idempotency key; the response (stored for replays) and the `candidate.created`
/// event carry the candidate as shown. Candidate users cannot create records.
pub async fn create(
    db: &Database,
    (workspace_id, scope): Visibility,
    key: Option<IdempotencyKey>,
    input: CandidateInput,
) -> Result<Created, ServiceError> {
    if scope != CandidateScope::Workspace {
        return Err(candidate_forbidden());
    }
    let mut values = validate(CandidateId::new_v7(), workspace_id, input)?;
    if values.user_id.is_some() || values.locale.is_empty() {
        values = db
            .run(move |conn| complete(conn, &mut values).map(|()| values))
            .await?;
    }
    let at = super::stamp();
    let shown = view::candidate(CandidateRow::as_inserted(&values, at));
    let event = events::new_event(workspace_id, EventType::CandidateCreated, &shown, None)?;
    let writes = vec![candidate::insert_part(values, at)];
    let head = Head::of_versioned(shown.id, shown.version);
    idempotency::create_in_one_statement(db, key, head, writes, event, candidate_conflict).await
}

/// Checks a new candidate's fields, or answers 400/422 naming every bad one.
pub(crate) fn validate(
    id: CandidateId,
    workspace_id: WorkspaceId,
    input: CandidateInput,
) -> Result<NewCandidate, ServiceError> {
    let mut v = Validator::new();
    let values = NewCandidate {
        id,
        workspace_id,
        display_name: v.text::<DisplayName>("display_name", &input.display_name),
        email: optional_email(&mut v, "email", input.email.as_deref()),
        external_id: optional_text::<ExternalId>(
            &mut v,
            "external_id",
            input.external_id.as_deref(),
        ),
        user_id: input.user_id,
        notes: optional_text::<CandidateNotes>(&mut v, "notes", input.notes.as_deref()),
        time_zone: input
            .time_zone
            .as_deref()
            .map(|zone| v.time_zone("time_zone", zone)),
        // Empty means "the workspace's": `insert_validated` looks it up in the same transaction as the insert.
        locale: input
            .locale
            .as_deref()
            .map(|locale| v.locale("locale", locale))
            .unwrap_or_default(),
    };
    v.finish()?;
    Ok(values)
}

/// The language a new candidate of the workspace gets when none is given: the workspace's.
pub(crate) fn workspace_locale(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
) -> Result<String, ServiceError> {
    Ok(workspace::find(conn, workspace_id)?
        .map_or_else(|| Locale::default().tag().to_string(), |w| w.locale))
}

/// What a validated candidate needs from the database before it is stored: a linked user must be a candidate user
/// of the workspace, and no `locale` means the workspace's (a round trip more only then: the answer names the
/// locale stored).
fn complete(conn: &mut PgConnection, values: &mut NewCandidate) -> Result<(), ServiceError> {
    if let Some(user_id) = values.user_id {
        check_linkable_user(conn, values.workspace_id, user_id)?;
    }
    if values.locale.is_empty() {
        values.locale = workspace_locale(conn, values.workspace_id)?;
    }
    Ok(())
}

/// Stores a validated candidate and records `candidate.created`, inside the caller's transaction.
pub(crate) fn insert_validated(
    conn: &mut PgConnection,
    values: &NewCandidate,
) -> Result<CandidateResponse, ServiceError> {
    let mut values = values.clone();
    complete(conn, &mut values)?;
    let row = candidate::insert(conn, &values).map_err(candidate_conflict)?;
    let shown = view::candidate(row);
    events::record(
        conn,
        values.workspace_id,
        EventType::CandidateCreated,
        &shown,
        None,
    )?;
    Ok(shown)
}

/// A page of visible candidates, newest first; `external_id` finds an integrator's record.
pub async fn list(
    db: &Database,
    (workspace_id, scope): Visibility,
    external_id: Option<String>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<CandidateResponse>, ServiceError> {
    db.run(move |conn| {
        let rows = candidate::list(
            conn,
            workspace_id,
            scope,
            external_id.as_deref(),
            after,
            limit,
        )?;
        Ok(rows.into_iter().map(view::candidate).collect())
    })
    .await
}

/// A page of settled changes of visible candidates, oldest change first, each with its change position (see
/// `docs/src/job-boards/conventions.md`, "Sync").
pub async fn list_changed(
    db: &Database,
    (workspace_id, scope): Visibility,
    external_id: Option<String>,
    from: crate::SyncFrom,
    limit: i64,
) -> Result<Vec<(CandidateResponse, crate::ChangePosition)>, ServiceError> {
    db.run(move |conn| {
        let rows = candidate::list_changed(
            conn,
            workspace_id,
            scope,
            external_id.as_deref(),
            from.since,
            from.after,
            limit,
        )?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let position = (row.change_xid, row.change_seq);
                (view::candidate(row), position)
            })
            .collect())
    })
    .await
}

/// A visible candidate, or 404.
pub(crate) fn find_visible(
    conn: &mut PgConnection,
    (workspace_id, scope): Visibility,
    id: CandidateId,
) -> Result<CandidateRow, ServiceError> {
    candidate::find(conn, workspace_id, scope, id)?.ok_or(ServiceError::NotFound("candidate"))
}

/// A visible candidate, or 404.
pub async fn get(
    db: &Database,
    visibility: Visibility,
    id: CandidateId,
) -> Result<CandidateResponse, ServiceError> {
    db.run(move |conn| find_visible(conn, visibility, id).map(view::candidate))
        .await
}

/// Applies `update` to the candidate at version `expected` (any when `None`). Candidate users may edit their own
/// record but not its links (`user_id`, `external_id`).
pub async fn update(
    db: &Database,
    (workspace_id, scope): Visibility,
    id: CandidateId,
    expected: Option<i32>,
    update: CandidateUpdate,
) -> Result<CandidateResponse, ServiceError> {
    if scope != CandidateScope::Workspace && update.changes_links() {
        return Err(candidate_forbidden());
    }
    let mut v = Validator::new();
    let changes = CandidateChanges {
        display_name: optional_text::<DisplayName>(
            &mut v,
            "display_name",
            update.display_name.as_deref(),
        ),
        email: update
            .email
            .map(|e| optional_email(&mut v, "email", e.as_deref())),
        external_id: update
            .external_id
            .map(|e| optional_text::<ExternalId>(&mut v, "external_id", e.as_deref())),
        user_id: update.user_id,
        notes: update
            .notes
            .map(|n| optional_text::<CandidateNotes>(&mut v, "notes", n.as_deref())),
        time_zone: update
            .time_zone
            .map(|zone| zone.map(|zone| v.time_zone("time_zone", &zone))),
        locale: update.locale.map(|locale| v.locale("locale", &locale)),
    };
    v.finish()?;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = candidate::find_for_update(conn, workspace_id, scope, id)?
                .ok_or(ServiceError::NotFound("candidate"))?;
            check_version(expected, current.version)?;
            if let Some(Some(user_id)) = changes.user_id {
                check_linkable_user(conn, workspace_id, user_id)?;
            }
            let updated =
                candidate::update(conn, workspace_id, id, &changes).map_err(candidate_conflict)?;
            let updated = view::candidate(updated);
            events::record_update(
                conn,
                workspace_id,
                EventType::CandidateUpdated,
                &view::candidate(current),
                &updated,
            )?;
            Ok(updated)
        })
    })
    .await
}

/// Deletes the candidate with everything logged for them. Candidate users cannot delete (their own record is a
/// 403; anyone else's a 404, as ever). The `candidate.deleted` event carries the record as it was; its
/// interviews, gaffes and plans go with it without events of their own.
pub async fn delete(
    db: &Database,
    (workspace_id, scope): Visibility,
    id: CandidateId,
    expected: Option<i32>,
) -> Result<(), ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = candidate::find_for_update(conn, workspace_id, scope, id)?
                .ok_or(ServiceError::NotFound("candidate"))?;
            if scope != CandidateScope::Workspace {
                return Err(candidate_forbidden());
            }
            check_version(expected, current.version)?;
            candidate::delete(conn, workspace_id, id)?;
            // What an ATS import remembered about the person goes with them.
            if let Some(external_id) = &current.external_id {
                ats_object::forget_candidate(conn, workspace_id, external_id)?;
            }
            events::record(
                conn,
                workspace_id,
                EventType::CandidateDeleted,
                &view::candidate(current),
                None,
            )?;
            Ok(())
        })
    })
    .await
}
