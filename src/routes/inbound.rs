//! Inbound ATS webhooks: the receivers a workspace owner configures (`/v1/inbound-receivers`), and the URLs an ATS
//! posts its changes to (`/v1/inbound/{vendor}/{receiver_id}`), authenticated by the vendor's signature alone.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use rebound_domain::ids::InboundReceiverId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{declared_length, read_body, Json};
use crate::routes::pagination::{Listing, PageParams};
use crate::routes::responses::{InvalidPage, NotVisible};
use crate::state::AppState;
use rebound_ats::inbound::{import_of, Vendor, GREENHOUSE_EVENT_ID_HEADER};
use rebound_domain::bounded::{InboundSecret, ReceiverLabel};
use rebound_service::auth::Scope;
use rebound_service::imports;
use rebound_service::inbound::{self, CreatedReceiver, NewReceiver, Receiver};
use rebound_views::Page;

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
    #[schema(value_type = Uuid)]
    pub id: InboundReceiverId,
    pub vendor: Vendor,
    /// For people reading the list.
    pub label: String,
    /// The URL to paste into the ATS: this service's address as the request reached it (`Host`, or
    /// `X-Forwarded-Host`/`Forwarded` from a proxy named in `REBOUND_TRUSTED_PROXIES`), then
    /// `/v1/inbound/{vendor}/{id}`.
    pub url: String,
    /// `true` when Rebound generated the shared secret (shown once, at creation); `false` when the owner supplied
    /// the ATS's own key.
    pub secret_generated: bool,
    pub created_at: DateTime<Utc>,
    /// When the last delivery was applied (or acknowledged); `null` before the first.
    pub last_delivery_at: Option<DateTime<Utc>>,
}

fn receiver_path(vendor: Vendor, id: InboundReceiverId) -> String {
    format!("/v1/inbound/{vendor}/{id}", vendor = vendor.as_str())
}

fn receiver_response(req: &HttpRequest, receiver: Receiver) -> InboundReceiverResponse {
    InboundReceiverResponse {
        url: format!(
            "{}{}",
            crate::forwarded::own_origin(req),
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

rebound_views::listed!(
    InboundReceiverResponse,
    "InboundReceiverList",
    "A page of receivers, newest first.",
    serde_json::json!({"data": [{"id": "01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "vendor": "merge", "label": "Merge", "url": "https://rebound.example.com/v1/inbound/merge/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a", "secret_generated": false, "created_at": "2026-11-26T09:30:00Z", "last_delivery_at": "2026-11-26T10:02:11Z"}], "next_cursor": null})
);

/// A page of receivers, newest first.
pub type InboundReceiverList = Page<InboundReceiverResponse>;

/// Configures a receiver.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"vendor": "merge", "label": "Merge (production)", "secret": "mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9"}))]
pub struct CreateInboundReceiverRequest {
    /// Which vendor's deliveries (and signature) the URL takes.
    pub vendor: Vendor,
    /// For people reading the list, 1–100 characters.
    pub label: ReceiverLabel,
    /// The ATS's own signing key, when it generates one (Merge: *Webhooks → Security → Signature key*): 16–256
    /// visible ASCII characters, as vendors' keys are. Omit it to have Rebound generate a secret to paste into the
    /// ATS (Greenhouse: the web hook's *Secret key*).
    pub secret: Option<InboundSecret>,
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
        (status = 409, description = "The workspace already has 20 receivers (`too_many_inbound_receivers`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/inbound-receivers")]
pub async fn create_inbound_receiver(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
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
            label: body.label.into(),
            secret: body.secret.map(Into::into),
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
        InvalidPage,
    )
)]
#[get("/inbound-receivers")]
pub async fn list_inbound_receivers(
    req: HttpRequest,
    listing: Listing,
) -> Result<HttpResponse, ApiError> {
    // The answer carries each receiver's absolute URL, which depends on how the request reached the service.
    let fetch = |db, page| async move {
        let receivers = inbound::list(db, page).await?;
        Ok(receivers
            .into_iter()
            .map(|receiver| receiver_response(&req, receiver))
            .collect())
    };
    let id_of = |receiver: &InboundReceiverResponse| receiver.id.into();
    listing
        .newest_first(Scope::Admin, "inbound-receivers", fetch, id_of)
        .await
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
        NotVisible,
    )
)]
#[get("/inbound-receivers/{receiver_id}")]
pub async fn get_inbound_receiver(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InboundReceiverId>,
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
        NotVisible,
    )
)]
#[delete("/inbound-receivers/{receiver_id}")]
pub async fn delete_inbound_receiver(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InboundReceiverId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    inbound::delete(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

rebound_domain::wire_enum! {
    /// What became of a delivery.
    pub enum DeliveryStatus {
        /// The event was applied through the import upsert; `report` says what changed.
        Applied = "applied",
        /// An event Rebound does not act on (or a ping): acknowledged so the ATS stops retrying, nothing stored.
        Ignored = "ignored",
        /// This receiver already applied this delivery (the same signed body, however its headers are spelled):
        /// acknowledged, not applied again.
        Duplicate = "duplicate",
    }
}

/// The answer to a delivery. Any 2xx tells the ATS to stop retrying.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "status": "applied",
    "event": "ScheduledInterview.changed",
    "detail": "Applied through the import upsert.",
    "report": {"created": 0, "updated": 1, "unchanged": 0, "deleted": 0, "skipped": []}
}))]
pub struct InboundDeliveryResult {
    pub status: DeliveryStatus,
    /// The vendor's name of the event (Merge `hook.event`, Greenhouse `action`).
    pub event: String,
    pub detail: String,
    /// For an applied event, what the import did (`skipped` names what could not be applied, and why); `null`
    /// otherwise.
    #[schema(value_type = Option<rebound_service::imports::ImportReport>)]
    pub report: Option<rebound_domain::json_text::JsonText>,
}

fn header_value<'a>(req: &'a HttpRequest, name: &str) -> Option<&'a str> {
    req.headers().get(name).and_then(|v| v.to_str().ok())
}

/// Takes one delivery: read the raw body (bounded), verify the signature before anything is parsed, refuse a
/// replay, then apply the event through the import upsert, or acknowledge it.
async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    vendor: Vendor,
    receiver_id: InboundReceiverId,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(
        &mut payload.into_inner(),
        declared_length(&req),
        INBOUND_BODY_LIMIT,
    )
    .await?;
    let authenticated = inbound::authenticate(
        &state.db,
        &state.sealer,
        inbound::Delivery {
            vendor,
            receiver_id,
            body: &body,
            signature: header_value(&req, vendor.signature_header()),
            event_id: header_value(&req, GREENHOUSE_EVENT_ID_HEADER),
        },
    )
    .await?;
    let event = authenticated.event.name();
    let answer = |status, detail: &str, report| {
        HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(InboundDeliveryResult {
                status,
                event: event.clone(),
                detail: detail.to_string(),
                report,
            })
    };
    if authenticated.replayed {
        return Ok(answer(
            DeliveryStatus::Duplicate,
            "This receiver already applied this delivery; it is not applied again.",
            None,
        ));
    }
    let now = state.clock.now();
    let receiver = &authenticated.receiver;
    let (status, detail, report) = match import_of(&authenticated.event) {
        None => (
            DeliveryStatus::Ignored,
            "Rebound does not act on this event; nothing was stored.",
            None,
        ),
        Some(import) => {
            let report = imports::run(&state.db, receiver.workspace_id, None, import, now)
                .await?
                .body;
            (
                DeliveryStatus::Applied,
                "Applied through the import upsert.",
                Some(report),
            )
        }
    };
    inbound::remember(&state.db, receiver.id, authenticated.delivery_key, now).await?;
    Ok(answer(status, detail, report))
}

/// Take a delivery from Merge.
///
/// Paste this receiver's URL into Merge (*Webhooks*, for the `ScheduledInterview` changed-data events) and its
/// signature key into the receiver (`secret` at creation). No token: the `X-Merge-Webhook-Signature` header (base64url
/// HMAC-SHA256 of the raw body under the signature key) authenticates the delivery, and is checked before the body
/// is parsed. Bodies up to 1 MiB.
///
/// `ScheduledInterview.added` / `.changed` upsert the interview like `POST /v1/imports/merge` with that one
/// interview, the company being the linked account's `end_user_organization_name`. Merge sends linked objects by
/// id unless expanded: they are resolved against the Merge objects earlier imports and deliveries brought into the
/// workspace (kept 90 days), so after one `POST /v1/imports/merge` a new interview comes in with its candidate,
/// role and interviewers. One whose `application` is neither expanded nor known is reported in `report.skipped`
/// (import it with `POST /v1/imports/merge`).
/// `ScheduledInterview.removed` (or `remote_was_deleted: true`) deletes the interview with that `remote_id`, except
/// one the candidate logged gaffes or a plan on. Every other event is acknowledged and ignored. Merge sends no
/// delivery id or timestamp: a second delivery of the same signed body (however the signature is encoded) is
/// acknowledged as a `duplicate` and not applied again, and a change whose `remote_updated_at` is older than the
/// one already applied to the interview is reported in `report.skipped` (field `remote_updated_at`), not applied.
#[utoipa::path(
    tag = "inbound",
    params(
        ("receiver_id" = Uuid, Path, description = "The receiver's id, as in its `url`"),
        ("X-Merge-Webhook-Signature" = String, Header, description = "base64url(HMAC-SHA256(signature key, raw body))"),
    ),
    request_body(content = serde_json::Value, content_type = "application/json", description = "Merge's webhook body: `{hook: {id, event, target}, linked_account: {…}, data: {…}}`",
        example = json!({"hook": {"id": "6d4e1c51-3a7e-4d0b-9a8c-1f2e3d4c5b6a", "event": "ScheduledInterview.changed", "target": "https://rebound.example.com/v1/inbound/merge/01936f94-5b6c-7d8e-9f0a-1b2c3d4e5f6a"}, "linked_account": {"id": "0496d4c2-42e6-4072-80b3-7b69bfdc76fd", "integration": "Greenhouse", "category": "ats", "end_user_organization_name": "Harbor & Finch Capital"}, "data": {"id": "m-int-1", "remote_id": "int-500", "application": {"id": "m-app-1", "candidate": {"id": "m-cand-1", "remote_id": "gh-4021", "first_name": "Dana", "last_name": "Okafor"}, "job": {"id": "m-job-1", "name": "Senior Financial Analyst"}}, "interviewers": [], "location": "https://zoom.us/j/123", "start_at": "2026-11-20T14:00:00Z", "end_at": "2026-11-20T15:00:00Z", "status": "COMPLETE", "remote_was_deleted": false}})),
    responses(
        (status = 200, description = "Applied, ignored or a duplicate: see `status`", body = InboundDeliveryResult),
        (status = 400, description = "Signed, but not Merge's webhook body; `errors[]` names the field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "The signature is missing or wrong (tampered body, wrong key): nothing was stored", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No Merge receiver with this id", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is over 1 MiB", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/inbound/merge/{receiver_id}")]
pub async fn receive_merge(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    path: web::Path<InboundReceiverId>,
) -> Result<HttpResponse, ApiError> {
    receive(req, payload, state, Vendor::Merge, path.into_inner()).await
}

/// Take a delivery from Greenhouse.
///
/// Create a web hook in Greenhouse (*Configure → Dev Center → Web Hooks*) with this receiver's URL and its
/// generated secret as the *Secret key*. No token: the `Signature: sha256 <hex HMAC-SHA256(secret key, raw body)>`
/// header authenticates the delivery, and is checked before the body is parsed. Bodies up to 1 MiB.
///
/// Greenhouse's web hooks announce interview changes only as `interview_deleted` (a scheduled interview cancelled
/// or deleted; the payload carries its id): it deletes the interview imported with that id, except one the
/// candidate logged gaffes or a plan on. Greenhouse sends no web hook when an interview is scheduled or changed;
/// import those with `POST /v1/imports/greenhouse`. `ping` and every other action are acknowledged and ignored. A
/// second delivery of a body this receiver already applied (a retry, a replay) is acknowledged as a `duplicate`
/// and not applied again, whatever its `Greenhouse-Event-ID` (which the signature does not cover).
#[utoipa::path(
    tag = "inbound",
    params(
        ("receiver_id" = Uuid, Path, description = "The receiver's id, as in its `url`"),
        ("Signature" = String, Header, description = "`sha256 ` and the hex HMAC-SHA256(secret key, raw body)"),
        ("Greenhouse-Event-ID" = Option<String>, Header, description = "Greenhouse's id of this delivery. Not signed, so not what a replay is recognised by: a second delivery of the same body is not applied again, whatever this header says"),
    ),
    request_body(content = serde_json::Value, content_type = "application/json", description = "Greenhouse's web hook body: `{action, payload}`",
        example = json!({"action": "interview_deleted", "payload": {"interview": {"id": 31087450}}})),
    responses(
        (status = 200, description = "Applied, ignored or a duplicate: see `status`", body = InboundDeliveryResult),
        (status = 400, description = "Signed, but not Greenhouse's web hook body; `errors[]` names the field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "The signature is missing or wrong (tampered body, wrong key): nothing was stored", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No Greenhouse receiver with this id", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is over 1 MiB", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/inbound/greenhouse/{receiver_id}")]
pub async fn receive_greenhouse(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    path: web::Path<InboundReceiverId>,
) -> Result<HttpResponse, ApiError> {
    receive(req, payload, state, Vendor::Greenhouse, path.into_inner()).await
}
