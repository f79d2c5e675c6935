//! Who may do what: roles of users, kinds of integration clients, and the scopes a token carries.

crate::wire_enum! {
    /// What a user may do in their workspace.
    pub enum Role {
        /// Created the workspace; manages users and integration clients, sees everything.
        Owner = "owner",
        /// Coaches candidates; sees every candidate and interview of the workspace.
        Coach = "coach",
        /// A job seeker; sees only their own candidate record and its interviews.
        Candidate = "candidate",
    }
}

impl Role {
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

crate::wire_enum! {
    /// What kind of integration client: one that keeps a secret, or one that cannot (RFC 6749 §2.1).
    pub enum ClientType {
        /// A back end that keeps a client secret and gets tokens with `client_credentials`.
        Confidential = "confidential",
        /// Code that runs where a secret cannot be kept (a browser plugin): no secret; users sign in through
        /// `/oauth/authorize` (authorization code with PKCE) and come back to a registered redirect URI.
        Public = "public",
    }
}

crate::wire_enum! {
    /// A permission carried by a token.
    #[derive(PartialOrd, Ord)]
    pub enum Scope {
        /// Read candidates, interviews, gaffes and assessments.
        InterviewsRead = "interviews:read",
        /// Create and change candidates, interviews and gaffes.
        InterviewsWrite = "interviews:write",
        /// Generate recovery plans and update their steps.
        PlansWrite = "plans:write",
        /// Manage the workspace's users and integration clients.
        Admin = "admin",
        /// Read the event feed, the webhook endpoints and their deliveries.
        WebhooksRead = "webhooks:read",
        /// Register, change, test and remove webhook endpoints; redeliver events.
        WebhooksWrite = "webhooks:write",
    }
}

impl Scope {
    /// What the scope lets a token do, in a sentence fragment people read (the consent page, the API docs).
    pub fn description(self) -> &'static str {
        match self {
            Scope::InterviewsRead => "Read candidates, interviews, gaffes and assessments",
            Scope::InterviewsWrite => "Create and change candidates, interviews and gaffes",
            Scope::PlansWrite => "Generate recovery plans and update their steps",
            Scope::Admin => "Manage users and integration clients",
            Scope::WebhooksRead => "Read the event feed, webhook endpoints and deliveries",
            Scope::WebhooksWrite => "Manage webhook endpoints and redeliver events",
        }
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
