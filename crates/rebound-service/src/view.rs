//! Rows become views here, and only here: what the use cases return and what events carry is built from the stored
//! rows by these functions, so no row leaves the service and every resource is shown one way, whichever use case
//! (or event) shows it. Plain functions rather than `From` impls: the orphan rule forbids those, as both the rows
//! and the views are foreign to this crate.

use chrono::{DateTime, FixedOffset, Utc};

use crate::error::ServiceError;
use rebound_db::models::api_client::ApiClientRow;
use rebound_db::models::candidate::CandidateRow;
use rebound_db::models::cors_origin::CorsOriginRow;
use rebound_db::models::event::EventRow;
use rebound_db::models::gaffe::GaffeRow;
use rebound_db::models::interview::{InterviewRow, StoredInterviewer, StoredQuestion};
use rebound_db::models::recovery_plan::{StepRow, StoredPlan};
use rebound_db::models::user::UserRow;
use rebound_db::models::webhook::{DeliveryRow, EndpointRow};
use rebound_db::models::workspace::WorkspaceRow;
use rebound_domain::access::Scope;
use rebound_domain::events::EventType;
use rebound_views::accounts::{UserResponse, WorkspaceResponse};
use rebound_views::api_clients::ApiClientResponse;
use rebound_views::candidates::CandidateResponse;
use rebound_views::cors_origins::CorsOriginResponse;
use rebound_views::events::EventEnvelope;
use rebound_views::gaffes::GaffeResponse;
use rebound_views::interviews::InterviewResponse;
use rebound_views::parts::{CorrectionDto, InterviewerDto, QuestionDto, RemoteReference};
use rebound_views::plans::{Lesson, OmittedStep, PlanStepResponse, RecoveryPlanResponse};
use rebound_views::webhooks::{DeliveryResponse, WebhookEndpointResponse};

/// An interview as the API shows it.
pub fn interview(row: InterviewRow) -> InterviewResponse {
    let remote = crate::stored::remote(&row).map(|r| RemoteReference {
        source: r.source.into(),
        remote_id: r.remote_id.into(),
    });
    InterviewResponse {
        id: row.id,
        candidate_id: row.candidate_id,
        company: row.company,
        role_title: row.role_title,
        stage: row.stage,
        format: row.format,
        occurred_at: as_sent(row.occurred_at, row.occurred_at_offset_minutes),
        time_zone: row.time_zone,
        duration_minutes: row.duration_minutes.map(|m| m.max(0) as u32),
        interviewers: row.interviewers.0.into_iter().map(interviewer).collect(),
        questions: row.questions.0.into_iter().map(question).collect(),
        strengths: row.strengths.0,
        self_rating: row.self_rating.map(|r| r.get()),
        outcome: row.outcome,
        employer_interest: row.employer_interest,
        notes: row.notes,
        remote,
        remote_deleted_at: row.remote_deleted_at,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

fn interviewer(stored: StoredInterviewer) -> InterviewerDto {
    InterviewerDto {
        name: stored.name.into(),
        title: stored.title.map(Into::into),
        email: stored.email.map(Into::into),
    }
}

fn question(stored: StoredQuestion) -> QuestionDto {
    QuestionDto {
        question: stored.question.into(),
        answer_summary: stored.answer_summary.map(Into::into),
        quality: stored.quality,
    }
}

/// The stored instant with the offset it was sent with; UTC when none was kept (or it no longer forms an offset).
fn as_sent(at: DateTime<Utc>, offset_minutes: Option<i16>) -> DateTime<FixedOffset> {
    match offset_minutes.and_then(|minutes| FixedOffset::east_opt(i32::from(minutes) * 60)) {
        Some(offset) => at.with_timezone(&offset),
        None => at.fixed_offset(),
    }
}

/// A candidate as the API shows it.
pub fn candidate(row: CandidateRow) -> CandidateResponse {
    CandidateResponse {
        id: row.id,
        display_name: row.display_name,
        email: row.email,
        external_id: row.external_id,
        user_id: row.user_id,
        notes: row.notes,
        time_zone: row.time_zone,
        locale: row.locale,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// A gaffe as the API shows it.
pub fn gaffe(row: GaffeRow) -> GaffeResponse {
    let correction = crate::stored::stored_correction(&row).map(CorrectionDto::from);
    GaffeResponse {
        id: row.id,
        interview_id: row.interview_id,
        kind: row.kind,
        description: row.description,
        noticed: row.noticed,
        moment: row.moment,
        corrected_in_interview: row.corrected_in_interview,
        extenuating_circumstance: row.extenuating_circumstance,
        question_index: row.question_index.map(|i| i.max(0) as u32),
        correction,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// A plan step as the API shows it.
pub fn step(row: StepRow) -> PlanStepResponse {
    PlanStepResponse {
        id: row.id,
        position: row.position.max(0) as u32,
        kind: row.kind,
        title: row.title,
        what_to_do: row.what_to_do,
        why: row.why.0,
        due_at: row.due_at,
        draft: row.draft,
        status: row.status,
        version: row.version,
        updated_at: row.updated_at,
    }
}

/// A stored plan as the API shows it: steps in order, lessons in catalogue order. Fails (a 500) only if the stored
/// assessment snapshot cannot be read.
pub fn plan(stored: StoredPlan) -> Result<RecoveryPlanResponse, ServiceError> {
    let StoredPlan {
        plan,
        mut steps,
        lessons,
    } = stored;
    let (damage_score, band) = crate::stored::damage_of(&plan)?;
    steps.sort_by_key(|s| s.position);
    let mut lessons: Vec<Lesson> = lessons
        .into_iter()
        .map(|l| Lesson {
            kind: l.kind,
            prevention: l.prevention,
        })
        .collect();
    lessons.sort_by_key(|l| l.kind);
    Ok(RecoveryPlanResponse {
        id: plan.id,
        interview_id: plan.interview_id,
        interview_version: plan.interview_version,
        rules_version: plan.rules_version,
        model_version: plan.model_version,
        tone: plan.tone,
        locale: plan.locale,
        damage_score,
        band,
        created_at: plan.created_at,
        steps: steps.into_iter().map(step).collect(),
        omitted: plan
            .omitted
            .0
            .into_iter()
            .map(|o| OmittedStep {
                kind: o.kind,
                reason: o.reason,
            })
            .collect(),
        encouragement: plan.encouragement,
        lessons,
        assessment: plan.assessment,
    })
}

/// A stored event, as the feed lists it and a delivery sends it.
pub fn event(row: EventRow) -> EventEnvelope {
    EventEnvelope {
        id: row.id,
        event_type: row.event_type,
        created_at: row.created_at,
        workspace_id: row.workspace_id,
        api_version: rebound_views::API_VERSION,
        data: row.data,
        previous_attributes: row.previous_attributes,
    }
}

/// A user as the API shows it.
pub fn user(row: UserRow) -> UserResponse {
    UserResponse {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        role: row.role,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// A workspace as the API shows it.
pub fn workspace(row: WorkspaceRow) -> WorkspaceResponse {
    WorkspaceResponse {
        id: row.id,
        name: row.name,
        created_at: row.created_at,
        locale: row.locale,
    }
}

/// An integration client as of `now` (the app's clock): a rotation's grace period that has ended is not shown.
pub fn api_client(row: ApiClientRow, now: DateTime<Utc>) -> ApiClientResponse {
    ApiClientResponse {
        id: row.id,
        name: row.name,
        client_id: row.client_id,
        scopes: row.scopes.iter().filter_map(|s| Scope::parse(s)).collect(),
        client_type: row.client_type,
        redirect_uris: row.redirect_uris,
        api_version: row.api_version,
        created_at: row.created_at,
        revoked_at: row.revoked_at,
        last_used_at: row.last_used_at,
        previous_secret_expires_at: row.previous_secret_expires_at.filter(|until| *until > now),
    }
}

/// A browser origin as the API shows it.
pub fn cors_origin(row: CorsOriginRow) -> CorsOriginResponse {
    CorsOriginResponse {
        id: row.id,
        origin: row.origin,
        created_at: row.created_at,
    }
}

/// A webhook endpoint as of `now` (the app's clock): a rotation's overlap that has ended is not shown.
pub fn webhook_endpoint(row: EndpointRow, now: DateTime<Utc>) -> WebhookEndpointResponse {
    WebhookEndpointResponse {
        id: row.id,
        url: row.url,
        events: row.events,
        description: row.description,
        enabled: row.enabled,
        disabled_reason: row.disabled_reason,
        previous_secret_expires_at: row.previous_secret_expires_at.filter(|until| *until > now),
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// A delivery of an event of `event_type`, as the API shows it.
pub fn delivery(row: DeliveryRow, event_type: EventType) -> DeliveryResponse {
    DeliveryResponse {
        id: row.id,
        event_id: row.event_id,
        event_type,
        status: row.status,
        attempts: row.attempts,
        response_status: row.response_status,
        response_body: row.response_body,
        duration_ms: row.duration_ms,
        error: row.error,
        last_attempt_at: row.last_attempt_at,
        next_attempt_at: row.next_attempt_at,
        created_at: row.created_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interview_time_comes_back_with_the_offset_it_was_sent_with() {
        let at: DateTime<Utc> = "2026-11-24T14:00:00Z".parse().unwrap();
        assert_eq!(
            as_sent(at, Some(-300)).to_rfc3339(),
            "2026-11-24T09:00:00-05:00"
        );
        assert_eq!(as_sent(at, None), at.fixed_offset());
        // An offset of a day or more is no offset: the time is shown in UTC rather than not at all.
        assert_eq!(as_sent(at, Some(24 * 60)), at.fixed_offset());
    }
}
