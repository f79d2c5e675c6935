//! Recovery plans, their steps and the lessons they leave. A plan is an immutable snapshot of what the rules made of
//! one interview version; only a step's status (and so its version) changes afterwards. Every query filters on
//! `workspace_id`; the interview's visibility is checked by the caller.

use rebound_domain::ids::{
    CandidateId, EventId, InterviewId, LessonId, PlanId, StepId, WorkspaceId,
};
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use serde::{Deserialize, Serialize};

use super::scoped::workspace_scoped;
use crate::columns::JsonColumn;
use crate::schema::{lessons, plan_steps, recovery_plans};
use rebound_domain::json_text::JsonText;
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{StepKind, StepStatus};
use rebound_domain::GaffeKind;

/// A step kind the rules left out, as stored in `recovery_plans.omitted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredOmitted {
    pub kind: StepKind,
    pub reason: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = recovery_plans, check_for_backend(diesel::pg::Pg))]
pub struct PlanRow {
    pub id: PlanId,
    pub workspace_id: WorkspaceId,
    pub interview_id: InterviewId,
    pub candidate_id: CandidateId,
    pub interview_version: i32,
    pub rules_version: String,
    pub model_version: String,
    pub tone: NoteTone,
    /// The assessment exactly as it was when the plan was made; served as stored.
    pub assessment: JsonText,
    pub omitted: JsonColumn<Vec<StoredOmitted>>,
    pub encouragement: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The language the plan's texts were written in (`en` or `fr-CA`); it never changes afterwards.
    pub locale: String,
}

/// A plan to store. An absent value is written as NULL, never as SQL's `DEFAULT` (see `InterviewValues`): diesel
/// refuses to prepare an insert that may say `DEFAULT`, and that refusal would reach the plan's whole statement.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = recovery_plans, treat_none_as_default_value = false)]
pub struct NewPlan {
    pub id: PlanId,
    pub workspace_id: WorkspaceId,
    pub interview_id: InterviewId,
    pub candidate_id: CandidateId,
    pub interview_version: i32,
    pub rules_version: String,
    pub model_version: String,
    pub tone: NoteTone,
    pub assessment: JsonText,
    /// `Vec<StoredOmitted>` as JSON.
    pub omitted: serde_json::Value,
    pub encouragement: Option<String>,
    /// Stamped by the service (the system clock, whole microseconds), so the plan it shows is the plan stored.
    pub created_at: DateTime<Utc>,
    pub locale: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = plan_steps, check_for_backend(diesel::pg::Pg))]
pub struct StepRow {
    pub id: StepId,
    pub workspace_id: WorkspaceId,
    pub plan_id: PlanId,
    pub position: i32,
    pub kind: StepKind,
    pub title: String,
    pub what_to_do: String,
    pub why: JsonColumn<Vec<String>>,
    pub due_at: DateTime<Utc>,
    pub draft: Option<String>,
    pub status: StepStatus,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

/// A step to store; it starts `pending` at version 1. An absent draft is written as NULL (see [`NewPlan`]).
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = plan_steps, treat_none_as_default_value = false)]
pub struct NewStep {
    pub id: StepId,
    pub workspace_id: WorkspaceId,
    pub plan_id: PlanId,
    pub position: i32,
    pub kind: StepKind,
    pub title: String,
    pub what_to_do: String,
    /// `Vec<String>` as JSON.
    pub why: serde_json::Value,
    pub due_at: DateTime<Utc>,
    pub draft: Option<String>,
    /// The plan's `created_at`.
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = lessons, check_for_backend(diesel::pg::Pg))]
pub struct LessonRow {
    pub id: LessonId,
    pub workspace_id: WorkspaceId,
    pub candidate_id: CandidateId,
    pub interview_id: InterviewId,
    pub plan_id: PlanId,
    pub kind: GaffeKind,
    pub prevention: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = lessons)]
pub struct NewLesson {
    pub id: LessonId,
    pub workspace_id: WorkspaceId,
    pub candidate_id: CandidateId,
    pub interview_id: InterviewId,
    pub plan_id: PlanId,
    pub kind: GaffeKind,
    pub prevention: String,
    /// The plan's `created_at`.
    pub created_at: DateTime<Utc>,
}

/// A stored plan with its steps (by position) and lessons.
#[derive(Debug, Clone)]
pub struct StoredPlan {
    pub plan: PlanRow,
    pub steps: Vec<StepRow>,
    pub lessons: Vec<LessonRow>,
}

/// A plan with its steps and lessons, as parts of one [`super::event::write_with_event`] statement, so the
/// snapshot is stored whole or not at all.
pub fn insert_parts(
    plan: NewPlan,
    steps: Vec<NewStep>,
    new_lessons: Vec<NewLesson>,
) -> Vec<super::event::Write<'static>> {
    // One insert per table (each insert of a statement is a node PostgreSQL starts up and checks constraints for,
    // re-reading the table's CHECK expressions each time), and one whose text does not depend on the row count
    // (see `plan_rows`): every plan's write is the same statement, prepared once per connection.
    vec![
        Box::new(diesel::insert_into(recovery_plans::table).values(plan)),
        Box::new(super::plan_rows::StepsInsert::new(steps)),
        Box::new(super::plan_rows::LessonsInsert::new(new_lessons)),
    ]
}

impl StoredPlan {
    /// The plan [`insert_parts`] stores, known before it is sent, so the response and its event can go out in the
    /// same statement: steps start `pending` at version 1 (the columns' defaults), in the order given, their due times
    /// in whole microseconds as stored.
    pub fn as_inserted(
        plan: &NewPlan,
        steps: &[NewStep],
        new_lessons: &[NewLesson],
    ) -> serde_json::Result<Self> {
        Ok(StoredPlan {
            plan: PlanRow {
                id: plan.id,
                workspace_id: plan.workspace_id,
                interview_id: plan.interview_id,
                candidate_id: plan.candidate_id,
                interview_version: plan.interview_version,
                rules_version: plan.rules_version.clone(),
                model_version: plan.model_version.clone(),
                tone: plan.tone,
                assessment: plan.assessment.clone(),
                omitted: JsonColumn(serde_json::from_value(plan.omitted.clone())?),
                encouragement: plan.encouragement.clone(),
                created_at: plan.created_at,
                locale: plan.locale.clone(),
            },
            steps: steps
                .iter()
                .map(|step| {
                    Ok(StepRow {
                        id: step.id,
                        workspace_id: step.workspace_id,
                        plan_id: step.plan_id,
                        position: step.position,
                        kind: step.kind,
                        title: step.title.clone(),
                        what_to_do: step.what_to_do.clone(),
                        why: JsonColumn(serde_json::from_value(step.why.clone())?),
                        due_at: crate::columns::as_stored(step.due_at),
                        draft: step.draft.clone(),
                        status: StepStatus::Pending,
                        version: 1,
                        updated_at: step.updated_at,
                    })
                })
                .collect::<serde_json::Result<_>>()?,
            lessons: new_lessons
                .iter()
                .map(|lesson| LessonRow {
                    id: lesson.id,
                    workspace_id: lesson.workspace_id,
                    candidate_id: lesson.candidate_id,
                    interview_id: lesson.interview_id,
                    plan_id: lesson.plan_id,
                    kind: lesson.kind,
                    prevention: lesson.prevention.clone(),
                    created_at: lesson.created_at,
                })
                .collect(),
        })
    }
}

workspace_scoped! {
    table = recovery_plans, row = PlanRow, id = PlanId;

    /// One plan of one interview.
    pub fn find = find(under interview_id: InterviewId);
    /// An interview's plans, newest first; `before` is the last id of the previous page (ids are time-ordered
    /// UUIDv7).
    pub fn list = newest_first(under interview_id: InterviewId);
    /// How many recovery plans were made for the interview.
    pub fn count_for_interview = count(under interview_id: InterviewId);
}

workspace_scoped! {
    table = plan_steps, row = StepRow, id = StepId;

    /// The steps of some plans, by plan and position.
    pub fn steps_of = of_parents(plan_id: PlanId, position);
    /// One step of one plan, optionally locked for an update.
    pub fn find_step = find_locked_if(under plan_id: PlanId);
    /// Applies a change to a step and bumps its version.
    fn update_step = update_versioned(StepStatusChange);
}

workspace_scoped! {
    table = lessons, row = LessonRow, id = LessonId;

    /// The lessons of some plans.
    pub fn lessons_of = of_parents(plan_id: PlanId, id);
}

/// Plans with their steps and lessons, in the order given.
pub fn with_children(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    plans: Vec<PlanRow>,
) -> QueryResult<Vec<StoredPlan>> {
    let ids: Vec<PlanId> = plans.iter().map(|p| p.id).collect();
    let mut steps: HashMap<PlanId, Vec<StepRow>> = HashMap::new();
    for step in steps_of(conn, workspace_id, &ids)? {
        steps.entry(step.plan_id).or_default().push(step);
    }
    let mut lessons: HashMap<PlanId, Vec<LessonRow>> = HashMap::new();
    for lesson in lessons_of(conn, workspace_id, &ids)? {
        lessons.entry(lesson.plan_id).or_default().push(lesson);
    }
    Ok(plans
        .into_iter()
        .map(|plan| StoredPlan {
            steps: steps.remove(&plan.id).unwrap_or_default(),
            lessons: lessons.remove(&plan.id).unwrap_or_default(),
            plan,
        })
        .collect())
}

/// The one change a step takes after its plan is made.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = plan_steps)]
struct StepStatusChange {
    status: StepStatus,
}

/// Sets a step's status and bumps its version.
pub fn update_step_status(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    id: StepId,
    status: StepStatus,
) -> QueryResult<StepRow> {
    update_step(conn, workspace_id, id, &StepStatusChange { status })
}

/// The lessons of each of a candidate's interviews' newest plan, each with the language (BCP 47 tag) its plan was
/// written in: what the candidate should remember now, without counting a lesson twice because a plan was
/// regenerated.
pub fn latest_lessons_of_candidate(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    candidate_id: CandidateId,
) -> QueryResult<Vec<(LessonRow, String)>> {
    let newest_plans: Vec<(PlanId, String)> = recovery_plans::table
        .filter(recovery_plans::workspace_id.eq(workspace_id))
        .filter(recovery_plans::candidate_id.eq(candidate_id))
        .distinct_on(recovery_plans::interview_id)
        .order((recovery_plans::interview_id, recovery_plans::id.desc()))
        .select((recovery_plans::id, recovery_plans::locale))
        .load(conn)?;
    let ids: Vec<PlanId> = newest_plans.iter().map(|(id, _)| *id).collect();
    let locales: HashMap<PlanId, String> = newest_plans.into_iter().collect();
    Ok(lessons_of(conn, workspace_id, &ids)?
        .into_iter()
        .map(|lesson| {
            let locale = locales.get(&lesson.plan_id).cloned().unwrap_or_default();
            (lesson, locale)
        })
        .collect())
}

/// Claims up to `limit` pending steps that fell due in `(not_before, now]` and were not announced yet, locking them
/// with `SKIP LOCKED` so replicas announce each once; returns each with its plan's interview id. Run it in the
/// transaction that records the announcements.
pub fn claim_due_steps(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    not_before: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<(StepRow, InterviewId)>> {
    let steps: Vec<StepRow> = plan_steps::table
        .filter(plan_steps::status.eq(StepStatus::Pending))
        .filter(plan_steps::due_event_id.is_null())
        .filter(plan_steps::due_at.le(now))
        .filter(plan_steps::due_at.gt(not_before))
        .order(plan_steps::due_at.asc())
        .select(StepRow::as_select())
        .limit(limit)
        .for_update()
        .skip_locked()
        .load(conn)?;
    let plan_ids: Vec<PlanId> = steps.iter().map(|s| s.plan_id).collect();
    let interviews: HashMap<PlanId, InterviewId> = recovery_plans::table
        .filter(recovery_plans::id.eq_any(&plan_ids))
        .select((recovery_plans::id, recovery_plans::interview_id))
        .load::<(PlanId, InterviewId)>(conn)?
        .into_iter()
        .collect();
    Ok(steps
        .into_iter()
        .filter_map(|step| interviews.get(&step.plan_id).map(|i| (*i, step)))
        .map(|(interview_id, step)| (step, interview_id))
        .collect())
}

/// Records that the step's `recovery_plan.step_due` event was emitted.
pub fn mark_step_announced(
    conn: &mut PgConnection,
    step_id: StepId,
    event_id: EventId,
) -> QueryResult<()> {
    diesel::update(plan_steps::table.find(step_id))
        .set(plan_steps::due_event_id.eq(Some(event_id)))
        .execute(conn)
        .map(|_| ())
}
