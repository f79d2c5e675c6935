//! The event feed: the same envelopes the webhooks carry, kept 30 days, so a client that was down (or runs no
//! receiver at all) can catch up by polling.

use actix_web::{get, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use rebound_domain::ids::EventId;
use rebound_domain::versions::ApiVersion;
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
    /// Sync: only events created at or after this time (RFC 3339, bound included), **oldest first**; a first
    /// poll's start. Keep the page's `changes_cursor` and pass it as `changes_after` from then on.
    pub created_after: Option<DateTime<Utc>>,
    /// Sync: `changes_cursor` of the previous page or poll; the list is then in change order, oldest first (see
    /// "Sync" in the docs' conventions page). Empty to start from the first change.
    pub changes_after: Option<String>,
}

/// List the workspace's events, newest first; or follow them, oldest first.
///
/// Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime (or instead of a webhook
/// receiver), use the sync form: start with `created_after`, then pass each page's `changes_cursor` as
/// `changes_after`; events come in the order their changes committed, and none committed late is skipped. Ids are
/// unique, so an event seen twice (here and by webhook) can be dropped by id.
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
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    params: Query<EventListParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksRead)?;
    let params = params.into_inner();
    let paging = PageParams {
        limit: params.limit,
        cursor: params.cursor,
    };
    // Before API version 2026-12-07, `created_after` narrowed the newest-first feed, strictly after its bound.
    let legacy =
        !crate::api_version::effective(&req, Some(&principal.0)).includes(ApiVersion::V2026_12_07);
    let filter = EventFilter {
        event_type: params.event_type,
        created_after: params.created_after.filter(|_| legacy),
    };
    if params.changes_after.is_some() || (!legacy && params.created_after.is_some()) {
        let sync = paging.validate_sync(
            params.changes_after,
            params.created_after,
            "events:changes",
            principal.workspace_id,
        )?;
        let filter = EventFilter {
            created_after: sync.from.since,
            ..filter
        };
        let listed = events::list_changes(
            &state.db,
            principal.workspace_id,
            filter,
            sync.from.after,
            sync.fetch_limit(),
        )
        .await?;
        return Ok(sync.respond(listed));
    }
    let page = paging.validate::<Uuid>("events", principal.workspace_id)?;
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
