//! The caller: the account and workspace behind a token, looked up afresh, since a token outlives a removed user or
//! a deleted workspace by up to its lifetime.

use uuid::Uuid;

use super::Database;
use crate::auth::Subject;
use crate::error::ServiceError;
use rebound_db::models::api_client::{self, ApiClientRow};
use rebound_db::models::user::{self, UserRow};
use rebound_db::models::workspace::{self, WorkspaceRow};

/// The account a token speaks for.
#[derive(Debug)]
pub enum Account {
    User(UserRow),
    Client(ApiClientRow),
}

/// The caller's account and workspace.
#[derive(Debug)]
pub struct Caller {
    pub account: Account,
    pub workspace: WorkspaceRow,
}

/// Loads the account of `subject` in `workspace_id`; 401 when the workspace or the account no longer exists.
pub async fn describe(
    db: &Database,
    workspace_id: Uuid,
    subject: Subject,
) -> Result<Caller, ServiceError> {
    let gone =
        || ServiceError::Unauthorized("The account this token was issued to no longer exists.");
    db.run(move |conn| {
        let workspace = workspace::find(conn, workspace_id)?.ok_or_else(gone)?;
        let account = match subject {
            Subject::User(id) => {
                Account::User(user::find_in_workspace(conn, workspace_id, id)?.ok_or_else(gone)?)
            }
            Subject::Client(id) => Account::Client(
                api_client::find_in_workspace(conn, workspace_id, id)?.ok_or_else(gone)?,
            ),
        };
        Ok(Caller { account, workspace })
    })
    .await
}
