//! Demo data: a workspace with one realistic bad interview, so a person in Swagger UI can authorize and explore at
//! once. `rebound demo` seeds it; seeding twice changes nothing.

use chrono::{Duration, Utc};
use diesel::{Connection, PgConnection};
use rebound_domain::ids::{ApiClientId, CandidateId, GaffeId, InterviewId, UserId, WorkspaceId};
use serde_json::json;
use uuid::Uuid;

use crate::auth::{password, ClientType, Role, Scope};
use crate::error::ServiceError;
use rebound_db::models::api_client::{self, NewApiClient};
use rebound_db::models::candidate::{self, NewCandidate};
use rebound_db::models::gaffe::{self, GaffeValues};
use rebound_db::models::interview::{self, InterviewValues};
use rebound_db::models::{user, workspace};
use rebound_domain::{
    EmployerInterest, Format, GaffeKind, Moment, Noticed, Outcome, SelfRating, Stage,
};

pub const DEMO_EMAIL: &str = "demo@rebound.example";
pub const DEMO_PASSWORD: &str = "rebound-demo-password";

/// The `client_id` of the demo's public client for Swagger UI's authorization-code flow.
pub const SWAGGER_UI_CLIENT_ID: &str = "swagger-ui";

/// Where Swagger UI, served by `cargo run` on its default address, receives the authorization code: its own
/// `oauth2-redirect.html`, under either name of the loopback host.
pub const SWAGGER_UI_REDIRECT_URIS: [&str; 2] = [
    "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
    "http://localhost:8080/swagger-ui/oauth2-redirect.html",
];

/// The demo's records have fixed, well-known ids, the same the OpenAPI examples use, so "Try it out" in Swagger UI
/// works with the default values once the demo is seeded.
pub const DEMO_WORKSPACE_ID: WorkspaceId =
    WorkspaceId::from_uuid(Uuid::from_u128(0x01936f8e_5a1b_7c2d_8e3f_4a5b6c7d8e9f));
pub const DEMO_OWNER_ID: UserId =
    UserId::from_uuid(Uuid::from_u128(0x01936f8e_6a2b_7c3d_9e4f_5a6b7c8d9e0f));
pub const DEMO_CANDIDATE_ID: CandidateId =
    CandidateId::from_uuid(Uuid::from_u128(0x01936f8f_1a2b_7c3d_8e4f_5a6b7c8d9e0f));
pub const DEMO_INTERVIEW_ID: InterviewId =
    InterviewId::from_uuid(Uuid::from_u128(0x01936f90_2b3c_7d4e_9f5a_6b7c8d9e0f1a));
/// The demo interview's gaffes, in the order they were logged; the first is the wrong name.
pub const DEMO_GAFFE_IDS: [GaffeId; 3] = [
    GaffeId::from_uuid(Uuid::from_u128(0x01936f91_3c4d_7e5f_8a6b_7c8d9e0f1a2b)),
    GaffeId::from_uuid(Uuid::from_u128(0x01936f91_3c4d_7e5f_8a6b_7c8d9e0f1a2c)),
    GaffeId::from_uuid(Uuid::from_u128(0x01936f91_3c4d_7e5f_8a6b_7c8d9e0f1a2d)),
];

/// What was seeded (or found), to print for the person who asked.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub created: bool,
    pub workspace_id: WorkspaceId,
    pub interview_id: Option<InterviewId>,
}

/// Registers the `swagger-ui` public client in the demo workspace unless it exists (a demo seeded by an older
/// build has none yet). Its scopes are every one a client may hold.
fn ensure_swagger_ui_client(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    created_by: Option<UserId>,
) -> Result<(), ServiceError> {
    if api_client::find_by_client_id(conn, SWAGGER_UI_CLIENT_ID)?.is_some() {
        return Ok(());
    }
    api_client::insert(
        conn,
        &NewApiClient {
            id: ApiClientId::new_v7(),
            workspace_id,
            name: "Swagger UI",
            client_id: SWAGGER_UI_CLIENT_ID,
            secret_hash: None,
            scopes: Scope::ALL
                .iter()
                .filter(|s| **s != Scope::Admin)
                .map(|s| s.as_str().to_string())
                .collect(),
            created_by,
            client_type: ClientType::Public.as_str(),
            redirect_uris: SWAGGER_UI_REDIRECT_URIS.map(String::from).to_vec(),
        },
    )?;
    Ok(())
}

/// Seeds the demo workspace unless its owner already exists.
pub fn seed(conn: &mut PgConnection) -> Result<DemoSummary, ServiceError> {
    if let Some(existing) = user::find_by_email(conn, DEMO_EMAIL)? {
        ensure_swagger_ui_client(conn, existing.workspace_id, Some(existing.id))?;
        return Ok(DemoSummary {
            created: false,
            workspace_id: existing.workspace_id,
            interview_id: None,
        });
    }
    let password_hash = password::hash(DEMO_PASSWORD)?;
    conn.transaction(|conn| {
        let workspace = workspace::insert(conn, DEMO_WORKSPACE_ID, "Rebound demo")?;
        insert_owner(conn, workspace.id, password_hash.clone())?;
        let jordan = insert_candidate(conn, workspace.id)?;
        let interview = interview::insert(
            conn,
            DEMO_INTERVIEW_ID,
            workspace.id,
            &demo_interview(jordan.id)?,
        )?;
        for (id, values) in DEMO_GAFFE_IDS.iter().zip(&demo_gaffes()) {
            gaffe::insert(conn, *id, workspace.id, interview.id, values)?;
        }
        ensure_swagger_ui_client(conn, workspace.id, Some(DEMO_OWNER_ID))?;
        Ok(DemoSummary {
            created: true,
            workspace_id: workspace.id,
            interview_id: Some(interview.id),
        })
    })
}

/// The demo workspace's owner, who signs in with [`DEMO_EMAIL`] and [`DEMO_PASSWORD`].
fn insert_owner(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    password_hash: String,
) -> Result<(), ServiceError> {
    user::insert(
        conn,
        &user::NewUser {
            id: DEMO_OWNER_ID,
            workspace_id,
            email: DEMO_EMAIL.into(),
            display_name: "Demo Coach".into(),
            password_hash,
            role: Role::Owner,
        },
    )?;
    Ok(())
}

/// Jordan, the demo's candidate.
fn insert_candidate(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
) -> Result<candidate::CandidateRow, ServiceError> {
    Ok(candidate::insert(
        conn,
        &NewCandidate {
            id: DEMO_CANDIDATE_ID,
            workspace_id,
            display_name: "Jordan Reyes".into(),
            email: Some("jordan.reyes@example.com".into()),
            external_id: Some("demo-candidate-1".into()),
            user_id: None,
            notes: Some(
                "Eight years in corporate finance; aiming for a senior analyst role.".into(),
            ),
            time_zone: None,
        },
    )?)
}

/// Jordan's final round at Harbor & Finch Capital three hours ago: a salary question blanked, a behavioural answer
/// that stayed general, one strong answer, and a self-rating of 1.
fn demo_interview(candidate_id: CandidateId) -> Result<InterviewValues, ServiceError> {
    Ok(InterviewValues {
        candidate_id,
        company: "Harbor & Finch Capital".into(),
        role_title: "Senior Financial Analyst".into(),
        stage: Stage::Final,
        format: Format::Onsite,
        // The seed runs outside the server (no `AppState`), whose clock is the system clock outside tests.
        occurred_at: Utc::now() - Duration::hours(3),
        duration_minutes: Some(60),
        interviewers: json!([
            {"name": "Armin Vogel", "title": "Finance Director", "email": null},
            {"name": "Dana Whitfield", "title": "Controller", "email": null}
        ]),
        questions: json!([
            {"question": "What are your salary expectations for this role?",
             "answer_summary": "Froze, then said I had not really thought about it.", "quality": "blanked"},
            {"question": "How did you handle a difficult coworker?",
             "answer_summary": "Stayed general and never got to what I actually did.", "quality": "weak"},
            {"question": "Walk us through a variance analysis you owned.",
             "answer_summary": "Explained the Q3 cost overrun analysis step by step.", "quality": "strong"}
        ]),
        strengths: json!([
            "Clear walk-through of the Q3 variance analysis",
            "Good rapport with the controller"
        ]),
        self_rating: Some(SelfRating::new(1).ok_or_else(|| ServiceError::internal("demo rating"))?),
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Unknown,
        time_zone: None,
        occurred_at_offset_minutes: None,
        notes: Some("Felt like a disaster on the train home.".into()),
        remote_source: None,
        remote_id: None,
    })
}

/// The demo interview's gaffes, in logged order (see [`DEMO_GAFFE_IDS`]): the wrong name, the salary blank and the
/// experience left out, each surely noticed.
fn demo_gaffes() -> [GaffeValues; 3] {
    [
        GaffeValues {
            kind: GaffeKind::WrongInterviewerName,
            description: Some("Called the finance director \"Arnold\" twice; his name is Armin.".into()),
            noticed: Noticed::Certain,
            moment: Moment::Mid,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: None,
            correction_said: None,
            correction_correct: None,
        },
        GaffeValues {
            kind: GaffeKind::SalaryBlank,
            description: Some("Had no figure ready when asked for salary expectations.".into()),
            noticed: Noticed::Certain,
            moment: Moment::Closing,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: Some(0),
            correction_said: None,
            correction_correct: None,
        },
        GaffeValues {
            kind: GaffeKind::OmittedKeyExperience,
            description: Some(
                "Never mentioned leading the twelve-person month-end close team at Northwind Logistics.".into(),
            ),
            noticed: Noticed::Certain,
            moment: Moment::Mid,
            corrected_in_interview: false,
            extenuating_circumstance: None,
            question_index: None,
            correction_said: None,
            correction_correct: None,
        },
    ]
}
