//! The gaffe catalogue: every kind of gaffe Rebound knows.

use actix_web::{get, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::catalogue::{all_entries, GaffeKindEntry};

/// The gaffe catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{
    "kind": "late", "title": "Arrived late", "label": "late arrival",
    "description": "Turned up after the agreed time, or joined the call late, and started the interview flustered.",
    "base_severity": 7, "recoverability": "medium", "repair": "none",
    "prevention": "Plan the route the day before and leave an hour or two earlier than you think you need.",
    "classic": true
}]}))]
pub struct GaffeKindList {
    pub data: Vec<GaffeKindEntry>,
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
            data: all_entries(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::entry;
    use crate::domain::GaffeKind;
    use utoipa::PartialSchema;

    #[test]
    fn the_list_example_is_the_real_catalogue_entry() {
        let example = serde_json::to_value(GaffeKindList::schema()).unwrap()["example"].clone();
        assert_eq!(
            example["data"][0],
            serde_json::to_value(entry(GaffeKind::Late)).unwrap()
        );
    }
}
