//! Calendar feeds: subscription URLs for recovery plans (see the `calendar_feeds` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CalendarFeedId, InterviewId, PlanId, WorkspaceId};

use super::scoped::workspace_scoped;
use crate::schema::calendar_feeds;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = calendar_feeds, check_for_backend(diesel::pg::Pg))]
pub struct CalendarFeedRow {
    pub id: CalendarFeedId,
    pub workspace_id: WorkspaceId,
    pub interview_id: InterviewId,
    pub plan_id: PlanId,
    pub secret_hash: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = calendar_feeds)]
pub struct NewCalendarFeed {
    pub id: CalendarFeedId,
    pub workspace_id: WorkspaceId,
    pub interview_id: InterviewId,
    pub plan_id: PlanId,
    pub secret_hash: String,
}

workspace_scoped! {
    table = calendar_feeds, row = CalendarFeedRow, id = CalendarFeedId;

    pub fn insert = insert(NewCalendarFeed);
    pub fn find = find();
    /// Deletes one feed of the workspace; returns it, or `None` when there was none with that id.
    pub fn delete = delete_returning();
}

/// How many feeds a plan has.
pub fn count_for_plan(conn: &mut PgConnection, plan_id: PlanId) -> QueryResult<i64> {
    calendar_feeds::table
        .filter(calendar_feeds::plan_id.eq(plan_id))
        .count()
        .get_result(conn)
}

/// The feed with this id, whatever its workspace: the feed URL carries no workspace, its secret authenticates it.
pub fn find_unscoped(
    conn: &mut PgConnection,
    id: CalendarFeedId,
) -> QueryResult<Option<CalendarFeedRow>> {
    calendar_feeds::table
        .find(id)
        .select(CalendarFeedRow::as_select())
        .first(conn)
        .optional()
}
