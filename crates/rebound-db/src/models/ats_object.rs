//! Vendor objects remembered from imports and webhook deliveries (see the `ats_objects` migration), so a later
//! delivery that names them by id alone can be mapped.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use rebound_domain::ids::WorkspaceId;

use crate::schema::ats_objects;

/// Days a remembered object is kept after the last import or delivery that carried it.
pub const RETENTION_DAYS: i64 = 90;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ats_objects, check_for_backend(diesel::pg::Pg))]
pub struct AtsObjectRow {
    pub kind: String,
    pub object_id: String,
    pub body: serde_json::Value,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = ats_objects)]
pub struct NewAtsObject<'a> {
    pub workspace_id: WorkspaceId,
    pub source: &'a str,
    pub kind: &'a str,
    pub object_id: &'a str,
    pub body: &'a serde_json::Value,
    pub seen_at: DateTime<Utc>,
}

/// Stores the objects (one statement), replacing what was remembered under the same kind and id.
pub fn remember(conn: &mut PgConnection, objects: &[NewAtsObject<'_>]) -> QueryResult<usize> {
    if objects.is_empty() {
        return Ok(0);
    }
    diesel::insert_into(ats_objects::table)
        .values(objects)
        .on_conflict((
            ats_objects::workspace_id,
            ats_objects::source,
            ats_objects::kind,
            ats_objects::object_id,
        ))
        .do_update()
        .set((
            ats_objects::body.eq(excluded(ats_objects::body)),
            ats_objects::seen_at.eq(excluded(ats_objects::seen_at)),
        ))
        .execute(conn)
}

/// The workspace's remembered objects of `source` with these ids, of any of `kinds`; the caller keeps the
/// (kind, id) pairs it asked for.
pub fn recall(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    source: &str,
    kinds: &[&str],
    ids: &[&str],
) -> QueryResult<Vec<AtsObjectRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    ats_objects::table
        .filter(ats_objects::workspace_id.eq(workspace_id))
        .filter(ats_objects::source.eq(source))
        .filter(ats_objects::kind.eq_any(kinds))
        .filter(ats_objects::object_id.eq_any(ids))
        .select(AtsObjectRow::as_select())
        .load(conn)
}

/// Forgets what imports remembered about a person whose candidate record is deleted: the Merge candidate Rebound
/// knew as `external_id` (the ATS's `remote_id`, else Merge's id) and any remembered application that carries that
/// candidate expanded. Applications naming the candidate by id alone hold nothing personal and stay.
pub fn forget_candidate(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    external_id: &str,
) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM ats_objects
          WHERE workspace_id = $1 AND source = 'merge'
            AND ((kind = 'candidate' AND (object_id = $2 OR body->>'remote_id' = $2))
              OR (kind = 'application'
                  AND (body->'candidate'->>'id' = $2 OR body->'candidate'->>'remote_id' = $2)))",
    )
    .bind::<diesel::sql_types::Uuid, _>(workspace_id)
    .bind::<diesel::sql_types::Text, _>(external_id)
    .execute(conn)
}
