//! Accounts as the API shows them: users, workspaces, the caller, and what sign-up and sign-in answer.

use chrono::{DateTime, Utc};
use rebound_domain::ids::{UserId, WorkspaceId};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use rebound_domain::access::{Role, Scope};

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
    #[schema(value_type = Uuid)]
    pub id: UserId,
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

crate::listed!(
    UserResponse,
    "UserList",
    "A page of users, newest first.",
    serde_json::json!({"data": [{"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "email": "sam.okafor@example.com", "display_name": "Sam Okafor", "role": "candidate", "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}], "next_cursor": "eyJpZCI6IjAxOTM2ZjhlIn0"})
);

/// A page of users, newest first.
pub type UserList = crate::Page<UserResponse>;

/// The created user, with the generated password when none was given.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"user": {"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "email": "sam.okafor@example.com", "display_name": "Sam Okafor", "role": "candidate", "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}, "initial_password": "q7RvX2mK9pL4sT8wZ1cB"}))]
pub struct CreatedUserResponse {
    pub user: UserResponse,
    /// Shown only in this response, and only when the request had no password. Pass it to the user securely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_password: Option<String>,
}

/// A workspace: the tenant that owns users, candidates and interviews.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z", "locale": "en"}))]
pub struct WorkspaceResponse {
    #[schema(value_type = Uuid)]
    pub id: WorkspaceId,
    /// Display name of the workspace.
    pub name: String,
    pub created_at: DateTime<Utc>,
    /// The language a new candidate gets when none is given (`en` unless set at sign-up or changed with
    /// `PATCH /v1/me/workspace`); changing it leaves existing candidates as they are.
    #[schema(value_type = crate::locales::LocaleTag)]
    pub locale: String,
}

/// The new workspace and its owner.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"workspace": {"id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z", "locale": "en"}, "user": {"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "email": "maya.chen@example.com", "display_name": "Maya Chen", "role": "owner", "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}}))]
pub struct SignupResponse {
    pub workspace: WorkspaceResponse,
    pub user: UserResponse,
}

/// Whether the caller is a person or an integration.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SubjectType {
    User,
    Client,
}

/// The authenticated caller.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "subject_type": "user",
    "id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f",
    "name": "Maya Chen",
    "email": "maya.chen@example.com",
    "role": "owner",
    "scopes": ["interviews:read", "interviews:write", "plans:write", "admin"],
    "workspace": {"id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z", "locale": "en"}
}))]
pub struct MeResponse {
    pub subject_type: SubjectType,
    /// The user's id, or the integration client's id.
    pub id: Uuid,
    /// The user's display name or the client's name.
    pub name: String,
    /// Users only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Users only: `owner`, `coach` or `candidate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// The scopes of the token used for this request.
    pub scopes: Vec<Scope>,
    pub workspace: WorkspaceResponse,
}

/// An issued access token (RFC 6749 §5.1).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
    "token_type": "Bearer",
    "expires_in": 900,
    "refresh_token": "rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb",
    "scope": "interviews:read interviews:write plans:write admin webhooks:read webhooks:write"
}))]
pub struct TokenResponse {
    /// A JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// Present for the `password` and `refresh_token` grants: exchange it for a new token pair before it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The scopes granted, space-separated.
    pub scope: String,
}
