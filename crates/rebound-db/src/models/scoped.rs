//! The queries every workspace-scoped table repeats, written once: insert, get, lock, list a page, count, update
//! and delete a row of one workspace. A model module names the ones it has with [`workspace_scoped!`].

/// Writes a model module's workspace-scoped queries, one plain function each, from one line per function.
///
/// ```text
/// workspace_scoped! {
///     table = cors_origins, row = CorsOriginRow, id = CorsOriginId;
///
///     /// How many origins the workspace has registered.
///     pub fn count = count();
///     /// Newest first; `before` is the last id of the previous page.
///     pub fn list = newest_first();
/// }
/// ```
///
/// Each line is `<visibility> fn <name> = <query>(<options>);`, with the function's doc comment above it. The
/// table must have a `workspace_id` UUID column, taken as a `WorkspaceId`; `id = IdType` names the typed id of its
/// `id` column, which the queries by id take (a table without one, like stored idempotent responses, leaves it out
/// and has only the queries by other keys). The module must import `diesel::prelude::*` and `uuid::Uuid` (page
/// cursors stay plain UUIDs). The queries, with the parameters of the functions they make after
/// `conn: &mut PgConnection`, and their SQL after `FROM table WHERE workspace_id = $1`:
///
/// - `insert(NewRow)`: `(new: &NewRow) -> Row`; `INSERT … RETURNING *`, no workspace filter (`NewRow` names it).
/// - `find()`: `(workspace_id, id) -> Option<Row>`; `AND id = $2 LIMIT 1`.
/// - `find_for_update()`: the same, `FOR UPDATE`.
/// - `find_by(column: Type, …)`: `(workspace_id, column: Type, …) -> Option<Row>`; `AND column = $2 … LIMIT 1`,
///   for a key unique within the workspace (`external_id`).
/// - `find_for_update_by(column: Type, …)`: the same, `FOR UPDATE`.
/// - `find_locked_if()`: `(workspace_id, id, lock: bool) -> Option<Row>`; one of the two above.
/// - `find_visible(visible)`: `(workspace_id, scope, id) -> Option<Row>`; see below.
/// - `newest_first()`: `(workspace_id, before, limit) -> Vec<Row>`; `[AND id < $before] ORDER BY id DESC LIMIT $n`.
/// - `newest_first_query()`: the same without `conn`, returning the boxed query for the caller to narrow.
/// - `changed_since()`: `(query, since, after) -> query`; narrows a boxed query to the rows whose writing
///   transaction has settled, `AND change_xid < <xmin of the statement's snapshot> [AND updated_at >= $since]
///   [AND (change_xid, change_seq) > $after] ORDER BY change_xid, change_seq` (a sync loop's order; see
///   [`settled_xid`]).
/// - `count()`: `(workspace_id) -> i64`; `SELECT COUNT(*)`.
/// - `of_parents(parent, then)`: `(workspace_id, parent_ids: &[$ptype]) -> Vec<Row>`; `AND parent = ANY($2) ORDER BY
///   parent, then`.
/// - `update_versioned(Changes)`: `(workspace_id, id, changes: &Changes) -> Row`; `UPDATE … SET <changes>,
///   version = version + 1, updated_at = now() WHERE … AND id = $2 RETURNING *`.
/// - `delete_returning()`: `(workspace_id, id) -> Option<Row>`; `DELETE … AND id = $2 RETURNING *`, `None` when
///   there was no such row.
/// - `delete_found()`: `(workspace_id, id) -> bool`; the same, `false` when there was no such row.
/// - `delete()`: `(workspace_id, id) -> ()`; the same, quietly.
/// - `by_id()`: `(workspace_id, id) -> filter`; `AND id = $2`, the target of a hand-written `UPDATE`.
///
/// Options: `under parent_column` narrows `find`, `find_locked_if`, `newest_first` and `count` to one parent row
/// (a plan's steps, an interview's gaffes): `under interview_id: InterviewId` makes the function take
/// `interview_id: InterviewId` right after `workspace_id`.
/// `where <boolean expression>` adds a condition of the table's own to `find` and `newest_first`
/// (`api_clients::revoked_at.is_null()`). Every read, update and delete starts from `WHERE workspace_id = $1`:
/// tenant isolation is not an option.
///
/// `find_visible(visible)` is `find` for the candidate-scoped tables: for [`CandidateScope::Workspace`] it is the
/// plain `find`; for [`CandidateScope::LinkedTo`] it filters `visible(workspace_id, scope)`, the module's boxed
/// query of the rows that candidate user may see.
///
/// Why a macro and not a trait with generic functions (like Lemmy's `Crud`): every diesel query has its own type,
/// built from the table's and columns' types, so a function generic over "a table with `id` and `workspace_id`"
/// needs a bound for each builder step (`FilterDsl`, `SelectDsl`, `LimitDsl`, `LoadQuery`, …) that is longer than
/// the query it describes, and its errors name none of this code. Boxing every query (one dynamic type) would read
/// well, but PostgreSQL then parses and plans it on every call instead of diesel preparing it once per connection,
/// which the by-id reads on every request rely on (#9's profile). The macro expands to the plain diesel code one
/// would write by hand for each table, so the generated functions are ordinary functions to rustdoc, to
/// go-to-definition and to the compiler's errors, and each query's SQL (its `WHERE`, order and cursor, which are
/// the API's paging contract) is written once, below.
///
/// [`CandidateScope::Workspace`]: super::CandidateScope::Workspace
/// [`CandidateScope::LinkedTo`]: super::CandidateScope::LinkedTo
macro_rules! workspace_scoped {
    (
        table = $table:ident, row = $row:ident, id = $id:ty; $($functions:tt)*
    ) => {
        $crate::models::scoped::workspace_scoped!(@each $table, $row, [$id], $($functions)*);
    };
    // A table without an `id` column (stored idempotent responses): only the queries by other keys.
    (table = $table:ident, row = $row:ident; $($functions:tt)*) => {
        $crate::models::scoped::workspace_scoped!(@each $table, $row, [], $($functions)*);
    };

    // `$id` is `[IdType]` or `[]`, one token tree, so that each function can be given it.
    (@each $table:ident, $row:ident, $id:tt,
     $( $(#[$attr:meta])* $vis:vis fn $name:ident = $query:ident($($options:tt)*); )*) => {
        $( $crate::models::scoped::workspace_scoped!(
            @$query [$(#[$attr])*] [$vis] $name, $table, $row, $id, ($($options)*)
        ); )*
    };

    // The rows of the workspace whose key columns equal the variables of the same names, and that meet a
    // condition where given: what every query starts from. Filters are added in this order.
    (@rows $table:ident, $workspace_id:ident [$($key:ident),*] [$($extra:expr)?]) => {
        $table::table
            .filter($table::workspace_id.eq($workspace_id))
            $(.filter($table::$key.eq($key)))*
            $(.filter($extra))?
    };

    // One row by its key columns, locked until the transaction ends where `for_update` is given.
    (@one [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident,
     [$($key:ident: $type:ty),+] [$($extra:expr)?] [$($for_update:ident)?]) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, $($key: $type),+
        ) -> QueryResult<Option<$row>> {
            $crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [$($key),+] [$($extra)?])
                .select($row::as_select())
                $(.$for_update())?
                .first(conn)
                .optional()
        }
    };

    (@insert [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ($new:ty)) => {
        $($attr)* $vis fn $name(conn: &mut PgConnection, new: &$new) -> QueryResult<$row> {
            ::diesel::insert_into($table::table)
                .values(new)
                .returning($row::as_returning())
                .get_result(conn)
        }
    };

    (@find $attrs:tt $vis:tt $name:ident, $table:ident, $row:ident, [$id:ty],
     ($(under $parent:ident: $ptype:ty)? $(where $extra:expr)?)) => {
        $crate::models::scoped::workspace_scoped!(
            @one $attrs $vis $name, $table, $row, [$($parent: $ptype,)? id: $id] [$($extra)?] []
        );
    };

    (@find_by $attrs:tt $vis:tt $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ($($key:ident: $type:ty),+)) => {
        $crate::models::scoped::workspace_scoped!(@one $attrs $vis $name, $table, $row, [$($key: $type),+] [] []);
    };

    (@find_for_update $attrs:tt $vis:tt $name:ident, $table:ident, $row:ident, [$id:ty], ()) => {
        $crate::models::scoped::workspace_scoped!(
            @one $attrs $vis $name, $table, $row, [id: $id] [] [for_update]
        );
    };

    (@find_for_update_by $attrs:tt $vis:tt $name:ident, $table:ident, $row:ident, [$($_id:ty)?],
     ($($key:ident: $type:ty),+)) => {
        $crate::models::scoped::workspace_scoped!(
            @one $attrs $vis $name, $table, $row, [$($key: $type),+] [] [for_update]
        );
    };

    (@find_locked_if [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ($(under $parent:ident: $ptype:ty)?)) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, $($parent: $ptype,)? id: $id, lock: bool,
        ) -> QueryResult<Option<$row>> {
            let query = $crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [$($parent,)? id] [])
                .select($row::as_select());
            if lock {
                query.for_update().first(conn).optional()
            } else {
                query.first(conn).optional()
            }
        }
    };

    (@find_visible [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ($visible:ident)) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, scope: $crate::models::CandidateScope, id: $id,
        ) -> QueryResult<Option<$row>> {
            match scope {
                // The common case as a plain query: diesel prepares it once per connection, where the boxed query
                // that visibility rules need is parsed and planned by PostgreSQL on every call.
                $crate::models::CandidateScope::Workspace => {
                    $crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] [])
                        .select($row::as_select())
                        .first(conn)
                        .optional()
                }
                $crate::models::CandidateScope::LinkedTo(_) => $visible(workspace_id, scope)
                    .filter($table::id.eq(id))
                    .select($row::as_select())
                    .first(conn)
                    .optional(),
            }
        }
    };

    // A page, newest first (ids are time-ordered UUIDv7); `before` is the last id of the previous page.
    (@page $table:ident, $row:ident, $workspace_id:ident [$($parent:ident)?] [$($extra:expr)?], $before:ident,
     $limit:ident) => {{
        let mut query = $crate::models::scoped::workspace_scoped!(
            @rows $table, $workspace_id [$($parent)?] [$($extra)?]
        )
        .select($row::as_select())
        .order($table::id.desc())
        .limit($limit)
        .into_boxed();
        if let Some(before) = $before {
            query = query.filter($table::id.lt(before));
        }
        query
    }};

    (@newest_first [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?],
     ($(under $parent:ident: $ptype:ty)? $(where $extra:expr)?)) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, $($parent: $ptype,)? before: Option<Uuid>, limit: i64,
        ) -> QueryResult<Vec<$row>> {
            $crate::models::scoped::workspace_scoped!(
                @page $table, $row, workspace_id [$($parent)?] [$($extra)?], before, limit
            )
            .load(conn)
        }
    };

    (@newest_first_query [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ()) => {
        $($attr)* $vis fn $name(
            workspace_id: ::rebound_domain::ids::WorkspaceId, before: Option<Uuid>, limit: i64,
        ) -> $crate::models::scoped::workspace_scoped!(@boxed $table, $row) {
            $crate::models::scoped::workspace_scoped!(@page $table, $row, workspace_id [] [], before, limit)
        }
    };

    // Settled rows changed at or after `since`, oldest change first (a sync loop's order); `after` is the previous
    // page's last change position (change_xid, change_seq).
    (@changed_since [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ()) => {
        $($attr)* $vis fn $name(
            query: $crate::models::scoped::workspace_scoped!(@boxed $table, $row),
            since: Option<::chrono::DateTime<::chrono::Utc>>,
            after: Option<$crate::models::ChangePosition>,
        ) -> $crate::models::scoped::workspace_scoped!(@boxed $table, $row) {
            let mut query = query
                .filter($table::change_xid.lt($crate::models::scoped::settled_xid()))
                .order(($table::change_xid.asc(), $table::change_seq.asc()));
            if let Some(since) = since {
                query = query.filter($table::updated_at.ge(since));
            }
            let Some((xid, seq)) = after else {
                return query;
            };
            // The first condition repeats the second's bound in a form the index can start from; without it every
            // page re-reads the pages before it.
            query.filter($table::change_xid.ge(xid)).filter(
                $table::change_xid
                    .gt(xid)
                    .or($table::change_xid.eq(xid).and($table::change_seq.gt(seq))),
            )
        }
    };

    // The type of a boxed query of whole rows, which callers narrow further.
    (@boxed $table:ident, $row:ident) => {
        $table::BoxedQuery<
            'static,
            ::diesel::pg::Pg,
            ::diesel::dsl::SqlTypeOf<::diesel::dsl::AsSelect<$row, ::diesel::pg::Pg>>,
        >
    };

    (@count [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ($(under $parent:ident: $ptype:ty)?)) => {
        $($attr)* $vis fn $name(conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, $($parent: $ptype)?) -> QueryResult<i64> {
            $crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [$($parent)?] [])
                .count()
                .get_result(conn)
        }
    };

    (@of_parents [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$($_id:ty)?], ($parent:ident: $ptype:ty, $then:ident)) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, parent_ids: &[$ptype],
        ) -> QueryResult<Vec<$row>> {
            $table::table
                .filter($table::workspace_id.eq(workspace_id))
                .filter($table::$parent.eq_any(parent_ids))
                .order(($table::$parent, $table::$then))
                .select($row::as_select())
                .load(conn)
        }
    };

    (@update_versioned [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ($changes:ty)) => {
        $($attr)* $vis fn $name(
            conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, id: $id, changes: &$changes,
        ) -> QueryResult<$row> {
            ::diesel::update($crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] []))
                .set((
                    changes,
                    $table::version.eq($table::version + 1),
                    $table::updated_at.eq(::diesel::dsl::now),
                ))
                .returning($row::as_returning())
                .get_result(conn)
        }
    };

    (@delete_returning [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ()) => {
        $($attr)* $vis fn $name(conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, id: $id) -> QueryResult<Option<$row>> {
            ::diesel::delete($crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] []))
                .returning($row::as_returning())
                .get_result(conn)
                .optional()
        }
    };

    (@delete_found [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ()) => {
        $($attr)* $vis fn $name(conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, id: $id) -> QueryResult<bool> {
            ::diesel::delete($crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] []))
                .execute(conn)
                .map(|deleted| deleted > 0)
        }
    };

    (@delete [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ()) => {
        $($attr)* $vis fn $name(conn: &mut PgConnection, workspace_id: ::rebound_domain::ids::WorkspaceId, id: $id) -> QueryResult<()> {
            ::diesel::delete($crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] []))
                .execute(conn)
                .map(|_| ())
        }
    };

    (@by_id [$($attr:tt)*] [$vis:vis] $name:ident, $table:ident, $row:ident, [$id:ty], ()) => {
        $($attr)* $vis fn $name(
            workspace_id: ::rebound_domain::ids::WorkspaceId,
            id: $id,
        ) -> ::diesel::dsl::Filter<
            ::diesel::dsl::Filter<$table::table, ::diesel::dsl::Eq<$table::workspace_id, ::rebound_domain::ids::WorkspaceId>>,
            ::diesel::dsl::Eq<$table::id, $id>,
        > {
            $crate::models::scoped::workspace_scoped!(@rows $table, workspace_id [id] [])
        }
    };
}

pub(crate) use workspace_scoped;

/// The lowest transaction id still running when the reading statement took its snapshot
/// (`pg_snapshot_xmin(pg_current_snapshot())`). Every transaction below it has ended, so a row whose `change_xid`
/// is below it is committed and visible (or gone with its rolled-back transaction), and no row can ever again be
/// written with a `change_xid` below it: a sync list that returns only such rows, in (change_xid, change_seq)
/// order, never hands out a position that a later commit lands behind. A row written by a transaction still in
/// flight (even one that began before the poll) is held back until it commits, then listed by the next poll. A
/// long transaction anywhere on the server delays sync lists by its length; it never makes them skip a row.
pub fn settled_xid() -> diesel::expression::SqlLiteral<diesel::sql_types::BigInt> {
    diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint)",
    )
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use diesel::pg::Pg;
    use diesel::prelude::*;
    use rebound_domain::ids::{CandidateId, WorkspaceId};
    use uuid::Uuid;

    use crate::models::candidate::CandidateRow;
    use crate::schema::candidates;

    workspace_scoped! {
        table = candidates, row = CandidateRow, id = CandidateId;

        fn by_id = by_id();
        fn newest_first = newest_first_query();
        fn changed_since = changed_since();
    }

    /// The statement's SQL, without its bound values.
    fn sql(statement: &impl diesel::query_builder::QueryFragment<Pg>) -> String {
        let text = diesel::debug_query::<Pg, _>(statement).to_string();
        text.split(" -- binds:")
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The part of `sql` from `WHERE` on.
    fn conditions(sql: &str) -> &str {
        &sql[sql.find(" WHERE ").expect("the query filters")..]
    }

    #[test]
    fn a_write_targets_the_id_within_the_workspace() {
        assert_eq!(
            conditions(&sql(&by_id(
                WorkspaceId::from_uuid(Uuid::nil()),
                CandidateId::from_uuid(Uuid::nil())
            ))),
            r#" WHERE (("candidates"."workspace_id" = $1) AND ("candidates"."id" = $2))"#
        );
    }

    #[test]
    fn a_page_is_newest_first_and_a_later_page_starts_below_the_cursor() {
        assert_eq!(
            conditions(&sql(&newest_first(
                WorkspaceId::from_uuid(Uuid::nil()),
                None,
                20
            ))),
            r#" WHERE ("candidates"."workspace_id" = $1) ORDER BY "candidates"."id" DESC LIMIT $2"#
        );
        assert_eq!(
            conditions(&sql(&newest_first(
                WorkspaceId::from_uuid(Uuid::nil()),
                Some(Uuid::nil()),
                20
            ))),
            concat!(
                r#" WHERE (("candidates"."workspace_id" = $1) AND ("candidates"."id" < $2))"#,
                r#" ORDER BY "candidates"."id" DESC LIMIT $3"#,
            )
        );
    }

    #[test]
    fn changes_come_oldest_first_settled_only_and_a_later_page_starts_after_the_cursor() {
        let in_workspace = || {
            candidates::table
                .filter(candidates::workspace_id.eq(WorkspaceId::from_uuid(Uuid::nil())))
                .select(CandidateRow::as_select())
                .into_boxed()
        };
        let since: DateTime<Utc> = DateTime::UNIX_EPOCH;
        assert_eq!(
            conditions(&sql(&changed_since(in_workspace(), Some(since), None))),
            concat!(
                r#" WHERE ((("candidates"."workspace_id" = $1)"#,
                r#" AND ("candidates"."change_xid" < (pg_snapshot_xmin(pg_current_snapshot())::text::bigint)))"#,
                r#" AND ("candidates"."updated_at" >= $2))"#,
                r#" ORDER BY "candidates"."change_xid" ASC, "candidates"."change_seq" ASC"#,
            )
        );
        assert_eq!(
            conditions(&sql(&changed_since(in_workspace(), None, Some((7, 9))))),
            concat!(
                r#" WHERE (((("candidates"."workspace_id" = $1)"#,
                r#" AND ("candidates"."change_xid" < (pg_snapshot_xmin(pg_current_snapshot())::text::bigint)))"#,
                r#" AND ("candidates"."change_xid" >= $2))"#,
                r#" AND (("candidates"."change_xid" > $3)"#,
                r#" OR (("candidates"."change_xid" = $4) AND ("candidates"."change_seq" > $5))))"#,
                r#" ORDER BY "candidates"."change_xid" ASC, "candidates"."change_seq" ASC"#,
            )
        );
    }
}
