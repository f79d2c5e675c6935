//! Webhook endpoints and their deliveries: the fan-out rows the outbox writes, and the claim discipline that lets
//! every replica run a delivery worker without two of them sending the same attempt.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{DeliveryId, EventId, WebhookEndpointId, WorkspaceId};
use uuid::Uuid;

use super::scoped::workspace_scoped;
use crate::schema::{events, webhook_deliveries, webhook_endpoints};
use rebound_domain::events::{DeliveryStatus, EventType};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_endpoints, check_for_backend(diesel::pg::Pg))]
pub struct EndpointRow {
    pub id: WebhookEndpointId,
    pub workspace_id: WorkspaceId,
    pub url: String,
    pub events: Vec<String>,
    pub description: Option<String>,
    pub enabled: bool,
    pub disabled_reason: Option<String>,
    pub secret_encrypted: String,
    pub previous_secret_encrypted: Option<String>,
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    pub failing_since: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = webhook_endpoints)]
pub struct NewEndpoint {
    pub id: WebhookEndpointId,
    pub workspace_id: WorkspaceId,
    pub url: String,
    pub events: Vec<String>,
    pub description: Option<String>,
    pub secret_encrypted: String,
}

/// A change to an endpoint; `None` leaves a field as it is. Re-enabling clears the disabled reason and the failure
/// streak.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = webhook_endpoints)]
pub struct EndpointChanges {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub description: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub disabled_reason: Option<Option<String>>,
    pub failing_since: Option<Option<DateTime<Utc>>>,
}

workspace_scoped! {
    table = webhook_endpoints, row = EndpointRow, id = WebhookEndpointId;

    pub fn insert = insert(NewEndpoint);
    pub fn find = find();
    /// Like [`find`], locking the row until the transaction ends.
    pub fn find_for_update = find_for_update();
    /// Newest first; `before` is the last id of the previous page.
    pub fn list = newest_first();
    /// Applies `changes` and bumps the version.
    pub fn update = update_versioned(EndpointChanges);
    pub fn delete = delete_found();
    /// The endpoint `id` in the workspace, as the target of a write.
    fn by_id = by_id();
}

/// The workspace's enabled endpoints, which the outbox fans each event out to.
pub fn enabled_in_workspace(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
) -> QueryResult<Vec<EndpointRow>> {
    webhook_endpoints::table
        .filter(webhook_endpoints::workspace_id.eq(workspace_id))
        .filter(webhook_endpoints::enabled.eq(true))
        .select(EndpointRow::as_select())
        .load(conn)
}

/// Makes `secret_encrypted` the signing secret; the one it replaces keeps signing until `previous_until`.
pub fn rotate_secret(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: WebhookEndpointId,
    secret_encrypted: &str,
    previous_until: DateTime<Utc>,
) -> QueryResult<EndpointRow> {
    diesel::update(by_id(workspace_id, id))
        .set((
            webhook_endpoints::previous_secret_encrypted
                .eq(webhook_endpoints::secret_encrypted.nullable()),
            webhook_endpoints::previous_secret_expires_at.eq(Some(previous_until)),
            webhook_endpoints::secret_encrypted.eq(secret_encrypted),
            webhook_endpoints::version.eq(webhook_endpoints::version + 1),
            webhook_endpoints::updated_at.eq(diesel::dsl::now),
        ))
        .returning(EndpointRow::as_returning())
        .get_result(conn)
}

/// The statuses of deliveries still to be attempted.
const OPEN_STATUSES: [&str; 2] = [
    DeliveryStatus::Pending.as_str(),
    DeliveryStatus::Retrying.as_str(),
];

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries, check_for_backend(diesel::pg::Pg))]
pub struct DeliveryRow {
    pub id: DeliveryId,
    pub workspace_id: WorkspaceId,
    pub endpoint_id: WebhookEndpointId,
    pub event_id: EventId,
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub response_status: Option<i32>,
    pub response_body: Option<String>,
    pub duration_ms: Option<i32>,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Queues a first attempt of `event_id` to each endpoint, due at `due_at`.
pub fn queue(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    event_id: EventId,
    endpoint_ids: &[WebhookEndpointId],
    due_at: DateTime<Utc>,
) -> QueryResult<Vec<DeliveryRow>> {
    let rows: Vec<_> = endpoint_ids
        .iter()
        .map(|endpoint_id| {
            (
                webhook_deliveries::id.eq(DeliveryId::new_v7()),
                webhook_deliveries::workspace_id.eq(workspace_id),
                webhook_deliveries::endpoint_id.eq(*endpoint_id),
                webhook_deliveries::event_id.eq(event_id),
                webhook_deliveries::status.eq(DeliveryStatus::Pending),
                webhook_deliveries::next_attempt_at.eq(Some(due_at)),
            )
        })
        .collect();
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    diesel::insert_into(webhook_deliveries::table)
        .values(rows)
        .returning(DeliveryRow::as_returning())
        .get_results(conn)
}

/// A page of an endpoint's deliveries, newest first.
pub fn list_for_endpoint(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    endpoint_id: WebhookEndpointId,
    before: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(DeliveryRow, EventType)>> {
    let mut query = webhook_deliveries::table
        .inner_join(events::table)
        .filter(webhook_deliveries::workspace_id.eq(workspace_id))
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .select((DeliveryRow::as_select(), events::event_type))
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(webhook_deliveries::id.lt(before));
    }
    query.load(conn)
}

/// A due delivery claimed by one worker, with what it needs to send it.
#[derive(Debug, Clone)]
pub struct ClaimedDelivery {
    pub delivery: DeliveryRow,
    pub endpoint: EndpointRow,
    pub event: super::event::EventRow,
}

/// Claims up to `limit` deliveries due at `now`: their rows are locked with `SKIP LOCKED` (so concurrent workers
/// in other replicas take other rows) and their next attempt is pushed to `lease_until`, so a worker that dies
/// mid-attempt leaves them to be tried again then rather than lost. The claim counts the attempt it is for
/// (`attempts` + 1, returned so): a worker killed after sending has counted what the receiver saw. Run it in a
/// transaction of its own.
pub fn claim_due(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<ClaimedDelivery>> {
    let due: Vec<DeliveryId> = webhook_deliveries::table
        .filter(webhook_deliveries::status.eq_any(OPEN_STATUSES))
        .filter(webhook_deliveries::next_attempt_at.le(now))
        .order(webhook_deliveries::next_attempt_at.asc())
        .select(webhook_deliveries::id)
        .limit(limit)
        .for_update()
        .skip_locked()
        .load(conn)?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(webhook_deliveries::table.filter(webhook_deliveries::id.eq_any(&due)))
        .set((
            webhook_deliveries::next_attempt_at.eq(Some(lease_until)),
            webhook_deliveries::attempts.eq(webhook_deliveries::attempts + 1),
        ))
        .execute(conn)?;
    let rows: Vec<(DeliveryRow, EndpointRow, super::event::EventRow)> = webhook_deliveries::table
        .inner_join(webhook_endpoints::table)
        .inner_join(events::table)
        .filter(webhook_deliveries::id.eq_any(&due))
        .select((
            DeliveryRow::as_select(),
            EndpointRow::as_select(),
            super::event::EventRow::as_select(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(delivery, endpoint, event)| ClaimedDelivery {
            delivery,
            endpoint,
            event,
        })
        .collect())
}

/// The outcome of one attempt, as recorded on its delivery.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = webhook_deliveries, treat_none_as_null = true)]
pub struct AttemptOutcome {
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub response_status: Option<i32>,
    pub response_body: Option<String>,
    pub duration_ms: Option<i32>,
    pub error: Option<String>,
}

pub fn record_attempt(
    conn: &mut PgConnection,
    id: DeliveryId,
    outcome: &AttemptOutcome,
) -> QueryResult<()> {
    diesel::update(webhook_deliveries::table.find(id))
        .set(outcome)
        .execute(conn)
        .map(|_| ())
}

/// Marks the endpoint's streak: a success clears `failing_since`, a failure starts it if it is not running. A
/// success on a healthy endpoint writes nothing, so concurrent deliveries to one endpoint do not queue on its row.
pub fn record_endpoint_health(
    conn: &mut PgConnection,
    endpoint_id: WebhookEndpointId,
    succeeded: bool,
    now: DateTime<Utc>,
) -> QueryResult<Option<DateTime<Utc>>> {
    if succeeded {
        diesel::update(
            webhook_endpoints::table
                .find(endpoint_id)
                .filter(webhook_endpoints::failing_since.is_not_null()),
        )
        .set(webhook_endpoints::failing_since.eq(None::<DateTime<Utc>>))
        .execute(conn)?;
        return Ok(None);
    }
    diesel::update(webhook_endpoints::table.find(endpoint_id))
        .set(
            webhook_endpoints::failing_since.eq(diesel::dsl::sql::<
                diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
            >("coalesce(failing_since, ")
            .bind::<diesel::sql_types::Timestamptz, _>(now)
            .sql(")")),
        )
        .returning(webhook_endpoints::failing_since)
        .get_result(conn)
}

/// Disables an endpoint that kept failing, with the reason shown to its owner; its queued deliveries fail.
pub fn disable(
    conn: &mut PgConnection,
    endpoint_id: WebhookEndpointId,
    reason: &str,
) -> QueryResult<()> {
    diesel::update(webhook_endpoints::table.find(endpoint_id))
        .set((
            webhook_endpoints::enabled.eq(false),
            webhook_endpoints::disabled_reason.eq(Some(reason)),
            webhook_endpoints::version.eq(webhook_endpoints::version + 1),
            webhook_endpoints::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)?;
    diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
            .filter(webhook_deliveries::status.eq_any(OPEN_STATUSES)),
    )
    .set((
        webhook_deliveries::status.eq(DeliveryStatus::Failed),
        webhook_deliveries::next_attempt_at.eq(None::<DateTime<Utc>>),
        webhook_deliveries::error.eq(Some("the endpoint was disabled")),
    ))
    .execute(conn)
    .map(|_| ())
}
