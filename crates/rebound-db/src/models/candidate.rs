use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CandidateId, UserId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
use super::CandidateScope;
use crate::schema::candidates;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = candidates, check_for_backend(diesel::pg::Pg))]
pub struct CandidateRow {
    pub id: CandidateId,
    pub workspace_id: WorkspaceId,
    pub display_name: String,
    pub email: Option<String>,
    pub external_id: Option<String>,
    pub user_id: Option<UserId>,
    pub notes: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// IANA time zone name, validated by the service.
    pub time_zone: Option<String>,
    /// Its change position (migration 000043): the writing transaction's id, then the write's sequence number.
    pub change_xid: i64,
    pub change_seq: i64,
    /// The language the candidate's plans are written in: `en` or `fr-CA`.
    pub locale: String,
}

/// A new candidate; absent optional values are written as NULL (not `DEFAULT`), so the insert is prepared once per
/// connection (see `InterviewValues`).
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = candidates, treat_none_as_default_value = false)]
pub struct NewCandidate {
    pub id: CandidateId,
    pub workspace_id: WorkspaceId,
    pub display_name: String,
    pub email: Option<String>,
    pub external_id: Option<String>,
    pub user_id: Option<UserId>,
    pub notes: Option<String>,
    pub time_zone: Option<String>,
    /// `en` or `fr-CA`; empty until the service fills in the workspace's (when none was sent).
    pub locale: String,
}

/// An insert of `values` as one part of a [`super::event::write_with_event`] statement, stamped `at` (see
/// [`CandidateRow::as_inserted`]).
pub fn insert_part(values: NewCandidate, at: DateTime<Utc>) -> super::event::Write<'static> {
    Box::new(diesel::insert_into(candidates::table).values((
        values,
        candidates::created_at.eq(at),
        candidates::updated_at.eq(at),
    )))
}

impl CandidateRow {
    /// The row [`insert_part`] stores, known before it is sent (see `InterviewRow::as_inserted`): `at` in whole
    /// microseconds; the change position stays 0, since no response or event shows it.
    pub fn as_inserted(values: &NewCandidate, at: DateTime<Utc>) -> Self {
        CandidateRow {
            id: values.id,
            workspace_id: values.workspace_id,
            display_name: values.display_name.clone(),
            email: values.email.clone(),
            external_id: values.external_id.clone(),
            user_id: values.user_id,
            notes: values.notes.clone(),
            version: 1,
            created_at: at,
            updated_at: at,
            time_zone: values.time_zone.clone(),
            locale: values.locale.clone(),
            change_xid: 0,
            change_seq: 0,
        }
    }
}

/// Changed columns of an update; `None` leaves a column as it is, `Some(None)` clears it.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = candidates)]
pub struct CandidateChanges {
    pub display_name: Option<String>,
    pub email: Option<Option<String>>,
    pub external_id: Option<Option<String>>,
    pub user_id: Option<Option<UserId>>,
    pub notes: Option<Option<String>>,
    pub time_zone: Option<Option<String>>,
    pub locale: Option<String>,
}

/// The candidates visible in `scope` within the workspace.
fn visible(
    workspace_id: WorkspaceId,
    scope: CandidateScope,
) -> candidates::BoxedQuery<'static, diesel::pg::Pg> {
    let query = candidates::table
        .filter(candidates::workspace_id.eq(workspace_id))
        .into_boxed();
    match scope {
        CandidateScope::Workspace => query,
        CandidateScope::LinkedTo(user_id) => query.filter(candidates::user_id.eq(user_id)),
    }
}

/// Ids of the candidates visible in `scope`, for filtering interviews.
pub fn visible_ids(
    workspace_id: WorkspaceId,
    scope: CandidateScope,
) -> candidates::BoxedQuery<'static, diesel::pg::Pg, diesel::sql_types::Uuid> {
    visible(workspace_id, scope).select(candidates::id)
}

workspace_scoped! {
    table = candidates, row = CandidateRow, id = CandidateId;

    pub fn insert = insert(NewCandidate);
    pub fn find = find_visible(visible);
    /// The row locked by [`find_for_update`], before its visibility check.
    fn lock_in_workspace = find_for_update();
    /// Applies `changes` and bumps the version.
    pub fn update = update_versioned(CandidateChanges);
    pub fn delete = delete_found();
    /// The candidate with this `external_id` in the workspace (unique per workspace).
    pub fn find_by_external_id = find_by(external_id: &str);
    /// Narrows a page of [`list_changed`] to the settled candidate changes, in sync order.
    fn changed_since = changed_since();
}

/// Newest first; `before` is the last id of the previous page (ids are time-ordered UUIDv7).
pub fn list(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    external_id: Option<&str>,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<CandidateRow>> {
    let mut query = visible(workspace_id, scope)
        .select(CandidateRow::as_select())
        .order(candidates::id.desc())
        .limit(limit);
    if let Some(external_id) = external_id {
        query = query.filter(candidates::external_id.eq(external_id.to_string()));
    }
    if let Some(before) = before {
        query = query.filter(candidates::id.lt(before));
    }
    query.load(conn)
}

/// Settled candidate changes at or after `since`, oldest change first (a sync loop's order); `after` is the previous
/// page's last change position.
pub fn list_changed(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    external_id: Option<&str>,
    since: Option<DateTime<Utc>>,
    after: Option<super::ChangePosition>,
    limit: i64,
) -> QueryResult<Vec<CandidateRow>> {
    let mut query = visible(workspace_id, scope)
        .select(CandidateRow::as_select())
        .limit(limit);
    if let Some(external_id) = external_id {
        query = query.filter(candidates::external_id.eq(external_id.to_string()));
    }
    changed_since(query, since, after).load(conn)
}

/// Locks a visible candidate row until the transaction ends, so a version check and the update that follows it
/// cannot interleave with another writer.
pub fn find_for_update(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    id: CandidateId,
) -> QueryResult<Option<CandidateRow>> {
    // Lock first, then check visibility on the locked row. A candidate's `user_id` (which decides what a
    // candidate user sees) can change through PATCH, so a check made before the lock could be stale by the time
    // the lock is granted. Boxed queries cannot carry a lock, hence the plain query of the workspace's row.
    let row = lock_in_workspace(conn, workspace_id, id)?;
    Ok(row.filter(|row| match scope {
        CandidateScope::Workspace => true,
        CandidateScope::LinkedTo(user_id) => row.user_id == Some(user_id),
    }))
}
