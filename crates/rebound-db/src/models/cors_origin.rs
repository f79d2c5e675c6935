//! Browser origins registered by workspaces (see the `cors_origins` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CorsOriginId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
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

workspace_scoped! {
    table = cors_origins, row = CorsOriginRow, id = CorsOriginId;

    pub fn insert = insert(NewCorsOrigin);
    pub fn find = find();
    /// Newest first; `before` is the last id of the previous page.
    pub fn list = newest_first();
    /// How many origins the workspace has registered.
    pub fn count = count();
    /// Deletes one origin of the workspace; returns it, or `None` when there was none with that id.
    pub fn delete = delete_returning();
}

/// Every registered origin of every workspace, for the in-memory allow list each replica keeps.
pub fn all(conn: &mut PgConnection) -> QueryResult<Vec<(WorkspaceId, String)>> {
    cors_origins::table
        .select((cors_origins::workspace_id, cors_origins::origin))
        .load(conn)
}
