//! Who am I: the caller as the API sees them.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem, ServiceError};
use crate::extract::Json;
use crate::routes::responses::InvalidFields;
use crate::state::AppState;
use rebound_domain::bounded::NewPassword;
use rebound_service::accounts::{self, PasswordChange};
use rebound_service::auth::Scope;
use rebound_service::me;
use rebound_views::accounts::{MeResponse, WorkspaceResponse};

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
    let me = me::describe(&state.db, &principal).await?;
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
    req: HttpRequest,
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
        crate::forwarded::client_address(&req),
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

/// Changes the caller's workspace. Absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"locale": "fr-CA"}))]
pub struct UpdateWorkspaceRequest {
    /// The language new candidates get when they are created without one: `en` or `fr-CA` (any case). Anything
    /// else is a 422 naming `locale`. Existing candidates, and the plans already written, keep their language.
    #[schema(value_type = Option<rebound_views::locales::LocaleTag>, nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub locale: Option<String>,
}

/// Change your workspace's settings.
///
/// Requires `admin`. Today the one setting is `locale`, the default language of new candidates (and so of their
/// recovery plans). The workspace is the one `GET /v1/me` shows, so it is changed here, beside it: a token only
/// ever reaches its own workspace. Answers the workspace as `GET /v1/me` shows it.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = UpdateWorkspaceRequest,
    responses(
        (status = 200, description = "The workspace as changed", body = WorkspaceResponse),
        InvalidFields,
        (status = 422, description = "`locale` is not a language Rebound writes in (`errors[]` names it and lists the accepted tags)", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "locale", "message": "must be one of: en, fr-CA"}]})),
    )
)]
#[patch("/me/workspace")]
pub async fn update_workspace(
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<UpdateWorkspaceRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let workspace = match body.into_inner().locale {
        Some(locale) => me::set_workspace_locale(&state.db, &principal, locale).await?,
        None => me::describe(&state.db, &principal).await?.workspace,
    };
    Ok(HttpResponse::Ok().json(workspace))
}
