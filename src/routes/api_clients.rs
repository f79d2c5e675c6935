//! Integration clients: job-board and ATS back ends that call the API server to server.

use actix_web::http::header;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use rebound_domain::ids::ApiClientId;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, OptionalJson};
use crate::routes::limits;
use crate::routes::pagination::{Listing, PageParams};
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible};
use crate::state::AppState;
use rebound_domain::bounded::{ClientName, RedirectUri};
use rebound_service::api_clients::{self, ClientInput, DEFAULT_ROTATION_GRACE};
use rebound_service::auth::{ClientType, Scope};
use rebound_views::api_clients::{
    ApiClientList, ApiClientResponse, CreatedApiClientResponse, RotatedApiClientResponse,
};

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
    #[serde(default)]
    #[schema(schema_with = limits::redirect_uris)]
    pub redirect_uris: Option<Vec<RedirectUri>>,
    /// The API version to pin the client to: a date, read as the newest version on or before it (default: the
    /// current version). Requests with its tokens get this version unless they send `Rebound-Version`.
    #[serde(default)]
    #[schema(value_type = Option<String>, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", example = "2026-12-07")]
    pub api_version: Option<String>,
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
            api_version: r.api_version,
        }
    }
}

/// Changes an integration client.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"api_version": "2026-12-07"}))]
pub struct UpdateApiClientRequest {
    /// The API version to pin the client to: a date, read as the newest version on or before it. Tokens issued
    /// from now on carry it; tokens issued before keep theirs until they expire.
    #[schema(
        pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        example = "2026-12-07"
    )]
    pub api_version: String,
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
        InvalidFields,
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
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/v1/api-clients/{}", registered.client.id),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(registered))
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
        InvalidPage,
    )
)]
#[get("/api-clients")]
pub async fn list_api_clients(listing: Listing) -> Result<HttpResponse, ApiError> {
    let id_of = |client: &ApiClientResponse| client.id.into();
    listing
        .newest_first(Scope::Admin, "api-clients", api_clients::list, id_of)
        .await
}

/// Pin an integration client to another API version.
///
/// Requires the `admin` scope. Move a client to a newer version once its code handles what changed (see the
/// changelog, keyed by version); test first by sending `Rebound-Version` on single requests. An id from another
/// workspace, or a revoked client, is a 404.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("api_client_id" = Uuid, Path, description = "The client's id (not its `client_id`)")),
    request_body = UpdateApiClientRequest,
    responses(
        (status = 200, description = "The client, pinned to the version the date names", body = ApiClientResponse),
        InvalidFields,
        NotVisible,
    )
)]
#[patch("/api-clients/{api_client_id}")]
pub async fn update_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<ApiClientId>,
    body: Json<UpdateApiClientRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let client = api_clients::set_api_version(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        &body.into_inner().api_version,
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(client))
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
        NotVisible,
    )
)]
#[get("/api-clients/{api_client_id}")]
pub async fn get_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<ApiClientId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let client = api_clients::get(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(client))
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
        (status = 404, description = "No such client in this workspace, or it is revoked already", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/api-clients/{api_client_id}")]
pub async fn revoke_api_client(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<ApiClientId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let revoked = api_clients::revoke(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        state.clock.now(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(revoked))
}

/// Options for a secret rotation. The body is optional: none, an empty body or `{}` keeps the old secret working
/// for 24 hours.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"grace_period_seconds": 3600}))]
pub struct RotateSecretRequest {
    #[schema(schema_with = limits::rotation_grace_seconds)]
    pub grace_period_seconds: Option<u64>,
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
        InvalidFields,
        (status = 404, description = "No such client in this workspace, or it is revoked", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The client was revoked during the rotation (`client_revoked`) or public (`public_client`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-clients/{api_client_id}/rotate-secret")]
pub async fn rotate_api_client_secret(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<ApiClientId>,
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
        .json(rotated))
}
