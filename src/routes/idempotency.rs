//! `Idempotency-Key` for creating POSTs: a retried request gets the first response again instead of creating a
//! duplicate. The creation and the stored response commit in one transaction, so exactly one of two concurrent
//! requests with the same key creates anything.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use diesel::{Connection, PgConnection};
use serde::Serialize;
use uuid::Uuid;

use crate::auth::Principal;
use crate::db::models::idempotency::{self, StoredResponse};
use crate::error::ApiError;
use crate::extract::BodyDigest;
use crate::routes::conditional::etag;

pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Set on a response that replays a stored one.
pub const REPLAYED: &str = "idempotent-replayed";

/// A validated key with the fingerprint of the request it came with.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    workspace_id: Uuid,
    principal_id: Uuid,
    key: String,
    request_hash: String,
}

impl IdempotencyKey {
    /// The request's key, if it sent one. Keys are 1–255 visible ASCII characters (a UUID is a good choice).
    pub fn from_request(
        req: &HttpRequest,
        principal: &Principal,
    ) -> Result<Option<Self>, ApiError> {
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
        let request_hash = crate::auth::secrets::credential_hash(&format!(
            "{} {}\n{body}",
            req.method(),
            req.path()
        ));
        Ok(Some(Self {
            workspace_id: principal.workspace_id,
            principal_id: principal.subject_id(),
            key: key.to_string(),
            request_hash,
        }))
    }
}

/// What a creating request led to.
pub enum Created {
    Fresh(serde_json::Value),
    Replayed(serde_json::Value),
}

/// Runs `create` once per idempotency key (or plainly when there is none), storing its response with the key.
pub fn create_once<T: Serialize>(
    conn: &mut PgConnection,
    key: Option<&IdempotencyKey>,
    create: impl FnOnce(&mut PgConnection) -> Result<T, ApiError>,
) -> Result<Created, ApiError> {
    if let Some(key) = key {
        if let Some(stored) = idempotency::find(conn, key.workspace_id, key.principal_id, &key.key)?
        {
            return replay(key, stored);
        }
    }
    // The key is claimed first, inside the transaction: a concurrent request with the same key blocks on it until
    // this one commits, then loses the race on the key (and replays) instead of on the resource's own constraints.
    let result = conn.transaction(|conn| {
        if let Some(key) = key {
            let claim = StoredResponse {
                request_hash: key.request_hash.clone(),
                response_status: StatusCode::CREATED.as_u16() as i16,
                response_body: serde_json::Value::Null,
            };
            idempotency::insert(conn, key.workspace_id, key.principal_id, &key.key, &claim)
                .map_err(KeyRace::from_insert)?;
        }
        let created = create(conn)?;
        let body = serde_json::to_value(created).map_err(ApiError::internal)?;
        if let Some(key) = key {
            idempotency::set_response_body(
                conn,
                key.workspace_id,
                key.principal_id,
                &key.key,
                &body,
            )?;
        }
        Ok::<_, KeyRace>(body)
    });
    match (result, key) {
        (Ok(body), _) => Ok(Created::Fresh(body)),
        // A concurrent request with the same key committed first: answer as it did.
        (Err(KeyRace::Lost), Some(key)) => {
            let stored = idempotency::find(conn, key.workspace_id, key.principal_id, &key.key)?
                .ok_or_else(|| ApiError::internal("idempotency record vanished"))?;
            replay(key, stored)
        }
        (Err(KeyRace::Lost), None) => Err(ApiError::internal("idempotency race without a key")),
        (Err(KeyRace::Failed(error)), _) => Err(error),
    }
}

fn replay(key: &IdempotencyKey, stored: StoredResponse) -> Result<Created, ApiError> {
    if stored.request_hash != key.request_hash {
        return Err(ApiError::IdempotencyKeyReused);
    }
    Ok(Created::Replayed(stored.response_body))
}

/// Errors inside the creating transaction: losing the race on the key is told apart from real failures.
enum KeyRace {
    Lost,
    Failed(ApiError),
}

impl KeyRace {
    fn from_insert(error: diesel::result::Error) -> Self {
        match &error {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => KeyRace::Lost,
            _ => KeyRace::Failed(error.into()),
        }
    }
}

impl From<ApiError> for KeyRace {
    fn from(error: ApiError) -> Self {
        KeyRace::Failed(error)
    }
}

impl From<diesel::result::Error> for KeyRace {
    fn from(error: diesel::result::Error) -> Self {
        KeyRace::Failed(error.into())
    }
}

/// The 201 response for a created resource whose body has `id` and `version`: `Location` and `ETag` included,
/// and `Idempotent-Replayed: true` on a replay.
pub fn created_response(created: Created, collection_path: &str) -> HttpResponse {
    let (body, replayed) = match created {
        Created::Fresh(body) => (body, false),
        Created::Replayed(body) => (body, true),
    };
    let mut response = HttpResponse::Created();
    if let Some(id) = body["id"].as_str() {
        response.insert_header((header::LOCATION, format!("{collection_path}/{id}")));
    }
    if let Some(version) = body["version"].as_i64() {
        response.insert_header(etag(version as i32));
    }
    if replayed {
        response.insert_header((REPLAYED, "true"));
    }
    response.json(body)
}
