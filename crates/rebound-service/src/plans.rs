//! Recovery plans: generating a snapshot from the interview as it is now, reading stored plans, and ticking steps
//! off.

use rebound_domain::ids::{InterviewId, LessonId, PlanId, StepId};
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::events;
use super::gaffes;
use super::idempotency::Head;
use super::interviews::{self, find_visible};
use super::Visibility;
use super::{
    check_version, idempotency, in_transaction, json_column, Created, Database, IdempotencyKey,
};
use crate::error::ServiceError;
use crate::view;
use rebound_db::models::candidate;
use rebound_db::models::gaffe::GaffeRow;
use rebound_db::models::interview::InterviewRow;
use rebound_db::models::plan_inputs::{self, PlanInputs};
use rebound_db::models::recovery_plan::{
    self, NewLesson, NewPlan, NewStep, StoredOmitted, StoredPlan,
};
use rebound_db::models::CandidateScope;
use rebound_domain::events::EventType;
use rebound_domain::json_text::JsonText;
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{generate_plan, PlanInput, StepStatus};
use rebound_domain::scoring::assess_in;
use rebound_domain::GaffeKind;
use rebound_i18n::Locale;
use rebound_views::events::PlanStepEvent;
use rebound_views::plans::{PlanStepResponse, RecoveryPlanResponse};

/// What one generation stores: the plan, its steps and its lessons.
struct Snapshot {
    plan: NewPlan,
    steps: Vec<NewStep>,
    lessons: Vec<NewLesson>,
}

/// Runs the scoring and plan rules over the interview as it is now, and turns the result into rows.
fn snapshot(
    interview: &InterviewRow,
    gaffe_rows: &[GaffeRow],
    earlier: BTreeMap<GaffeKind, usize>,
    (time_zone, locale): (Option<Tz>, Locale),
    tone: NoteTone,
    (now, at): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Snapshot, ServiceError> {
    let workspace_id = interview.workspace_id;
    let facts = interviews::facts(interview, now)?;
    let gaffe_facts: Vec<_> = gaffe_rows.iter().map(gaffes::facts).collect();
    let assessment = assess_in(locale, &facts, &gaffe_facts);
    let input = PlanInput::new(facts, gaffe_facts, &assessment, now, tone)
        .with_earlier_interviews(earlier)
        .in_time_zone(time_zone)
        .in_locale(locale);
    let plan = generate_plan(&input);
    let plan_id = PlanId::new_v7();
    let steps = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            Ok(NewStep {
                id: StepId::new_v7(),
                workspace_id,
                plan_id,
                position: i as i32 + 1,
                kind: step.kind,
                title: step.title.clone(),
                what_to_do: step.what_to_do.clone(),
                why: json_column(&step.why)?,
                due_at: step.due_at,
                draft: step.draft.clone(),
                updated_at: at,
            })
        })
        .collect::<Result<Vec<_>, ServiceError>>()?;
    let lessons = plan
        .lessons
        .iter()
        .map(|lesson| NewLesson {
            id: LessonId::new_v7(),
            workspace_id,
            candidate_id: interview.candidate_id,
            interview_id: interview.id,
            plan_id,
            kind: lesson.kind,
            prevention: lesson.prevention.clone(),
            created_at: at,
        })
        .collect();
    let omitted: Vec<StoredOmitted> = plan
        .omitted
        .iter()
        .map(|o| StoredOmitted {
            kind: o.kind,
            reason: o.reason.clone(),
        })
        .collect();
    Ok(Snapshot {
        plan: NewPlan {
            id: plan_id,
            workspace_id,
            interview_id: interview.id,
            candidate_id: interview.candidate_id,
            interview_version: interview.version,
            rules_version: plan.rules_version,
            model_version: assessment.model_version.clone(),
            tone,
            assessment: JsonText::of(&assessment).map_err(ServiceError::internal)?,
            omitted: json_column(&omitted)?,
            encouragement: plan.encouragement,
            created_at: at,
            locale: locale.tag().to_string(),
        },
        steps,
        lessons,
    })
}

/// The candidate's history for the plan: per gaffe kind, how many of their interviews before this one logged it.
fn earlier_interviews_with(inputs: &PlanInputs) -> BTreeMap<GaffeKind, usize> {
    inputs
        .earlier
        .iter()
        .map(|&(kind, n)| (kind, usize::try_from(n).unwrap_or(0)))
        .collect()
}

/// The zone the plan's texts say times in: the interview's own, else its candidate's, else none (UTC). Names were
/// checked when stored; one the tz database no longer knows is treated as unset rather than failing the plan.
fn zone_named(interview_zone: Option<&String>, candidate_zone: Option<&String>) -> Option<Tz> {
    interview_zone
        .or(candidate_zone)
        .and_then(|zone| zone.parse::<Tz>().ok())
}

fn time_zone_of(inputs: &PlanInputs) -> Option<Tz> {
    zone_named(
        inputs.interview.time_zone.as_ref(),
        inputs.candidate_time_zone.as_ref(),
    )
}

/// The language a new plan for the interview is written in: its candidate's (English for a language this build
/// does not know, which the column's constraint rules out anyway).
fn locale_of(inputs: &PlanInputs) -> Locale {
    Locale::from_tag(&inputs.candidate_locale).unwrap_or_default()
}

/// [`zone_named`] for a stored interview, reading its candidate's zone only when the interview has none.
fn time_zone_of_interview(
    conn: &mut diesel::PgConnection,
    interview: &InterviewRow,
) -> Result<Option<Tz>, ServiceError> {
    let candidate_zone = match interview.time_zone {
        Some(_) => None,
        None => candidate::find(
            conn,
            interview.workspace_id,
            CandidateScope::Workspace,
            interview.candidate_id,
        )?
        .and_then(|c| c.time_zone),
    };
    Ok(zone_named(
        interview.time_zone.as_ref(),
        candidate_zone.as_ref(),
    ))
}

/// Generates and stores a plan for the interview as it is now, once per idempotency key; the response (stored for
/// replays) is the plan as shown. Two round trips: one statement reads everything the rules need (one snapshot, so
/// no lock: the plan records the interview version it was made from), one writes the plan, its steps and lessons,
/// the key's claim and the event.
pub async fn create(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    key: Option<IdempotencyKey>,
    tone: NoteTone,
    now: DateTime<Utc>,
) -> Result<Created, ServiceError> {
    let (workspace_id, scope) = visibility;
    let (head, event, writes) = db
        .run(move |conn| {
            let inputs = plan_inputs::load(conn, workspace_id, scope, interview_id)?
                .ok_or(ServiceError::NotFound("interview"))?;
            let earlier = earlier_interviews_with(&inputs);
            let written_for = (time_zone_of(&inputs), locale_of(&inputs));
            let at = super::stamp();
            let rows = snapshot(
                &inputs.interview,
                &inputs.gaffes,
                earlier,
                written_for,
                tone,
                (now, at),
            )?;
            let stored = StoredPlan::as_inserted(&rows.plan, &rows.steps, &rows.lessons)
                .map_err(ServiceError::internal)?;
            let shown = view::plan(stored)?;
            let event =
                events::new_event(workspace_id, EventType::RecoveryPlanCreated, &shown, None)?;
            let writes = recovery_plan::insert_parts(rows.plan, rows.steps, rows.lessons);
            let head = Head {
                id: Some(shown.id.to_string()),
                version: None,
                locale: Some(shown.locale),
            };
            Ok::<_, ServiceError>((head, event, writes))
        })
        .await?;
    idempotency::create_in_one_statement(db, key, head, writes, event, plan_refused).await
}

/// A plan insert the database refused: its interview deleted since it was read (the foreign key) is a 404.
fn plan_refused(error: diesel::result::Error) -> ServiceError {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            ServiceError::NotFound("interview")
        }
        other => other.into(),
    }
}

/// A page of the interview's plans, newest first; `before` is the previous page's last plan id.
pub async fn list(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<RecoveryPlanResponse>, ServiceError> {
    let workspace_id = visibility.0;
    db.run(move |conn| {
        find_visible(conn, visibility, interview_id, false)?;
        let rows = recovery_plan::list(conn, workspace_id, interview_id, before, limit)?;
        recovery_plan::with_children(conn, workspace_id, rows)?
            .into_iter()
            .map(view::plan)
            .collect()
    })
    .await
}

/// A plan of a visible interview, or 404.
pub async fn get(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    plan_id: PlanId,
) -> Result<RecoveryPlanResponse, ServiceError> {
    let workspace_id = visibility.0;
    db.run(move |conn| {
        find_visible(conn, visibility, interview_id, false)?;
        let plan = recovery_plan::find(conn, workspace_id, interview_id, plan_id)?
            .ok_or(ServiceError::NotFound("recovery plan"))?;
        let stored = recovery_plan::with_children(conn, workspace_id, vec![plan])?
            .pop()
            .ok_or(ServiceError::NotFound("recovery plan"))?;
        view::plan(stored)
    })
    .await
}

/// A plan of a visible interview with the time zone its times are said in (the interview's, else its
/// candidate's, else none), or 404.
pub async fn get_with_time_zone(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    plan_id: PlanId,
) -> Result<(RecoveryPlanResponse, Option<Tz>), ServiceError> {
    db.run(move |conn| plan_with_time_zone(conn, visibility, interview_id, plan_id))
        .await
}

/// A visible plan with the time zone its times are shown in (the interview's, else the candidate's), or 404.
pub(crate) fn plan_with_time_zone(
    conn: &mut diesel::PgConnection,
    visibility: Visibility,
    interview_id: InterviewId,
    plan_id: PlanId,
) -> Result<(RecoveryPlanResponse, Option<Tz>), ServiceError> {
    let workspace_id = visibility.0;
    let interview = find_visible(conn, visibility, interview_id, false)?;
    let plan = recovery_plan::find(conn, workspace_id, interview_id, plan_id)?
        .ok_or(ServiceError::NotFound("recovery plan"))?;
    let stored = recovery_plan::with_children(conn, workspace_id, vec![plan])?
        .pop()
        .ok_or(ServiceError::NotFound("recovery plan"))?;
    Ok((
        view::plan(stored)?,
        time_zone_of_interview(conn, &interview)?,
    ))
}

/// Sets a step's status at version `expected` (any when `None`), with a `recovery_plan.step_updated` event.
pub async fn update_step(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    plan_id: PlanId,
    step_id: StepId,
    expected: Option<i32>,
    status: StepStatus,
) -> Result<PlanStepResponse, ServiceError> {
    let workspace_id = visibility.0;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            find_visible(conn, visibility, interview_id, false)?;
            recovery_plan::find(conn, workspace_id, interview_id, plan_id)?
                .ok_or(ServiceError::NotFound("recovery plan"))?;
            let current = recovery_plan::find_step(conn, workspace_id, plan_id, step_id, true)?
                .ok_or(ServiceError::NotFound("plan step"))?;
            check_version(expected, current.version)?;
            let updated = recovery_plan::update_step_status(conn, workspace_id, step_id, status)?;
            let located = |step: PlanStepResponse| PlanStepEvent {
                interview_id,
                plan_id,
                step,
            };
            let after = located(view::step(updated));
            events::record_update(
                conn,
                workspace_id,
                EventType::RecoveryPlanStepUpdated,
                &located(view::step(current)),
                &after,
            )?;
            Ok(after.step)
        })
    })
    .await
}

/// How late a step may be announced: a step overdue for longer when first seen (after downtime, or for plans made
/// before announcements existed) gets no `recovery_plan.step_due`, since a reminder that late helps nobody.
pub const STEP_DUE_GRACE: chrono::Duration = chrono::Duration::hours(24);

/// Emits `recovery_plan.step_due` once for each pending step whose due time passed by `now` (at most
/// [`STEP_DUE_GRACE`] ago); replicas running this together announce each step once. Returns how many it announced.
pub async fn announce_due_steps(db: &Database, now: DateTime<Utc>) -> Result<usize, ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let due = recovery_plan::claim_due_steps(conn, now, now - STEP_DUE_GRACE, 50)?;
            let count = due.len();
            for (step, interview_id) in due {
                let (workspace_id, step_id, plan_id) = (step.workspace_id, step.id, step.plan_id);
                let event = events::record(
                    conn,
                    workspace_id,
                    EventType::RecoveryPlanStepDue,
                    &PlanStepEvent {
                        interview_id,
                        plan_id,
                        step: view::step(step),
                    },
                    None,
                )?;
                recovery_plan::mark_step_announced(conn, step_id, event.id)?;
            }
            Ok(count)
        })
    })
    .await
}
