//! What every handler can reach: built once at start, shared by all workers.

use std::sync::Arc;

use crate::auth::TokenKeys;
use crate::config::Settings;
use crate::db::Database;
use crate::metrics::Metrics;

pub struct AppState {
    pub db: Database,
    /// Shared with the `web::Data<TokenKeys>` app data the `Principal` extractor reads.
    pub tokens: Arc<TokenKeys>,
    pub settings: Settings,
    pub metrics: Metrics,
    /// Seals and opens stored secrets (webhook signing secrets).
    pub sealer: Arc<crate::auth::sealing::Sealer>,
    /// The time expiries are checked against (authorization codes); tests move it forward.
    pub clock: crate::clock::Clock,
    /// Signs the sign-in page's CSRF tokens.
    pub csrf: crate::auth::oauth::CsrfKeys,
}
