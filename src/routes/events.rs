//! The event feed: the same envelopes the webhooks carry, kept 30 days, so a client that was down (or runs no
//! receiver at all) can catch up by polling.

use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::Query;
use crate::routes::pagination::PageParams;
use crate::state::AppState;
use rebound_domain::events::EventType;
use rebound_service::auth::Scope;
use rebound_service::events;
use rebound_service::events::{EventFilter, EventRow};

/// One event: what happened, when, and the resource as the API returned it at that moment.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
    "type": "candidate.updated",
    "created_at": "2026-11-25T10:15:00Z",
    "data": {"id": "01936f8e-8c4d-7e5f-9a6b-7c8d9e0f1a2b", "display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": "acme-user-48213", "user_id": null, "notes": "Now also open to FP&A roles.", "version": 2, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T10:15:00Z"},
    "previous_attributes": {"notes": null, "version": 1, "updated_at": "2026-11-25T09:30:00Z"}
}))]
pub struct EventEnvelope {
    /// Unique per event; a webhook delivery carries it as `webhook-id`, so receivers can drop duplicates.
    pub id: Uuid,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub created_at: DateTime<Utc>,
    /// The resource as the API returns it (for `….deleted`, as it was before the deletion).
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
    /// `….updated` only: the attributes that changed, with their values before the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub previous_attributes: Option<serde_json::Value>,
}

impl From<EventRow> for EventEnvelope {
    fn from(row: EventRow) -> Self {
        Self {
            id: row.id,
            event_type: row.event_type,
            created_at: row.created_at,
            data: row.data,
            previous_attributes: row.previous_attributes,
        }
    }
}

/// A page of events, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{"id": "01936f90-1c2d-7e3f-8a4b-5c6d7e8f9a0b", "type": "candidate.created", "created_at": "2026-11-25T09:30:00Z", "data": {"id": "01936f8e-8c4d-7e5f-9a6b-7c8d9e0f1a2b", "display_name": "Jordan Reyes", "email": "jordan.reyes@example.com", "external_id": "acme-user-48213", "user_id": null, "notes": null, "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}}], "next_cursor": null}))]
pub struct EventList {
    pub data: Vec<EventEnvelope>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Filters and paging of the event feed.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct EventListParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    /// Only events of this type.
    #[serde(rename = "type")]
    #[param(rename = "type", inline)]
    pub event_type: Option<EventType>,
    /// Only events created after this time (RFC 3339): pass the `created_at` of the newest event you have.
    pub created_after: Option<DateTime<Utc>>,
}

/// List the workspace's events, newest first.
///
/// Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime, page through with
/// `created_after` set to the newest `created_at` you processed; ids are unique, so an event seen twice (here and
/// by webhook) can be dropped by id.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:read"])),
    params(EventListParams),
    responses(
        (status = 200, description = "A page of events", body = EventList),
        (status = 400, description = "Invalid filter, limit or cursor", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks `webhooks:read`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/events")]
pub async fn list_events(
    state: web::Data<AppState>,
    principal: Authenticated,
    params: Query<EventListParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksRead)?;
    let params = params.into_inner();
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
    }
    .validate::<Uuid>("events", principal.workspace_id)?;
    let filter = EventFilter {
        event_type: params.event_type,
        created_after: params.created_after,
    };
    let mut rows = events::list(
        &state.db,
        principal.workspace_id,
        filter,
        page.after,
        page.fetch_limit(),
    )
    .await?;
    let next_cursor = page.finish(&mut rows, |row| row.id);
    Ok(HttpResponse::Ok().json(EventList {
        data: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}

/// Get one event.
///
/// Requires `webhooks:read`. An id from another workspace is a 404.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:read"])),
    params(("event_id" = Uuid, Path, description = "The event's id (a delivery's `webhook-id`)")),
    responses(
        (status = 200, description = "The event", body = EventEnvelope),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks `webhooks:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such event in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/events/{event_id}")]
pub async fn get_event(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksRead)?;
    let row = events::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(EventEnvelope::from(row)))
}
