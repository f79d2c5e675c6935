//! The caller: the account and workspace behind a token, looked up afresh, since a token outlives a removed user or
//! a deleted workspace by up to its lifetime.

use super::Database;
use crate::auth::{Principal, Subject};
use crate::error::ServiceError;
use crate::view;
use rebound_db::models::{api_client, user, workspace};
use rebound_views::accounts::{MeResponse, SubjectType};

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
