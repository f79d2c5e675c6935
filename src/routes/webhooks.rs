//! Webhook endpoints: where a workspace's events are pushed, signed (Standard Webhooks 1.0), with their delivery
//! history and redelivery.

use actix_web::http::header;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use rebound_domain::ids::{EventId, WebhookEndpointId};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, OptionalJson};
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::pagination::{Listing, PageParams};
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::bounded::{WebhookDescription, WebhookUrl};
use rebound_service::auth::Scope;
use rebound_service::webhooks::{self, EndpointInput, EndpointUpdate};
use rebound_views::webhooks::{
    DeliveryList, DeliveryResponse, QueuedDeliveries, WebhookEndpointList, WebhookEndpointResponse,
    WebhookEndpointWithSecret,
};

/// Registers a webhook endpoint.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"url": "https://jobs.example.com/hooks/rebound", "events": ["interview.created", "recovery_plan.step_due"], "description": "Acme job board reminders"}))]
pub struct CreateWebhookEndpointRequest {
    /// An absolute `https` URL (`http` is accepted in development), up to 2,000 characters; IPv6 literals in
    /// brackets. Deliveries to loopback, private, link-local or other internal addresses are refused in
    /// production, and such an IP literal is refused at registration (422).
    pub url: WebhookUrl,
    /// Event types to receive (see the `webhooks` section of this document), or `["*"]` for all.
    pub events: Vec<String>,
    /// For people reading the list, up to 500 characters.
    pub description: Option<WebhookDescription>,
}

/// Changes an endpoint; fields left out stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"enabled": true, "events": ["*"]}))]
pub struct UpdateWebhookEndpointRequest {
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub url: Option<WebhookUrl>,
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub events: Option<Vec<String>>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "crate::extract::nullable")]
    #[schema(value_type = Option<WebhookDescription>)]
    pub description: Option<Option<WebhookDescription>>,
    /// `true` re-enables an endpoint (clearing `disabled_reason`); `false` pauses deliveries.
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub enabled: Option<bool>,
}

/// Which endpoint a redelivery goes to.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"endpoint_id": "01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c"}))]
pub struct RedeliverRequest {
    /// One endpoint; omit to send to every enabled endpoint subscribed to the event's type.
    #[schema(value_type = Option<Uuid>)]
    pub endpoint_id: Option<WebhookEndpointId>,
}

fn endpoint_path(id: WebhookEndpointId) -> String {
    format!("/v1/webhook-endpoints/{id}")
}

fn endpoint_ok(endpoint: WebhookEndpointResponse) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(etag(endpoint.version))
        .json(endpoint)
}

/// Register a webhook endpoint.
///
/// Requires `webhooks:write`. Returns the signing secret once (`whsec_…`): verify every delivery with it using a
/// Standard Webhooks library. Events of the subscribed types are POSTed as JSON envelopes (the same as
/// `GET /v1/events/{id}`) with `webhook-id`, `webhook-timestamp` and `webhook-signature` headers; failed deliveries
/// are retried for about a day. At most 20 endpoints per workspace.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    request_body = CreateWebhookEndpointRequest,
    responses(
        (status = 201, description = "Registered; `secret` is shown only now", body = WebhookEndpointWithSecret, headers(("Location" = String, description = "The new endpoint"), ("ETag" = String, description = "Current version"))),
        InvalidFields,
        (status = 409, description = "The workspace already has 20 endpoints", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed `url` cannot be accepted: it does not parse as a URL (a bad host or port), or it is `http` outside development", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "url", "message": "must be an https URL (http is accepted only in development)"}]})),
    )
)]
#[post("/webhook-endpoints")]
pub async fn create_webhook_endpoint(
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<CreateWebhookEndpointRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let body = body.into_inner();
    let created = webhooks::create(
        &state.db,
        &state.sealer,
        &state.settings,
        principal.workspace_id,
        EndpointInput {
            url: body.url.into(),
            events: body.events,
            description: body.description.map(Into::into),
        },
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, endpoint_path(created.endpoint.id)))
        .insert_header(etag(created.endpoint.version))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(created))
}

/// List the workspace's webhook endpoints, newest first.
///
/// Requires `webhooks:read`. Secrets are never listed.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:read"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of endpoints", body = WebhookEndpointList),
        InvalidPage,
    )
)]
#[get("/webhook-endpoints")]
pub async fn list_webhook_endpoints(listing: Listing) -> Result<HttpResponse, ApiError> {
    let id_of = |endpoint: &WebhookEndpointResponse| endpoint.id.into();
    listing
        .newest_first(
            Scope::WebhooksRead,
            "webhook-endpoints",
            webhooks::list,
            id_of,
        )
        .await
}

/// Get one webhook endpoint.
///
/// Requires `webhooks:read`. An id from another workspace is a 404.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:read"])),
    params(("endpoint_id" = Uuid, Path, description = "The endpoint's id")),
    responses(
        (status = 200, description = "The endpoint", body = WebhookEndpointResponse, headers(("ETag" = String, description = "Current version"))),
        NotVisible,
    )
)]
#[get("/webhook-endpoints/{endpoint_id}")]
pub async fn get_webhook_endpoint(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<WebhookEndpointId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksRead)?;
    let endpoint = webhooks::get(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        state.clock.now(),
    )
    .await?;
    Ok(endpoint_ok(endpoint))
}

/// Change a webhook endpoint.
///
/// Requires `webhooks:write`. Honours `If-Match` (412 when stale). `enabled: true` re-enables an endpoint the
/// service disabled; redeliver what it missed with `POST /v1/events/{event_id}/redeliver`.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    params(
        ("endpoint_id" = Uuid, Path, description = "The endpoint's id"),
        IfMatch,
    ),
    request_body = UpdateWebhookEndpointRequest,
    responses(
        (status = 200, description = "Updated", body = WebhookEndpointResponse, headers(("ETag" = String, description = "New version"))),
        InvalidFields,
        NotVisible,
        StaleVersion,
        (status = 422, description = "A well-formed `url` cannot be accepted: it does not parse as a URL (a bad host or port), or it is `http` outside development", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "url", "message": "must be an https URL (http is accepted only in development)"}]})),
    )
)]
#[patch("/webhook-endpoints/{endpoint_id}")]
pub async fn update_webhook_endpoint(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<WebhookEndpointId>,
    body: Json<UpdateWebhookEndpointRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let expected = if_match.version()?;
    let body = body.into_inner();
    let endpoint = webhooks::update(
        &state.db,
        &state.settings,
        principal.workspace_id,
        path.into_inner(),
        expected,
        EndpointUpdate {
            url: body.url.map(Into::into),
            events: body.events,
            description: body.description.map(|d| d.map(Into::into)),
            enabled: body.enabled,
        },
        state.clock.now(),
    )
    .await?;
    Ok(endpoint_ok(endpoint))
}

/// Remove a webhook endpoint.
///
/// Requires `webhooks:write`. Honours `If-Match`. Its delivery history goes with it; events stay in the feed.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    params(
        ("endpoint_id" = Uuid, Path, description = "The endpoint's id"),
        IfMatch,
    ),
    responses(
        (status = 204, description = "Removed"),
        NotVisible,
        StaleVersion,
    )
)]
#[delete("/webhook-endpoints/{endpoint_id}")]
pub async fn delete_webhook_endpoint(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<WebhookEndpointId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let expected = if_match.version()?;
    webhooks::delete(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        expected,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Rotate an endpoint's signing secret.
///
/// Requires `webhooks:write`. Returns the new secret once. For 24 hours every delivery carries two signatures
/// (new and old secret, space-separated in `webhook-signature`), so the receiver can switch without a gap.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    params(("endpoint_id" = Uuid, Path, description = "The endpoint's id")),
    responses(
        (status = 200, description = "Rotated; `secret` is shown only now", body = WebhookEndpointWithSecret),
        NotVisible,
    )
)]
#[post("/webhook-endpoints/{endpoint_id}/rotate-secret")]
pub async fn rotate_webhook_secret(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<WebhookEndpointId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let now = state.clock.now();
    let rotated = webhooks::rotate_secret(
        &state.db,
        &state.sealer,
        principal.workspace_id,
        path.into_inner(),
        now,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(rotated))
}

/// Send a test event.
///
/// Requires `webhooks:write`. Queues a `ping` event to this endpoint alone (even if it is disabled), delivered
/// within a second or so; follow it in the endpoint's deliveries.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    params(("endpoint_id" = Uuid, Path, description = "The endpoint's id")),
    responses(
        (status = 202, description = "Queued", body = DeliveryResponse),
        NotVisible,
    )
)]
#[post("/webhook-endpoints/{endpoint_id}/test")]
pub async fn test_webhook_endpoint(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<WebhookEndpointId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let delivery = webhooks::ping(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Accepted().json(delivery))
}

/// List an endpoint's deliveries, newest first.
///
/// Requires `webhooks:read`.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:read"])),
    params(("endpoint_id" = Uuid, Path, description = "The endpoint's id"), PageParams),
    responses(
        (status = 200, description = "A page of deliveries", body = DeliveryList),
        InvalidPage,
        NotVisible,
    )
)]
#[get("/webhook-endpoints/{endpoint_id}/deliveries")]
pub async fn list_deliveries(
    listing: Listing,
    path: web::Path<WebhookEndpointId>,
) -> Result<HttpResponse, ApiError> {
    let endpoint_id = path.into_inner();
    let list = format!("deliveries:{endpoint_id}");
    let fetch = |db, page| webhooks::deliveries(db, endpoint_id, page);
    let id_of = |delivery: &DeliveryResponse| delivery.id.into();
    listing
        .newest_first(Scope::WebhooksRead, &list, fetch, id_of)
        .await
}

/// Deliver an event again.
///
/// Requires `webhooks:write`. Queues a fresh delivery (a new attempt schedule) to one endpoint, or to every
/// enabled endpoint subscribed to the event's type. The body is optional.
#[utoipa::path(
    tag = "events",
    security(("bearer" = []), ("oauth2" = ["webhooks:write"])),
    params(("event_id" = Uuid, Path, description = "The event's id")),
    request_body(content = Option<RedeliverRequest>, description = "Optional; omit it for every subscribed endpoint"),
    responses(
        (status = 202, description = "Queued", body = QueuedDeliveries),
        InvalidFields,
        (status = 404, description = "No such event or endpoint in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/events/{event_id}/redeliver")]
pub async fn redeliver_event(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<EventId>,
    body: OptionalJson<RedeliverRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::WebhooksWrite)?;
    let endpoint_id = body.into_inner().and_then(|b| b.endpoint_id);
    let event_id = path.into_inner();
    let queued = webhooks::redeliver(
        &state.db,
        principal.workspace_id,
        event_id,
        endpoint_id,
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Accepted().json(queued))
}
