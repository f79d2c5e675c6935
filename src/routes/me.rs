//! Who am I: the caller as the API sees them.

use actix_web::{get, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem, ServiceError};
use crate::extract::Json;
use crate::routes::accounts::WorkspaceResponse;
use crate::state::AppState;
use rebound_domain::bounded::NewPassword;
use rebound_service::accounts::{self, PasswordChange};
use rebound_service::auth::{Role, Scope};
use rebound_service::me::{self, Account};

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
    "workspace": {"id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z"}
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

/// Describe the caller.
///
/// Works with any valid token; useful to check a token and learn its workspace, role and scopes.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("oauth2" = [])),
    responses(
        (status = 200, description = "The caller", body = MeResponse),
        (status = 401, description = "Missing, invalid or expired token, or the account no longer exists", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me")]
pub async fn get_me(
    state: web::Data<AppState>,
    principal: Authenticated,
) -> Result<HttpResponse, ApiError> {
    let caller = me::describe(&state.db, principal.workspace_id, principal.subject).await?;
    let (subject_type, name, email) = match caller.account {
        Account::User(row) => (SubjectType::User, row.display_name, Some(row.email)),
        Account::Client(row) => (SubjectType::Client, row.name, None),
    };
    let me = MeResponse {
        subject_type,
        id: principal.subject_id(),
        name,
        email,
        role: principal.role,
        scopes: principal.scopes.clone(),
        workspace: caller.workspace.into(),
    };
    Ok(HttpResponse::Ok().json(me))
}

/// Changes your own password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"current_password": "correct horse battery staple", "new_password": "a longer and newer passphrase"}))]
pub struct ChangePasswordRequest {
    /// The password you sign in with now.
    #[schema(format = Password, min_length = 1)]
    pub current_password: String,
    /// 10–128 characters, different from the current one.
    pub new_password: NewPassword,
}

/// Change your password.
///
/// Users only (an integration client has no password: 403). Every sign-in of yours ends: refresh tokens stop at
/// once and access tokens, the one used here included, within a few seconds on every replica. Sign in again with
/// the new password. A wrong `current_password` counts towards the same lockout as failed sign-ins (429 with
/// `Retry-After` after several).
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("oauth2" = [])),
    request_body = ChangePasswordRequest,
    responses(
        (status = 204, description = "Changed; sign in again with the new password"),
        (status = 400, description = "A field is malformed: `current_password` empty, `new_password` outside the policy", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid, expired or revoked token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token belongs to an integration client", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another password change happened at the same time", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`current_password` is not your password, or `new_password` equals it (`errors[]` names the field)", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "current_password", "message": "is not your current password"}]})),
        (status = 429, description = "Too many wrong passwords for this account; see Retry-After", body = Problem, content_type = "application/problem+json", headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<ChangePasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    let user_id = principal.user_id().ok_or_else(|| {
        ApiError::Service(ServiceError::Forbidden(
            "Integration clients have no password; rotate the client secret instead.".into(),
        ))
    })?;
    let body = body.into_inner();
    accounts::change_password(
        &state.db,
        &state.settings.login_throttle,
        principal.workspace_id,
        user_id,
        PasswordChange {
            current_password: body.current_password,
            new_password: body.new_password.into(),
        },
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
