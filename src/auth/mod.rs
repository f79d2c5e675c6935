//! Identity: roles and scopes, JWT issuing and verification, password hashing, and the [`Principal`] extractor that
//! authenticates a request from its bearer token alone (no database hit).

pub mod jwt;
pub mod password;
pub mod principal;
pub mod secrets;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub use jwt::TokenKeys;
pub use principal::{Principal, Subject};

/// What a user may do in their workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Created the workspace; manages users and integration clients, sees everything.
    Owner,
    /// Coaches candidates; sees every candidate and interview of the workspace.
    Coach,
    /// A job seeker; sees only their own candidate record and its interviews.
    Candidate,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Coach => "coach",
            Role::Candidate => "candidate",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "owner" => Some(Role::Owner),
            "coach" => Some(Role::Coach),
            "candidate" => Some(Role::Candidate),
            _ => None,
        }
    }

    /// The scopes a user of this role holds.
    pub fn scopes(self) -> Vec<Scope> {
        match self {
            Role::Owner => Scope::ALL.to_vec(),
            Role::Coach | Role::Candidate => vec![
                Scope::InterviewsRead,
                Scope::InterviewsWrite,
                Scope::PlansWrite,
            ],
        }
    }
}

/// A permission carried by a token.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
pub enum Scope {
    /// Read candidates, interviews, gaffes and assessments.
    #[serde(rename = "interviews:read")]
    InterviewsRead,
    /// Create and change candidates, interviews and gaffes.
    #[serde(rename = "interviews:write")]
    InterviewsWrite,
    /// Generate recovery plans and update their steps.
    #[serde(rename = "plans:write")]
    PlansWrite,
    /// Manage the workspace's users and integration clients.
    #[serde(rename = "admin")]
    Admin,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::InterviewsRead,
        Scope::InterviewsWrite,
        Scope::PlansWrite,
        Scope::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::InterviewsRead => "interviews:read",
            Scope::InterviewsWrite => "interviews:write",
            Scope::PlansWrite => "plans:write",
            Scope::Admin => "admin",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Scope::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Parses an OAuth space-separated scope string; `Err` carries the first unknown scope.
    pub fn parse_list(value: &str) -> Result<Vec<Scope>, String> {
        let mut scopes = Vec::new();
        for word in value.split_whitespace() {
            let scope = Scope::parse(word).ok_or_else(|| word.to_string())?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        scopes.sort();
        Ok(scopes)
    }

    /// Formats scopes as an OAuth space-separated string.
    pub fn join(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_hold_every_scope_and_others_do_not_administer() {
        assert!(Role::Owner.scopes().contains(&Scope::Admin));
        assert!(!Role::Coach.scopes().contains(&Scope::Admin));
        assert!(!Role::Candidate.scopes().contains(&Scope::Admin));
    }

    #[test]
    fn scope_lists_parse_deduplicate_and_reject_unknown_words() {
        assert_eq!(
            Scope::parse_list("admin interviews:read admin").unwrap(),
            vec![Scope::InterviewsRead, Scope::Admin]
        );
        assert_eq!(
            Scope::parse_list("interviews:read everything").unwrap_err(),
            "everything"
        );
        assert_eq!(
            Scope::join(&[Scope::InterviewsRead, Scope::PlansWrite]),
            "interviews:read plans:write"
        );
    }
}
