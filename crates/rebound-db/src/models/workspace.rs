use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::WorkspaceId;

use crate::schema::workspaces;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = workspaces, check_for_backend(diesel::pg::Pg))]
pub struct WorkspaceRow {
    pub id: WorkspaceId,
    pub name: String,
    pub created_at: DateTime<Utc>,
}

pub fn insert(conn: &mut PgConnection, id: WorkspaceId, name: &str) -> QueryResult<WorkspaceRow> {
    diesel::insert_into(workspaces::table)
        .values((workspaces::id.eq(id), workspaces::name.eq(name)))
        .returning(WorkspaceRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: WorkspaceId) -> QueryResult<Option<WorkspaceRow>> {
    workspaces::table
        .find(id)
        .select(WorkspaceRow::as_select())
        .first(conn)
        .optional()
}
