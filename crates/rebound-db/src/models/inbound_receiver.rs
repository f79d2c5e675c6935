//! Inbound ATS webhook receivers and the deliveries they applied (see the `inbound_receivers` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{InboundReceiverId, WorkspaceId};
use uuid::Uuid;

use crate::schema::{inbound_deliveries, inbound_receivers};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = inbound_receivers, check_for_backend(diesel::pg::Pg))]
pub struct InboundReceiverRow {
    pub id: InboundReceiverId,
    pub workspace_id: WorkspaceId,
    pub vendor: String,
    pub label: String,
    pub secret_sealed: String,
    pub secret_generated: bool,
    pub created_at: DateTime<Utc>,
    pub last_delivery_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = inbound_receivers)]
pub struct NewInboundReceiver {
    pub id: InboundReceiverId,
    pub workspace_id: WorkspaceId,
    pub vendor: String,
    pub label: String,
    pub secret_sealed: String,
    pub secret_generated: bool,
}

pub fn insert(
    conn: &mut PgConnection,
    receiver: &NewInboundReceiver,
) -> QueryResult<InboundReceiverRow> {
    diesel::insert_into(inbound_receivers::table)
        .values(receiver)
        .returning(InboundReceiverRow::as_returning())
        .get_result(conn)
}

pub fn find(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InboundReceiverId,
) -> QueryResult<Option<InboundReceiverRow>> {
    inbound_receivers::table
        .filter(inbound_receivers::workspace_id.eq(workspace_id))
        .filter(inbound_receivers::id.eq(id))
        .select(InboundReceiverRow::as_select())
        .first(conn)
        .optional()
}

/// The receiver a delivery is addressed to, whatever its workspace: the URL names it, the signature proves the
/// sender knows its secret. `vendor` must match the URL's, so a Merge receiver is not reachable as a Greenhouse one.
pub fn find_for_delivery(
    conn: &mut PgConnection,
    id: InboundReceiverId,
    vendor: &str,
) -> QueryResult<Option<InboundReceiverRow>> {
    inbound_receivers::table
        .filter(inbound_receivers::id.eq(id))
        .filter(inbound_receivers::vendor.eq(vendor))
        .select(InboundReceiverRow::as_select())
        .first(conn)
        .optional()
}

/// Newest first; `before` is the last id of the previous page.
pub fn list(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<InboundReceiverRow>> {
    let mut query = inbound_receivers::table
        .filter(inbound_receivers::workspace_id.eq(workspace_id))
        .select(InboundReceiverRow::as_select())
        .order(inbound_receivers::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(inbound_receivers::id.lt(before));
    }
    query.load(conn)
}

pub fn count(conn: &mut PgConnection, workspace_id: WorkspaceId) -> QueryResult<i64> {
    inbound_receivers::table
        .filter(inbound_receivers::workspace_id.eq(workspace_id))
        .count()
        .get_result(conn)
}

/// Deletes one receiver of the workspace (and its delivery log); `None` when there was none with that id.
pub fn delete(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InboundReceiverId,
) -> QueryResult<Option<InboundReceiverRow>> {
    diesel::delete(
        inbound_receivers::table
            .filter(inbound_receivers::workspace_id.eq(workspace_id))
            .filter(inbound_receivers::id.eq(id)),
    )
    .returning(InboundReceiverRow::as_returning())
    .get_result(conn)
    .optional()
}

/// Whether the receiver already applied the delivery with this key.
pub fn seen(
    conn: &mut PgConnection,
    receiver_id: InboundReceiverId,
    key: &str,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        inbound_deliveries::table
            .filter(inbound_deliveries::receiver_id.eq(receiver_id))
            .filter(inbound_deliveries::delivery_key.eq(key)),
    ))
    .get_result(conn)
}

/// Records an applied delivery (a second record of the same key is a no-op) and when the receiver last heard from
/// its ATS; forgets the receiver's deliveries older than `forget_before`.
pub fn record(
    conn: &mut PgConnection,
    receiver_id: InboundReceiverId,
    key: &str,
    now: DateTime<Utc>,
    forget_before: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(inbound_deliveries::table)
        .values((
            inbound_deliveries::receiver_id.eq(receiver_id),
            inbound_deliveries::delivery_key.eq(key),
            inbound_deliveries::received_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(conn)?;
    diesel::delete(
        inbound_deliveries::table
            .filter(inbound_deliveries::receiver_id.eq(receiver_id))
            .filter(inbound_deliveries::received_at.lt(forget_before)),
    )
    .execute(conn)?;
    diesel::update(inbound_receivers::table.filter(inbound_receivers::id.eq(receiver_id)))
        .set(inbound_receivers::last_delivery_at.eq(now))
        .execute(conn)?;
    Ok(())
}
