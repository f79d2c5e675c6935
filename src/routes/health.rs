//! Liveness, readiness and metrics for orchestrators and scrapers.

use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem, ServiceError};
use crate::state::{AppState, Draining};
use rebound_views::operations::HealthResponse;

/// Liveness: the process is up and serving. Never touches the database, so a database outage does not get
/// healthy replicas restarted.
#[utoipa::path(tag = "operations", responses((status = 200, description = "The process is alive", body = HealthResponse)))]
#[get("/livez")]
pub async fn livez() -> HttpResponse {
    HttpResponse::Ok().json(HealthResponse { status: "ok" })
}

/// Readiness: the database answers a round trip and migrations have run. 503 until then, and again from the
/// moment the replica is told to stop (it drains); route traffic only to ready replicas.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready for traffic", body = HealthResponse),
        (status = 503, description = "The database is unreachable or not migrated yet, or the replica is draining", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/readyz")]
pub async fn readyz(
    state: web::Data<AppState>,
    draining: web::Data<Draining>,
) -> Result<HttpResponse, ApiError> {
    if draining.is_set() {
        return Err(ApiError::ShuttingDown);
    }
    state.db.ping().await.map_err(ServiceError::from)?;
    if !state.db.is_migrated() {
        return Err(ApiError::Service(ServiceError::DatabaseUnavailable(
            "migrations have not completed yet".into(),
        )));
    }
    Ok(HttpResponse::Ok().json(HealthResponse { status: "ok" }))
}

/// Prometheus metrics in the text exposition format: request counts and latency by route template and status,
/// and database pool usage.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "Prometheus text format", body = String, content_type = "text/plain; version=0.0.4",
        example = "rebound_http_requests_total{method=\"GET\",route=\"/livez\",status=\"200\"} 3"))
)]
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.render(&state.db))
}
