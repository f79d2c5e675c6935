//! Inbound ATS webhooks: the receivers a workspace owner configures, and taking a delivery (verify the vendor's
//! signature on the raw body, refuse a replay, classify the event, then apply it).

use chrono::{DateTime, Duration, Utc};
use rebound_domain::ids::{InboundReceiverId, WorkspaceId};

use super::{in_transaction, Database};
use crate::auth::sealing::Sealer;
use crate::auth::secrets::random_credential;
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::NewestFirst;
use rebound_ats::inbound::{self, InboundEvent, Vendor};
use rebound_db::models::inbound_receiver::{self, InboundReceiverRow, NewInboundReceiver};
use rebound_domain::bounded::{InboundSecret, ReceiverLabel};

/// Most receivers a workspace may configure: one per ATS account and a few staging ones.
pub const MAX_RECEIVERS_PER_WORKSPACE: i64 = 20;
/// How long an applied delivery's key is remembered to refuse its replay. Greenhouse retries for about 15 hours.
pub const REMEMBER_DELIVERIES_DAYS: i64 = 90;

fn not_found() -> ServiceError {
    ServiceError::NotFound("inbound receiver")
}

/// A receiver as stored, with its vendor parsed.
#[derive(Debug, Clone)]
pub struct Receiver {
    pub id: InboundReceiverId,
    pub workspace_id: WorkspaceId,
    pub vendor: Vendor,
    pub label: String,
    pub secret_generated: bool,
    pub created_at: DateTime<Utc>,
    pub last_delivery_at: Option<DateTime<Utc>>,
}

impl TryFrom<InboundReceiverRow> for Receiver {
    type Error = ServiceError;

    fn try_from(row: InboundReceiverRow) -> Result<Self, ServiceError> {
        Ok(Self {
            id: row.id,
            workspace_id: row.workspace_id,
            vendor: Vendor::parse(&row.vendor)
                .ok_or_else(|| ServiceError::internal(format!("unknown vendor {}", row.vendor)))?,
            label: row.label,
            secret_generated: row.secret_generated,
            created_at: row.created_at,
            last_delivery_at: row.last_delivery_at,
        })
    }
}

fn receivers(rows: Vec<InboundReceiverRow>) -> Result<Vec<Receiver>, ServiceError> {
    rows.into_iter().map(Receiver::try_from).collect()
}

/// What an owner asks for.
pub struct NewReceiver {
    pub vendor: Vendor,
    pub label: String,
    /// The ATS's own key (Merge generates its signature key); `None` lets Rebound generate one.
    pub secret: Option<String>,
}

/// A new receiver and, when Rebound generated it, the secret to paste into the ATS (never shown again).
pub struct CreatedReceiver {
    pub receiver: Receiver,
    pub generated_secret: Option<String>,
}

/// Creates a receiver. The secret is sealed before it is stored; a generated one is returned this once.
pub async fn create(
    db: &Database,
    sealer: &Sealer,
    workspace_id: WorkspaceId,
    input: NewReceiver,
) -> Result<CreatedReceiver, ServiceError> {
    let mut v = Validator::new();
    let label = v.text::<ReceiverLabel>("label", &input.label);
    if let Some(secret) = &input.secret {
        let length = secret.chars().count();
        v.check(
            (InboundSecret::MIN..=InboundSecret::MAX).contains(&length)
                && InboundSecret::PATTERN.admits(secret),
            "secret",
            &format!(
                "must be the ATS's key as it shows it: {}–{} visible ASCII characters (no spaces)",
                InboundSecret::MIN,
                InboundSecret::MAX
            ),
        );
    }
    v.finish()?;
    let (secret, generated) = match input.secret {
        Some(secret) => (secret, false),
        None => (random_credential("rbi_"), true),
    };
    let values = NewInboundReceiver {
        id: InboundReceiverId::new_v7(),
        workspace_id,
        vendor: input.vendor.as_str().into(),
        label,
        secret_sealed: sealer.seal(&secret)?,
        secret_generated: generated,
    };
    let row = db
        .write(move |conn| {
            in_transaction(conn, |conn| {
                if inbound_receiver::count(conn, workspace_id)? >= MAX_RECEIVERS_PER_WORKSPACE {
                    return Err(ServiceError::Conflict {
                        code: "too_many_inbound_receivers",
                        detail: format!(
                            "A workspace may have at most {MAX_RECEIVERS_PER_WORKSPACE} inbound receivers; remove one first."
                        ),
                    });
                }
                Ok::<_, ServiceError>(inbound_receiver::insert(conn, &values)?)
            })
        })
        .await?;
    Ok(CreatedReceiver {
        receiver: row.try_into()?,
        generated_secret: generated.then_some(secret),
    })
}

/// A page of the workspace's receivers, newest first.
pub async fn list(db: &Database, page: NewestFirst) -> Result<Vec<Receiver>, ServiceError> {
    receivers(page.read(db, inbound_receiver::list, |row| row).await?)
}

/// One receiver of the workspace; another workspace's id is a 404.
pub async fn get(
    db: &Database,
    workspace_id: WorkspaceId,
    id: InboundReceiverId,
) -> Result<Receiver, ServiceError> {
    db.run(move |conn| inbound_receiver::find(conn, workspace_id, id)?.ok_or_else(not_found))
        .await?
        .try_into()
}

/// Removes a receiver; its URL answers 404 from then on. Another workspace's id is a 404.
pub async fn delete(
    db: &Database,
    workspace_id: WorkspaceId,
    id: InboundReceiverId,
) -> Result<(), ServiceError> {
    db.write(move |conn| inbound_receiver::delete(conn, workspace_id, id)?.ok_or_else(not_found))
        .await?;
    Ok(())
}

/// A delivery as it arrived: nothing in it is trusted until [`authenticate`] verified the signature.
pub struct Delivery<'a> {
    pub vendor: Vendor,
    pub receiver_id: InboundReceiverId,
    pub body: &'a [u8],
    /// The vendor's signature header, if sent.
    pub signature: Option<&'a str>,
    /// Greenhouse's `Greenhouse-Event-ID`, if sent. Not signed, so it never tells a new delivery from a replay;
    /// it is only looked up among the keys the previous release stored (see [`Authenticated::delivery_key`]).
    pub event_id: Option<&'a str>,
}

/// A delivery whose signature verified: the receiver it is for, the event it carries, and the key it is
/// remembered by.
pub struct Authenticated {
    pub receiver: Receiver,
    pub event: InboundEvent,
    /// The vendor and the SHA-256 of the raw body: what the signature covers, however its header is spelled.
    pub delivery_key: String,
    /// The receiver already applied this delivery: it must not be applied again.
    pub replayed: bool,
}

/// Finds the receiver and verifies the delivery's signature BEFORE anything in the body is parsed. An unknown
/// receiver (or one of the other vendor) is a 404 after the same HMAC work as a known one; a missing or wrong
/// signature a 401. Then the body is classified (a signed body that is not the vendor's envelope is a 400).
pub async fn authenticate(
    db: &Database,
    sealer: &Sealer,
    delivery: Delivery<'_>,
) -> Result<Authenticated, ServiceError> {
    let (id, vendor) = (delivery.receiver_id, delivery.vendor);
    let row: Option<InboundReceiverRow> = db
        .run(move |conn| {
            Ok::<_, ServiceError>(inbound_receiver::find_for_delivery(
                conn,
                id,
                vendor.as_str(),
            )?)
        })
        .await?;
    let Some(row) = row else {
        inbound::verify_against_nothing(vendor, delivery.body, delivery.signature);
        return Err(not_found());
    };
    let secret = sealer.open(&row.secret_sealed)?;
    if !vendor.verify(secret.as_bytes(), delivery.body, delivery.signature) {
        return Err(ServiceError::Unauthorized(match vendor {
            Vendor::Merge => "The X-Merge-Webhook-Signature header is missing or is not the body's signature under this receiver's key.",
            Vendor::Greenhouse => "The Signature header is missing or is not the body's signature under this receiver's secret key.",
        }));
    }
    let receiver = Receiver::try_from(row)?;
    let delivery_key = inbound::delivery_key(vendor, delivery.body);
    // Until the records of the previous release have aged out, a delivery it applied is recognised by the key it
    // stored then. Remove after REMEMBER_DELIVERIES_DAYS from the release that changed the key.
    let mut keys = vec![
        delivery_key.clone(),
        vendor.legacy_delivery_key(secret.as_bytes(), delivery.body),
    ];
    if let (Vendor::Greenhouse, Some(id)) = (vendor, delivery.event_id.map(str::trim)) {
        keys.push(format!("greenhouse-event:{id}"));
    }
    let event = inbound::classify(vendor, delivery.body)
        .map_err(|error| ServiceError::invalid(error.field, error.message))?;
    let receiver_id = receiver.id;
    let replayed: bool = db
        .run(move |conn| Ok::<_, ServiceError>(inbound_receiver::seen(conn, receiver_id, &keys)?))
        .await?;
    Ok(Authenticated {
        receiver,
        event,
        delivery_key,
        replayed,
    })
}

/// Remembers an applied (or deliberately ignored) delivery, so a replay of it is refused.
pub async fn remember(
    db: &Database,
    receiver_id: InboundReceiverId,
    delivery_key: String,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let forget_before = now - Duration::days(REMEMBER_DELIVERIES_DAYS);
    db.write(move |conn| {
        Ok::<_, ServiceError>(inbound_receiver::record(
            conn,
            receiver_id,
            &delivery_key,
            now,
            forget_before,
        )?)
    })
    .await
}
