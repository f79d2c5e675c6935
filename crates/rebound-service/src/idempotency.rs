//! Idempotent creation: a creating request that carries an `Idempotency-Key` runs once; a retry gets the first
//! response again instead of creating a duplicate. The creation and the stored response commit in one transaction,
//! so exactly one of two concurrent requests with the same key creates anything.

use diesel::{Connection, PgConnection};
use rebound_domain::ids::WorkspaceId;
use rebound_domain::json_text::JsonText;
use serde::Serialize;
use uuid::Uuid;

use crate::error::ServiceError;
use rebound_db::combined::{CombinedError, CombinedWrite};
use rebound_db::models::event::{self, Change, EventRow, Write};
use rebound_db::models::idempotency::{self, StoredResponse};
use rebound_db::Database;

/// A validated key with the fingerprint of the request it came with. Keys are scoped to the caller: two callers
/// may use the same key independently.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    pub workspace_id: WorkspaceId,
    pub principal_id: Uuid,
    pub key: String,
    pub request_hash: String,
}

/// What a creating request led to: the resource as serialised (sent as it is), the members of it the response's
/// headers carry, and whether it was created now or replayed for a key used before.
#[derive(Debug)]
pub struct Created {
    pub body: JsonText,
    pub head: Head,
    pub replayed: bool,
}

/// The members of a created resource its response's headers carry (`Location`, `ETag`, `Content-Language`), known
/// from the resource when it is made; a replayed or generic answer has them read from its JSON.
#[derive(Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Head {
    pub id: Option<String>,
    pub version: Option<i32>,
    /// A plan's language.
    pub locale: Option<String>,
}

impl Head {
    /// The head of a resource with an id and a version (interviews, candidates, gaffes).
    pub fn of_versioned(id: impl std::fmt::Display, version: i32) -> Self {
        Head {
            id: Some(id.to_string()),
            version: Some(version),
            locale: None,
        }
    }

    /// The head members of `body`, read without building the rest of it.
    pub fn read(body: &JsonText) -> Self {
        serde_json::from_str(body.as_str()).unwrap_or_default()
    }
}

impl Created {
    fn fresh(body: JsonText, head: Head) -> Self {
        Created {
            body,
            head,
            replayed: false,
        }
    }
}

/// Runs `create` once per idempotency key (or plainly when there is none), storing its response with the key.
pub fn create_once<T: Serialize>(
    conn: &mut PgConnection,
    key: Option<&IdempotencyKey>,
    create: impl FnOnce(&mut PgConnection) -> Result<T, ServiceError>,
) -> Result<Created, ServiceError> {
    if let Some(key) = key {
        if let Some(stored) = idempotency::find(conn, key.workspace_id, key.principal_id, &key.key)?
        {
            return replay(key, stored);
        }
    }
    // The key is claimed first, inside the transaction: a concurrent request with the same key blocks on it until
    // this one commits, then loses the race on the key (and replays) instead of on the resource's own constraints.
    let mut committing = false;
    let result = conn.transaction(|conn| {
        if let Some(key) = key {
            let claim = StoredResponse {
                request_hash: key.request_hash.clone(),
                // Only creations are stored; the status is kept so the table can hold other answers one day.
                response_status: 201,
                response_body: JsonText::of(&()).map_err(ServiceError::internal)?,
            };
            idempotency::insert(conn, key.workspace_id, key.principal_id, &key.key, &claim)
                .map_err(KeyRace::from_insert)?;
        }
        let created = create(conn)?;
        let body = JsonText::of(&created).map_err(ServiceError::internal)?;
        if let Some(key) = key {
            idempotency::set_response_body(
                conn,
                key.workspace_id,
                key.principal_id,
                &key.key,
                &body,
            )?;
        }
        committing = true;
        Ok::<_, KeyRace>(body)
    });
    match (result, key) {
        (Ok(body), _) => {
            let head = Head::read(&body);
            Ok(Created::fresh(body, head))
        }
        // A concurrent request with the same key committed first: answer as it did.
        (Err(KeyRace::Lost), Some(key)) => {
            let stored = idempotency::find(conn, key.workspace_id, key.principal_id, &key.key)?
                .ok_or_else(|| ServiceError::internal("idempotency record vanished"))?;
            replay(key, stored)
        }
        (Err(KeyRace::Lost), None) => Err(ServiceError::internal("idempotency race without a key")),
        // The commit's answer was lost with the connection: the resource may exist. A retry with the same key
        // tells which (it replays a saved creation, or creates now).
        (Err(KeyRace::Failed(ServiceError::DatabaseUnavailable(cause))), _) if committing => {
            Err(ServiceError::OutcomeUnknown(cause))
        }
        (Err(KeyRace::Failed(error)), _) => Err(error),
    }
}

/// Creates with ONE statement and no transaction: `writes` (the resource's rows) and its `event`, with the claim of
/// `key` (the key and this response) as one more part when a key is given, written by `Database::write_combined` —
/// combined with the creates of concurrent requests into one statement and one commit when several arrive at once,
/// alone otherwise. The answer is the resource as the event announces it (`event.data`: serialised once, it is also
/// the body sent and the response stored with the key), known before anything is written, with its `head`;
/// `refused` maps the database's refusal of this create's statement as the resource's own create would. A create costs one
/// round trip with or without a key; a key used before costs one more, to read what it answered.
///
/// The guarantees of [`create_once`] hold: the resource, its event and the stored response commit together or not
/// at all; of two requests with one key, the second blocks on the first's claim (or shares its statement, which
/// then fails and is retried create by create) and then fails, whichever of its parts trips first (a remote
/// reference the first one took, say), and is answered with the first one's response.
pub async fn create_in_one_statement(
    db: &Database,
    key: Option<IdempotencyKey>,
    head: Head,
    mut writes: Vec<Write<'static>>,
    event: EventRow,
    refused: fn(diesel::result::Error) -> ServiceError,
) -> Result<Created, ServiceError> {
    let body = event.data.clone();
    let claim = claim_of(key.as_ref(), &body);
    writes.extend(claim);
    let written = db.write_combined(CombinedWrite { writes, event }).await;
    settle(db, key, Created::fresh(body, head), written, refused).await
}

/// [`create_in_one_statement`] for a create that reports several `events` and is written alone, in one statement of
/// its own: one that updates a row a concurrent create may update too (two such updates in one statement would
/// not both take effect), like a gaffe's create moving its interview's version. The first event announces the
/// resource created, and is the answer.
pub async fn create_alone_in_one_statement(
    db: &Database,
    key: Option<IdempotencyKey>,
    head: Head,
    mut writes: Vec<Write<'static>>,
    events: Vec<EventRow>,
    refused: fn(diesel::result::Error) -> ServiceError,
) -> Result<Created, ServiceError> {
    let body = events
        .first()
        .map(|event| event.data.clone())
        .ok_or_else(|| ServiceError::internal("a create without its event"))?;
    let claim = claim_of(key.as_ref(), &body);
    writes.extend(claim);
    let written = db
        .write(move |conn| {
            let change = Change {
                writes,
                events: events.into_iter().map(std::borrow::Cow::Owned).collect(),
            };
            event::write_changes(conn, std::slice::from_ref(&change))
                .map_err(CombinedError::Refused)
        })
        .await;
    settle(db, key, Created::fresh(body, head), written, refused).await
}

/// The answer to a create whose statement was `written` (or not): the `fresh` answer, or the failure — unless a key
/// is given and a request with it committed first, whose answer is then replayed.
async fn settle(
    db: &Database,
    key: Option<IdempotencyKey>,
    fresh: Created,
    written: Result<(), CombinedError>,
    refused: fn(diesel::result::Error) -> ServiceError,
) -> Result<Created, ServiceError> {
    let error = match written {
        Ok(()) => return Ok(fresh),
        Err(CombinedError::Unavailable(unavailable)) => return Err(unavailable.into()),
        Err(CombinedError::Refused(error)) => refused(error),
    };
    let (key, error) = key_to_look_up(error, key.as_ref())?;
    replay_or(db, key.clone(), error).await
}

/// The answer of the request that used `key` first, or `error` when none did.
pub async fn replay_or(
    db: &Database,
    key: IdempotencyKey,
    error: ServiceError,
) -> Result<Created, ServiceError> {
    db.run(move |conn| stored(conn, &key)).await?.ok_or(error)
}

/// After a create's statement failed: the error to answer, or (`Ok`) the key whose first use decides the answer,
/// with the error to answer should the key be unused.
fn key_to_look_up(
    error: ServiceError,
    key: Option<&IdempotencyKey>,
) -> Result<(&IdempotencyKey, ServiceError), ServiceError> {
    match (error, key) {
        // The statement was sent and its answer lost: it may have committed. A retry with the same key tells
        // which (it replays the saved creation, or creates now).
        (ServiceError::DatabaseUnavailable(cause), _) => Err(ServiceError::OutcomeUnknown(cause)),
        // The key stored now means a request with it committed first (an earlier try, or a concurrent one):
        // answer as it did, whatever part of this statement failed. A statement the database did not finish in time
        // committed nothing, and a lookup would spend another deadline: its error stands.
        (error, Some(key)) if !error.is_unavailable() => Ok((key, error)),
        (error, _) => Err(error),
    }
}

/// With a key, the claim part that stores `body` as its answer (see [`create_in_one_statement`]).
fn claim_of(key: Option<&IdempotencyKey>, body: &JsonText) -> Option<Write<'static>> {
    key.map(|key| {
        let response = StoredResponse {
            request_hash: key.request_hash.clone(),
            // Only creations are stored; the status is kept so the table can hold other answers one day.
            response_status: 201,
            response_body: body.clone(),
        };
        idempotency::claim_part(
            key.workspace_id,
            key.principal_id,
            key.key.clone(),
            response,
        )
    })
}

/// The stored response for `key`, if a request with it already completed (422 when that request differed).
pub fn stored(
    conn: &mut PgConnection,
    key: &IdempotencyKey,
) -> Result<Option<Created>, ServiceError> {
    idempotency::find(conn, key.workspace_id, key.principal_id, &key.key)?
        .map(|stored| replay(key, stored))
        .transpose()
}

fn replay(key: &IdempotencyKey, stored: StoredResponse) -> Result<Created, ServiceError> {
    if stored.request_hash != key.request_hash {
        return Err(ServiceError::IdempotencyKeyReused);
    }
    Ok(Created {
        head: Head::read(&stored.response_body),
        body: stored.response_body,
        replayed: true,
    })
}

/// Errors inside the creating transaction: losing the race on the key is told apart from real failures.
enum KeyRace {
    Lost,
    Failed(ServiceError),
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

impl From<ServiceError> for KeyRace {
    fn from(error: ServiceError) -> Self {
        KeyRace::Failed(error)
    }
}

impl From<diesel::result::Error> for KeyRace {
    fn from(error: diesel::result::Error) -> Self {
        KeyRace::Failed(error.into())
    }
}
