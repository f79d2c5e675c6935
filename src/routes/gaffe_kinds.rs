//! The gaffe catalogue: every kind of gaffe Rebound knows.

use crate::error::Problem;
use crate::extract::{NoQuery, Query};
use actix_web::{get, HttpResponse};
use rebound_views::gaffe_kinds::GaffeKindList;

/// List the gaffe catalogue.
///
/// Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair it after the
/// interview, the questions the review asks about it, and how to avoid it next time (including what to have on
/// hand). No authentication needed. New kinds may be added.
#[utoipa::path(
    tag = "gaffes",
    responses(
        (status = 200, description = "The catalogue", body = GaffeKindList),
        (status = 400, description = "A query parameter was sent; this operation takes none", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/gaffe-kinds")]
pub async fn list_gaffe_kinds(_query: Query<NoQuery>) -> HttpResponse {
    // The same for everyone and changes only with a release: caches may keep it for a few minutes.
    HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=300",
        ))
        .json(GaffeKindList::catalogue())
}
