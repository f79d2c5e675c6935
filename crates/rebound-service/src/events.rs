//! The outbox: every change a client may want to hear about records an event in the transaction that makes the
//! change, and fans it out there to a delivery per subscribed webhook endpoint. An event exists exactly when its
//! change committed; a rolled-back change leaves none. The events are also the `/v1/events` feed.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use rebound_domain::ids::{EventId, WorkspaceId};
use uuid::Uuid;

use super::Database;
use crate::error::ServiceError;
use crate::view;
use rebound_db::models::event::{self, EventRow};
use rebound_domain::events::{previous_attributes, EventType};
use rebound_domain::json_text::JsonText;
use rebound_views::events::{EventEnvelope, EventPayload};

/// Which events the feed lists; every filter given must hold.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub event_type: Option<EventType>,
    /// Only events created at or after this time (sync lists only).
    pub created_after: Option<DateTime<Utc>>,
}

/// Records an event of `event_type` carrying `data` (the resource as the API returns it) and queues its delivery to
/// every enabled endpoint of the workspace subscribed to the type. Call it inside the change's transaction.
pub(crate) fn record<T: EventPayload>(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    event_type: EventType,
    data: &T,
    previous: Option<serde_json::Value>,
) -> Result<EventRow, ServiceError> {
    let row = new_event(workspace_id, event_type, data, previous)?;
    // The same subscription rule as `EventType::is_subscribed`, in SQL; `ping` is queued only by the test call.
    event::insert_and_queue(conn, &row)?;
    Ok(row)
}

/// The event of `event_type` carrying `data`, not yet stored: [`record`] stores it, or a create sends it in its one
/// statement (`rebound_db::models::event::write_with_event`).
pub(crate) fn new_event<T: EventPayload>(
    workspace_id: WorkspaceId,
    event_type: EventType,
    data: &T,
    previous: Option<serde_json::Value>,
) -> Result<EventRow, ServiceError> {
    payload_fits::<T>(event_type)?;
    Ok(EventRow {
        id: EventId::new_v7(),
        workspace_id,
        event_type,
        // A record's time, stamped like the `created_at`/`updated_at` PostgreSQL sets: the system clock. The first
        // deliveries are due at it, and the app's clock never runs behind the system clock, so they are due at once.
        created_at: Utc::now(),
        data: JsonText::of(data).map_err(ServiceError::internal)?,
        previous_attributes: previous,
    })
}

/// Records an `…updated` event for a change from `before` to `after` (both as the API shows them), with the
/// attributes that changed as `previous_attributes`.
pub(crate) fn record_update<T: EventPayload>(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    event_type: EventType,
    before: &T,
    after: &T,
) -> Result<EventRow, ServiceError> {
    let row = new_update_event(workspace_id, event_type, before, after)?;
    event::insert_and_queue(conn, &row)?;
    Ok(row)
}

/// The `…updated` event [`record_update`] stores, not yet stored (for a statement that writes it with the change).
pub(crate) fn new_update_event<T: EventPayload>(
    workspace_id: WorkspaceId,
    event_type: EventType,
    before: &T,
    after: &T,
) -> Result<EventRow, ServiceError> {
    let previous = previous_attributes(&super::json_column(before)?, &super::json_column(after)?);
    new_event(workspace_id, event_type, after, previous)
}

/// A page of the workspace's events, newest first.
pub async fn list(
    db: &Database,
    workspace_id: WorkspaceId,
    filter: EventFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<EventEnvelope>, ServiceError> {
    db.run(move |conn| {
        let rows = event::list(
            conn,
            workspace_id,
            filter.event_type,
            filter.created_after,
            after,
            limit,
        )?;
        Ok(rows.into_iter().map(view::event).collect())
    })
    .await
}

/// A page of the workspace's settled events in change order (oldest first), each with its change position (see
/// `docs/src/job-boards/conventions.md`, "Sync"); `after` is the previous page's last position.
pub async fn list_changes(
    db: &Database,
    workspace_id: WorkspaceId,
    filter: EventFilter,
    after: Option<crate::ChangePosition>,
    limit: i64,
) -> Result<Vec<(EventEnvelope, crate::ChangePosition)>, ServiceError> {
    let filter = event::EventFilter {
        event_type: filter.event_type,
        created_after: filter.created_after,
    };
    db.run(move |conn| {
        let rows = event::list_changes(conn, workspace_id, &filter, after, limit)?;
        Ok(rows
            .into_iter()
            .map(|(row, position)| (view::event(row), position))
            .collect())
    })
    .await
}

/// One event of the workspace, or 404.
pub async fn get(
    db: &Database,
    workspace_id: WorkspaceId,
    id: EventId,
) -> Result<EventEnvelope, ServiceError> {
    db.run(move |conn| {
        let row = event::find(conn, workspace_id, id)?.ok_or(ServiceError::NotFound("event"))?;
        Ok(view::event(row))
    })
    .await
}

/// The document promises each type's `data` schema (`EventPayload`); a payload of another type is a bug in the
/// caller, refused before anything is written rather than sent to receivers that trust the schema.
fn payload_fits<T: EventPayload>(event_type: EventType) -> Result<(), ServiceError> {
    if T::EVENT_TYPES.contains(&event_type) {
        Ok(())
    } else {
        Err(ServiceError::Internal(format!(
            "{} is not the payload of {event_type:?}",
            std::any::type_name::<T>()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_views::events::PingData;
    use rebound_views::gaffes::GaffeResponse;

    #[test]
    fn a_payload_is_refused_under_an_event_type_whose_schema_is_another() {
        assert!(payload_fits::<GaffeResponse>(EventType::GaffeDeleted).is_ok());
        assert!(payload_fits::<GaffeResponse>(EventType::InterviewUpdated).is_err());
        assert!(payload_fits::<PingData>(EventType::CandidateCreated).is_err());
    }
}
