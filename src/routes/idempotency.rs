//! The HTTP side of `Idempotency-Key`: reading the header, and answering 201 (or the replayed 201). The once-only
//! creation itself is `service::idempotency`.

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, HttpResponseBuilder};
use rebound_domain::json_text::JsonText;

use crate::error::ApiError;
use crate::extract::BodyDigest;
use crate::routes::conditional::etag;
use rebound_service::auth::Principal;
pub use rebound_service::idempotency::{Created, IdempotencyKey};

pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Set on a response that replays a stored one.
pub const REPLAYED: &str = "idempotent-replayed";

/// The request's `Idempotency-Key`, if it sent one, fingerprinted with the method, path and canonical body. Keys
/// are 1–255 visible ASCII characters (a UUID is a good choice).
pub fn idempotency_key(
    req: &HttpRequest,
    principal: &Principal,
) -> Result<Option<IdempotencyKey>, ApiError> {
    let Some(value) = req.headers().get(IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or("").trim();
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::invalid(
            "Idempotency-Key",
            "must be 1 to 255 visible ASCII characters, such as a UUID",
        ));
    }
    let body = req
        .extensions()
        .get::<BodyDigest>()
        .map(|d| d.0.clone())
        .unwrap_or_default();
    let request_hash = rebound_service::auth::secrets::credential_hash(&format!(
        "{} {}\n{body}",
        req.method(),
        req.path()
    ));
    Ok(Some(IdempotencyKey {
        workspace_id: principal.workspace_id,
        principal_id: principal.subject_id(),
        key: key.to_string(),
        request_hash,
    }))
}

/// The 201 response for a created resource: `Location` (with its `id`) and `ETag` (with its `version`, when it has
/// one) included, and `Idempotent-Replayed: true` on a replay.
pub fn created_response(created: Created, collection_path: &str) -> HttpResponse {
    let Created {
        body,
        head,
        replayed,
    } = created;
    let mut response = HttpResponse::Created();
    if let Some(id) = &head.id {
        response.insert_header((header::LOCATION, format!("{collection_path}/{id}")));
    }
    if let Some(version) = head.version {
        response.insert_header(etag(version));
    }
    if replayed {
        response.insert_header((REPLAYED, "true"));
    }
    json_response(response, body)
}

/// `body`, already serialised, as the JSON body of `response`.
pub fn json_response(mut response: HttpResponseBuilder, body: JsonText) -> HttpResponse {
    response
        .insert_header(header::ContentType::json())
        .body(String::from(body))
}
