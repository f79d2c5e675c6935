//! A plan's steps and lessons as inserts whose text does not depend on how many rows they carry: each column is one
//! bound array, and PostgreSQL unnests them into rows. A plan's write is then one statement shape whatever its step
//! and lesson counts, so plans written together (see `crate::combined`) share a prepared statement, and each
//! connection prepares a handful of shapes instead of one per count of steps, lessons and plans per statement.

use chrono::{DateTime, Utc};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Array, Int4, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel::QueryResult;
use uuid::Uuid;

use super::recovery_plan::{NewLesson, NewStep};

/// `INSERT INTO plan_steps (…) SELECT * FROM unnest(…)`, one array per column.
pub(crate) struct StepsInsert {
    ids: Vec<Uuid>,
    workspace_ids: Vec<Uuid>,
    plan_ids: Vec<Uuid>,
    positions: Vec<i32>,
    kinds: Vec<&'static str>,
    titles: Vec<String>,
    what_to_do: Vec<String>,
    why: Vec<serde_json::Value>,
    due_at: Vec<DateTime<Utc>>,
    drafts: Vec<Option<String>>,
    updated_at: Vec<DateTime<Utc>>,
}

impl StepsInsert {
    pub(crate) fn new(steps: Vec<NewStep>) -> Self {
        let mut insert = StepsInsert {
            ids: Vec::with_capacity(steps.len()),
            workspace_ids: Vec::with_capacity(steps.len()),
            plan_ids: Vec::with_capacity(steps.len()),
            positions: Vec::with_capacity(steps.len()),
            kinds: Vec::with_capacity(steps.len()),
            titles: Vec::with_capacity(steps.len()),
            what_to_do: Vec::with_capacity(steps.len()),
            why: Vec::with_capacity(steps.len()),
            due_at: Vec::with_capacity(steps.len()),
            drafts: Vec::with_capacity(steps.len()),
            updated_at: Vec::with_capacity(steps.len()),
        };
        for step in steps {
            insert.ids.push(step.id.as_uuid());
            insert.workspace_ids.push(step.workspace_id.as_uuid());
            insert.plan_ids.push(step.plan_id.as_uuid());
            insert.positions.push(step.position);
            insert.kinds.push(step.kind.as_str());
            insert.titles.push(step.title);
            insert.what_to_do.push(step.what_to_do);
            insert.why.push(step.why);
            insert.due_at.push(step.due_at);
            insert.drafts.push(step.draft);
            insert.updated_at.push(step.updated_at);
        }
        insert
    }
}

impl QueryFragment<Pg> for StepsInsert {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(
            "INSERT INTO plan_steps (id, workspace_id, plan_id, position, kind, title, what_to_do, why, due_at, \
             draft, updated_at) SELECT * FROM unnest(",
        );
        out.push_bind_param::<Array<SqlUuid>, _>(&self.ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.workspace_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.plan_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Int4>, _>(&self.positions)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.kinds)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.titles)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.what_to_do)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Jsonb>, _>(&self.why)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Timestamptz>, _>(&self.due_at)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Nullable<Text>>, _>(&self.drafts)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Timestamptz>, _>(&self.updated_at)?;
        out.push_sql(")");
        Ok(())
    }
}

impl QueryId for StepsInsert {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

/// `INSERT INTO lessons (…) SELECT * FROM unnest(…)`, one array per column.
pub(crate) struct LessonsInsert {
    ids: Vec<Uuid>,
    workspace_ids: Vec<Uuid>,
    candidate_ids: Vec<Uuid>,
    interview_ids: Vec<Uuid>,
    plan_ids: Vec<Uuid>,
    kinds: Vec<&'static str>,
    preventions: Vec<String>,
    created_at: Vec<DateTime<Utc>>,
}

impl LessonsInsert {
    pub(crate) fn new(lessons: Vec<NewLesson>) -> Self {
        let mut insert = LessonsInsert {
            ids: Vec::with_capacity(lessons.len()),
            workspace_ids: Vec::with_capacity(lessons.len()),
            candidate_ids: Vec::with_capacity(lessons.len()),
            interview_ids: Vec::with_capacity(lessons.len()),
            plan_ids: Vec::with_capacity(lessons.len()),
            kinds: Vec::with_capacity(lessons.len()),
            preventions: Vec::with_capacity(lessons.len()),
            created_at: Vec::with_capacity(lessons.len()),
        };
        for lesson in lessons {
            insert.ids.push(lesson.id.as_uuid());
            insert.workspace_ids.push(lesson.workspace_id.as_uuid());
            insert.candidate_ids.push(lesson.candidate_id.as_uuid());
            insert.interview_ids.push(lesson.interview_id.as_uuid());
            insert.plan_ids.push(lesson.plan_id.as_uuid());
            insert.kinds.push(lesson.kind.as_str());
            insert.preventions.push(lesson.prevention);
            insert.created_at.push(lesson.created_at);
        }
        insert
    }
}

impl QueryFragment<Pg> for LessonsInsert {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(
            "INSERT INTO lessons (id, workspace_id, candidate_id, interview_id, plan_id, kind, prevention, \
             created_at) SELECT * FROM unnest(",
        );
        out.push_bind_param::<Array<SqlUuid>, _>(&self.ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.workspace_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.candidate_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.interview_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SqlUuid>, _>(&self.plan_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.kinds)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.preventions)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Timestamptz>, _>(&self.created_at)?;
        out.push_sql(")");
        Ok(())
    }
}

impl QueryId for LessonsInsert {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}
