//! Revocations: subjects, sign-ins and single access tokens refused before they expire (see the
//! `account_lifecycle` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use rebound_domain::ids::WorkspaceId;
use uuid::Uuid;

use crate::schema::revocations;

rebound_domain::wire_enum! {
    /// What a revoked id names. All three are UUIDs that never collide, so one lookup serves them all.
    pub enum RevocationKind {
        /// A user or API client: every token issued to it until the revocation.
        Subject = "subject",
        /// One sign-in (a refresh-token family, the `sid` of its access tokens).
        Session = "session",
        /// One access token, by its `jti`.
        Token = "token",
    }
}

/// Records that tokens naming `revoked_id` (as subject, session or token id) issued until now no longer count. Run
/// it last in the transaction that removes or changes what it names, so the two commit together. The time is the
/// statement's own (`clock_timestamp()`), not the transaction's start: a token issued while the transaction waited
/// for a lock is refused too.
pub fn record(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    kind: RevocationKind,
    revoked_id: Uuid,
) -> QueryResult<()> {
    let now = diesel::dsl::sql::<diesel::sql_types::Timestamptz>("clock_timestamp()");
    diesel::insert_into(revocations::table)
        .values((
            revocations::revoked_id.eq(revoked_id),
            revocations::workspace_id.eq(workspace_id),
            revocations::kind.eq(kind.as_str()),
            revocations::revoked_at.eq(now),
        ))
        .on_conflict(revocations::revoked_id)
        .do_update()
        .set(revocations::revoked_at.eq(excluded(revocations::revoked_at)))
        .execute(conn)
        .map(|_| ())
}

/// Every revocation since `after`: the revoked id and when its earlier tokens stopped counting.
pub fn since(
    conn: &mut PgConnection,
    after: DateTime<Utc>,
) -> QueryResult<Vec<(Uuid, DateTime<Utc>)>> {
    revocations::table
        .filter(revocations::revoked_at.gt(after))
        .select((revocations::revoked_id, revocations::revoked_at))
        .load(conn)
}
