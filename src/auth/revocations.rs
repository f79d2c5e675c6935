//! Revocation that bites within seconds without a query per request: every replica keeps the recent
//! `revoked_subjects` rows in memory, refreshed from PostgreSQL every [`REFRESH_EVERY`], and the `Principal`
//! extractor refuses a token issued at or before its subject's revocation.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::Duration;

use chrono::Utc;
use uuid::Uuid;

use crate::db::models::revocation;
use crate::db::{Database, Unavailable};

/// How often each replica reloads the recent revocations: the longest a revoked token keeps working.
pub const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// Recent revocations: subject → the Unix second up to which its tokens are refused.
#[derive(Debug, Default)]
pub struct Revocations {
    revoked_until: RwLock<HashMap<Uuid, i64>>,
}

impl Revocations {
    /// Whether a token of `subject` issued at `issued_at` (Unix seconds) was revoked.
    pub fn is_revoked(&self, subject: Uuid, issued_at: u64) -> bool {
        let revoked = self
            .revoked_until
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        revoked
            .get(&subject)
            .is_some_and(|until| i64::try_from(issued_at).unwrap_or(i64::MAX) <= *until)
    }

    fn replace(&self, rows: Vec<(Uuid, chrono::DateTime<Utc>)>) {
        let fresh: HashMap<Uuid, i64> = rows
            .into_iter()
            .map(|(subject, at)| (subject, at.timestamp()))
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
        actix_web::rt::spawn(async move {
            let window = chrono::Duration::from_std(access_ttl + Duration::from_secs(60))
                .unwrap_or(chrono::Duration::hours(1));
            let mut every = tokio::time::interval(REFRESH_EVERY);
            loop {
                every.tick().await;
                let loaded = db
                    .run(move |conn| {
                        revocation::since(conn, Utc::now() - window).map_err(|e| {
                            Unavailable(e.to_string(), crate::db::Outcome::NothingChanged)
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

    #[test]
    fn tokens_issued_up_to_the_revocation_are_refused_and_later_ones_are_not() {
        let revocations = Revocations::default();
        let (revoked, other) = (Uuid::now_v7(), Uuid::now_v7());
        let at = Utc::now();
        revocations.replace(vec![(revoked, at)]);
        let second = at.timestamp() as u64;
        assert!(revocations.is_revoked(revoked, second - 60));
        assert!(revocations.is_revoked(revoked, second));
        assert!(!revocations.is_revoked(revoked, second + 1));
        assert!(!revocations.is_revoked(other, second - 60));
        revocations.replace(Vec::new());
        assert!(!revocations.is_revoked(revoked, second - 60));
    }
}
