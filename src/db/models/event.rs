//! Events: the outbox rows written with the changes they report, read back by `/v1/events`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::schema::events;
use crate::domain::events::EventType;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = events, check_for_backend(diesel::pg::Pg))]
pub struct EventRow {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub event_type: EventType,
    pub created_at: DateTime<Utc>,
    pub data: serde_json::Value,
    pub previous_attributes: Option<serde_json::Value>,
}

pub fn insert(conn: &mut PgConnection, event: &EventRow) -> QueryResult<()> {
    diesel::insert_into(events::table)
        .values(event)
        .execute(conn)
        .map(|_| ())
}

pub fn find(
    conn: &mut PgConnection,
    workspace_id: Uuid,
    id: Uuid,
) -> QueryResult<Option<EventRow>> {
    events::table
        .filter(events::workspace_id.eq(workspace_id))
        .filter(events::id.eq(id))
        .select(EventRow::as_select())
        .first(conn)
        .optional()
}

/// Which events a page lists.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub event_type: Option<EventType>,
    pub created_after: Option<DateTime<Utc>>,
}

/// Newest first; `before` is the last id of the previous page (ids are time-ordered UUIDv7).
pub fn list(
    conn: &mut PgConnection,
    workspace_id: Uuid,
    filter: &EventFilter,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<EventRow>> {
    let mut query = events::table
        .filter(events::workspace_id.eq(workspace_id))
        .select(EventRow::as_select())
        .order(events::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(event_type) = filter.event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    if let Some(after) = filter.created_after {
        query = query.filter(events::created_at.gt(after));
    }
    if let Some(before) = before {
        query = query.filter(events::id.lt(before));
    }
    query.load(conn)
}
