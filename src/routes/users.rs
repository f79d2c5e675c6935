//! Workspace users: owners invite coaches and candidates.

use actix_web::http::header;
use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};
use rebound_domain::ids::UserId;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::routes::conditional::{etag, IfMatch};
use crate::routes::pagination::{Listing, PageParams};
use crate::routes::responses::{InvalidFields, InvalidPage, NotVisible, StaleVersion};
use crate::state::AppState;
use rebound_domain::bounded::{DisplayName, EmailAddress, NewPassword};
use rebound_service::accounts::{self, Invitation, UserUpdate};
use rebound_service::auth::{Role, Scope};
use rebound_views::accounts::{CreatedUserResponse, UserList, UserResponse};

/// The roles an owner can give to a new user.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitableRole {
    Coach,
    Candidate,
}

/// Creates a coach or candidate user in the caller's workspace.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"email": "sam.okafor@example.com", "display_name": "Sam Okafor", "role": "candidate"}))]
pub struct CreateUserRequest {
    /// Their e-mail address (login name); must not be registered yet.
    pub email: EmailAddress,
    /// 1–100 characters.
    pub display_name: DisplayName,
    /// `coach` or `candidate`.
    pub role: InvitableRole,
    /// An initial password (10–128 characters). Omit it to have one generated and returned once.
    pub password: Option<NewPassword>,
}

impl From<InvitableRole> for Role {
    fn from(role: InvitableRole) -> Self {
        match role {
            InvitableRole::Coach => Role::Coach,
            InvitableRole::Candidate => Role::Candidate,
        }
    }
}

impl From<CreateUserRequest> for Invitation {
    fn from(r: CreateUserRequest) -> Self {
        Self {
            email: r.email.into(),
            display_name: r.display_name.into(),
            role: r.role.into(),
            password: r.password.map(Into::into),
        }
    }
}

/// Invite a coach or candidate.
///
/// Requires the `admin` scope (workspace owners).
#[utoipa::path(
    tag = "users",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    request_body = CreateUserRequest,
    responses(
        (status = 201, description = "User created", body = CreatedUserResponse, headers(("Location" = String, description = "The new user's path"), ("ETag" = String, description = "Current version"))),
        InvalidFields,
        (status = 409, description = "The e-mail address is already registered", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many already-registered addresses from this caller or for this e-mail", body = Problem, content_type = "application/problem+json", headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/users")]
pub async fn create_user(
    req: HttpRequest,
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<CreateUserRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let invited = accounts::invite(
        &state.db,
        &state.settings.login_throttle,
        crate::forwarded::client_address(&req),
        principal.workspace_id,
        body.into_inner().into(),
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(etag(invited.user.version))
        .insert_header((header::LOCATION, format!("/v1/users/{}", invited.user.id)))
        .json(invited))
}

/// List the workspace's users, newest first.
///
/// Requires the `admin` scope.
#[utoipa::path(
    tag = "users",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(PageParams),
    responses(
        (status = 200, description = "A page of users", body = UserList),
        InvalidPage,
    )
)]
#[get("/users")]
pub async fn list_users(listing: Listing) -> Result<HttpResponse, ApiError> {
    let id_of = |user: &UserResponse| user.id.into();
    listing
        .newest_first(Scope::Admin, "users", accounts::list_users, id_of)
        .await
}

/// Get one user of the workspace.
///
/// Requires the `admin` scope. An id from another workspace is a 404.
#[utoipa::path(
    tag = "users",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("user_id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = UserResponse, headers(("ETag" = String, description = "Current version"))),
        NotVisible,
    )
)]
#[get("/users/{user_id}")]
pub async fn get_user(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<UserId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let user = accounts::get_user(&state.db, principal.workspace_id, path.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(user.version))
        .json(user))
}

/// Changes a user's display name or role; fields left out stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "coach"}))]
pub struct UpdateUserRequest {
    /// 1–100 characters.
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub display_name: Option<DisplayName>,
    /// `coach` or `candidate`. The owner's role cannot change.
    #[schema(nullable = false)]
    #[serde(default, deserialize_with = "crate::extract::not_null")]
    pub role: Option<InvitableRole>,
}

impl From<UpdateUserRequest> for UserUpdate {
    fn from(r: UpdateUserRequest) -> Self {
        Self {
            display_name: r.display_name.map(Into::into),
            role: r.role.map(Into::into),
        }
    }
}

/// Change a user's role or display name.
///
/// Requires the `admin` scope. Send `If-Match` with the ETag you read (412 when it is stale). A role change takes
/// effect within a few seconds on every replica: the user's access tokens issued before it are refused (401), and
/// their next refresh gives a token with the new role's scopes. The owner's role cannot change (409).
#[utoipa::path(
    tag = "users",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(
        ("user_id" = Uuid, Path, description = "The user's id"),
        IfMatch,
    ),
    request_body = UpdateUserRequest,
    responses(
        (status = 200, description = "Updated", body = UserResponse, headers(("ETag" = String, description = "New version"))),
        InvalidFields,
        NotVisible,
        (status = 409, description = "The user is the workspace owner", body = Problem, content_type = "application/problem+json"),
        StaleVersion,
    )
)]
#[patch("/users/{user_id}")]
pub async fn update_user(
    if_match: IfMatch,
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<UserId>,
    body: Json<UpdateUserRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    let expected = if_match.version()?;
    let user = accounts::update_user(
        &state.db,
        principal.workspace_id,
        path.into_inner(),
        expected,
        body.into_inner().into(),
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(user.version))
        .json(user))
}

/// Remove a user from the workspace.
///
/// Requires the `admin` scope. Their refresh tokens stop working at once and their access tokens within a few
/// seconds on every replica. The workspace owner cannot be removed.
#[utoipa::path(
    tag = "users",
    security(("bearer" = []), ("oauth2" = ["admin"])),
    params(("user_id" = Uuid, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Removed"),
        NotVisible,
        (status = 409, description = "The user is the workspace owner", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/users/{user_id}")]
pub async fn delete_user(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<UserId>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::Admin)?;
    accounts::remove_user(
        &state.db,
        principal.workspace_id,
        principal.user_id(),
        path.into_inner(),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
