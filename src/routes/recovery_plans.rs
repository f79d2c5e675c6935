//! Recovery plans (the article's six steps as dated, trackable steps), follow-up note review, and insights
//! across a candidate's interviews.

use std::collections::HashMap;

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{Principal, Scope};
use crate::db::models::interview::{self, InterviewFilter};
use crate::db::models::recovery_plan::{self, NewLesson, NewPlan, NewStep, StepRow, StoredPlan};
use crate::db::models::{
    candidate, enum_text, from_json_column, gaffe, parse_enum, to_json_column,
};
use crate::domain::insights::{
    candidate_insights, CandidateInsights, InterviewRecord, LessonRecord,
};
use crate::domain::note::NoteTone;
use crate::domain::plan::{generate_plan, Lesson, OmittedStep, PlanInput, StepKind, StepStatus};
use crate::domain::review::{review_note, NoteReview, ReviewContext};
use crate::domain::scoring::{assess, Assessment};
use crate::domain::DamageBand;
use crate::error::{ApiError, Problem};
use crate::extract::{Json, OptionalJson, Query};
use crate::routes::conditional::{check_version, etag, if_match};
use crate::routes::gaffes::{load_interview_with_gaffes, GaffeResponse};
use crate::routes::idempotency::{create_once, created_response, IdempotencyKey};
use crate::routes::interviews::{find_visible, InterviewResponse};
use crate::routes::pagination::{finish_page, PageParams};
use crate::state::AppState;
use crate::validation::Validator;

/// Longest note the review accepts, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Most interviews (the most recent ones) the insights are computed from.
pub const MAX_INSIGHT_INTERVIEWS: i64 = 100;

/// One step of a stored recovery plan.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33",
    "position": 3,
    "kind": "follow_up_note",
    "title": "Send a short thank-you note",
    "what_to_do": "Send the note below to Armin Vogel with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations.",
    "why": [
        "A thank-you note is basic courtesy and the natural place to set the record straight",
        "It repairs: wrong interviewer name (noticed: certain)",
        "It repairs: no answer on salary (noticed: certain)"
    ],
    "due_at": "2026-11-25T14:00:00Z",
    "draft": "Dear Armin Vogel,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Harbor & Finch Capital. I valued the chance to learn more about the team and its work.\n\nOn compensation: having researched the market for this role, I would be looking for a salary in the range of [your range].\n\nOur conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to Harbor & Finch Capital. I look forward to hearing about the next steps.\n\nKind regards,\n[Your name]",
    "status": "done",
    "version": 2,
    "updated_at": "2026-11-25T15:02:00Z"
}))]
pub struct PlanStepResponse {
    /// The step's id.
    pub id: Uuid,
    /// Its place in the plan, from 1; steps are in the order to take them and their due times never go backwards.
    pub position: u32,
    /// What kind of step this is; clients should tolerate new kinds.
    pub kind: StepKind,
    /// A short imperative title.
    pub title: String,
    /// What to do, concretely; may span several lines, one per prompt or item.
    pub what_to_do: String,
    /// The logged gaffes and conditions that triggered the step.
    pub why: Vec<String>,
    /// When to do it by; never before the plan was made.
    pub due_at: DateTime<Utc>,
    /// A ready-to-edit text: the note for `follow_up_note`, the message for `reference_tip_off`; `null` otherwise.
    pub draft: Option<String>,
    /// `pending`, `done` or `skipped`.
    pub status: StepStatus,
    /// Increases with every status change; also sent as the `ETag` of the step.
    pub version: i32,
    /// When the status last changed (or the step was created).
    pub updated_at: DateTime<Utc>,
}

/// A stored recovery plan: an immutable snapshot of what the rules made of one version of the interview. Only the
/// steps' statuses change afterwards; when the interview or its gaffes change, generate a new plan (older ones stay
/// readable).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b30",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "interview_version": 3,
    "rules_version": "2026-11-26.1",
    "model_version": "2026-11-25.1",
    "tone": "formal",
    "damage_score": 48,
    "band": "recoverable",
    "created_at": "2026-11-24T18:30:00Z",
    "steps": [
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b31",
            "position": 1,
            "kind": "cool_off",
            "title": "Take a timeout before acting",
            "what_to_do": "Hold off on any damage control until Wed 25 Nov 2026, 08:00 UTC. Do something unrelated in the meantime. Then rate the interview again from 1 to 5: interviews usually feel worse straight afterwards than they really went.",
            "why": [
                "You rated the interview 2/5 right afterwards; the lower the rating, the longer the pause",
                "The plan is being made 4 hours after the interview"
            ],
            "due_at": "2026-11-25T08:00:00Z",
            "draft": null,
            "status": "done",
            "version": 2,
            "updated_at": "2026-11-25T08:05:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b32",
            "position": 2,
            "kind": "review",
            "title": "Review the interview, clinically",
            "what_to_do": "- Wrong interviewer name (mid-interview): “Called the finance director Arnold twice; his name is Armin”. What exactly happened, and how did they react? What would a better answer or response have been? How might it have coloured their view of you?\n- No answer on salary (at the close), on the question “What are your salary expectations?”. What exactly happened, and how did they react? What would a better answer or response have been? How might it have coloured their view of you?\n- Question “What are your salary expectations?” (blanked): what would you have needed to know to answer it confidently, and what would a strong answer have said?\nWhat went well: Walked through the variance analysis case cleanly.\nWhat went badly: wrong interviewer name; no answer on salary. Compare the two lists honestly; it may be less of a debacle than it felt.",
            "why": [
                "You can only make amends once you know exactly what went wrong",
                "Wrong interviewer name (noticed: certain): Called the finance director Arnold twice; his name is Armin",
                "No answer on salary (noticed: certain)"
            ],
            "due_at": "2026-11-25T10:00:00Z",
            "draft": null,
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b33",
            "position": 3,
            "kind": "follow_up_note",
            "title": "Send a short thank-you note",
            "what_to_do": "Send the note below to Armin Vogel with the subject “Thank you for the Senior Financial Analyst interview”. Fill in the bracketed placeholders and keep it short; do not add apologies or explanations.",
            "why": [
                "A thank-you note is basic courtesy and the natural place to set the record straight",
                "It repairs: wrong interviewer name (noticed: certain)",
                "It repairs: no answer on salary (noticed: certain)"
            ],
            "due_at": "2026-11-25T14:00:00Z",
            "draft": "Dear Armin Vogel,\n\nThank you for taking the time to meet with me about the Senior Financial Analyst position at Harbor & Finch Capital. I valued the chance to learn more about the team and its work.\n\nOn compensation: having researched the market for this role, I would be looking for a salary in the range of [your range].\n\nOur conversation strengthened my interest in the position, and I would welcome the opportunity to contribute to Harbor & Finch Capital. I look forward to hearing about the next steps.\n\nKind regards,\n[Your name]",
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        },
        {
            "id": "01936f92-4d5e-7f6a-8b7c-8d9e0f1a2b34",
            "position": 4,
            "kind": "lessons",
            "title": "Forgive yourself, keep the lessons",
            "what_to_do": "- Wrong interviewer name: Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.\n- No answer on salary: Research the going rate for the role and the city, and prepare a range you can state in one calm sentence.\nEveryone has an off day. Go over this once, keep the list for your next interview, and stop replaying this one.",
            "why": [
                "You logged: wrong interviewer name",
                "You logged: no answer on salary"
            ],
            "due_at": "2026-11-28T14:00:00Z",
            "draft": null,
            "status": "pending",
            "version": 1,
            "updated_at": "2026-11-24T18:30:00Z"
        }
    ],
    "omitted": [
        {
            "kind": "reference_tip_off",
            "reason": "Nothing for a reference to add: no omitted experience or under-sold strength was logged."
        },
        {
            "kind": "second_interview_request",
            "reason": "A second interview is a last resort and not every condition holds: no extenuating circumstance (such as a family emergency) was logged on any gaffe."
        }
    ],
    "encouragement": null,
    "lessons": [
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions."
        },
        {
            "kind": "salary_blank",
            "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence."
        }
    ],
    "assessment": {
        "model_version": "2026-11-25.1",
        "damage_score": 48,
        "band": "recoverable",
        "raw_points": 10.5,
        "offset_points": 0.75,
        "gaffes": [
            {
                "index": 0,
                "kind": "wrong_interviewer_name",
                "impact": 5.0,
                "reasons": [
                    "\"Wrong interviewer name\" is a moderate gaffe (severity 5 of 10).",
                    "The interviewer certainly noticed it, so it counts in full.",
                    "It happened in the middle of the interview, where a single slip is diluted by the rest of the conversation.",
                    "It was not corrected during the interview."
                ]
            },
            {
                "index": 1,
                "kind": "salary_blank",
                "impact": 5.5,
                "reasons": [
                    "\"No answer on salary\" is a moderate gaffe (severity 5 of 10).",
                    "The interviewer certainly noticed it, so it counts in full.",
                    "It happened near the end, which interviewers tend to remember best, so it weighs a little more.",
                    "It was not corrected during the interview."
                ]
            }
        ],
        "questions": [],
        "offsets": [
            "You logged a strength, \"Walked through the variance analysis case cleanly\"; what went well counts in your favour."
        ],
        "calibration": {
            "self_rating": 2,
            "evidence_rating": 2,
            "verdict": "matches_evidence",
            "note": "Your own rating of 2 out of 5 matches what you logged, so you can plan the follow-up from a clear picture."
        }
    }
}))]
pub struct RecoveryPlanResponse {
    /// The plan's id.
    pub id: Uuid,
    /// The interview it is for.
    pub interview_id: Uuid,
    /// The interview version (which moves with its gaffes) the plan was made from.
    pub interview_version: i32,
    /// The version of the plan rules that made it.
    pub rules_version: String,
    /// The version of the scoring model behind `damage_score`.
    pub model_version: String,
    /// The register of the drafted follow-up note.
    pub tone: NoteTone,
    /// The damage score (0–100) the plan was based on; the same as `assessment.damage_score`.
    #[schema(minimum = 0, maximum = 100)]
    pub damage_score: u8,
    /// The damage score in words.
    pub band: DamageBand,
    /// When the plan was made; every due time was computed from it and the interview time.
    pub created_at: DateTime<Utc>,
    /// The steps, in the order to take them.
    pub steps: Vec<PlanStepResponse>,
    /// The step kinds left out, each with the condition that failed.
    pub omitted: Vec<OmittedStep>,
    /// When the damage is serious: why it is still worth following up rather than giving up.
    pub encouragement: Option<String>,
    /// One prevention item per kind of logged gaffe, in catalogue order; they feed the candidate's prep checklist.
    pub lessons: Vec<Lesson>,
    /// The full assessment the plan was based on, as it was when the plan was made.
    pub assessment: Assessment,
}

/// A page of an interview's recovery plans, newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [], "next_cursor": null}))]
pub struct RecoveryPlanList {
    /// The plans of this page.
    pub data: Vec<RecoveryPlanResponse>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Options for a new recovery plan. The whole body is optional: send none, an empty body or `{}` for the defaults.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"tone": "warm"}))]
pub struct CreateRecoveryPlanRequest {
    /// Register of the drafted follow-up note: `formal` (the default: full names, "Dear …") or `warm` (first names,
    /// "Hi …").
    pub tone: Option<NoteTone>,
}

/// Changes a step's status.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"status": "done"}))]
pub struct UpdateStepRequest {
    /// `pending`, `done` or `skipped`.
    pub status: StepStatus,
}

/// A follow-up note to review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "text": "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst role. I'm so sorry about the salary question, I was nervous. Sorry again!\n\nI remain very interested in the role.\n\nKind regards,\nJordan",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"
}))]
pub struct ReviewNoteRequest {
    /// The note, 1–10,000 characters. Finding spans are character offsets into exactly this text.
    pub text: String,
    /// The interview the note follows up on. With it, the review also checks the names in the salutation against
    /// the logged interviewers and flags mentions of slips they probably did not notice.
    pub interview_id: Option<Uuid>,
}

/// Insights across a candidate's interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "interviews_considered": 2,
    "recurring_gaffes": [
        {
            "kind": "salary_blank",
            "count": 2,
            "interviews": 2
        }
    ],
    "damage_trend": [
        {
            "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
            "occurred_at": "2026-11-10T14:00:00Z",
            "company": "Harbor & Finch Capital",
            "damage_score": 48,
            "band": "recoverable"
        },
        {
            "interview_id": "01936f95-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
            "occurred_at": "2026-11-24T09:30:00Z",
            "company": "Northwind Capital",
            "damage_score": 21,
            "band": "minor"
        }
    ],
    "self_rating": {
        "average_self_rating": 1.5,
        "average_evidence_rating": 3.0,
        "verdict": "catastrophises",
        "note": "On average you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on yourself than the evidence is: before deciding an interview went badly, give it a day and go over what actually happened."
    },
    "prep_checklist": [
        {
            "kind": "salary_blank",
            "prevention": "Research the going rate for the role and the city, and prepare a range you can state in one calm sentence.",
            "interviews": 2
        },
        {
            "kind": "wrong_interviewer_name",
            "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.",
            "interviews": 1
        },
        {
            "kind": "omitted_key_experience",
            "prevention": "List the three parts of your experience that fit the role best, and tick them off as you mention them.",
            "interviews": 1
        }
    ]
}))]
pub struct CandidateInsightsResponse {
    /// The candidate.
    pub candidate_id: Uuid,
    /// The insights, computed from the candidate's most recent interviews (up to 100).
    #[serde(flatten)]
    pub insights: CandidateInsights,
}

fn plans_path(interview_id: Uuid) -> String {
    format!("/v1/interviews/{interview_id}/recovery-plans")
}

/// An omitted step as stored in `recovery_plans.omitted`.
#[derive(Deserialize)]
struct StoredOmitted {
    kind: StepKind,
    reason: String,
}

impl TryFrom<StepRow> for PlanStepResponse {
    type Error = ApiError;

    fn try_from(row: StepRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: row.id,
            position: row.position.max(0) as u32,
            kind: parse_enum("plan_steps.kind", &row.kind)?,
            title: row.title,
            what_to_do: row.what_to_do,
            why: from_json_column("plan_steps.why", row.why)?,
            due_at: row.due_at,
            draft: row.draft,
            status: parse_enum("plan_steps.status", &row.status)?,
            version: row.version,
            updated_at: row.updated_at,
        })
    }
}

impl TryFrom<StoredPlan> for RecoveryPlanResponse {
    type Error = ApiError;

    fn try_from(stored: StoredPlan) -> Result<Self, ApiError> {
        let StoredPlan {
            plan,
            mut steps,
            lessons,
        } = stored;
        steps.sort_by_key(|s| s.position);
        let assessment: Assessment =
            from_json_column("recovery_plans.assessment", plan.assessment)?;
        let omitted: Vec<StoredOmitted> = from_json_column("recovery_plans.omitted", plan.omitted)?;
        let mut lessons = lessons
            .into_iter()
            .map(|l| {
                Ok(Lesson {
                    kind: parse_enum("lessons.gaffe_kind", &l.gaffe_kind)?,
                    prevention: l.prevention,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        lessons.sort_by_key(|l| l.kind);
        Ok(Self {
            id: plan.id,
            interview_id: plan.interview_id,
            interview_version: plan.interview_version,
            rules_version: plan.rules_version,
            model_version: plan.model_version,
            tone: parse_enum("recovery_plans.tone", &plan.tone)?,
            damage_score: assessment.damage_score,
            band: assessment.band,
            created_at: plan.created_at,
            steps: steps
                .into_iter()
                .map(PlanStepResponse::try_from)
                .collect::<Result<_, _>>()?,
            omitted: omitted
                .into_iter()
                .map(|o| OmittedStep {
                    kind: o.kind,
                    reason: o.reason,
                })
                .collect(),
            encouragement: plan.encouragement,
            lessons,
            assessment,
        })
    }
}

/// What one generation stores: the plan, its steps and its lessons.
struct Snapshot {
    plan: NewPlan,
    steps: Vec<NewStep>,
    lessons: Vec<NewLesson>,
}

/// Runs the scoring and plan rules over the interview as it is now, and turns the result into rows.
fn snapshot(
    interview: &InterviewResponse,
    gaffes: &[GaffeResponse],
    workspace_id: Uuid,
    tone: NoteTone,
    now: DateTime<Utc>,
) -> Result<Snapshot, ApiError> {
    let facts = interview.facts();
    let gaffe_facts: Vec<_> = gaffes.iter().map(GaffeResponse::facts).collect();
    let assessment = assess(&facts, &gaffe_facts);
    let plan = generate_plan(&PlanInput {
        interview: facts,
        gaffes: gaffe_facts,
        damage_score: assessment.damage_score,
        band: assessment.band,
        now,
        tone,
    });
    let plan_id = Uuid::now_v7();
    let steps = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            Ok(NewStep {
                id: Uuid::now_v7(),
                workspace_id,
                plan_id,
                position: i as i32 + 1,
                kind: enum_text(&step.kind),
                title: step.title.clone(),
                what_to_do: step.what_to_do.clone(),
                why: to_json_column(&step.why)?,
                due_at: step.due_at,
                draft: step.draft.clone(),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let lessons = plan
        .lessons
        .iter()
        .map(|lesson| NewLesson {
            id: Uuid::now_v7(),
            workspace_id,
            candidate_id: interview.candidate_id,
            interview_id: interview.id,
            plan_id,
            gaffe_kind: enum_text(&lesson.kind),
            prevention: lesson.prevention.clone(),
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
            tone: enum_text(&tone),
            assessment: to_json_column(&assessment)?,
            omitted: to_json_column(&plan.omitted)?,
            encouragement: plan.encouragement,
        },
        steps,
        lessons,
    })
}

/// Generate a recovery plan.
///
/// Requires `plans:write`. Assesses the interview as it is now and applies the plan rules: a
/// cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was surely noticed
/// (drafted, using the logged interviewer names), a reference tip-off, a second-interview request as a last resort,
/// and lessons for next time. Step kinds left out are listed in `omitted` with the reason. The plan, its steps and
/// lessons are stored together as a snapshot; generating again after the interview or its gaffes change makes a new
/// plan, and older plans stay readable. The body is optional. Send an `Idempotency-Key` header to make retries safe.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["plans:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry"),
    ),
    request_body(content = Option<CreateRecoveryPlanRequest>, description = "Optional; omit it (or send `{}`) for a formal note"),
    responses(
        (status = 201, description = "Generated and stored", body = RecoveryPlanResponse, headers(("Location" = String, description = "The new plan"))),
        (status = 400, description = "Invalid fields or id", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body was sent that is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Idempotency-Key reused with a different request", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/interviews/{interview_id}/recovery-plans")]
pub async fn create_recovery_plan(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
    body: OptionalJson<CreateRecoveryPlanRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::PlansWrite)?;
    let tone = body.into_inner().and_then(|b| b.tone).unwrap_or_default();
    let key = IdempotencyKey::from_request(&req, &principal)?;
    let (scope, interview_id) = (principal.visibility(), path.into_inner());
    let now = Utc::now();
    let created = state
        .db
        .run(move |conn| {
            create_once(conn, key.as_ref(), |conn| {
                // Locked, so the gaffes cannot change between the assessment and the stored snapshot.
                let (interview, gaffes) =
                    load_interview_with_gaffes(conn, scope, interview_id, true)?;
                let rows = snapshot(&interview, &gaffes, scope.0, tone, now)?;
                let stored = recovery_plan::insert(conn, &rows.plan, &rows.steps, &rows.lessons)?;
                RecoveryPlanResponse::try_from(stored)
            })
        })
        .await?;
    Ok(created_response(created, &plans_path(interview_id)))
}

/// List an interview's recovery plans, newest first.
///
/// Requires `interviews:read`. Every plan ever generated for the interview, each as it was made.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("interview_id" = Uuid, Path, description = "The interview's id"), PageParams),
    responses(
        (status = 200, description = "A page of plans", body = RecoveryPlanList),
        (status = 400, description = "Invalid limit, cursor or id", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews/{interview_id}/recovery-plans")]
pub async fn list_recovery_plans(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
    params: Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let page = params.validate::<Uuid>()?;
    let (scope, interview_id) = (principal.visibility(), path.into_inner());
    let (plans, next_cursor) = state
        .db
        .run(move |conn| {
            find_visible(conn, scope, interview_id, false)?;
            let mut rows =
                recovery_plan::list(conn, scope.0, interview_id, page.after, page.fetch_limit())?;
            let next_cursor = finish_page(&mut rows, page.limit, |row| row.id);
            Ok((
                recovery_plan::with_children(conn, scope.0, rows)?,
                next_cursor,
            ))
        })
        .await?;
    let data = plans
        .into_iter()
        .map(RecoveryPlanResponse::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(RecoveryPlanList { data, next_cursor }))
}

/// Get a recovery plan.
///
/// Requires `interviews:read`. The plan as it was generated, with the steps' current statuses.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
    ),
    responses(
        (status = 200, description = "The plan", body = RecoveryPlanResponse),
        (status = 400, description = "An id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview or plan visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/interviews/{interview_id}/recovery-plans/{plan_id}")]
pub async fn get_recovery_plan(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let scope = principal.visibility();
    let (interview_id, plan_id) = path.into_inner();
    let stored = state
        .db
        .run(move |conn| {
            find_visible(conn, scope, interview_id, false)?;
            let plan = recovery_plan::find(conn, scope.0, interview_id, plan_id)?
                .ok_or(ApiError::NotFound("recovery plan"))?;
            recovery_plan::with_children(conn, scope.0, vec![plan])?
                .pop()
                .ok_or(ApiError::NotFound("recovery plan"))
        })
        .await?;
    Ok(HttpResponse::Ok().json(RecoveryPlanResponse::try_from(stored)?))
}

/// Update a plan step's status.
///
/// Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match` with the
/// step's ETag (412 when stale); the step's version increases with every change.
#[utoipa::path(
    tag = "recovery-plans",
    security(("bearer" = []), ("oauth2" = ["plans:write"])),
    params(
        ("interview_id" = Uuid, Path, description = "The interview's id"),
        ("plan_id" = Uuid, Path, description = "The plan's id"),
        ("step_id" = Uuid, Path, description = "The step's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the step version you are changing"),
    ),
    request_body = UpdateStepRequest,
    responses(
        (status = 200, description = "Updated", body = PlanStepResponse, headers(("ETag" = String, description = "The step's new version"))),
        (status = 400, description = "Invalid fields or id", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview, plan or step visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names an old version of the step", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}")]
pub async fn update_plan_step(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<(Uuid, Uuid, Uuid)>,
    body: Json<UpdateStepRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::PlansWrite)?;
    let expected = if_match(&req)?;
    let scope = principal.visibility();
    let (interview_id, plan_id, step_id) = path.into_inner();
    let status = enum_text(&body.into_inner().status);
    let row = state
        .db
        .run(move |conn| {
            diesel::Connection::transaction(conn, |conn| {
                find_visible(conn, scope, interview_id, false)?;
                recovery_plan::find(conn, scope.0, interview_id, plan_id)?
                    .ok_or(ApiError::NotFound("recovery plan"))?;
                let current = recovery_plan::find_step(conn, scope.0, plan_id, step_id, true)?
                    .ok_or(ApiError::NotFound("plan step"))?;
                check_version(expected, current.version)?;
                Ok(recovery_plan::update_step_status(
                    conn, scope.0, step_id, &status,
                )?)
            })
        })
        .await?;
    let response = PlanStepResponse::try_from(row)?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(response.version))
        .json(response))
}

/// Review a follow-up note.
///
/// Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you note:
/// no profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an
/// `interview_id` it also checks the salutation against the logged interviewer names ("Dear Arnold" when the
/// interviewer is Armin) and flags mentions of slips the interviewers probably did not notice. Each finding has a
/// kind, a severity, a span (character offsets into `text`), a message and a suggestion. Nothing is stored.
#[utoipa::path(
    tag = "follow-up-notes",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    request_body = ReviewNoteRequest,
    responses(
        (status = 200, description = "The review", body = NoteReview),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/follow-up-notes/review")]
pub async fn review_follow_up_note(
    state: web::Data<AppState>,
    principal: Principal,
    body: Json<ReviewNoteRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let ReviewNoteRequest { text, interview_id } = body.into_inner();
    // Not trimmed or rewritten: the spans must point into the text exactly as sent.
    let mut v = Validator::new();
    v.check(!text.trim().is_empty(), "text", "must not be empty");
    v.check(
        text.chars().count() <= MAX_NOTE_CHARS,
        "text",
        "must be at most 10000 characters",
    );
    v.finish()?;
    let context = match interview_id {
        None => None,
        Some(id) => {
            let scope = principal.visibility();
            let (interview, gaffes) = state
                .db
                .run(move |conn| load_interview_with_gaffes(conn, scope, id, false))
                .await?;
            let facts = interview.facts();
            Some(ReviewContext {
                interviewers: facts.interviewers,
                gaffes: gaffes.iter().map(GaffeResponse::facts).collect(),
                company: facts.company,
            })
        }
    };
    Ok(HttpResponse::Ok().json(review_note(&text, context.as_ref())))
}

/// Get insights across a candidate's interviews.
///
/// Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds that keep
/// coming back (logged in two or more interviews), the damage score of each interview over time (oldest first, from
/// the current scoring model), how the candidate's own ratings compare with the evidence on average, and a prep
/// checklist for the next interview built from the lessons of each interview's newest recovery plan.
#[utoipa::path(
    tag = "insights",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("candidate_id" = Uuid, Path, description = "The candidate's id")),
    responses(
        (status = 200, description = "The insights", body = CandidateInsightsResponse),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such candidate visible to you", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/candidates/{candidate_id}/insights")]
pub async fn get_candidate_insights(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let ((workspace_id, scope), candidate_id) = (principal.visibility(), path.into_inner());
    let (interviews, gaffes, lessons) = state
        .db
        .run(move |conn| {
            candidate::find(conn, workspace_id, scope, candidate_id)?
                .ok_or(ApiError::NotFound("candidate"))?;
            let filter = InterviewFilter {
                candidate_id: Some(candidate_id),
                ..InterviewFilter::default()
            };
            let interviews = interview::list(
                conn,
                workspace_id,
                scope,
                &filter,
                None,
                MAX_INSIGHT_INTERVIEWS,
            )?;
            let ids: Vec<Uuid> = interviews.iter().map(|i| i.id).collect();
            let gaffes = gaffe::list_for_interviews(conn, workspace_id, &ids)?;
            let lessons =
                recovery_plan::latest_lessons_of_candidate(conn, workspace_id, candidate_id)?;
            Ok((interviews, gaffes, lessons))
        })
        .await?;
    let mut gaffes_by_interview: HashMap<Uuid, Vec<_>> = HashMap::new();
    for row in gaffes {
        let gaffe = GaffeResponse::try_from(row)?;
        gaffes_by_interview
            .entry(gaffe.interview_id)
            .or_default()
            .push(gaffe.facts());
    }
    let records = interviews
        .into_iter()
        .map(|row| {
            let interview = InterviewResponse::try_from(row)?;
            Ok(InterviewRecord {
                id: interview.id,
                gaffes: gaffes_by_interview
                    .remove(&interview.id)
                    .unwrap_or_default(),
                facts: interview.facts(),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let lessons = lessons
        .into_iter()
        .map(|row| {
            Ok(LessonRecord {
                interview_id: row.interview_id,
                plan_id: row.plan_id,
                kind: parse_enum("lessons.gaffe_kind", &row.gaffe_kind)?,
                prevention: row.prevention,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(HttpResponse::Ok().json(CandidateInsightsResponse {
        candidate_id,
        insights: candidate_insights(&records, &lessons),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        AnswerQuality, Format, GaffeFacts, GaffeKind, InterviewFacts, Interviewer, Moment, Noticed,
        Outcome, Question, Stage,
    };
    use utoipa::PartialSchema;

    /// The wrong-name/salary-blank interview of the examples, and its gaffes.
    fn wrong_name_interview() -> (InterviewFacts, Vec<GaffeFacts>) {
        let facts = InterviewFacts {
            company: "Harbor & Finch Capital".into(),
            role_title: "Senior Financial Analyst".into(),
            stage: Stage::Final,
            format: Format::Onsite,
            occurred_at: "2026-11-24T14:00:00Z".parse().unwrap(),
            duration_minutes: Some(60),
            interviewers: vec![Interviewer {
                name: "Armin Vogel".into(),
                title: Some("Finance Director".into()),
                email: None,
            }],
            questions: vec![Question {
                question: "What are your salary expectations?".into(),
                answer_summary: Some("Froze and said I had not thought about it.".into()),
                quality: AnswerQuality::Blanked,
            }],
            strengths: vec!["Walked through the variance analysis case cleanly".into()],
            self_rating: 2,
            outcome: Outcome::Pending,
        };
        let gaffe = |kind, moment, description: Option<&str>, question_index| GaffeFacts {
            kind,
            description: description.map(str::to_string),
            noticed: Noticed::Certain,
            moment,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index,
        };
        let gaffes = vec![
            gaffe(
                GaffeKind::WrongInterviewerName,
                Moment::Mid,
                Some("Called the finance director Arnold twice; his name is Armin."),
                None,
            ),
            gaffe(GaffeKind::SalaryBlank, Moment::Closing, None, Some(0)),
        ];
        (facts, gaffes)
    }

    #[test]
    fn the_plan_example_is_what_the_rules_make_of_the_wrong_name_interview() {
        let (facts, gaffes) = wrong_name_interview();
        let assessment = assess(&facts, &gaffes);
        let plan = generate_plan(&PlanInput {
            interview: facts,
            gaffes,
            damage_score: assessment.damage_score,
            band: assessment.band,
            now: "2026-11-24T18:30:00Z".parse().unwrap(),
            tone: NoteTone::Formal,
        });
        let example =
            serde_json::to_value(RecoveryPlanResponse::schema()).unwrap()["example"].clone();
        assert_eq!(
            example["assessment"],
            serde_json::to_value(&assessment).unwrap()
        );
        assert_eq!(example["damage_score"], assessment.damage_score);
        let planned = serde_json::to_value(&plan).unwrap();
        for field in ["rules_version", "omitted", "encouragement", "lessons"] {
            assert_eq!(example[field], planned[field], "{field}");
        }
        let steps = example["steps"].as_array().unwrap();
        assert_eq!(steps.len(), plan.steps.len());
        for (shown, made) in steps.iter().zip(planned["steps"].as_array().unwrap()) {
            for field in ["kind", "title", "what_to_do", "why", "due_at", "draft"] {
                assert_eq!(shown[field], made[field], "{field}");
            }
        }
        let draft = steps[2]["draft"].as_str().unwrap();
        assert!(draft.starts_with("Dear Armin Vogel,") && !draft.contains("Arnold"));
        let step_example =
            serde_json::to_value(PlanStepResponse::schema()).unwrap()["example"].clone();
        assert_eq!(step_example["draft"], steps[2]["draft"]);
    }

    #[test]
    fn step_statuses_use_snake_case_on_the_wire() {
        assert_eq!(enum_text(&StepStatus::Skipped), "skipped");
        assert_eq!(
            serde_json::from_str::<StepStatus>("\"done\"").unwrap(),
            StepStatus::Done
        );
    }
}
