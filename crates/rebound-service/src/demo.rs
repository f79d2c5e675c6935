//! Demo data: a workspace with one realistic bad interview, so a person in Swagger UI can authorize and explore at
//! once. `rebound demo` seeds it; seeding twice changes nothing.

use chrono::{DateTime, Duration, Utc};
use diesel::{Connection, PgConnection};
use rebound_domain::ids::{ApiClientId, CandidateId, GaffeId, InterviewId, UserId, WorkspaceId};
use uuid::Uuid;

use crate::accounts::{self, SignupInput};
use crate::auth::{password, ClientType, Scope};
use crate::candidates::{self, CandidateInput};
use crate::error::ServiceError;
use crate::gaffes::{self, GaffeInput};
use crate::interviews::{self, InterviewInput};
use rebound_db::models::api_client::{self, NewApiClient};
use rebound_db::models::{user, CandidateScope};
use rebound_domain::{
    AnswerQuality, EmployerInterest, Format, GaffeKind, Interviewer, Moment, Noticed, Outcome,
    Question, Stage,
};

pub const DEMO_EMAIL: &str = "demo@rebound.example";
pub const DEMO_PASSWORD: &str = "rebound-demo-password";

/// The `client_id` of the demo's public client for Swagger UI's authorization-code flow.
pub const SWAGGER_UI_CLIENT_ID: &str = "swagger-ui";

/// Where Swagger UI, served on `port` of the loopback host, receives the authorization code: its own
/// `oauth2-redirect.html`, under either name of the host.
pub fn swagger_ui_redirect_uris(port: u16) -> Vec<String> {
    ["127.0.0.1", "localhost"]
        .map(|host| format!("http://{host}:{port}/swagger-ui/oauth2-redirect.html"))
        .to_vec()
}

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
/// build has none yet), for Swagger UI served on `port`. Its scopes are every one a client may hold.
fn ensure_swagger_ui_client(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    created_by: Option<UserId>,
    port: u16,
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
            redirect_uris: swagger_ui_redirect_uris(port),
            api_version: rebound_domain::versions::ApiVersion::CURRENT.as_str(),
        },
    )?;
    Ok(())
}

/// Seeds the demo workspace unless its owner already exists; Swagger UI's client is registered for the service
/// on `port` (the port of `REBOUND_BIND`, 8080 by default).
pub fn seed(conn: &mut PgConnection, port: u16) -> Result<DemoSummary, ServiceError> {
    if let Some(existing) = user::find_by_email(conn, DEMO_EMAIL)? {
        ensure_swagger_ui_client(conn, existing.workspace_id, Some(existing.id), port)?;
        return Ok(DemoSummary {
            created: false,
            workspace_id: existing.workspace_id,
            interview_id: None,
        });
    }
    let owner = accounts::validate_signup(&SignupInput {
        workspace_name: "Rebound demo".into(),
        email: DEMO_EMAIL.into(),
        password: DEMO_PASSWORD.into(),
        display_name: "Demo Coach".into(),
        locale: None,
    })?;
    let password_hash = password::hash(DEMO_PASSWORD)?;
    // The seed runs outside the server (no `AppState`), whose clock is the system clock outside tests.
    let now = Utc::now();
    // The workspace, its owner, the candidate, interview and gaffes go through the same validation (and events) as
    // the API's, with the fixed ids above: a change to the rules that the demo no longer meets fails here, not in
    // Swagger UI.
    let candidate = candidates::validate(DEMO_CANDIDATE_ID, DEMO_WORKSPACE_ID, demo_candidate())?;
    let interview = interviews::validate(demo_interview(now), now)?;
    conn.transaction(|conn| {
        let (workspace, _) = accounts::insert_workspace_with_owner(
            conn,
            DEMO_WORKSPACE_ID,
            DEMO_OWNER_ID,
            &owner,
            password_hash,
        )?;
        candidates::insert_validated(conn, &candidate)?;
        interviews::insert_validated(conn, DEMO_INTERVIEW_ID, workspace.id, &interview)?;
        let visibility = (workspace.id, CandidateScope::Workspace);
        for (id, gaffe) in DEMO_GAFFE_IDS.into_iter().zip(demo_gaffes()) {
            gaffes::log(conn, id, visibility, DEMO_INTERVIEW_ID, gaffe, now)?;
        }
        ensure_swagger_ui_client(conn, workspace.id, Some(DEMO_OWNER_ID), port)?;
        Ok(DemoSummary {
            created: true,
            workspace_id: workspace.id,
            interview_id: Some(DEMO_INTERVIEW_ID),
        })
    })
}

/// Jordan, the demo's candidate.
fn demo_candidate() -> CandidateInput {
    CandidateInput {
        display_name: "Jordan Reyes".into(),
        email: Some("jordan.reyes@example.com".into()),
        external_id: Some("demo-candidate-1".into()),
        user_id: None,
        notes: Some("Eight years in corporate finance; aiming for a senior analyst role.".into()),
        time_zone: None,
        locale: None,
    }
}

/// Jordan's final round at Harbor & Finch Capital three hours ago: a salary question blanked, a behavioural answer
/// that stayed general, one strong answer, and a self-rating of 1.
fn demo_interview(now: DateTime<Utc>) -> InterviewInput {
    let interviewer = |name: &str, title: &str| Interviewer {
        name: name.into(),
        title: Some(title.into()),
        email: None,
    };
    let question = |question: &str, answer: &str, quality| Question {
        question: question.into(),
        answer_summary: Some(answer.into()),
        quality,
    };
    InterviewInput {
        candidate_id: DEMO_CANDIDATE_ID,
        company: "Harbor & Finch Capital".into(),
        role_title: "Senior Financial Analyst".into(),
        stage: Stage::Final,
        format: Format::Onsite,
        occurred_at: now - Duration::hours(3),
        occurred_at_offset_minutes: None,
        time_zone: None,
        duration_minutes: Some(60),
        interviewers: vec![
            interviewer("Armin Vogel", "Finance Director"),
            interviewer("Dana Whitfield", "Controller"),
        ],
        questions: vec![
            question(
                "What are your salary expectations for this role?",
                "Froze, then said I had not really thought about it.",
                AnswerQuality::Blanked,
            ),
            question(
                "How did you handle a difficult coworker?",
                "Stayed general and never got to what I actually did.",
                AnswerQuality::Weak,
            ),
            question(
                "Walk us through a variance analysis you owned.",
                "Explained the Q3 cost overrun analysis step by step.",
                AnswerQuality::Strong,
            ),
        ],
        strengths: vec![
            "Clear walk-through of the Q3 variance analysis".into(),
            "Good rapport with the controller".into(),
        ],
        self_rating: Some(1),
        outcome: Outcome::Pending,
        employer_interest: EmployerInterest::Unknown,
        notes: Some("Felt like a disaster on the train home.".into()),
        remote: None,
    }
}

/// The demo interview's gaffes, in logged order (see [`DEMO_GAFFE_IDS`]): the wrong name, the salary blank and the
/// experience left out, each surely noticed.
fn demo_gaffes() -> [GaffeInput; 3] {
    let gaffe = |kind, description: &str, moment, question_index| GaffeInput {
        kind,
        description: Some(description.into()),
        noticed: Noticed::Certain,
        moment,
        corrected_in_interview: false,
        extenuating_circumstance: None,
        question_index,
        correction: None,
    };
    [
        gaffe(
            GaffeKind::WrongInterviewerName,
            "Called the finance director \"Arnold\" twice; his name is Armin.",
            Moment::Mid,
            None,
        ),
        gaffe(
            GaffeKind::SalaryBlank,
            "Had no figure ready when asked for salary expectations.",
            Moment::Closing,
            Some(0),
        ),
        gaffe(
            GaffeKind::OmittedKeyExperience,
            "Never mentioned leading the twelve-person month-end close team at Northwind Logistics.",
            Moment::Mid,
            None,
        ),
    ]
}
