//! Browser origins a workspace lets call the API: registering, listing, reading and removing them. The CORS layer
//! reads them from its in-memory copy (the HTTP layer's `CorsOrigins`), never per request.

use rebound_domain::ids::{CorsOriginId, WorkspaceId};

use super::{in_transaction, on_unique_violation, Database};
use crate::error::ServiceError;
use crate::NewestFirst;
use rebound_config::origin::{origin_has_shape, serialized_origin, OriginRules, MAX_ORIGIN_LEN};
use rebound_config::Environment;
use rebound_db::models::cors_origin::{self, NewCorsOrigin};

use rebound_views::cors_origins::CorsOriginResponse;

/// Most origins a workspace may register: a handful of plugins and their staging copies. It also bounds the set
/// every replica keeps in memory.
pub const MAX_ORIGINS_PER_WORKSPACE: i64 = 20;

fn not_found() -> ServiceError {
    ServiceError::NotFound("CORS origin")
}

fn origin_taken() -> ServiceError {
    ServiceError::Conflict {
        code: "origin_taken",
        detail: "This workspace has already registered this origin.".into(),
    }
}

/// Registers `origin` for the workspace: a serialized origin (`https://plugin.example.com`), https only (http
/// only for localhost, 127.0.0.1 or [::1] in development), unique in the workspace. A string outside the
/// documented pattern is a 400; one of that shape that still is not an acceptable origin a 422.
pub async fn create(
    db: &Database,
    environment: Environment,
    workspace_id: WorkspaceId,
    origin: &str,
) -> Result<CorsOriginResponse, ServiceError> {
    // Outside the documented pattern: a 400. Of that shape but still no serialized origin this deployment allows
    // (`https://a..b`, a default port, `http://localhost` in production): a 422, with the same reason.
    let origin =
        serialized_origin(origin, OriginRules::Workspace(environment)).map_err(|message| {
            if origin.chars().count() <= MAX_ORIGIN_LEN && origin_has_shape(origin) {
                ServiceError::unprocessable("origin", message)
            } else {
                ServiceError::invalid("origin", message)
            }
        })?;
    let values = NewCorsOrigin {
        id: CorsOriginId::new_v7(),
        workspace_id,
        origin,
    };
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            if cors_origin::count(conn, workspace_id)? >= MAX_ORIGINS_PER_WORKSPACE {
                return Err(ServiceError::Conflict {
                    code: "too_many_cors_origins",
                    detail: format!(
                        "A workspace may register at most {MAX_ORIGINS_PER_WORKSPACE} origins; remove one first."
                    ),
                });
            }
            cors_origin::insert(conn, &values)
                .map(crate::view::cors_origin)
                .map_err(|error| on_unique_violation(error, |_| origin_taken()))
        })
    })
    .await
}

/// A page of the workspace's origins, newest first.
pub async fn list(
    db: &Database,
    page: NewestFirst,
) -> Result<Vec<CorsOriginResponse>, ServiceError> {
    page.read(db, cors_origin::list, crate::view::cors_origin)
        .await
}

/// One origin of the workspace; another workspace's id is a 404.
pub async fn get(
    db: &Database,
    workspace_id: WorkspaceId,
    id: CorsOriginId,
) -> Result<CorsOriginResponse, ServiceError> {
    db.run(move |conn| {
        cors_origin::find(conn, workspace_id, id)?
            .map(crate::view::cors_origin)
            .ok_or_else(not_found)
    })
    .await
}

/// Removes one origin of the workspace and returns it; another workspace's id is a 404.
pub async fn delete(
    db: &Database,
    workspace_id: WorkspaceId,
    id: CorsOriginId,
) -> Result<CorsOriginResponse, ServiceError> {
    db.write(move |conn| {
        crate::autocommitted(conn, |conn| {
            cors_origin::delete(conn, workspace_id, id)?
                .map(crate::view::cors_origin)
                .ok_or_else(not_found)
        })
    })
    .await
}

/// Every registered origin with its workspace, for the in-memory allow list.
pub async fn all(db: &Database) -> Result<Vec<(WorkspaceId, String)>, ServiceError> {
    db.run(|conn| Ok(cors_origin::all(conn)?)).await
}
