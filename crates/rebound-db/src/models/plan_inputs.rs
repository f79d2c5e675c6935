//! What the plan rules read, in one statement: the interview, its gaffes, the candidate's history, time zone and
//! language.
//! A plan is a snapshot of one interview version, so it needs one consistent read, not a lock: one statement sees
//! one snapshot, and the plan stores the interview version it was made from.

use diesel::dsl::sql;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::{Array, Record, Text, Uuid as SqlUuid};
use rebound_domain::ids::{InterviewId, WorkspaceId};
use rebound_domain::GaffeKind;
use std::collections::{BTreeMap, BTreeSet};

use super::gaffe::GaffeRow;
use super::interview::InterviewRow;
use super::CandidateScope;
use crate::schema::{candidates, gaffes, interviews};

/// Everything [`load`] reads for one interview.
#[derive(Debug, Clone)]
pub struct PlanInputs {
    pub interview: InterviewRow,
    /// Its gaffes, in logged order.
    pub gaffes: Vec<GaffeRow>,
    /// Per gaffe kind, in how many of the candidate's interviews that took place strictly before this one a gaffe
    /// of that kind was logged (kinds never logged are absent).
    pub earlier: Vec<(GaffeKind, i64)>,
    /// The candidate's own time zone (the interview's, if set, overrides it).
    pub candidate_time_zone: Option<String>,
    /// The candidate's language (BCP 47), which a new plan is written in.
    pub candidate_locale: String,
}

/// One row per gaffe (one row with no gaffe when there are none), each repeating the interview's columns: the join
/// is cheaper than a second round trip for an interview's handful of gaffes. The last column lists the kind and
/// interview of every gaffe logged on the candidate's earlier interviews.
type Joined = (
    InterviewRow,
    Option<GaffeRow>,
    (Option<String>, String),
    Vec<(GaffeKind, uuid::Uuid)>,
);

/// The plan inputs of the interview `interview_id` of the workspace, if `scope` may see it.
pub fn load(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    interview_id: InterviewId,
) -> QueryResult<Option<PlanInputs>> {
    // The candidate's history, correlated with the interview row (served by `interviews_candidate_idx` and
    // `gaffes_interview_idx`): the gaffes themselves, counted per kind below. Neither this list nor the gaffes are
    // sorted or grouped in SQL: a sort and a grouping cost more to set up for each statement than Rust spends on a
    // handful of rows (#18's profile: executor start-up was 16 % of PostgreSQL's CPU per plan).
    let earlier = sql::<Array<Record<(Text, SqlUuid)>>>(
        "ARRAY(SELECT ROW(g.kind, g.interview_id) FROM gaffes g \
         JOIN interviews e ON e.id = g.interview_id \
         WHERE g.workspace_id = interviews.workspace_id AND e.workspace_id = interviews.workspace_id \
         AND e.candidate_id = interviews.candidate_id AND e.occurred_at < interviews.occurred_at)",
    );
    let mut query = interviews::table
        .inner_join(
            candidates::table.on(candidates::workspace_id
                .eq(interviews::workspace_id)
                .and(candidates::id.eq(interviews::candidate_id))),
        )
        .left_join(
            gaffes::table.on(gaffes::workspace_id
                .eq(interviews::workspace_id)
                .and(gaffes::interview_id.eq(interviews::id))),
        )
        .filter(interviews::workspace_id.eq(workspace_id))
        .filter(interviews::id.eq(interview_id))
        .select((
            <InterviewRow as SelectableHelper<Pg>>::as_select(),
            <Option<GaffeRow> as SelectableHelper<Pg>>::as_select(),
            (candidates::time_zone, candidates::locale),
            earlier,
        ))
        .into_boxed::<Pg>();
    if let CandidateScope::LinkedTo(user_id) = scope {
        query = query.filter(candidates::user_id.eq(user_id));
    }
    let rows: Vec<Joined> = Prepared(query).load(conn)?;
    let mut rows = rows.into_iter();
    let Some((interview, first, (candidate_time_zone, candidate_locale), earlier)) = rows.next()
    else {
        return Ok(None);
    };
    let mut gaffes: Vec<GaffeRow> = first
        .into_iter()
        .chain(rows.filter_map(|(_, gaffe, _, _)| gaffe))
        .collect();
    // Logged order: ids are UUIDv7, in the order they were made.
    gaffes.sort_by_key(|gaffe| gaffe.id);
    Ok(Some(PlanInputs {
        interview,
        gaffes,
        earlier: interviews_per_kind(earlier),
        candidate_time_zone,
        candidate_locale,
    }))
}

/// Per gaffe kind, in how many distinct interviews the `(kind, interview)` pairs log it; kinds in catalogue order.
fn interviews_per_kind(logged: Vec<(GaffeKind, uuid::Uuid)>) -> Vec<(GaffeKind, i64)> {
    let mut interviews: BTreeMap<GaffeKind, BTreeSet<uuid::Uuid>> = BTreeMap::new();
    for (kind, interview) in logged {
        interviews.entry(kind).or_default().insert(interview);
    }
    interviews
        .into_iter()
        .map(|(kind, ids)| (kind, ids.len() as i64))
        .collect()
}

/// A query whose SQL text is fixed although diesel cannot tell: its `sql()` fragment marks it unsafe to prepare
/// (diesel cannot know what a literal holds), so PostgreSQL would parse and plan it on every call — half of its CPU
/// per plan in the benchmark's profile. The text is a constant here, and the cache is keyed by the text, so it is
/// prepared once per connection like any other query.
struct Prepared<Q>(Q);

impl<Q> diesel::query_builder::QueryId for Prepared<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q: diesel::query_builder::Query> diesel::query_builder::Query for Prepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q: diesel::query_builder::QueryFragment<Pg>> diesel::query_builder::QueryFragment<Pg>
    for Prepared<Q>
{
    fn walk_ast<'b>(&'b self, out: diesel::query_builder::AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        self.0.walk_ast(out)
    }

    fn is_safe_to_cache_prepared(&self, _backend: &Pg) -> QueryResult<bool> {
        Ok(true)
    }
}

impl<Q> RunQueryDsl<PgConnection> for Prepared<Q> {}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::query_builder::QueryFragment;

    #[test]
    fn the_read_is_prepared_once_per_connection() {
        let query = interviews::table
            .select(sql::<Text>("'constant'"))
            .into_boxed::<Pg>();
        assert!(!QueryFragment::<Pg>::is_safe_to_cache_prepared(&query, &Pg).unwrap());
        assert!(Prepared(query).is_safe_to_cache_prepared(&Pg).unwrap());
    }
}
