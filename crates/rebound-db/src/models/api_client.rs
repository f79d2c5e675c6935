use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{ApiClientId, UserId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
use crate::schema::api_clients;
use rebound_domain::access::ClientType;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_clients, check_for_backend(diesel::pg::Pg))]
pub struct ApiClientRow {
    pub id: ApiClientId,
    pub workspace_id: WorkspaceId,
    pub name: String,
    pub client_id: String,
    /// `None` for public clients, which have no secret.
    pub secret_hash: Option<String>,
    pub scopes: Vec<String>,
    pub created_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    /// Hash of the secret replaced by the last rotation, accepted until `previous_secret_expires_at`.
    pub previous_secret_hash: Option<String>,
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    pub client_type: ClientType,
    /// Where the authorization endpoint may send a signed-in user back to (public clients), compared exactly.
    pub redirect_uris: Vec<String>,
    /// The API version (a date) its tokens' requests get when they send no `Rebound-Version`.
    pub api_version: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = api_clients)]
pub struct NewApiClient<'a> {
    pub id: ApiClientId,
    pub workspace_id: WorkspaceId,
    pub name: &'a str,
    pub client_id: &'a str,
    pub secret_hash: Option<&'a str>,
    pub scopes: Vec<String>,
    pub created_by: Option<UserId>,
    /// A [`ClientType`]'s wire name (the enum's column mapping does not fit a borrowing `Insertable`).
    pub client_type: &'static str,
    pub redirect_uris: Vec<String>,
    pub api_version: &'static str,
}

/// Pins a live client of the workspace to another API version; returns it, or `None` when there is none.
pub fn set_api_version(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    api_version: &str,
) -> QueryResult<Option<ApiClientRow>> {
    diesel::update(
        api_clients::table
            .filter(api_clients::workspace_id.eq(workspace_id))
            .filter(api_clients::id.eq(id))
            .filter(api_clients::revoked_at.is_null()),
    )
    .set(api_clients::api_version.eq(api_version))
    .returning(ApiClientRow::as_returning())
    .get_result(conn)
    .optional()
}

/// The client with this public `client_id`, revoked or not.
pub fn find_by_client_id(
    conn: &mut PgConnection,
    client_id: &str,
) -> QueryResult<Option<ApiClientRow>> {
    api_clients::table
        .filter(api_clients::client_id.eq(client_id))
        .select(ApiClientRow::as_select())
        .first(conn)
        .optional()
}

workspace_scoped! {
    table = api_clients, row = ApiClientRow, id = ApiClientId;

    pub fn insert = insert(NewApiClient<'_>);
    pub fn find_in_workspace = find();
    /// A client of the workspace that is not revoked: a revoked one is kept (for audit, and so its tokens stay
    /// refused) but is no longer an API resource.
    pub fn find_active_in_workspace = find(where api_clients::revoked_at.is_null());
    /// The clients not revoked, newest first; `before` is the last id of the previous page.
    pub fn list_in_workspace = newest_first(where api_clients::revoked_at.is_null());
    /// The client `id` in the workspace, as the target of a write.
    fn by_id = by_id();
}

/// Marks the client revoked; `None` when there is no such client or it is revoked already (the first revocation
/// time is kept).
pub fn revoke_in_workspace(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: ApiClientId,
) -> QueryResult<Option<ApiClientRow>> {
    diesel::update(by_id(workspace_id, id).filter(api_clients::revoked_at.is_null()))
        .set(api_clients::revoked_at.eq(diesel::dsl::sql::<
            diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
        >("now()")))
        .returning(ApiClientRow::as_returning())
        .get_result(conn)
        .optional()
}

pub fn touch_last_used(conn: &mut PgConnection, id: ApiClientId) -> QueryResult<()> {
    diesel::update(api_clients::table.find(id))
        .set(api_clients::last_used_at.eq(diesel::dsl::now))
        .execute(conn)
        .map(|_| ())
}

/// Makes `secret_hash` the client's secret; the one it replaces keeps working until `previous_valid_until` (a
/// rotation before then drops the older one at once: at most two secrets work at a time). `None` when no such
/// client is in the workspace or it is revoked.
pub fn rotate_secret(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    secret_hash: &str,
    previous_valid_until: DateTime<Utc>,
) -> QueryResult<Option<ApiClientRow>> {
    diesel::update(
        by_id(workspace_id, id)
            .filter(api_clients::revoked_at.is_null())
            .filter(api_clients::client_type.eq(ClientType::Confidential)),
    )
    .set((
        api_clients::previous_secret_hash.eq(api_clients::secret_hash),
        api_clients::previous_secret_expires_at.eq(Some(previous_valid_until)),
        api_clients::secret_hash.eq(Some(secret_hash)),
    ))
    .returning(ApiClientRow::as_returning())
    .get_result(conn)
    .optional()
}
