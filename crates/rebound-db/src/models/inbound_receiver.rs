//! Inbound ATS webhook receivers and the deliveries they applied (see the `inbound_receivers` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{InboundReceiverId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
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

workspace_scoped! {
    table = inbound_receivers, row = InboundReceiverRow, id = InboundReceiverId;

    pub fn insert = insert(NewInboundReceiver);
    pub fn find = find();
    /// Newest first; `before` is the last id of the previous page.
    pub fn list = newest_first();
    pub fn count = count();
    /// Deletes one receiver of the workspace (and its delivery log); `None` when there was none with that id.
    pub fn delete = delete_returning();
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

/// Whether the receiver already applied a delivery remembered by any of these keys.
pub fn seen(
    conn: &mut PgConnection,
    receiver_id: InboundReceiverId,
    keys: &[String],
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        inbound_deliveries::table
            .filter(inbound_deliveries::receiver_id.eq(receiver_id))
            .filter(inbound_deliveries::delivery_key.eq_any(keys)),
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
