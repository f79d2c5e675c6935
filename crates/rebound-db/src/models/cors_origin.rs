//! Browser origins registered by workspaces (see the `cors_origins` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CorsOriginId, WorkspaceId};
use uuid::Uuid;

use crate::schema::cors_origins;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cors_origins, check_for_backend(diesel::pg::Pg))]
pub struct CorsOriginRow {
    pub id: CorsOriginId,
    pub workspace_id: WorkspaceId,
    pub origin: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cors_origins)]
pub struct NewCorsOrigin {
    pub id: CorsOriginId,
    pub workspace_id: WorkspaceId,
    pub origin: String,
}

pub fn insert(conn: &mut PgConnection, origin: &NewCorsOrigin) -> QueryResult<CorsOriginRow> {
    diesel::insert_into(cors_origins::table)
        .values(origin)
        .returning(CorsOriginRow::as_returning())
        .get_result(conn)
}

pub fn find(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: CorsOriginId,
) -> QueryResult<Option<CorsOriginRow>> {
    cors_origins::table
        .filter(cors_origins::workspace_id.eq(workspace_id))
        .filter(cors_origins::id.eq(id))
        .select(CorsOriginRow::as_select())
        .first(conn)
        .optional()
}

/// Newest first; `before` is the last id of the previous page.
pub fn list(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<CorsOriginRow>> {
    let mut query = cors_origins::table
        .filter(cors_origins::workspace_id.eq(workspace_id))
        .select(CorsOriginRow::as_select())
        .order(cors_origins::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(cors_origins::id.lt(before));
    }
    query.load(conn)
}

/// How many origins the workspace has registered.
pub fn count(conn: &mut PgConnection, workspace_id: WorkspaceId) -> QueryResult<i64> {
    cors_origins::table
        .filter(cors_origins::workspace_id.eq(workspace_id))
        .count()
        .get_result(conn)
}

/// Deletes one origin of the workspace; returns it, or `None` when there was none with that id.
pub fn delete(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: CorsOriginId,
) -> QueryResult<Option<CorsOriginRow>> {
    diesel::delete(
        cors_origins::table
            .filter(cors_origins::workspace_id.eq(workspace_id))
            .filter(cors_origins::id.eq(id)),
    )
    .returning(CorsOriginRow::as_returning())
    .get_result(conn)
    .optional()
}

/// Every registered origin of every workspace, for the in-memory allow list each replica keeps.
pub fn all(conn: &mut PgConnection) -> QueryResult<Vec<(WorkspaceId, String)>> {
    cors_origins::table
        .select((cors_origins::workspace_id, cors_origins::origin))
        .load(conn)
}
