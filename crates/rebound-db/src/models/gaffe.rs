use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CandidateId, GaffeId, InterviewId, WorkspaceId};
use uuid::Uuid;

use crate::schema::{gaffes, interviews};
use rebound_domain::{GaffeKind, Moment, Noticed};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = gaffes, check_for_backend(diesel::pg::Pg))]
pub struct GaffeRow {
    pub id: GaffeId,
    pub workspace_id: WorkspaceId,
    pub interview_id: InterviewId,
    pub kind: GaffeKind,
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    pub corrected_in_interview: bool,
    pub extenuating_circumstance: Option<String>,
    pub question_index: Option<i32>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// What was said, for a factual error with a structured correction (set together with `correction_correct`).
    pub correction_said: Option<String>,
    /// What is true, for a factual error with a structured correction.
    pub correction_correct: Option<String>,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = gaffes, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct GaffeValues {
    pub kind: GaffeKind,
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    pub corrected_in_interview: bool,
    pub extenuating_circumstance: Option<String>,
    pub question_index: Option<i32>,
    pub correction_said: Option<String>,
    pub correction_correct: Option<String>,
}

pub fn insert(
    conn: &mut PgConnection,
    id: GaffeId,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
    values: &GaffeValues,
) -> QueryResult<GaffeRow> {
    diesel::insert_into(gaffes::table)
        .values((
            gaffes::id.eq(id),
            gaffes::workspace_id.eq(workspace_id),
            gaffes::interview_id.eq(interview_id),
            values,
        ))
        .returning(GaffeRow::as_returning())
        .get_result(conn)
}

/// The gaffes of one interview in the order they were logged. The interview's visibility is checked by the caller.
pub fn list_for_interview(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
) -> QueryResult<Vec<GaffeRow>> {
    list_for_interviews(conn, workspace_id, &[interview_id])
}

/// The gaffes of several interviews in one query (insights across a candidate's interviews), grouped by interview
/// and in logged order within each.
pub fn list_for_interviews(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_ids: &[InterviewId],
) -> QueryResult<Vec<GaffeRow>> {
    gaffes::table
        .filter(gaffes::workspace_id.eq(workspace_id))
        .filter(gaffes::interview_id.eq_any(interview_ids))
        .order((gaffes::interview_id, gaffes::id))
        .select(GaffeRow::as_select())
        .load(conn)
}

/// Per gaffe kind, in how many of the candidate's interviews that took place strictly before `before` a gaffe of
/// that kind was logged (kinds never logged are absent).
pub fn kinds_in_earlier_interviews(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    candidate_id: CandidateId,
    before: DateTime<Utc>,
) -> QueryResult<Vec<(GaffeKind, i64)>> {
    gaffes::table
        .inner_join(interviews::table)
        .filter(gaffes::workspace_id.eq(workspace_id))
        .filter(interviews::workspace_id.eq(workspace_id))
        .filter(interviews::candidate_id.eq(candidate_id))
        .filter(interviews::occurred_at.lt(before))
        .group_by(gaffes::kind)
        .select((
            gaffes::kind,
            diesel::dsl::count(gaffes::interview_id).aggregate_distinct(),
        ))
        .load(conn)
}

/// One gaffe of one interview, optionally locked for an update.
pub fn find(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
    id: GaffeId,
    lock: bool,
) -> QueryResult<Option<GaffeRow>> {
    let query = gaffes::table
        .filter(gaffes::workspace_id.eq(workspace_id))
        .filter(gaffes::interview_id.eq(interview_id))
        .filter(gaffes::id.eq(id))
        .select(GaffeRow::as_select());
    if lock {
        query.for_update().first(conn).optional()
    } else {
        query.first(conn).optional()
    }
}

/// How many gaffes the interview has. The interview's visibility is checked by the caller.
pub fn count_for_interview(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
) -> QueryResult<i64> {
    gaffes::table
        .filter(gaffes::workspace_id.eq(workspace_id))
        .filter(gaffes::interview_id.eq(interview_id))
        .count()
        .get_result(conn)
}

/// The gaffe `id` in the workspace, as the target of a write.
fn by_id(
    workspace_id: WorkspaceId,
    id: GaffeId,
) -> diesel::dsl::Filter<
    diesel::dsl::Filter<gaffes::table, diesel::dsl::Eq<gaffes::workspace_id, WorkspaceId>>,
    diesel::dsl::Eq<gaffes::id, Uuid>,
> {
    gaffes::table
        .filter(gaffes::workspace_id.eq(workspace_id))
        .filter(gaffes::id.eq(id))
}

pub fn update(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: GaffeId,
    values: &GaffeValues,
) -> QueryResult<GaffeRow> {
    diesel::update(by_id(workspace_id, id))
        .set((
            values,
            gaffes::version.eq(gaffes::version + 1),
            gaffes::updated_at.eq(diesel::dsl::now),
        ))
        .returning(GaffeRow::as_returning())
        .get_result(conn)
}

pub fn delete(conn: &mut PgConnection, workspace_id: WorkspaceId, id: GaffeId) -> QueryResult<()> {
    diesel::delete(by_id(workspace_id, id))
        .execute(conn)
        .map(|_| ())
}
