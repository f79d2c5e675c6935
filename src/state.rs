//! What every handler can reach: built once at start, shared by all workers.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::metrics::Metrics;
use rebound_config::Settings;
use rebound_service::auth::TokenKeys;
use rebound_service::Database;

pub struct AppState {
    pub db: Database,
    /// Shared with the `web::Data<TokenKeys>` app data the `Principal` extractor reads.
    pub tokens: Arc<TokenKeys>,
    pub settings: Settings,
    pub metrics: Metrics,
    /// Seals and opens stored secrets (webhook signing secrets).
    pub sealer: Arc<rebound_service::auth::sealing::Sealer>,
    /// The time expiries are checked against (authorization codes); tests move it forward.
    pub clock: rebound_service::clock::Clock,
    /// Signs the sign-in page's CSRF tokens.
    pub csrf: rebound_service::auth::oauth::CsrfKeys,
}

/// Set once the replica has been told to stop: readiness turns 503 and responses close their connections.
/// Lives here, not in `startup`, so routes read it without depending on the module that mounts them.
#[derive(Debug, Default, Clone)]
pub struct Draining(Arc<AtomicBool>);

impl Draining {
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }

    pub(crate) fn set(&self) {
        self.0.store(true, Ordering::Release);
    }
}
