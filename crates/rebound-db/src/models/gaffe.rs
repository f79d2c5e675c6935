use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{GaffeId, InterviewId, WorkspaceId};

use super::scoped::workspace_scoped;
use crate::schema::gaffes;
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

/// [`insert`] as one part of a [`super::event::write_changes`] statement, stamped `at` (see
/// `InterviewRow::as_inserted`).
pub fn insert_part(
    id: GaffeId,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
    values: GaffeValues,
    at: DateTime<Utc>,
) -> super::event::Write<'static> {
    Box::new(diesel::insert_into(gaffes::table).values((
        gaffes::id.eq(id),
        gaffes::workspace_id.eq(workspace_id),
        gaffes::interview_id.eq(interview_id),
        values,
        gaffes::created_at.eq(at),
        gaffes::updated_at.eq(at),
    )))
}

impl GaffeRow {
    /// The row [`insert_part`] stores, known before it is sent (version 1, the column's default).
    pub fn as_inserted(
        id: GaffeId,
        workspace_id: WorkspaceId,
        interview_id: InterviewId,
        values: &GaffeValues,
        at: DateTime<Utc>,
    ) -> Self {
        GaffeRow {
            id,
            workspace_id,
            interview_id,
            kind: values.kind,
            description: values.description.clone(),
            noticed: values.noticed,
            moment: values.moment,
            corrected_in_interview: values.corrected_in_interview,
            extenuating_circumstance: values.extenuating_circumstance.clone(),
            question_index: values.question_index,
            version: 1,
            created_at: at,
            updated_at: at,
            correction_said: values.correction_said.clone(),
            correction_correct: values.correction_correct.clone(),
        }
    }
}

/// The gaffes of one interview in the order they were logged. The interview's visibility is checked by the caller.
pub fn list_for_interview(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
) -> QueryResult<Vec<GaffeRow>> {
    list_for_interviews(conn, workspace_id, &[interview_id])
}

workspace_scoped! {
    table = gaffes, row = GaffeRow, id = GaffeId;

    /// The gaffes of several interviews in one query (insights across a candidate's interviews), grouped by
    /// interview and in logged order within each.
    pub fn list_for_interviews = of_parents(interview_id: InterviewId, id);
    /// One gaffe of one interview, optionally locked for an update.
    pub fn find = find_locked_if(under interview_id: InterviewId);
    /// How many gaffes the interview has. The interview's visibility is checked by the caller.
    pub fn count_for_interview = count(under interview_id: InterviewId);
    pub fn update = update_versioned(GaffeValues);
    pub fn delete = delete();
}
