//! Inbound ATS webhooks: the receivers a workspace owner configures (`/v1/inbound-receivers`), and the URLs an ATS
//! posts its changes to (`/v1/inbound/{vendor}/{receiver_id}`), authenticated by the vendor's signature alone.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::domain::inbound::Vendor;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, Query};
use crate::routes::pagination::PageParams;
use crate::service::inbound::{self, CreatedReceiver, NewReceiver, Receiver};
use crate::state::AppState;

/// Largest delivery accepted, in bytes: vendors' bodies are not ours to size (a Greenhouse application event with
/// custom fields runs to tens of kilobytes), so this is larger than `REBOUND_JSON_LIMIT_BYTES`.
pub const INBOUND_BODY_LIMIT: usize = 1024 * 1024;

/// Where an ATS sends its deliveries for this receiver, and how it proves them.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a",
    "vendor": "greenhouse",
    "label": "Greenhouse (production)",
    "url": "https://rebound.example.com/v1/inbound/greenhouse/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a",
    "secret_generated": true,
    "created_at": "2026-11-26T09:30:00Z",
    "last_delivery_at": null
}))]
pub struct InboundReceiverResponse {
    pub id: Uuid,
    pub vendor: Vendor,
    /// For people reading the list.
    pub label: String,
    /// The URL to paste into the ATS: this service's address as the request reached it (`Host`, or
    /// `X-Forwarded-Host`/`Forwarded` behind a proxy), then `/v1/inbound/{vendor}/{id}`.
    pub url: String,
    /// `true` when Rebound generated the shared secret (shown once, at creation); `false` when the owner supplied
    /// the ATS's own key.
    pub secret_generated: bool,
    pub created_at: DateTime<Utc>,
    /// When the last delivery was applied (or acknowledged); `null` before the first.
    pub last_delivery_at: Option<DateTime<Utc>>,
}

fn receiver_path(vendor: Vendor, id: Uuid) -> String {
    format!("/v1/inbound/{vendor}/{id}", vendor = vendor.as_str())
}

fn receiver_response(req: &HttpRequest, receiver: Receiver) -> InboundReceiverResponse {
    let connection = req.connection_info();
    InboundReceiverResponse {
        url: format!(
            "{}://{}{}",
            connection.scheme(),
            connection.host(),
            receiver_path(receiver.vendor, receiver.id)
        ),
        id: receiver.id,
        vendor: receiver.vendor,
        label: receiver.label,
        secret_generated: receiver.secret_generated,
        created_at: receiver.created_at,
        last_delivery_at: receiver.last_delivery_at,
    }
}

/// A new receiver, with the shared secret to paste into the ATS when Rebound generated it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "receiver": {"id": "01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "vendor": "greenhouse", "label": "Greenhouse (production)", "url": "https://rebound.example.com/v1/inbound/greenhouse/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "secret_generated": true, "created_at": "2026-11-26T09:30:00Z", "last_delivery_at": null},
    "secret": "rbi_3q2J5cU0cF1fW4m0pZ8oXk3yH6sV9tB2nL7aD1eR4gQ"
}))]
pub struct CreatedInboundReceiver {
    pub receiver: InboundReceiverResponse,
    /// The generated shared secret: paste it into the ATS as the web hook's secret key. Store it now: it is never
    /// shown again. `null` when the request supplied the ATS's own key.
    pub secret: Option<String>,
}

/// A page of receivers, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{"id": "01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "vendor": "merge", "label": "Merge", "url": "https://rebound.example.com/v1/inbound/merge/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "secret_generated": false, "created_at": "2026-11-26T09:30:00Z", "last_delivery_at": "2026-11-26T10:02:11Z"}], "next_cursor": null}))]
pub struct InboundReceiverList {
    pub data: Vec<InboundReceiverResponse>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Configures a receiver.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"vendor": "merge", "label": "Merge (production)", "secret": "mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9"}))]
pub struct CreateInboundReceiverRequest {
    /// Which vendor's deliveries (and signature) the URL takes.
    pub vendor: Vendor,
    /// For people reading the list, 1–100 characters.
    #[schema(min_length = 1, max_length = 100)]
    pub label: String,
    /// The ATS's own signing key, when it generates one (Merge: *Webhooks → Security → Signature key*). Omit it to
    /// have Rebound generate a secret to paste into the ATS (Greenhouse: the web hook's *Secret key*).
    #[schema(min_length = 16, max_length = 256, pattern = "^\\S+$")]
    pub secret: Option<String>,
}

/// Configure an inbound ATS webhook receiver.
///
/// Requires `admin` (workspace owners). Answers the URL to paste into the ATS and, unless the request supplied the
/// ATS's own key in `secret`, the generated shared secret, shown this once. Deliveries to the URL need no token:
/// the vendor's HMAC-SHA256 signature of the body under this secret authenticates them. At most 20 receivers per
/// workspace.
#[utoipa::path(
    tag = "inbound",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = CreateInboundReceiverRequest,
    responses(
        (status = 201, description = "Configured", body = CreatedInboundReceiver, headers(("Location" = String, description = "The new receiver's path under /v1/inbound-receivers"))),
        (status = 400, description = "A field is missing or malformed; `errors[]` names it", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks `admin`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The workspace already has 20 receivers (`too_many_inbound_receivers`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/inbound-receivers")]
pub async fn create_inbound_receiver(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    body: Json<CreateInboundReceiverRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let body = body.into_inner();
    let CreatedReceiver {
        receiver,
        generated_secret,
    } = inbound::create(
        &state.db,
        &state.sealer,
        principal.workspace_id,
        NewReceiver {
            vendor: body.vendor,
            label: body.label,
            secret: body.secret,
        },
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/v1/inbound-receivers/{}", receiver.id),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(CreatedInboundReceiver {
            receiver: receiver_response(&req, receiver),
            secret: generated_secret,
        }))
}

/// List the workspace's inbound receivers, newest first.
///
/// Requires `admin`. Secrets are never listed.
#[utoipa::path(
    tag = "inbound",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of receivers", body = InboundReceiverList),
        (status = 400, description = "Invalid limit or cursor", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks `admin`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/inbound-receivers")]
pub async fn list_inbound_receivers(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    params: Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let page = params.validate::<Uuid>("inbound-receivers", principal.workspace_id)?;
    let mut rows = inbound::list(
        &state.db,
        principal.workspace_id,
        page.after,
        page.fetch_limit(),
    )
    .await?;
    let next_cursor = page.finish(&mut rows, |row| row.id);
    Ok(HttpResponse::Ok().json(InboundReceiverList {
        data: rows
            .into_iter()
            .map(|row| receiver_response(&req, row))
            .collect(),
        next_cursor,
    }))
}

/// Get one inbound receiver.
///
/// Requires `admin`. An id from another workspace is a 404. The secret is not shown.
#[utoipa::path(
    tag = "inbound",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("receiver_id" = Uuid, Path, description = "The receiver's id")),
    responses(
        (status = 200, description = "The receiver", body = InboundReceiverResponse),
        (status = 403, description = "The token lacks `admin`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such receiver in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/inbound-receivers/{receiver_id}")]
pub async fn get_inbound_receiver(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let receiver = inbound::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(receiver_response(&req, receiver)))
}

/// Remove an inbound receiver.
///
/// Requires `admin`. Its URL answers 404 from then on, so the ATS's deliveries stop being applied (remove the web
/// hook in the ATS too, or it keeps retrying). An id from another workspace is a 404.
#[utoipa::path(
    tag = "inbound",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("receiver_id" = Uuid, Path, description = "The receiver's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "The token lacks `admin`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such receiver in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/inbound-receivers/{receiver_id}")]
pub async fn delete_inbound_receiver(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    inbound::delete(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}
