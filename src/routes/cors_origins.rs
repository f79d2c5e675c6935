//! Browser origins a workspace lets call the API (an ATS plugin's page, say): registered and removed by an owner.
//! See [`crate::cors`] for how they are applied.

use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpResponse};
use rebound_domain::ids::CorsOriginId;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::cors::CorsOrigins;
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::routes::limits;
use crate::routes::pagination::{Listing, PageParams};
use crate::routes::responses::{InvalidPage, NotVisible};
use crate::state::AppState;
use rebound_service::auth::Scope;
use rebound_service::cors_origins;
use rebound_views::cors_origins::{CorsOriginList, CorsOriginResponse};

/// Registers a browser origin.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"origin": "https://plugin.example.com"}))]
pub struct CreateCorsOriginRequest {
    #[schema(schema_with = limits::cors_origin)]
    pub origin: String,
}

fn origin_path(id: CorsOriginId) -> String {
    format!("/v1/cors-origins/{id}")
}

/// Allow a browser origin.
///
/// Requires `admin` (workspace owners). Pages on this origin may then call the API from a browser with this
/// workspace's tokens: responses carry `Access-Control-Allow-Origin` for it, and preflights are answered. Takes
/// effect at once on the replica that answers, and on the others within `REBOUND_CORS_REFRESH_SECS` (30 s by
/// default). At most 20 origins per workspace.
#[utoipa::path(
    tag = "cors-origins",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = CreateCorsOriginRequest,
    responses(
        (status = 201, description = "Registered", body = CorsOriginResponse, headers(("Location" = String, description = "The new origin's path"))),
        (status = 400, description = "`origin` does not match the documented pattern; `errors[]` says why", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The workspace already registered this origin (`origin_taken`), or 20 origins (`too_many_cors_origins`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`origin` has the documented shape but is not a serialized origin this deployment allows (a default or out-of-range port, a host that is not one as written, `http://localhost` in production); `errors[]` says why", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "origin", "message": "must be a serialized origin: scheme, lowercase host and optional port, with no path, trailing slash, query, fragment or user name (did you mean https://plugin.example.com?)"}]})),
    )
)]
#[post("/cors-origins")]
pub async fn create_cors_origin(
    state: web::Data<AppState>,
    cors: web::Data<CorsOrigins>,
    principal: Authenticated,
    body: Json<CreateCorsOriginRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let created = cors_origins::create(
        &state.db,
        state.settings.environment,
        principal.workspace_id,
        &body.into_inner().origin,
    )
    .await?;
    cors.registered(principal.workspace_id, &created.origin);
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, origin_path(created.id)))
        .json(created))
}

/// List the workspace's browser origins, newest first.
///
/// Requires `admin`. Origins set by the operator (`REBOUND_CORS_ORIGINS`) apply to every workspace and are not
/// listed.
#[utoipa::path(
    tag = "cors-origins",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of origins", body = CorsOriginList),
        InvalidPage,
    )
)]
#[get("/cors-origins")]
pub async fn list_cors_origins(listing: Listing) -> Result<HttpResponse, ApiError> {
    let id_of = |origin: &CorsOriginResponse| origin.id.into();
    listing
        .newest_first(Scope::Admin, "cors-origins", cors_origins::list, id_of)
        .await
}

/// Get one browser origin.
///
/// Requires `admin`. An id from another workspace is a 404.
#[utoipa::path(
    tag = "cors-origins",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("cors_origin_id" = Uuid, Path, description = "The origin's id")),
    responses(
        (status = 200, description = "The origin", body = CorsOriginResponse),
        NotVisible,
    )
)]
#[get("/cors-origins/{cors_origin_id}")]
pub async fn get_cors_origin(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<CorsOriginId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let origin = cors_origins::get(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(origin))
}

/// Stop allowing a browser origin.
///
/// Requires `admin`. Takes effect at once on the replica that answers and on the others within
/// `REBOUND_CORS_REFRESH_SECS`; a browser that cached a preflight may send preflighted requests for up to 10
/// minutes more, but cannot read their responses.
#[utoipa::path(
    tag = "cors-origins",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("cors_origin_id" = Uuid, Path, description = "The origin's id")),
    responses(
        (status = 204, description = "Removed"),
        NotVisible,
    )
)]
#[delete("/cors-origins/{cors_origin_id}")]
pub async fn delete_cors_origin(
    state: web::Data<AppState>,
    cors: web::Data<CorsOrigins>,
    principal: Authenticated,
    path: web::Path<CorsOriginId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let removed =
        cors_origins::delete(&state.db, principal.workspace_id, path.into_inner()).await?;
    cors.removed(principal.workspace_id, &removed.origin);
    Ok(HttpResponse::NoContent().finish())
}
