//! What every handler can reach: built once at start, shared by all workers.

use crate::auth::TokenKeys;
use crate::config::Settings;
use crate::db::Database;
use crate::metrics::Metrics;

pub struct AppState {
    pub db: Database,
    pub tokens: TokenKeys,
    pub settings: Settings,
    pub metrics: Metrics,
}
