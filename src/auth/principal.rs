//! The authenticated caller, extracted from the `Authorization: Bearer` header.

use std::future::{ready, Ready};

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use uuid::Uuid;

use super::{Role, Scope};
use crate::error::ApiError;
use crate::state::AppState;

/// Who a token speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    User(Uuid),
    /// An integration client (a job board or ATS back end).
    Client(Uuid),
}

/// The authenticated caller of a request. Handlers take it as an argument; authenticating costs no database query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub subject: Subject,
    pub workspace_id: Uuid,
    /// Set for users, `None` for integration clients.
    pub role: Option<Role>,
    pub scopes: Vec<Scope>,
}

impl Principal {
    /// 403 unless the token carries `scope`.
    pub fn require_scope(&self, scope: Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "This requires the `{}` scope.",
                scope.as_str()
            )))
        }
    }

    /// The user's id, for user tokens.
    pub fn user_id(&self) -> Option<Uuid> {
        match self.subject {
            Subject::User(id) => Some(id),
            Subject::Client(_) => None,
        }
    }
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req))
    }
}

fn authenticate(req: &HttpRequest) -> Result<Principal, ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::internal("AppState missing from app data"))?;
    let value = req
        .headers()
        .get(header::AUTHORIZATION)
        .ok_or(ApiError::Unauthorized(
            "Send an access token as `Authorization: Bearer <token>`.",
        ))?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(ApiError::Unauthorized(
            "The Authorization header must use the Bearer scheme.",
        ))?;
    state.tokens.verify(token)
}

impl Principal {
    /// Which candidates this caller may see: a candidate user only their own record, everyone else the workspace.
    pub fn candidate_scope(&self) -> crate::db::models::CandidateScope {
        match (self.role, self.subject) {
            (Some(Role::Candidate), Subject::User(id)) => {
                crate::db::models::CandidateScope::LinkedTo(id)
            }
            _ => crate::db::models::CandidateScope::Workspace,
        }
    }

    /// The workspace plus candidate scope every tenant query filters on.
    pub fn visibility(&self) -> crate::db::models::Visibility {
        (self.workspace_id, self.candidate_scope())
    }

    /// The id of the user or client behind the token.
    pub fn subject_id(&self) -> Uuid {
        match self.subject {
            Subject::User(id) | Subject::Client(id) => id,
        }
    }

    /// True for candidate users, who act only on their own record.
    pub fn is_candidate(&self) -> bool {
        self.role == Some(Role::Candidate)
    }
}
