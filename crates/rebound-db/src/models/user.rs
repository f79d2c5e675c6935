use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{UserId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
use crate::schema::users;
use rebound_domain::access::Role;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct UserRow {
    pub id: UserId,
    pub workspace_id: WorkspaceId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    pub id: UserId,
    pub workspace_id: WorkspaceId,
    /// Already lowercased.
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
}

/// Looks a login name up across all workspaces (e-mails are unique service-wide).
pub fn find_by_email(conn: &mut PgConnection, email: &str) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::email.eq(email))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

/// What an owner may change about a user; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct UserChanges {
    pub display_name: Option<String>,
    pub role: Option<Role>,
}

workspace_scoped! {
    table = users, row = UserRow, id = UserId;

    pub fn insert = insert(NewUser);
    pub fn find_in_workspace = find();
    /// Like [`find_in_workspace`], locking the row until the transaction ends so concurrent changes serialise.
    pub fn find_in_workspace_for_update = find_for_update();
    /// Newest first; `before` is the last id of the previous page (ids are time-ordered UUIDv7).
    pub fn list_in_workspace = newest_first();
    /// Applies `changes` (and bumps the version); the caller has checked the row exists in the workspace.
    pub fn update = update_versioned(UserChanges);
    /// Deletes the user; false when no such user is in the workspace.
    pub fn delete_in_workspace = delete_found();
}

/// Replaces the password hash (and bumps the version).
pub fn set_password_hash(
    conn: &mut PgConnection,
    id: UserId,
    password_hash: &str,
) -> QueryResult<UserRow> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::version.eq(users::version + 1),
            users::updated_at.eq(diesel::dsl::now),
        ))
        .returning(UserRow::as_returning())
        .get_result(conn)
}
