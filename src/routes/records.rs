//! What the interview and candidate routes share with the ATS import and inbound routes: how an interview and a
//! candidate are shown (in responses, and in the events an import or delivery records), and running an import with
//! those shapes.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::ApiError;
use crate::routes::parts::{InterviewerDto, QuestionDto, RemoteReference};
use crate::state::AppState;
use rebound_ats::Import;
use rebound_domain::{EmployerInterest, Format, Outcome, Stage};
use rebound_service::candidates::CandidateRow;
use rebound_service::imports;
use rebound_service::interviews::{self, InterviewRow};
use rebound_service::{Created, IdempotencyKey};

/// A logged interview.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
    "candidate_id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "company": "Harbor & Finch Capital",
    "role_title": "Senior Financial Analyst",
    "stage": "final",
    "format": "onsite",
    "occurred_at": "2026-11-24T09:00:00-05:00",
    "time_zone": "America/New_York",
    "duration_minutes": 60,
    "interviewers": [{"name": "Armin Vogel", "title": "Finance Director", "email": null}],
    "questions": [{"question": "What are your salary expectations?", "answer_summary": "Froze and said I had not thought about it.", "quality": "blanked"}],
    "strengths": ["Walked through the variance analysis case cleanly"],
    "self_rating": 2,
    "outcome": "pending",
    "employer_interest": "strong",
    "notes": null,
    "remote": null,
    "version": 1,
    "created_at": "2026-11-24T17:10:00Z",
    "updated_at": "2026-11-24T17:10:00Z"
}))]
pub struct InterviewResponse {
    pub id: Uuid,
    pub candidate_id: Uuid,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    /// When it started (RFC 3339), written with the UTC offset it was logged with: an interview sent as
    /// `2026-11-24T09:00:00-05:00` comes back exactly so, not as `14:00:00Z`. It is the same instant either way, so
    /// clients that parse RFC 3339 read the same time as before; interviews logged before offsets were kept come
    /// back in UTC (`Z`).
    #[serde(serialize_with = "rfc3339_as_sent")]
    #[schema(value_type = String, format = DateTime, example = "2026-11-24T09:00:00-05:00")]
    pub occurred_at: DateTime<FixedOffset>,
    /// The interview's own IANA time zone, when it took place somewhere other than the candidate's zone; recovery
    /// plans for it say times in this zone. `null` when not set.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<InterviewerDto>,
    pub questions: Vec<QuestionDto>,
    /// What went well ("what I nailed").
    pub strengths: Vec<String>,
    /// How it felt right afterwards: 1 (disaster) to 5 (great); `null` when not rated yet (an interview imported from
    /// an ATS): set it with PATCH. Assessments and recovery plans need it (a 422 naming `self_rating` until then).
    #[schema(minimum = 1, maximum = 5)]
    pub self_rating: Option<u8>,
    pub outcome: Outcome,
    /// How interested the employer seemed before anything went wrong: `strong`, `neutral`, `weak` or `unknown` (the
    /// default). Only `strong` interest makes the recovery plan consider asking for a second interview.
    pub employer_interest: EmployerInterest,
    pub notes: Option<String>,
    pub remote: Option<RemoteReference>,
    /// Increases with every change to the interview or its gaffes; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<InterviewRow> for InterviewResponse {
    fn from(row: InterviewRow) -> Self {
        let remote = interviews::remote(&row).map(|r| RemoteReference {
            source: r.source.into(),
            remote_id: r.remote_id.into(),
        });
        Self {
            id: row.id,
            candidate_id: row.candidate_id,
            company: row.company,
            role_title: row.role_title,
            stage: row.stage,
            format: row.format,
            occurred_at: as_sent(row.occurred_at, row.occurred_at_offset_minutes),
            time_zone: row.time_zone,
            duration_minutes: row.duration_minutes.map(|m| m.max(0) as u32),
            interviewers: row.interviewers.0.into_iter().map(Into::into).collect(),
            questions: row.questions.0.into_iter().map(Into::into).collect(),
            strengths: row.strengths.0,
            self_rating: row.self_rating.map(|r| r.get()),
            outcome: row.outcome,
            employer_interest: row.employer_interest,
            notes: row.notes,
            remote,
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// The stored instant with the offset it was sent with; UTC when none was kept (or it no longer forms an offset).
fn as_sent(at: DateTime<Utc>, offset_minutes: Option<i16>) -> DateTime<FixedOffset> {
    match offset_minutes.and_then(|minutes| FixedOffset::east_opt(i32::from(minutes) * 60)) {
        Some(offset) => at.with_timezone(&offset),
        None => at.fixed_offset(),
    }
}

/// RFC 3339 with the offset as sent, and `Z` for UTC, exactly as a UTC time was written before offsets were kept.
fn rfc3339_as_sent<S: serde::Serializer>(
    at: &DateTime<FixedOffset>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

/// A candidate: a person preparing for, and recovering from, interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "display_name": "Jordan Reyes",
    "email": "jordan.reyes@example.com",
    "external_id": "acme-user-48213",
    "user_id": null,
    "notes": "Targeting senior financial analyst roles.",
    "time_zone": "America/New_York",
    "version": 1,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z"
}))]
pub struct CandidateResponse {
    pub id: Uuid,
    pub display_name: String,
    pub email: Option<String>,
    /// The integrator's own id for this person; unique within the workspace.
    pub external_id: Option<String>,
    /// The candidate-role user linked to this record, who can see it and its interviews.
    pub user_id: Option<Uuid>,
    pub notes: Option<String>,
    /// The candidate's IANA time zone; recovery plans say times in it (an interview's own `time_zone` takes
    /// precedence). `null` when not set: plans then say times in UTC.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    /// Increases with every change; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<CandidateRow> for CandidateResponse {
    fn from(row: CandidateRow) -> Self {
        Self {
            id: row.id,
            display_name: row.display_name,
            email: row.email,
            external_id: row.external_id,
            user_id: row.user_id,
            notes: row.notes,
            time_zone: row.time_zone,
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// Runs an import into `workspace_id` (once per idempotency key), with events showing interviews and candidates as
/// the API does.
pub async fn run_import(
    state: &AppState,
    workspace_id: Uuid,
    key: Option<IdempotencyKey>,
    import: Import,
    now: DateTime<Utc>,
) -> Result<Created, ApiError> {
    Ok(imports::run(
        &state.db,
        workspace_id,
        key,
        import,
        now,
        InterviewResponse::from,
        CandidateResponse::from,
    )
    .await?)
}
