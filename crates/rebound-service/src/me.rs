//! The caller: the account and workspace behind a token, looked up afresh, since a token outlives a removed user or
//! a deleted workspace by up to its lifetime.

use super::Database;
use crate::auth::{Principal, Subject};
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::view;
use rebound_db::models::{api_client, user, workspace};
use rebound_views::accounts::{MeResponse, SubjectType, WorkspaceResponse};

/// The caller as the API describes it: the account behind the token (a user or an integration client), its
/// workspace, and the token's role and scopes; 401 when the workspace or the account no longer exists.
pub async fn describe(db: &Database, principal: &Principal) -> Result<MeResponse, ServiceError> {
    let gone =
        || ServiceError::Unauthorized("The account this token was issued to no longer exists.");
    let (workspace_id, subject) = (principal.workspace_id, principal.subject);
    let (workspace, (subject_type, name, email)) = db
        .run(move |conn| {
            let workspace = workspace::find(conn, workspace_id)?.ok_or_else(gone)?;
            let account = match subject {
                Subject::User(id) => {
                    let user = user::find_in_workspace(conn, workspace_id, id)?.ok_or_else(gone)?;
                    (SubjectType::User, user.display_name, Some(user.email))
                }
                Subject::Client(id) => {
                    let client =
                        api_client::find_in_workspace(conn, workspace_id, id)?.ok_or_else(gone)?;
                    (SubjectType::Client, client.name, None)
                }
            };
            Ok::<_, ServiceError>((workspace, account))
        })
        .await?;
    Ok(MeResponse {
        subject_type,
        id: principal.subject_id(),
        name,
        email,
        role: principal.role,
        scopes: principal.scopes.clone(),
        workspace: view::workspace(workspace),
    })
}

/// Sets the default language of the caller's workspace (`en` or `fr-CA`, any case; anything else is a 422 naming
/// `locale`): candidates created from then on without a `locale` get it; existing candidates and stored plans keep
/// theirs. The route checks the `admin` scope.
pub async fn set_workspace_locale(
    db: &Database,
    principal: &Principal,
    locale: String,
) -> Result<WorkspaceResponse, ServiceError> {
    let mut v = Validator::new();
    let locale = v.locale("locale", &locale);
    v.finish()?;
    let workspace_id = principal.workspace_id;
    let row = db
        .write(move |conn| {
            Ok::<_, ServiceError>(workspace::set_locale(conn, workspace_id, &locale)?)
        })
        .await?
        .ok_or(ServiceError::Unauthorized(
            "The account this token was issued to no longer exists.",
        ))?;
    Ok(view::workspace(row))
}
