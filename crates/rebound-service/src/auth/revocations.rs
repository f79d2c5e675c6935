//! Revocation that bites within seconds without a query per request: every replica keeps the recent
//! `revocations` rows in memory, refreshed from PostgreSQL every [`REFRESH_EVERY`], and the `Principal`
//! extractor refuses a token issued at or before the revocation of its subject, its sign-in or itself.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::Duration;

use chrono::Utc;
use uuid::Uuid;

use super::jwt::VerifiedToken;
use rebound_db::models::revocation;
use rebound_db::{Database, Unavailable};

/// How often each replica reloads the recent revocations: the longest a revoked token keeps working.
pub const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// Recent revocations: revoked id (subject, sign-in or token) → the Unix millisecond up to which tokens naming
/// it are refused.
#[derive(Debug, Default)]
pub struct Revocations {
    revoked_until: RwLock<HashMap<Uuid, i64>>,
}

impl Revocations {
    /// Whether `token` was revoked: as one token, as part of its sign-in, or with its whole subject.
    pub fn is_revoked(&self, token: &VerifiedToken) -> bool {
        let revoked = self
            .revoked_until
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        token.revocable_ids().any(|id| {
            revoked
                .get(&id)
                .is_some_and(|until| token.issued_at_ms <= *until)
        })
    }

    fn replace(&self, rows: Vec<(Uuid, chrono::DateTime<Utc>)>) {
        let fresh: HashMap<Uuid, i64> = rows
            .into_iter()
            .map(|(revoked, at)| (revoked, at.timestamp_millis()))
            .collect();
        *self
            .revoked_until
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = fresh;
    }

    /// Reloads the revocations younger than `access_ttl` (older ones concern only expired tokens) every
    /// [`REFRESH_EVERY`] for as long as the server runs. While the database is unreachable the last known set stays
    /// in force.
    pub fn refresh_periodically(self: std::sync::Arc<Self>, db: Database, access_ttl: Duration) {
        tokio::task::spawn_local(async move {
            let window = chrono::Duration::from_std(access_ttl + Duration::from_secs(60))
                .unwrap_or(chrono::Duration::hours(1));
            let mut every = tokio::time::interval(REFRESH_EVERY);
            loop {
                every.tick().await;
                // The system clock, like the JWTs' `iat`/`exp` these revocations are compared with.
                let loaded = db
                    .run(move |conn| {
                        revocation::since(conn, Utc::now() - window).map_err(|e| {
                            Unavailable(e.to_string(), rebound_db::Outcome::NothingChanged)
                        })
                    })
                    .await;
                match loaded {
                    Ok(rows) => self.replace(rows),
                    Err(error) => tracing::debug!(%error, "revocations not refreshed this time"),
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::{Principal, Role, Subject};
    use rebound_domain::ids::{SessionId, UserId, WorkspaceId};

    fn token(subject: Uuid, session: Option<Uuid>, issued_at_ms: i64) -> VerifiedToken {
        VerifiedToken {
            principal: Principal {
                subject: Subject::User(UserId::from_uuid(subject)),
                workspace_id: WorkspaceId::new_v7(),
                role: Some(Role::Coach),
                scopes: Role::Coach.scopes(),
                api_version: None,
            },
            token_id: Some(Uuid::now_v7()),
            session_id: session.map(SessionId::from_uuid),
            issued_at_ms,
        }
    }

    #[test]
    fn tokens_issued_up_to_the_revocation_are_refused_and_later_ones_are_not() {
        let revocations = Revocations::default();
        let (revoked, other) = (Uuid::now_v7(), Uuid::now_v7());
        let at = Utc::now();
        revocations.replace(vec![(revoked, at)]);
        let ms = at.timestamp_millis();
        assert!(revocations.is_revoked(&token(revoked, None, ms - 60_000)));
        assert!(revocations.is_revoked(&token(revoked, None, ms)));
        // A sign-in a millisecond later, in the same second, works.
        assert!(!revocations.is_revoked(&token(revoked, None, ms + 1)));
        assert!(!revocations.is_revoked(&token(other, None, ms - 60_000)));
        revocations.replace(Vec::new());
        assert!(!revocations.is_revoked(&token(revoked, None, ms - 60_000)));
    }

    #[test]
    fn a_revoked_sign_in_or_token_is_refused_and_the_subjects_other_tokens_are_not() {
        let revocations = Revocations::default();
        let (user, session) = (Uuid::now_v7(), Uuid::now_v7());
        let ms = Utc::now().timestamp_millis();
        let single = token(user, None, ms - 10);
        let mut rows = vec![(session, Utc::now())];
        rows.push((single.token_id.unwrap(), Utc::now()));
        revocations.replace(rows);
        assert!(revocations.is_revoked(&token(user, Some(session), ms - 10)));
        assert!(revocations.is_revoked(&single));
        assert!(!revocations.is_revoked(&token(user, Some(Uuid::now_v7()), ms - 10)));
    }
}
