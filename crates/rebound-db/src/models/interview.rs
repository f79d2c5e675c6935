use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rebound_domain::ids::{CandidateId, InterviewId, WorkspaceId};
use uuid::Uuid;

use serde::{Deserialize, Serialize};

use super::scoped::workspace_scoped;
use super::{candidate, CandidateScope};
use crate::columns::JsonColumn;
use crate::schema::interviews;
use rebound_domain::{AnswerQuality, EmployerInterest, Format, Outcome, SelfRating, Stage};

/// An interviewer as stored in `interviews.interviewers`. Separate from the API's type: optional fields default
/// and unknown fields are ignored, so rows written by older or newer builds still read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredInterviewer {
    pub name: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// A question as stored in `interviews.questions` (tolerant in the same way).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredQuestion {
    pub question: String,
    #[serde(default)]
    pub answer_summary: Option<String>,
    pub quality: AnswerQuality,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = interviews, check_for_backend(diesel::pg::Pg))]
pub struct InterviewRow {
    pub id: InterviewId,
    pub workspace_id: WorkspaceId,
    pub candidate_id: CandidateId,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<i32>,
    pub interviewers: JsonColumn<Vec<StoredInterviewer>>,
    pub questions: JsonColumn<Vec<StoredQuestion>>,
    pub strengths: JsonColumn<Vec<String>>,
    pub self_rating: Option<SelfRating>,
    pub outcome: Outcome,
    pub notes: Option<String>,
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub employer_interest: EmployerInterest,
    /// IANA time zone name overriding the candidate's, validated by the service.
    pub time_zone: Option<String>,
    /// The UTC offset `occurred_at` was sent with, in minutes; `None` for interviews logged before it was kept.
    pub occurred_at_offset_minutes: Option<i16>,
    /// When Rebound learnt the ATS deleted it, for an interview kept because the candidate logged on it.
    pub remote_deleted_at: Option<DateTime<Utc>>,
    /// Its change position (migration 000043): the writing transaction's id, then the write's sequence number.
    pub change_xid: i64,
    pub change_seq: i64,
}

/// An interview's columns, for insert and update. An absent optional value is written as NULL, never as SQL's
/// `DEFAULT` (those columns have no other default): the insert's SQL text then never varies, so diesel prepares it
/// once per connection instead of PostgreSQL parsing and planning it on every create (#9's profile).
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = interviews, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct InterviewValues {
    pub candidate_id: CandidateId,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<i32>,
    /// `Vec<StoredInterviewer>` as JSON.
    pub interviewers: serde_json::Value,
    /// `Vec<StoredQuestion>` as JSON.
    pub questions: serde_json::Value,
    pub strengths: serde_json::Value,
    pub self_rating: Option<SelfRating>,
    pub outcome: Outcome,
    pub notes: Option<String>,
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
    pub employer_interest: EmployerInterest,
    pub time_zone: Option<String>,
    pub occurred_at_offset_minutes: Option<i16>,
}

/// Filters of the interview list.
#[derive(Debug, Default, Clone)]
pub struct InterviewFilter {
    pub candidate_id: Option<CandidateId>,
    /// Matched case-insensitively.
    pub company: Option<String>,
    pub stage: Option<Stage>,
    pub outcome: Option<Outcome>,
    pub occurred_after: Option<DateTime<Utc>>,
    pub occurred_before: Option<DateTime<Utc>>,
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
    /// Sync: settled changes in change order (oldest first) instead of newest occurrence first.
    pub sync: Option<SyncFrom>,
}

/// Where a sync list starts: changes at or after `since` (`updated_at`), after the change position `after`.
#[derive(Debug, Default, Clone, Copy)]
pub struct SyncFrom {
    pub since: Option<DateTime<Utc>>,
    pub after: Option<super::ChangePosition>,
}

fn visible(
    workspace_id: WorkspaceId,
    scope: CandidateScope,
) -> interviews::BoxedQuery<'static, diesel::pg::Pg> {
    let query = interviews::table
        .filter(interviews::workspace_id.eq(workspace_id))
        .into_boxed();
    match scope {
        CandidateScope::Workspace => query,
        CandidateScope::LinkedTo(_) => query
            .filter(interviews::candidate_id.eq_any(candidate::visible_ids(workspace_id, scope))),
    }
}

/// The id of the visible interview with this remote reference (unique per workspace), if any.
pub fn find_id_by_remote(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    source: &str,
    remote_id: &str,
) -> QueryResult<Option<InterviewId>> {
    visible(workspace_id, scope)
        .filter(interviews::remote_source.eq(source.to_string()))
        .filter(interviews::remote_id.eq(remote_id.to_string()))
        .select(interviews::id)
        .first(conn)
        .optional()
}

pub fn insert(
    conn: &mut PgConnection,
    id: InterviewId,
    workspace_id: WorkspaceId,
    values: &InterviewValues,
) -> QueryResult<InterviewRow> {
    diesel::insert_into(interviews::table)
        .values((
            interviews::id.eq(id),
            interviews::workspace_id.eq(workspace_id),
            values,
        ))
        .returning(InterviewRow::as_returning())
        .get_result(conn)
}

/// [`insert`] as one part of a [`super::event::write_with_event`] statement, stamped `at` (the system clock, as
/// PostgreSQL's `now()` would be: see [`InterviewRow::as_inserted`]).
pub fn insert_part(
    id: InterviewId,
    workspace_id: WorkspaceId,
    values: InterviewValues,
    at: DateTime<Utc>,
) -> super::event::Write<'static> {
    Box::new(diesel::insert_into(interviews::table).values((
        interviews::id.eq(id),
        interviews::workspace_id.eq(workspace_id),
        values,
        interviews::created_at.eq(at),
        interviews::updated_at.eq(at),
    )))
}

impl InterviewRow {
    /// The row [`insert_part`] stores, known before it is sent, so the response (and the event that carries it)
    /// can go out in the same statement. `at` must be whole microseconds, as PostgreSQL keeps them; the interview's own
    /// time is cut to them here. The change
    /// position is the database's to assign and stays 0 here: no response or event shows it.
    pub fn as_inserted(
        id: InterviewId,
        workspace_id: WorkspaceId,
        values: &InterviewValues,
        at: DateTime<Utc>,
    ) -> serde_json::Result<Self> {
        Ok(InterviewRow {
            id,
            workspace_id,
            candidate_id: values.candidate_id,
            company: values.company.clone(),
            role_title: values.role_title.clone(),
            stage: values.stage,
            format: values.format,
            occurred_at: crate::columns::as_stored(values.occurred_at),
            duration_minutes: values.duration_minutes,
            interviewers: JsonColumn(serde_json::from_value(values.interviewers.clone())?),
            questions: JsonColumn(serde_json::from_value(values.questions.clone())?),
            strengths: JsonColumn(serde_json::from_value(values.strengths.clone())?),
            self_rating: values.self_rating,
            outcome: values.outcome,
            notes: values.notes.clone(),
            remote_source: values.remote_source.clone(),
            remote_id: values.remote_id.clone(),
            version: 1,
            created_at: at,
            updated_at: at,
            employer_interest: values.employer_interest,
            time_zone: values.time_zone.clone(),
            occurred_at_offset_minutes: values.occurred_at_offset_minutes,
            remote_deleted_at: None,
            change_xid: 0,
            change_seq: 0,
        })
    }
}

workspace_scoped! {
    table = interviews, row = InterviewRow, id = InterviewId;

    pub fn find = find_visible(visible);
    /// The row locked by [`find_for_update`], before its visibility check.
    fn lock_in_workspace = find_for_update();
    /// Replaces every column and bumps the version.
    pub fn update = update_versioned(InterviewValues);
    pub fn delete = delete();
    /// The interview an ATS record maps to (`remote_source`, `remote_id`; unique per workspace), locked until the
    /// transaction ends so two imports of the same record cannot both update it.
    pub fn find_by_remote_for_update = find_for_update_by(remote_source: &str, remote_id: &str);
    /// The interview `id` in the workspace, as the target of a write.
    fn by_id = by_id();
    /// Narrows [`list_query`] to the settled changes, in sync order.
    fn changed_since = changed_since();
}

/// Like [`find`], locking the row until the transaction ends.
pub fn find_for_update(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    id: InterviewId,
) -> QueryResult<Option<InterviewRow>> {
    // Lock first, then check visibility against the locked state. What a candidate user sees is decided by the
    // interview's `candidate_id` (changeable by PATCH /v1/interviews) and that candidate's `user_id` (changeable by
    // PATCH /v1/candidates), so a check made before the lock could be stale by the time the lock is granted. The
    // lock pins `candidate_id`, and the visibility query after it reads what is committed at that point. Boxed
    // queries cannot carry a lock, hence the plain query for the lock.
    let locked = lock_in_workspace(conn, workspace_id, id)?;
    match (locked, scope) {
        (None, _) => Ok(None),
        (Some(row), CandidateScope::Workspace) => Ok(Some(row)),
        (Some(_), CandidateScope::LinkedTo(_)) => find(conn, workspace_id, scope, id),
    }
}

/// Newest first by `occurred_at`, ties broken by id; `after` is the (occurred_at, id) of the previous page's last
/// row, so pages stay stable while interviews are inserted concurrently. With `filter.sync`, settled changes in
/// change order instead, from its position (`after` is then unused).
pub fn list(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    filter: &InterviewFilter,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<InterviewRow>> {
    list_query(workspace_id, scope, filter, after, limit).load(conn)
}

/// The query behind [`list`]; public so `scripts/bench-http.sh` can show its plan (EXPLAIN) for every filter.
/// Each filter has an index that leads with (workspace_id, filter column) and continues in list order, so a page
/// costs the same in a workspace of ten thousand interviews as in one of a million (migration 000011).
pub fn list_query(
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    filter: &InterviewFilter,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> interviews::BoxedQuery<
    'static,
    diesel::pg::Pg,
    diesel::dsl::SqlTypeOf<diesel::dsl::AsSelect<InterviewRow, diesel::pg::Pg>>,
> {
    let mut query = visible(workspace_id, scope)
        .select(InterviewRow::as_select())
        .limit(limit);
    query = match filter.sync {
        Some(from) => changed_since(query, from.since, from.after),
        None => {
            query = query.order((interviews::occurred_at.desc(), interviews::id.desc()));
            if let Some((occurred_at, id)) = after {
                // The first condition repeats the second's bound in a form the index can start from; without it
                // every page re-reads the pages before it.
                query = query
                    .filter(interviews::occurred_at.le(occurred_at))
                    .filter(
                        interviews::occurred_at
                            .lt(occurred_at)
                            .or(interviews::occurred_at
                                .eq(occurred_at)
                                .and(interviews::id.lt(id))),
                    );
            }
            query
        }
    };
    if let Some(candidate_id) = filter.candidate_id {
        query = query.filter(interviews::candidate_id.eq(candidate_id));
    }
    if let Some(company) = &filter.company {
        query = query.filter(lower(interviews::company).eq(lower(company.clone())));
    }
    if let Some(stage) = filter.stage {
        query = query.filter(interviews::stage.eq(stage));
    }
    if let Some(outcome) = filter.outcome {
        query = query.filter(interviews::outcome.eq(outcome));
    }
    if let Some(after) = filter.occurred_after {
        query = query.filter(interviews::occurred_at.ge(after));
    }
    if let Some(before) = filter.occurred_before {
        query = query.filter(interviews::occurred_at.lt(before));
    }
    if let Some(source) = &filter.remote_source {
        query = query.filter(interviews::remote_source.eq(source.clone()));
    }
    if let Some(remote_id) = &filter.remote_id {
        query = query.filter(interviews::remote_id.eq(remote_id.clone()));
    }
    query
}

diesel::define_sql_function! {
    /// `rebound_expect_version(version, expected)` (migration `2026-12-08-000002`): the version, or a
    /// serialization failure (40001) failing the whole statement when it is not `expected`.
    fn rebound_expect_version(
        current_version: diesel::sql_types::Integer,
        expected: diesel::sql_types::Integer,
    ) -> diesel::sql_types::Integer;
}

/// The interview with how many gaffes it has, as one read: what a gaffe's create checks before its one write.
pub fn find_with_gaffe_count(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    scope: CandidateScope,
    id: InterviewId,
) -> QueryResult<Option<(InterviewRow, i64)>> {
    use crate::schema::gaffes;
    let gaffe_count = gaffes::table
        .filter(gaffes::interview_id.eq(interviews::id))
        .count()
        .single_value();
    let found: Option<(InterviewRow, Option<i64>)> = match scope {
        // The common case as a plain query, prepared once per connection (see `find`).
        CandidateScope::Workspace => by_id(workspace_id, id)
            .select((InterviewRow::as_select(), gaffe_count))
            .first(conn)
            .optional()?,
        CandidateScope::LinkedTo(_) => visible(workspace_id, scope)
            .filter(interviews::id.eq(id))
            .select((InterviewRow::as_select(), gaffe_count))
            .first(conn)
            .optional()?,
    };
    Ok(found.map(|(row, count)| (row, count.unwrap_or(0))))
}

/// [`touch`] as one part of a [`super::event::write_changes`] statement, at `at`, and only if the interview is
/// still at `read_version` (else the statement fails as a serialization failure): a write that read the interview
/// without locking it relies on nothing having changed since.
pub fn touch_part(
    workspace_id: WorkspaceId,
    id: InterviewId,
    read_version: i32,
    at: DateTime<Utc>,
) -> super::event::Write<'static> {
    Box::new(diesel::update(by_id(workspace_id, id)).set((
        interviews::version.eq(rebound_expect_version(interviews::version, read_version) + 1),
        interviews::updated_at.eq(at),
    )))
}

impl InterviewRow {
    /// The row as [`touch_part`] leaves it (see [`InterviewRow::as_inserted`] for `at`).
    pub fn as_touched(&self, at: DateTime<Utc>) -> Self {
        InterviewRow {
            version: self.version + 1,
            updated_at: at,
            ..self.clone()
        }
    }
}

diesel::define_sql_function! {
    /// PostgreSQL's `lower(text)`: both sides of a case-insensitive match fold the same way, and the
    /// `lower(company)` index serves the comparison.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Records that a child (a gaffe) changed: the interview's version and ETag move with it. Returns the interview
/// as it is now.
pub fn touch(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InterviewId,
) -> QueryResult<InterviewRow> {
    diesel::update(by_id(workspace_id, id))
        .set((
            interviews::version.eq(interviews::version + 1),
            interviews::updated_at.eq(diesel::dsl::now),
        ))
        .returning(InterviewRow::as_returning())
        .get_result(conn)
}

/// Marks (`Some`) or unmarks (`None`) the interview as deleted in the ATS; the version and ETag move with it.
/// Returns the interview as it is now.
pub fn set_remote_deleted_at(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InterviewId,
    at: Option<DateTime<Utc>>,
) -> QueryResult<InterviewRow> {
    diesel::update(by_id(workspace_id, id))
        .set((
            interviews::remote_deleted_at.eq(at),
            interviews::version.eq(interviews::version + 1),
            interviews::updated_at.eq(diesel::dsl::now),
        ))
        .returning(InterviewRow::as_returning())
        .get_result(conn)
}

/// When the ATS last changed the interview, as the newest import applied to it said (`None` before any did).
pub fn remote_updated_at(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InterviewId,
) -> QueryResult<Option<DateTime<Utc>>> {
    by_id(workspace_id, id)
        .select(interviews::remote_updated_at)
        .first::<Option<DateTime<Utc>>>(conn)
        .optional()
        .map(Option::flatten)
}

/// Records an import's `remote_updated_at`; an older time than the stored one never replaces it. Not a change of
/// the interview as the API shows it, so neither its version nor `updated_at` moves.
pub fn advance_remote_updated_at(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: InterviewId,
    at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(by_id(workspace_id, id))
        .filter(
            interviews::remote_updated_at
                .is_null()
                .or(interviews::remote_updated_at.lt(at)),
        )
        .set(interviews::remote_updated_at.eq(at))
        .execute(conn)
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use diesel::pg::Pg;
    use diesel::query_builder::QueryFragment;

    use super::*;
    use crate::models::candidate::NewCandidate;
    use crate::schema::candidates;

    fn prepared_once_per_connection(statement: &impl QueryFragment<Pg>) -> bool {
        statement
            .is_safe_to_cache_prepared(&Pg)
            .expect("the statement builds")
    }

    #[test]
    fn creates_with_absent_optional_values_are_prepared_statements() {
        let interview = InterviewValues {
            candidate_id: CandidateId::from_uuid(Uuid::nil()),
            company: "Acme".into(),
            role_title: "Engineer".into(),
            stage: Stage::Technical,
            format: Format::Video,
            occurred_at: Utc::now(),
            duration_minutes: None,
            interviewers: serde_json::json!([]),
            questions: serde_json::json!([]),
            strengths: serde_json::json!([]),
            // An imported interview has no self-rating yet.
            self_rating: None,
            outcome: Outcome::Pending,
            notes: None,
            remote_source: None,
            remote_id: None,
            employer_interest: EmployerInterest::Unknown,
            time_zone: None,
            occurred_at_offset_minutes: None,
        };
        assert!(prepared_once_per_connection(
            &diesel::insert_into(interviews::table).values(&interview)
        ));
        let candidate = NewCandidate {
            id: CandidateId::from_uuid(Uuid::nil()),
            workspace_id: WorkspaceId::from_uuid(Uuid::nil()),
            display_name: "Jordan Reyes".into(),
            email: None,
            external_id: None,
            user_id: None,
            notes: None,
            time_zone: None,
            locale: "en".into(),
        };
        assert!(prepared_once_per_connection(
            &diesel::insert_into(candidates::table).values(&candidate)
        ));
    }
}
