//! Cross-origin access for browser clients (ATS plugins, web apps), through `actix-cors`.
//!
//! An origin is allowed when `REBOUND_CORS_ORIGINS` lists it or a workspace registered it (`/v1/cors-origins`).
//! A preflight carries no token, so it is answered for the union of every workspace's origins. The actual response
//! is stricter: with a valid bearer token it gets `Access-Control-Allow-Origin` only when the origin is configured
//! or registered by *that token's* workspace, so a page on an origin workspace B registered cannot read responses
//! made with workspace A's token. Requests without a token (sign-up, the token endpoint) are answered for the union.
//!
//! Credentials are never allowed (`Access-Control-Allow-Credentials` is never sent): the API takes bearer tokens,
//! not cookies. An origin not allowed gets no CORS header at all; the request itself is still served, since
//! non-browser clients send no `Origin` or one nobody registered, and CORS is the browser's protection, not ours.
//!
//! Each replica keeps the registered origins in memory, reloaded every `REBOUND_CORS_REFRESH_SECS`; a replica that
//! registers or removes one updates its own copy at once.

use rebound_domain::ids::WorkspaceId;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;

use crate::bearer::bearer_caller;
use crate::error::ApiError;
use rebound_config::ConfiguredOrigins;
use rebound_service::auth::TokenKeys;
use rebound_service::Database;

/// How long a browser may cache a preflight answer: a removed origin's preflights keep passing this long in a
/// browser that cached one, but its actual responses lose `Access-Control-Allow-Origin` at the next reload.
pub const PREFLIGHT_MAX_AGE_SECS: usize = 600;

/// Request headers a browser may send cross-origin (besides the CORS-safelisted ones).
pub const ALLOWED_HEADERS: [&str; 8] = [
    "authorization",
    "content-type",
    "if-match",
    "if-none-match",
    "idempotency-key",
    "prefer",
    "rebound-version",
    "x-request-id",
];

/// Response headers a cross-origin page may read (besides the CORS-safelisted ones).
pub const EXPOSED_HEADERS: [&str; 12] = [
    "etag",
    "rebound-version",
    "deprecation",
    "sunset",
    "location",
    "link",
    "retry-after",
    "idempotent-replayed",
    "x-request-id",
    "ratelimit",
    "ratelimit-policy",
    "www-authenticate",
];

/// The origins allowed to call the API from a browser: the configured ones and, kept in memory, those every
/// workspace registered.
#[derive(Debug)]
pub struct CorsOrigins {
    configured: ConfiguredOrigins,
    /// Registered origin → the workspaces that registered it.
    registered: RwLock<HashMap<String, HashSet<WorkspaceId>>>,
    /// Bumped by every local change, so a reload that read the table before the change committed does not undo it.
    generation: AtomicU64,
}

impl CorsOrigins {
    pub fn new(configured: ConfiguredOrigins) -> Self {
        Self {
            configured,
            registered: RwLock::default(),
            generation: AtomicU64::new(0),
        }
    }

    fn configured_allows(&self, origin: &str) -> bool {
        match &self.configured {
            ConfiguredOrigins::Any => true,
            ConfiguredOrigins::List(origins) => origins.iter().any(|o| o == origin),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, HashSet<WorkspaceId>>> {
        self.registered
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, HashSet<WorkspaceId>>> {
        self.registered
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Whether `origin` is configured or registered by any workspace (preflights, requests without a token).
    pub fn allows_any_workspace(&self, origin: &str) -> bool {
        self.configured_allows(origin) || self.read().contains_key(origin)
    }

    /// Whether `origin` is configured or registered by `workspace_id` (requests with that workspace's token).
    pub fn allows_for(&self, origin: &str, workspace_id: WorkspaceId) -> bool {
        self.configured_allows(origin)
            || self
                .read()
                .get(origin)
                .is_some_and(|workspaces| workspaces.contains(&workspace_id))
    }

    /// Records at once, on this replica, an origin the workspace just registered.
    pub fn registered(&self, workspace_id: WorkspaceId, origin: &str) {
        let mut registered = self.write();
        self.generation.fetch_add(1, Ordering::AcqRel);
        registered
            .entry(origin.to_string())
            .or_default()
            .insert(workspace_id);
    }

    /// Forgets at once, on this replica, an origin the workspace just removed.
    pub fn removed(&self, workspace_id: WorkspaceId, origin: &str) {
        let mut registered = self.write();
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Some(workspaces) = registered.get_mut(origin) {
            workspaces.remove(&workspace_id);
            if workspaces.is_empty() {
                registered.remove(origin);
            }
        }
    }

    /// Replaces the registered origins with `rows`, read from the table when the generation was `loaded_at`;
    /// a local change since then wins (the next reload includes it), so the reload is dropped.
    fn replace(&self, rows: Vec<(WorkspaceId, String)>, loaded_at: u64) {
        let mut fresh: HashMap<String, HashSet<WorkspaceId>> = HashMap::new();
        for (workspace_id, origin) in rows {
            fresh.entry(origin).or_default().insert(workspace_id);
        }
        let mut registered = self.write();
        if self.generation.load(Ordering::Acquire) == loaded_at {
            *registered = fresh;
        }
    }

    /// Reloads the registered origins now and then every `every`, for as long as the server runs. While the
    /// database is unreachable the last known set stays in force.
    pub fn refresh_periodically(self: Arc<Self>, db: Database, every: Duration) {
        actix_web::rt::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            loop {
                ticks.tick().await;
                let generation = self.generation.load(Ordering::Acquire);
                match rebound_service::cors_origins::all(&db).await {
                    Ok(rows) => self.replace(rows, generation),
                    Err(error) => tracing::debug!(%error, "CORS origins not refreshed this time"),
                }
            }
        });
    }
}

/// Whether the request is a CORS preflight (`OPTIONS` naming the method it prepares for).
fn is_preflight(method: &Method, headers: &header::HeaderMap) -> bool {
    method == Method::OPTIONS && headers.contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
}

/// The `actix-cors` middleware over `origins`; `keys` tell the workspace of a request's bearer token.
pub fn middleware(origins: Arc<CorsOrigins>, keys: Arc<TokenKeys>) -> actix_cors::Cors {
    actix_cors::Cors::default()
        .allowed_origin_fn(move |origin, head| {
            let Ok(origin) = origin.to_str() else {
                return false;
            };
            if is_preflight(&head.method, &head.headers) {
                return origins.allows_any_workspace(origin);
            }
            match bearer_caller(&head.headers, &keys) {
                Some(caller) => origins.allows_for(origin, caller.workspace_id),
                None => origins.allows_any_workspace(origin),
            }
        })
        .allowed_methods([
            Method::GET,
            Method::HEAD,
            Method::POST,
            Method::PATCH,
            Method::DELETE,
        ])
        .allowed_headers(ALLOWED_HEADERS.map(HeaderName::from_static))
        .expose_headers(EXPOSED_HEADERS.map(HeaderName::from_static))
        .max_age(PREFLIGHT_MAX_AGE_SECS)
}

/// Wraps the `actix-cors` middleware to make its answers this API's: an accepted preflight is `204 No Content`
/// (actix-cors answers 200), a refused one a problem+json 400 `cors_preflight_refused` saying why (actix-cors
/// answers plain text), and a response to an origin that is not allowed carries no CORS header at all (actix-cors
/// exposes headers to every origin).
pub async fn finish(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let preflight = is_preflight(req.method(), req.headers());
    let mut response = next.call(req).await?.map_into_boxed_body();
    let allowed = response
        .headers()
        .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    if !allowed {
        response
            .headers_mut()
            .remove(header::ACCESS_CONTROL_EXPOSE_HEADERS);
    }
    if !preflight {
        return Ok(response);
    }
    match response.status() {
        StatusCode::OK => {
            response.response_mut().head_mut().status = StatusCode::NO_CONTENT;
            Ok(response)
        }
        StatusCode::BAD_REQUEST
            if response
                .headers()
                .get(header::CONTENT_TYPE)
                .is_none_or(|t| t.as_bytes() != crate::error::PROBLEM_JSON.as_bytes()) =>
        {
            let (request, refused) = response.into_parts();
            let reason = actix_web::body::to_bytes(refused.into_body())
                .await
                .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_string())
                .unwrap_or_default();
            let reason = reason.trim_end_matches('.').to_lowercase();
            let error = ApiError::CorsPreflightRefused(reason);
            let mut refusal = actix_web::ResponseError::error_response(&error);
            refusal.headers_mut().insert(
                header::VARY,
                header::HeaderValue::from_static(
                    "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
                ),
            );
            Ok(ServiceResponse::new(request, refusal))
        }
        _ => Ok(response),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_origins_are_allowed_for_their_workspace_and_for_preflights() {
        let origins = CorsOrigins::new(ConfiguredOrigins::List(vec!["https://env.example".into()]));
        let (a, b) = (WorkspaceId::new_v7(), WorkspaceId::new_v7());
        origins.registered(a, "https://a.example");
        assert!(origins.allows_any_workspace("https://a.example"));
        assert!(origins.allows_for("https://a.example", a));
        assert!(!origins.allows_for("https://a.example", b));
        assert!(origins.allows_for("https://env.example", b));
        assert!(!origins.allows_any_workspace("https://other.example"));
        origins.registered(b, "https://a.example");
        origins.removed(a, "https://a.example");
        assert!(!origins.allows_for("https://a.example", a));
        assert!(origins.allows_any_workspace("https://a.example"));
        origins.replace(Vec::new(), origins.generation.load(Ordering::Acquire));
        assert!(!origins.allows_any_workspace("https://a.example"));
    }

    #[test]
    fn a_reload_read_before_a_local_change_does_not_undo_it() {
        let origins = CorsOrigins::new(ConfiguredOrigins::List(Vec::new()));
        let workspace = WorkspaceId::new_v7();
        let loaded_at = origins.generation.load(Ordering::Acquire);
        origins.registered(workspace, "https://a.example");
        // The table as read before the registration committed.
        origins.replace(Vec::new(), loaded_at);
        assert!(origins.allows_for("https://a.example", workspace));
        let now = origins.generation.load(Ordering::Acquire);
        origins.replace(vec![(workspace, "https://b.example".into())], now);
        assert!(!origins.allows_any_workspace("https://a.example"));
        assert!(origins.allows_for("https://b.example", workspace));
    }
}
