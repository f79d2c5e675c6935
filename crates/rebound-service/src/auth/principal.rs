//! The authenticated caller. The extractor that builds it from the `Authorization: Bearer` header is in
//! `auth::bearer`.

use rebound_domain::ids::{ApiClientId, UserId, WorkspaceId};
use rebound_domain::versions::ApiVersion;
use uuid::Uuid;

use super::{Role, Scope};
use crate::error::ServiceError;

/// Who a token speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    User(UserId),
    /// An integration client (a job board or ATS back end).
    Client(ApiClientId),
}

/// The authenticated caller of a request. Handlers take it as an argument; authenticating costs no database query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub subject: Subject,
    pub workspace_id: WorkspaceId,
    /// Set for users, `None` for integration clients.
    pub role: Option<Role>,
    pub scopes: Vec<Scope>,
    /// The API version the token was issued under (its API client's pin); `None` for tokens no client obtained
    /// (the password grant), which get the current version.
    pub api_version: Option<ApiVersion>,
}

impl Principal {
    /// 403 unless the token carries `scope`.
    pub fn require_scope(&self, scope: Scope) -> Result<(), ServiceError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(format!(
                "This requires the `{}` scope.",
                scope.as_str()
            )))
        }
    }

    /// The user's id, for user tokens.
    pub fn user_id(&self) -> Option<UserId> {
        match self.subject {
            Subject::User(id) => Some(id),
            Subject::Client(_) => None,
        }
    }
}

impl Principal {
    /// Which candidates this caller may see: a candidate user only their own record, everyone else the workspace.
    pub fn candidate_scope(&self) -> rebound_db::models::CandidateScope {
        match (self.role, self.subject) {
            (Some(Role::Candidate), Subject::User(id)) => {
                rebound_db::models::CandidateScope::LinkedTo(id)
            }
            _ => rebound_db::models::CandidateScope::Workspace,
        }
    }

    /// The workspace plus candidate scope every tenant query filters on.
    pub fn visibility(&self) -> rebound_db::models::Visibility {
        (self.workspace_id, self.candidate_scope())
    }

    /// The id of the user or client behind the token.
    pub fn subject_id(&self) -> Uuid {
        match self.subject {
            Subject::User(id) => id.into(),
            Subject::Client(id) => id.into(),
        }
    }

    /// True for candidate users, who act only on their own record.
    pub fn is_candidate(&self) -> bool {
        self.role == Some(Role::Candidate)
    }
}
