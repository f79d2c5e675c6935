//! What every handler can reach: built once at start, shared by all workers.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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

/// Counts the HTTP connections workers have taken up, so the end of a drain can wait for the ones still open
/// instead of cutting requests that were already read. Cheap to clone.
#[derive(Debug, Default, Clone)]
pub struct Connections(Arc<ConnectionCounts>);

#[derive(Debug, Default)]
struct ConnectionCounts {
    opened: AtomicU64,
    open: AtomicU64,
}

/// Lives in a connection's extensions: dropped, with them, when the connection ends.
struct OpenConnection(Arc<ConnectionCounts>);

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Connections {
    /// For `HttpServer::on_connect`: counts the connection until it ends.
    pub(crate) fn track(&self, extensions: &mut actix_web::dev::Extensions) {
        self.0.opened.fetch_add(1, Ordering::AcqRel);
        self.0.open.fetch_add(1, Ordering::AcqRel);
        extensions.insert(OpenConnection(self.0.clone()));
    }

    /// Connections taken up since the server started.
    pub fn opened(&self) -> u64 {
        self.0.opened.load(Ordering::Acquire)
    }

    /// Connections taken up and not yet ended.
    pub fn open(&self) -> u64 {
        self.0.open.load(Ordering::Acquire)
    }
}
