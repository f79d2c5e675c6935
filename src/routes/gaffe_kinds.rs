//! The gaffe catalogue: every kind of gaffe Rebound knows.

use crate::error::Problem;
use crate::extract::{NoQuery, Query};
use crate::routes::language::AcceptLanguage;
use actix_web::http::header;
use actix_web::{get, HttpResponse};
use rebound_views::gaffe_kinds::GaffeKindList;

/// List the gaffe catalogue.
///
/// Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair it after the
/// interview, the questions the review asks about it, and how to avoid it next time (including what to have on
/// hand). No authentication needed. New kinds may be added.
///
/// The texts are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`, `fr`);
/// `Content-Language` says which. The kinds' wire names and the enums stay the same in every language.
#[utoipa::path(
    tag = "gaffes",
    params(AcceptLanguage),
    responses(
        (status = 200, description = "The catalogue", body = GaffeKindList, headers(
            ("Content-Language" = String, description = "The language of the texts, BCP 47: `en` or `fr-CA`"),
            ("Vary" = String, description = "`Accept-Language`: caches keep one copy per language"),
        )),
        (status = 400, description = "A query parameter was sent; this operation takes none", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/gaffe-kinds")]
pub async fn list_gaffe_kinds(_query: Query<NoQuery>, language: AcceptLanguage) -> HttpResponse {
    // The same for everyone in one language and changes only with a release: caches may keep it for a few minutes,
    // one copy per language.
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::VARY, "Accept-Language"))
        .insert_header(language.content_language())
        .json(GaffeKindList::catalogue_in(language.0))
}
