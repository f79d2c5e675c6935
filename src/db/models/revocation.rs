//! Subjects whose access tokens were revoked before they expire (see the `revoked_subjects` migration).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use uuid::Uuid;

use crate::db::schema::revoked_subjects;

/// Records that tokens of `subject_id` issued until now no longer count. Run it in the transaction that removes
/// or revokes the subject, so the two commit together.
pub fn record(conn: &mut PgConnection, workspace_id: Uuid, subject_id: Uuid) -> QueryResult<()> {
    diesel::insert_into(revoked_subjects::table)
        .values((
            revoked_subjects::subject_id.eq(subject_id),
            revoked_subjects::workspace_id.eq(workspace_id),
        ))
        .on_conflict(revoked_subjects::subject_id)
        .do_update()
        .set(revoked_subjects::revoked_at.eq(excluded(revoked_subjects::revoked_at)))
        .execute(conn)
        .map(|_| ())
}

/// Every revocation since `after`: the subject and when its earlier tokens stopped counting.
pub fn since(
    conn: &mut PgConnection,
    after: DateTime<Utc>,
) -> QueryResult<Vec<(Uuid, DateTime<Utc>)>> {
    revoked_subjects::table
        .filter(revoked_subjects::revoked_at.gt(after))
        .select((revoked_subjects::subject_id, revoked_subjects::revoked_at))
        .load(conn)
}
