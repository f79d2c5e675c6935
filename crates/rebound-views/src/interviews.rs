//! An interview, as the API shows it.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use rebound_domain::ids::{CandidateId, InterviewId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::parts::{InterviewerDto, QuestionDto, RemoteReference};
use rebound_domain::{EmployerInterest, Format, Outcome, Stage};

/// A logged interview.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
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
    "remote_deleted_at": null,
    "version": 1,
    "created_at": "2026-11-24T17:10:00Z",
    "updated_at": "2026-11-24T17:10:00Z"
}))]
pub struct InterviewResponse {
    #[schema(value_type = Uuid)]
    pub id: InterviewId,
    #[schema(value_type = Uuid)]
    pub candidate_id: CandidateId,
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
    /// When Rebound learnt that the ATS deleted this interview (RFC 3339), for an interview kept anyway because the
    /// candidate logged gaffes or a recovery plan on it (an import never removes those). `null` while the ATS has
    /// it, and for interviews not imported. Setting or clearing it sends `interview.updated`.
    pub remote_deleted_at: Option<DateTime<Utc>>,
    /// Increases with every change to the interview or its gaffes; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

crate::listed!(
    InterviewResponse,
    "InterviewList",
    "A page of interviews: newest first, or oldest change first in the sync form (`updated_after`, `changes_after`).",
    serde_json::json!({"data": [], "next_cursor": null}),
    synced = true
);

/// A page of interviews, newest first.
pub type InterviewList = crate::Page<InterviewResponse>;

/// RFC 3339 with the offset as sent, and `Z` for UTC, exactly as a UTC time was written before offsets were kept.
fn rfc3339_as_sent<S: serde::Serializer>(
    at: &DateTime<FixedOffset>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}
