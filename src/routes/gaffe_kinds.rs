//! The gaffe catalogue: every kind of gaffe Rebound knows.

use actix_web::{get, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::Problem;
use crate::extract::{NoQuery, Query};
use rebound_domain::catalogue::{all_entries, GaffeKindEntry};

/// The gaffe catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{
    "kind": "late", "title": "Arrived late", "label": "late arrival",
    "description": "Turned up after the agreed time, or joined the call late, and started the interview flustered.",
    "base_severity": 7, "recoverability": "medium", "repair": "none",
    "prevention": "Plan the route the day before and leave an hour or two earlier than you think you need.",
    "review_questions": [
        "How late were you, and did you let them know before the start time?",
        "What made you late, and was any of it in your control?",
        "How much did it rattle you for the rest of the interview?"
    ],
    "on_hand": "the address, the route, the travel time with a margin, and a phone number to call if you are delayed",
    "classic": true
}]}))]
pub struct GaffeKindList {
    pub data: Vec<GaffeKindEntry>,
}

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
        .json(GaffeKindList {
            data: all_entries(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::catalogue::entry;
    use rebound_domain::GaffeKind;
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
