//! Integration clients: job-board and ATS back ends that call the API server to server.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, OptionalJson, Query};
use crate::routes::pagination::PageParams;
use crate::state::AppState;
use rebound_domain::bounded::{ClientName, RedirectUri};
use rebound_service::api_clients::{self, ApiClientRow, ClientInput, DEFAULT_ROTATION_GRACE};
use rebound_service::auth::{ClientType, Scope};

/// An integration client. Its secret is never shown again after creation.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a",
    "name": "Acme Job Board",
    "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p",
    "scopes": ["interviews:read", "interviews:write"],
    "type": "confidential",
    "redirect_uris": [],
    "created_at": "2026-11-25T09:30:00Z",
    "revoked_at": null,
    "last_used_at": "2026-11-25T10:02:11Z",
    "previous_secret_expires_at": null
}))]
pub struct ApiClientResponse {
    pub id: Uuid,
    /// What the client is, for people reading the list.
    pub name: String,
    /// Public identifier used with the `client_credentials` grant.
    pub client_id: String,
    /// What tokens issued to this client may do.
    pub scopes: Vec<Scope>,
    /// `confidential` (a back end with a secret, `client_credentials`) or `public` (a browser plugin: no secret,
    /// users sign in through `/oauth/authorize`).
    #[serde(rename = "type")]
    pub client_type: ClientType,
    /// Where `/oauth/authorize` may send a signed-in user back to, compared exactly; empty for confidential clients.
    pub redirect_uris: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// Set once the client is revoked; it can no longer get tokens.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When the client last obtained a token.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Until when the secret replaced by the last rotation still works; `null` when no rotation is pending.
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
}

impl ApiClientResponse {
    /// The client as of `now` (the app's clock): a rotation's grace period that has ended is not shown.
    pub fn new(row: ApiClientRow, now: DateTime<Utc>) -> Self {
        Self {
            id: row.id,
            name: row.name,
            client_id: row.client_id,
            scopes: row.scopes.iter().filter_map(|s| Scope::parse(s)).collect(),
            client_type: row.client_type,
            redirect_uris: row.redirect_uris,
            created_at: row.created_at,
            revoked_at: row.revoked_at,
            last_used_at: row.last_used_at,
            previous_secret_expires_at: row.previous_secret_expires_at.filter(|until| *until > now),
        }
    }
}

/// A page of integration clients, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null, "previous_secret_expires_at": null}], "next_cursor": null}))]
pub struct ApiClientList {
    pub data: Vec<ApiClientResponse>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Registers an integration client.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Acme Job Board", "scopes": ["interviews:read", "interviews:write", "plans:write"]}))]
pub struct CreateApiClientRequest {
    /// 1–100 characters.
    pub name: ClientName,
    /// At least one of `interviews:read`, `interviews:write`, `plans:write`. (`admin` stays with workspace owners.)
    #[schema(min_items = 1)]
    pub scopes: Vec<Scope>,
    /// `confidential` (default: a back end that keeps a secret and uses `client_credentials`) or `public` (a browser
    /// plugin or other code that cannot keep a secret: it gets no secret, and its users sign in through
    /// `/oauth/authorize` with the authorization-code flow and PKCE).
    #[serde(rename = "type", default)]
    pub client_type: Option<ClientType>,
    /// Public clients only, and required for them: 1–10 URIs the sign-in page may send users back to, compared
    /// exactly. Each is an absolute `https` URL, or `http` on a loopback host (`127.0.0.1`, `localhost`, `[::1]`),
    /// without a fragment, at most 2,000 characters.
    #[serde(default)]
    #[schema(max_items = 10)]
    pub redirect_uris: Option<Vec<RedirectUri>>,
}

/// The new client with its secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"client": {"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null, "previous_secret_expires_at": null}, "client_secret": "rbs_Xy7Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Q"}))]
pub struct CreatedApiClientResponse {
    pub client: ApiClientResponse,
    /// Store it now: only its hash is kept, so it cannot be shown again. Absent for public clients, which have no
    /// secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

impl From<CreateApiClientRequest> for ClientInput {
    fn from(r: CreateApiClientRequest) -> Self {
        Self {
            name: r.name.into(),
            scopes: r.scopes,
            client_type: r.client_type.unwrap_or(ClientType::Confidential),
            redirect_uris: r
                .redirect_uris
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

/// Register an integration client.
///
/// Requires the `admin` scope. A confidential client (the default) gets a secret, shown in this response only. A
/// public client (`"type": "public"`, for a browser plugin) gets none: it lists `redirect_uris`, and its users sign
/// in through `/oauth/authorize` (authorization code with PKCE).
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = CreateApiClientRequest,
    responses(
        (status = 201, description = "Client created; `client_secret` is shown only now", body = CreatedApiClientResponse, headers(("Location" = String, description = "The new client's path"))),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): a public client without `redirect_uris` or a confidential one with some, a redirect URI that is not `https` (or `http` on a loopback host), carries user information or does not parse", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "redirect_uris", "message": "a public client needs at least one redirect URI to send users back to after they sign in"}]})),
    )
)]
#[post("/api-clients")]
pub async fn create_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<CreateApiClientRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let registered = api_clients::register(
        &state.db,
        principal.workspace_id,
        principal.user_id(),
        body.into_inner().into(),
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/v1/api-clients/{}", registered.client.id),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(CreatedApiClientResponse {
            client: ApiClientResponse::new(registered.client, state.clock.now()),
            client_secret: registered.client_secret,
        }))
}

/// List the workspace's integration clients, newest first.
///
/// Requires the `admin` scope. Secrets are never listed.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of clients", body = ApiClientList),
        (status = 400, description = "Invalid limit or cursor", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/api-clients")]
pub async fn list_api_clients(
    state: web::Data<AppState>,
    principal: Authenticated,
    params: Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let page = params.validate::<Uuid>("api-clients", principal.workspace_id)?;
    let mut rows = api_clients::list(
        &state.db,
        principal.workspace_id,
        page.after,
        page.fetch_limit(),
    )
    .await?;
    let next_cursor = page.finish(&mut rows, |row| row.id);
    let now = state.clock.now();
    Ok(HttpResponse::Ok().json(ApiClientList {
        data: rows
            .into_iter()
            .map(|row| ApiClientResponse::new(row, now))
            .collect(),
        next_cursor,
    }))
}

/// Get one integration client.
///
/// Requires the `admin` scope. An id from another workspace is a 404.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("api_client_id" = Uuid, Path, description = "The client's id (not its `client_id`)")),
    responses(
        (status = 200, description = "The client", body = ApiClientResponse),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/api-clients/{api_client_id}")]
pub async fn get_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let row = api_clients::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(ApiClientResponse::new(row, state.clock.now())))
}

/// Revoke an integration client.
///
/// Requires the `admin` scope. The client can no longer obtain tokens, and its access tokens stop working within a
/// few seconds on every replica. The answer is the client with `revoked_at` set, the last time the API shows it:
/// afterwards it is gone from the list, and reading, rotating or revoking it again is a 404 (the record is kept
/// for audit, and its tokens stay refused).
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("api_client_id" = Uuid, Path, description = "The client's id (not its `client_id`)")),
    responses(
        (status = 200, description = "Revoked", body = ApiClientResponse),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client in this workspace, or it is revoked already", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/api-clients/{api_client_id}")]
pub async fn revoke_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let row = api_clients::revoke(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(ApiClientResponse::new(row, state.clock.now())))
}

/// Options for a secret rotation. The body is optional: none, an empty body or `{}` keeps the old secret working
/// for 24 hours.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grace_period_seconds": 3600}))]
pub struct RotateSecretRequest {
    /// How long the old secret keeps working, 0–604800 seconds (7 days); default 86400 (24 hours). Send 0 after a
    /// leak to cut the old secret off at once.
    #[schema(maximum = 604800)]
    pub grace_period_seconds: Option<u64>,
}

/// The client with its new secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"client": {"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": "2026-11-25T10:02:11Z", "previous_secret_expires_at": "2026-11-26T10:15:00Z"}, "client_secret": "rbs_Pq4Wr7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3E"}))]
pub struct RotatedApiClientResponse {
    /// The client; `previous_secret_expires_at` says until when the old secret still works.
    pub client: ApiClientResponse,
    /// The new secret. Store it now: only its hash is kept, so it cannot be shown again.
    pub client_secret: String,
}

/// Rotate an integration client's secret.
///
/// Requires the `admin` scope. Returns a new secret (once). The old one keeps working for the grace period (default
/// 24 hours, `0` ends it at once), so the integration can switch without downtime; at most two secrets work at a
/// time, so rotating again ends the older one at once. Access tokens already issued are untouched. Not idempotent:
/// a retried rotation makes another secret, and the one from the lost response becomes the previous secret. A
/// revoked client is a 404 (a 409 when revoked while this runs), a public client, which has no secret, a 409.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("api_client_id" = Uuid, Path, description = "The client's id (not its `client_id`)")),
    request_body(content = Option<RotateSecretRequest>, description = "Optional; omit it (or send `{}`) for a 24-hour grace period"),
    responses(
        (status = 200, description = "Rotated; `client_secret` is shown only now", body = RotatedApiClientResponse),
        (status = 400, description = "Invalid grace period or id", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client in this workspace, or it is revoked", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The client was revoked during the rotation (`client_revoked`) or public (`public_client`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-clients/{api_client_id}/rotate-secret")]
pub async fn rotate_api_client_secret(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<Uuid>,
    body: OptionalJson<RotateSecretRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let grace = body
        .into_inner()
        .and_then(|b| b.grace_period_seconds)
        .map_or(DEFAULT_ROTATION_GRACE, std::time::Duration::from_secs);
    let now = state.clock.now();
    let rotated = api_clients::rotate_secret(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        grace,
        now,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(RotatedApiClientResponse {
            client: ApiClientResponse::new(rotated.client, now),
            client_secret: rotated.client_secret.unwrap_or_default(),
        }))
}
