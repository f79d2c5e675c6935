//! Events: the outbox rows written with the changes they report, read back by `/v1/events`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{EventId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
use super::ChangePosition;
use crate::schema::events;
use rebound_domain::events::EventType;
use rebound_domain::json_text::JsonText;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = events, check_for_backend(diesel::pg::Pg))]
pub struct EventRow {
    pub id: EventId,
    pub workspace_id: WorkspaceId,
    pub event_type: EventType,
    pub created_at: DateTime<Utc>,
    pub data: JsonText,
    pub previous_attributes: Option<serde_json::Value>,
}

/// Stores `event` and queues a delivery to every enabled endpoint of its workspace subscribed to its type, in one
/// statement: one round trip on every write instead of three (insert, endpoint lookup, queue). Delivery ids are
/// time-ordered UUIDv7s made by PostgreSQL (`rebound_uuid_v7()`), one per delivery queued. A `ping` is never queued
/// here (only the test call sends one).
pub fn insert_and_queue(conn: &mut PgConnection, event: &EventRow) -> QueryResult<()> {
    write_with_event(conn, Vec::new(), event)
}

/// Runs `writes` (inserts, each a complete statement without `RETURNING`), then stores `event` and queues its
/// deliveries as [`insert_and_queue`] does — all as ONE statement, so a create (the resource, the idempotency
/// claim, the event, its deliveries) costs one round trip and, outside a transaction, commits on its own: every
/// part or none. The parts are data-modifying `WITH` clauses; they see the same snapshot and none reads another's
/// rows, so their order does not matter, and a constraint any part violates fails the whole statement.
pub fn write_with_event(
    conn: &mut PgConnection,
    writes: Vec<Write<'_>>,
    event: &EventRow,
) -> QueryResult<()> {
    write_changes(
        conn,
        &[Change {
            writes,
            events: vec![std::borrow::Cow::Borrowed(event)],
        }],
    )
}

/// One change for [`write_changes`]: the rows it writes and the events that report it.
pub struct Change<'a> {
    pub writes: Vec<Write<'a>>,
    pub events: Vec<std::borrow::Cow<'a, EventRow>>,
}

/// Writes several changes, each as [`write_with_event`] would, in ONE statement: every change's parts, their events
/// as one multi-row insert, and the deliveries of all of them; all commit together or none does. A change may have
/// several events (a gaffe's create reports the gaffe and its interview's new version). Several creates
/// of concurrent requests share one round trip and one commit this way (see `crate::combined`).
pub fn write_changes(conn: &mut PgConnection, changes: &[Change<'_>]) -> QueryResult<()> {
    // Loaded, not executed: diesel hands a loaded query to its statement cache by value, so the statement's own
    // answer to "may I be prepared?" counts; an executed one goes by reference, and the reference walks the parts
    // instead (diesel refuses an insert that may write `DEFAULT`), which left every plan's write unprepared.
    let event_types = changes
        .iter()
        .flat_map(|change| &change.events)
        .map(|event| event.event_type.as_str())
        .collect();
    WriteChanges {
        changes,
        event_types,
    }
    .get_result::<i64>(conn)
    .map(|_| ())
}

/// One part of [`write_with_event`]: any diesel statement that writes and returns nothing (an `insert_into(…)`,
/// boxed so parts of different tables fit in one list).
pub type Write<'a> = Box<dyn diesel::query_builder::QueryFragment<diesel::pg::Pg> + Send + 'a>;

/// The statement behind [`write_changes`], written by hand because diesel's DSL has no data-modifying CTE. It
/// answers how many deliveries it queued.
struct WriteChanges<'s, 'a> {
    changes: &'s [Change<'a>],
    /// Each change's event type as its column stores it.
    event_types: Vec<&'static str>,
}

/// No static identity: the SQL varies with the parts (a plan's step count, an idempotency claim or none, how many
/// changes), so diesel keys its prepared-statement cache by the SQL text instead, and each shape is prepared once
/// per connection.
impl diesel::query_builder::QueryId for WriteChanges<'_, '_> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl diesel::query_builder::QueryFragment<diesel::pg::Pg> for WriteChanges<'_, '_> {
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, diesel::pg::Pg>,
    ) -> QueryResult<()> {
        use diesel::sql_types::{Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid};
        out.push_sql("WITH ");
        let writes = self.changes.iter().flat_map(|change| &change.writes);
        for (index, write) in writes.enumerate() {
            out.push_sql(&format!("write_{index} AS ("));
            write.walk_ast(out.reborrow())?;
            out.push_sql("), ");
        }
        out.push_sql(
            "event AS (INSERT INTO events (id, workspace_id, type, created_at, data, previous_attributes) VALUES ",
        );
        let events = self.changes.iter().flat_map(|change| &change.events);
        for (index, event) in events.enumerate() {
            let event: &'b EventRow = event;
            out.push_sql(if index == 0 { "(" } else { ", (" });
            out.push_bind_param::<SqlUuid, _>(&event.id)?;
            out.push_sql(", ");
            out.push_bind_param::<SqlUuid, _>(&event.workspace_id)?;
            out.push_sql(", ");
            out.push_bind_param::<Text, _>(&self.event_types[index])?;
            out.push_sql(", ");
            out.push_bind_param::<Timestamptz, _>(&event.created_at)?;
            out.push_sql(", ");
            out.push_bind_param::<Jsonb, _>(&event.data)?;
            out.push_sql(", ");
            out.push_bind_param::<Nullable<Jsonb>, _>(&event.previous_attributes)?;
            out.push_sql(")");
        }
        out.push_sql(
            " RETURNING id, workspace_id, type, created_at), \
             queued AS (INSERT INTO webhook_deliveries (id, workspace_id, endpoint_id, event_id, status, \
             next_attempt_at) SELECT rebound_uuid_v7(), event.workspace_id, endpoint.id, event.id, 'pending', \
             event.created_at \
             FROM event JOIN webhook_endpoints endpoint ON endpoint.workspace_id = event.workspace_id \
             WHERE endpoint.enabled AND event.type <> 'ping' \
             AND (event.type = ANY (endpoint.events) OR '*' = ANY (endpoint.events)) RETURNING 1) \
             SELECT count(*) FROM queued",
        );
        Ok(())
    }

    /// Safe: diesel keys the cache by the SQL text, which spells every part out (an absent value's `DEFAULT`
    /// included), so each shape of the statement is prepared once per connection.
    fn is_safe_to_cache_prepared(&self, _backend: &diesel::pg::Pg) -> QueryResult<bool> {
        Ok(true)
    }
}

impl diesel::query_builder::Query for WriteChanges<'_, '_> {
    type SqlType = diesel::sql_types::BigInt;
}

impl diesel::RunQueryDsl<PgConnection> for WriteChanges<'_, '_> {}

workspace_scoped! {
    table = events, row = EventRow, id = EventId;

    pub fn find = find();
    /// The page [`list`] narrows with its filters.
    fn newest_first = newest_first_query();
}

/// Which events a page lists.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub event_type: Option<EventType>,
    /// Only events created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
}

/// The feed in change order, oldest first, with each event's position: only settled events (see
/// [`settled_xid`](super::scoped::settled_xid)), after `after` (the previous page's last position).
pub fn list_changes(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    filter: &EventFilter,
    after: Option<ChangePosition>,
    limit: i64,
) -> QueryResult<Vec<(EventRow, ChangePosition)>> {
    let mut query = events::table
        .filter(events::workspace_id.eq(workspace_id))
        .filter(events::change_xid.lt(super::scoped::settled_xid()))
        .select((
            EventRow::as_select(),
            events::change_xid,
            events::change_seq,
        ))
        .order((events::change_xid.asc(), events::change_seq.asc()))
        .limit(limit)
        .into_boxed();
    if let Some(event_type) = filter.event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    if let Some(since) = filter.created_after {
        query = query.filter(events::created_at.ge(since));
    }
    if let Some((xid, seq)) = after {
        // The first condition is the index's start; the second the exact bound.
        query = query.filter(events::change_xid.ge(xid)).filter(
            events::change_xid
                .gt(xid)
                .or(events::change_xid.eq(xid).and(events::change_seq.gt(seq))),
        );
    }
    let rows: Vec<(EventRow, i64, i64)> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(row, xid, seq)| (row, (xid, seq)))
        .collect())
}

/// Newest first, optionally of one type; `before` is the last id of the previous page (ids are time-ordered UUIDv7).
pub fn list(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    event_type: Option<EventType>,
    created_after: Option<DateTime<Utc>>,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<EventRow>> {
    let mut query = newest_first(workspace_id, before, limit);
    if let Some(event_type) = event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    // API version 2026-11-26's `created_after`: strictly after, on the newest-first feed.
    if let Some(since) = created_after {
        query = query.filter(events::created_at.gt(since));
    }
    query.load(conn)
}
