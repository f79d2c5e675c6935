//! Authorization codes of the authorization-code grant: stored as their hash, bound to what they were issued for,
//! exchanged once.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{ApiClientId, SessionId, UserId, WorkspaceId};

use crate::schema::authorization_codes;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = authorization_codes, check_for_backend(diesel::pg::Pg))]
pub struct AuthorizationCodeRow {
    pub code_hash: String,
    pub workspace_id: WorkspaceId,
    pub api_client_id: ApiClientId,
    pub user_id: UserId,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    /// BASE64URL(SHA-256(code_verifier)) as the client sent it (RFC 7636 S256).
    pub code_challenge: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// When the code was exchanged; a code with this set is never exchanged again.
    pub used_at: Option<DateTime<Utc>>,
    /// The sign-in (refresh-token family, `sid`) its exchange started, revoked if the code comes back.
    pub session_id: Option<SessionId>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = authorization_codes)]
pub struct NewAuthorizationCode<'a> {
    pub code_hash: &'a str,
    pub workspace_id: WorkspaceId,
    pub api_client_id: ApiClientId,
    pub user_id: UserId,
    pub redirect_uri: &'a str,
    pub scopes: Vec<String>,
    pub code_challenge: &'a str,
    pub expires_at: DateTime<Utc>,
}

pub fn insert(conn: &mut PgConnection, code: &NewAuthorizationCode<'_>) -> QueryResult<()> {
    diesel::insert_into(authorization_codes::table)
        .values(code)
        .execute(conn)
        .map(|_| ())
}

/// The code with this hash, its row locked until the transaction ends, so two concurrent exchanges cannot both
/// succeed.
pub fn find_for_update(
    conn: &mut PgConnection,
    code_hash: &str,
) -> QueryResult<Option<AuthorizationCodeRow>> {
    authorization_codes::table
        .filter(authorization_codes::code_hash.eq(code_hash))
        .select(AuthorizationCodeRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

/// Records the code's one exchange and the sign-in it started.
pub fn mark_used(
    conn: &mut PgConnection,
    code_hash: &str,
    session_id: SessionId,
) -> QueryResult<()> {
    diesel::update(authorization_codes::table.find(code_hash))
        .set((
            authorization_codes::used_at.eq(diesel::dsl::now),
            authorization_codes::session_id.eq(Some(session_id)),
        ))
        .execute(conn)
        .map(|_| ())
}
