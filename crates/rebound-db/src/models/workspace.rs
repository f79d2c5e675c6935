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
    /// The language new candidates get unless they are given one: a BCP 47 tag, `en` or `fr-CA` (checked by the
    /// service and a constraint).
    pub locale: String,
}

pub fn insert(
    conn: &mut PgConnection,
    id: WorkspaceId,
    name: &str,
    locale: &str,
) -> QueryResult<WorkspaceRow> {
    diesel::insert_into(workspaces::table)
        .values((
            workspaces::id.eq(id),
            workspaces::name.eq(name),
            workspaces::locale.eq(locale),
        ))
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

/// Sets the workspace's default language; `None` when the workspace no longer exists.
pub fn set_locale(
    conn: &mut PgConnection,
    id: WorkspaceId,
    locale: &str,
) -> QueryResult<Option<WorkspaceRow>> {
    diesel::update(workspaces::table.find(id))
        .set(workspaces::locale.eq(locale))
        .returning(WorkspaceRow::as_returning())
        .get_result(conn)
        .optional()
}
