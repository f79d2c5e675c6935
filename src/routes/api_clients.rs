//! Integration clients: job-board and ATS back ends that call the API server to server.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::error::{ApiError, Problem};
use crate::extract::{Json, Query};
use crate::routes::pagination::PageParams;
use crate::service::api_clients::{self, ApiClientRow, ClientInput};
use crate::state::AppState;

/// An integration client. Its secret is never shown again after creation.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a",
    "name": "Acme Job Board",
    "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p",
    "scopes": ["interviews:read", "interviews:write"],
    "created_at": "2026-11-25T09:30:00Z",
    "revoked_at": null,
    "last_used_at": "2026-11-25T10:02:11Z"
}))]
pub struct ApiClientResponse {
    pub id: Uuid,
    /// What the client is, for people reading the list.
    pub name: String,
    /// Public identifier used with the `client_credentials` grant.
    pub client_id: String,
    /// What tokens issued to this client may do.
    pub scopes: Vec<Scope>,
    pub created_at: DateTime<Utc>,
    /// Set once the client is revoked; it can no longer get tokens.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When the client last obtained a token.
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<ApiClientRow> for ApiClientResponse {
    fn from(row: ApiClientRow) -> Self {
        Self {
            id: row.id,
            name: row.name,
            client_id: row.client_id,
            scopes: row.scopes.iter().filter_map(|s| Scope::parse(s)).collect(),
            created_at: row.created_at,
            revoked_at: row.revoked_at,
            last_used_at: row.last_used_at,
        }
    }
}

/// A page of integration clients, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null}], "next_cursor": null}))]
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
    pub name: String,
    /// At least one of `interviews:read`, `interviews:write`, `plans:write`. (`admin` stays with workspace owners.)
    pub scopes: Vec<Scope>,
}

/// The new client with its secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"client": {"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null}, "client_secret": "rbs_Xy7Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Q"}))]
pub struct CreatedApiClientResponse {
    pub client: ApiClientResponse,
    /// Store it now: only its hash is kept, so it cannot be shown again.
    pub client_secret: String,
}

impl From<CreateApiClientRequest> for ClientInput {
    fn from(r: CreateApiClientRequest) -> Self {
        Self {
            name: r.name,
            scopes: r.scopes,
        }
    }
}

/// Register an integration client.
///
/// Requires the `admin` scope. The response carries the client secret once.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = CreateApiClientRequest,
    responses(
        (status = 201, description = "Client created; `client_secret` is shown only now", body = CreatedApiClientResponse),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-clients")]
pub async fn create_api_client(
    state: web::Data<AppState>,
    principal: Principal,
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
            client: registered.client.into(),
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
    principal: Principal,
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
    Ok(HttpResponse::Ok().json(ApiClientList {
        data: rows.into_iter().map(Into::into).collect(),
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
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let row = api_clients::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(ApiClientResponse::from(row)))
}

/// Revoke an integration client.
///
/// Requires the `admin` scope. The client can no longer obtain tokens; access tokens already issued expire on their
/// own within minutes. Revoking twice is harmless. The record stays listed with `revoked_at` set.
#[utoipa::path(
    tag = "api-clients",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("api_client_id" = Uuid, Path, description = "The client's id (not its `client_id`)")),
    responses(
        (status = 200, description = "Revoked", body = ApiClientResponse),
        (status = 403, description = "The token lacks the `admin` scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client in this workspace", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/api-clients/{api_client_id}")]
pub async fn revoke_api_client(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let row = api_clients::revoke(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(ApiClientResponse::from(row)))
}
