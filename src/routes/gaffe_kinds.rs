//! The gaffe catalogue: every kind of gaffe Rebound knows.

use actix_web::{get, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::catalogue::{all_categories, GaffeCategory};

/// The gaffe catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{
    "kind": "late", "title": "Arrived late", "description": "Arrived after the agreed start time.",
    "base_severity": 6, "recoverability": "medium", "repair": "note_addendum",
    "prevention": "Plan to arrive an hour or two early.", "seed_named": true
}]}))]
pub struct GaffeKindList {
    pub data: Vec<GaffeCategory>,
}

/// List the gaffe catalogue.
///
/// Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair it after the
/// interview, and how to avoid it next time. No authentication needed. New kinds may be added.
#[utoipa::path(
    tag = "gaffes",
    responses((status = 200, description = "The catalogue", body = GaffeKindList))
)]
#[get("/gaffe-kinds")]
pub async fn list_gaffe_kinds() -> HttpResponse {
    // The same for everyone and changes only with a release: caches may keep it for a few minutes.
    HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=300",
        ))
        .json(GaffeKindList {
            data: all_categories(),
        })
}
