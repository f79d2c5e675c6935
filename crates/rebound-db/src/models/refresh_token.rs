//! Refresh tokens with rotation: each use replaces the token with a new one of the same family; presenting a token
//! that was already rotated means it leaked, so the whole family is revoked.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{ApiClientId, RefreshTokenId, SessionId, UserId, WorkspaceId};

use crate::schema::refresh_tokens;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::pg::Pg))]
pub struct RefreshTokenRow {
    pub id: RefreshTokenId,
    pub workspace_id: WorkspaceId,
    pub user_id: UserId,
    pub family_id: SessionId,
    pub token_hash: String,
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub rotated_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// The client the sign-in was made through (authorization-code flow); only it may refresh the token.
    pub api_client_id: Option<ApiClientId>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = refresh_tokens)]
pub struct NewRefreshToken<'a> {
    pub id: RefreshTokenId,
    pub workspace_id: WorkspaceId,
    pub user_id: UserId,
    pub family_id: SessionId,
    pub token_hash: &'a str,
    pub scopes: Vec<String>,
    pub expires_at: DateTime<Utc>,
    pub api_client_id: Option<ApiClientId>,
}

pub fn insert(conn: &mut PgConnection, token: &NewRefreshToken<'_>) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values(token)
        .execute(conn)
        .map(|_| ())
}

/// Finds a token by hash and locks its row until the transaction ends, so two concurrent uses cannot both rotate it.
pub fn find_for_update(
    conn: &mut PgConnection,
    token_hash: &str,
) -> QueryResult<Option<RefreshTokenRow>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshTokenRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn mark_rotated(conn: &mut PgConnection, id: RefreshTokenId) -> QueryResult<()> {
    diesel::update(refresh_tokens::table.find(id))
        .set(refresh_tokens::rotated_at.eq(diesel::dsl::now))
        .execute(conn)
        .map(|_| ())
}

pub fn revoke_family(conn: &mut PgConnection, family_id: SessionId) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(diesel::dsl::now))
    .execute(conn)
}

/// Revokes every live refresh token of sign-ins made through `client`; returns those sign-ins, so their access
/// tokens can be revoked too.
pub fn revoke_all_of_client(
    conn: &mut PgConnection,
    client: ApiClientId,
) -> QueryResult<Vec<SessionId>> {
    let mut families: Vec<SessionId> = diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::api_client_id.eq(client))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(diesel::dsl::now))
    .returning(refresh_tokens::family_id)
    .get_results(conn)?;
    families.sort_unstable();
    families.dedup();
    Ok(families)
}

/// Revokes every live refresh token of the user (every sign-in).
pub fn revoke_all_of_user(conn: &mut PgConnection, user_id: UserId) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(diesel::dsl::now))
    .execute(conn)
}
