//! The event feed: the same envelopes the webhooks carry, kept 30 days, so a client that was down (or runs no
//! receiver at all) can catch up by polling.

use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use rebound_domain::ids::EventId;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::ApiError;
use crate::extract::Query;
use crate::routes::pagination::PageParams;
use crate::routes::responses::{InvalidPage, NotVisible};
use crate::state::AppState;
use rebound_domain::events::EventType;
use rebound_service::auth::Scope;
use rebound_service::events::{self, EventFilter};
use rebound_views::events::{EventEnvelope, EventList};

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
        InvalidPage,
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
    let listed = events::list(
        &state.db,
        principal.workspace_id,
        filter,
        page.after,
        page.fetch_limit(),
    )
    .await?;
    Ok(page.respond(listed, |event| event.id.into()))
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
        NotVisible,
    )
)]
#[get("/events/{event_id}")]
pub async fn get_event(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<EventId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksRead)?;
    let event = events::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(event))
}
