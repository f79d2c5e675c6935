//! A candidate, as the API shows it.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{CandidateId, UserId};
use serde::Serialize;
use utoipa::ToSchema;

/// A candidate: a person preparing for, and recovering from, interviews.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
    "display_name": "Jordan Reyes",
    "email": "jordan.reyes@example.com",
    "external_id": "acme-user-48213",
    "user_id": null,
    "notes": "Targeting senior financial analyst roles.",
    "time_zone": "America/New_York",
    "locale": "en",
    "version": 1,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z"
}))]
pub struct CandidateResponse {
    #[schema(value_type = Uuid)]
    pub id: CandidateId,
    pub display_name: String,
    pub email: Option<String>,
    /// The integrator's own id for this person; unique within the workspace.
    pub external_id: Option<String>,
    /// The candidate-role user linked to this record, who can see it and its interviews.
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<UserId>,
    pub notes: Option<String>,
    /// The candidate's IANA time zone; recovery plans say times in it (an interview's own `time_zone` takes
    /// precedence). `null` when not set: plans then say times in UTC.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    /// The language the candidate's recovery plans are written in; the workspace's `locale` when the candidate was
    /// created without one. A plan keeps the language it was written in when this changes later.
    #[schema(value_type = crate::locales::LocaleTag)]
    pub locale: String,
    /// Increases with every change; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

crate::listed!(
    CandidateResponse,
    "CandidateList",
    "A page of candidates: newest first, or oldest change first in the sync form (`updated_after`, `changes_after`).",
    serde_json::json!({"data": [{
        "id": "01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "display_name": "Jordan Reyes", "email": null,
        "external_id": "acme-user-48213", "user_id": null, "notes": null, "time_zone": null, "locale": "en", "version": 1,
        "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"
    }], "next_cursor": null}),
    synced = true
);

/// A page of candidates, newest first.
pub type CandidateList = crate::Page<CandidateResponse>;
