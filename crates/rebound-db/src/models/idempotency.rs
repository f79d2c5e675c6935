//! Stored first responses of POSTs sent with an `Idempotency-Key`.

use diesel::prelude::*;
use rebound_domain::ids::WorkspaceId;
use rebound_domain::json_text::JsonText;
use uuid::Uuid;

use super::scoped::workspace_scoped;
use crate::schema::idempotency_keys;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys, check_for_backend(diesel::pg::Pg))]
pub struct StoredResponse {
    pub request_hash: String,
    pub response_status: i16,
    pub response_body: JsonText,
}

workspace_scoped! {
    table = idempotency_keys, row = StoredResponse;

    /// The response stored for this caller's key, if any.
    pub fn find = find_by(principal_id: Uuid, idempotency_key: &str);
}

pub fn insert(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    principal_id: Uuid,
    key: &str,
    response: &StoredResponse,
) -> QueryResult<()> {
    claim(
        workspace_id,
        principal_id,
        key.to_string(),
        response.clone(),
    )
    .execute(conn)
    .map(|_| ())
}

/// The claim of `key` with the `response` it answers, as one part of a [`super::event::write_with_event`]
/// statement: the part fails the whole statement (a unique violation) when the caller already used the key.
pub fn claim_part(
    workspace_id: WorkspaceId,
    principal_id: Uuid,
    key: String,
    response: StoredResponse,
) -> super::event::Write<'static> {
    Box::new(claim(workspace_id, principal_id, key, response))
}

/// The insert behind [`insert`] and [`claim_part`].
fn claim(
    workspace_id: WorkspaceId,
    principal_id: Uuid,
    key: String,
    response: StoredResponse,
) -> impl diesel::query_builder::QueryFragment<diesel::pg::Pg>
       + diesel::query_builder::QueryId
       + RunQueryDsl<PgConnection>
       + Send
       + 'static {
    diesel::insert_into(idempotency_keys::table).values((
        idempotency_keys::workspace_id.eq(workspace_id),
        idempotency_keys::principal_id.eq(principal_id),
        idempotency_keys::idempotency_key.eq(key),
        idempotency_keys::request_hash.eq(response.request_hash),
        idempotency_keys::response_status.eq(response.response_status),
        idempotency_keys::response_body.eq(response.response_body),
    ))
}

/// Stores the response of the request that claimed the key.
pub fn set_response_body(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    principal_id: Uuid,
    key: &str,
    body: &JsonText,
) -> QueryResult<()> {
    diesel::update(
        idempotency_keys::table
            .filter(idempotency_keys::workspace_id.eq(workspace_id))
            .filter(idempotency_keys::principal_id.eq(principal_id))
            .filter(idempotency_keys::idempotency_key.eq(key)),
    )
    .set(idempotency_keys::response_body.eq(body))
    .execute(conn)
    .map(|_| ())
}
