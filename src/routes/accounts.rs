//! What sign-up (`routes::auth`), user management (`routes::users`) and `routes::me` share: how a user and a
//! workspace are shown.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use rebound_service::accounts::{UserRow, WorkspaceRow};
use rebound_service::auth::Role;

/// A user of the workspace.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f",
    "email": "maya.chen@example.com",
    "display_name": "Maya Chen",
    "role": "owner",
    "version": 1,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z"
}))]
pub struct UserResponse {
    pub id: Uuid,
    /// Login name, lowercased.
    pub email: String,
    pub display_name: String,
    /// `owner`, `coach` or `candidate`. Clients must tolerate new values.
    pub role: Role,
    /// Increases with every change; also sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<UserRow> for UserResponse {
    fn from(row: UserRow) -> Self {
        Self {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            role: row.role,
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// A workspace: the tenant that owns users, candidates and interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z"}))]
pub struct WorkspaceResponse {
    pub id: Uuid,
    /// Display name of the workspace.
    pub name: String,
    pub created_at: DateTime<Utc>,
}

impl From<WorkspaceRow> for WorkspaceResponse {
    fn from(row: WorkspaceRow) -> Self {
        Self {
            id: row.id,
            name: row.name,
            created_at: row.created_at,
        }
    }
}
