//! The settings the service runs with, as the rest of the code sees them: typed, validated, secrets wrapped.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

/// Where the service is running: development allows conveniences (the embedded local database, an ephemeral JWT
/// key) that production refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (the default).
    Pretty,
    /// One JSON object per line, for log shippers.
    Json,
}

/// A value that must never reach a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// One HMAC signing key with the `kid` that names it in token headers.
#[derive(Debug, Clone)]
pub struct JwtKey {
    pub kid: String,
    pub secret: Secret,
}

/// Token settings.
#[derive(Debug, Clone)]
pub struct JwtSettings {
    /// `iss` written into and required from every token.
    pub issuer: String,
    /// `aud` written into and required from every token.
    pub audience: String,
    /// The key new tokens are signed with.
    pub current_key: JwtKey,
    /// Keys from earlier rotations: tokens signed with them are still accepted until they expire.
    pub previous_keys: Vec<JwtKey>,
    /// True when no key was configured and a random one was made for this process (development only).
    pub ephemeral_key: bool,
    pub access_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
}

/// Failed-login throttling.
#[derive(Debug, Clone)]
pub struct LoginThrottleSettings {
    /// Failures allowed per account and calling address within `window` before that address is locked out of the
    /// account (each further lockout of the pair twice as long).
    pub max_failures: i32,
    /// Failures allowed per account from all addresses together within `window` before the account is locked for
    /// every address (one lockout, not progressive).
    pub account_max_failures: i32,
    pub window: Duration,
    /// How long a lock lasts.
    pub lockout: Duration,
    /// The key of the keyed hash throttle rows are stored under, so the table never holds an attempted username
    /// or address in plain text. Derived from the current `REBOUND_SECRET_KEYS` key: rotating that key starts the
    /// counts afresh (old rows simply expire).
    pub key: Secret,
}

/// Database settings.
#[derive(Debug, Clone)]
pub struct DatabaseSettings {
    /// `None` means: start the project-local PostgreSQL cluster (development only).
    pub url: Option<Secret>,
    pub pool_max_size: u32,
    /// How long a request waits for a pooled connection before it gets 503.
    pub pool_checkout_timeout: Duration,
    /// How long one SQL statement may run before PostgreSQL cancels it (the request then gets a 503).
    pub statement_timeout: Duration,
    /// How long a request waits for the database's answer at most, whatever the database does (frozen,
    /// black-holed); longer than the statement timeout, so PostgreSQL's own cancel normally answers first.
    pub deadline: Duration,
    /// Where the embedded cluster keeps its data when `url` is `None`.
    pub local_data_dir: Option<std::path::PathBuf>,
}

/// Everything the service reads from its environment.
#[derive(Debug, Clone)]
pub struct Settings {
    pub environment: Environment,
    pub bind_address: SocketAddr,
    /// The reverse proxies whose forwarding headers (`Forwarded`, `X-Forwarded-Host`, `X-Forwarded-Proto`) are
    /// believed; empty: none are.
    pub trusted_proxies: Vec<crate::network::IpNetwork>,
    pub database: DatabaseSettings,
    pub jwt: JwtSettings,
    pub login_throttle: LoginThrottleSettings,
    pub log_format: LogFormat,
    /// Largest JSON request body accepted, in bytes.
    pub json_body_limit: usize,
    /// Seconds in-flight requests get to finish once the server stops accepting connections.
    pub shutdown_timeout: Duration,
    /// After SIGTERM: how long readiness says 503 while requests are still served (with `Connection: close`), so a
    /// load balancer stops sending traffic before the listener closes.
    pub drain: Duration,
    /// Worker threads; `None` lets actix pick one per core.
    pub workers: Option<usize>,
    pub webhooks: WebhookSettings,
    pub cors: CorsSettings,
    pub rate_limit: RateLimitSettings,
}

/// Which browser origins may call the API (besides those workspaces register through `/v1/cors-origins`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfiguredOrigins {
    /// Exact serialized origins (`https://plugin.example.com`), from `REBOUND_CORS_ORIGINS`.
    List(Vec<String>),
    /// `*`: every origin (development only). The response still names the caller's own origin, never `*`.
    Any,
}

/// Cross-origin (browser) access.
#[derive(Debug, Clone)]
pub struct CorsSettings {
    pub origins: ConfiguredOrigins,
    /// How often each replica reloads the origins workspaces registered.
    pub refresh: Duration,
}

/// Per-caller request rate limits.
#[derive(Debug, Clone)]
pub struct RateLimitSettings {
    /// Requests per minute per caller; `None` turns rate limiting off.
    pub per_minute: Option<std::num::NonZeroU32>,
    /// How many requests may come at once before the per-minute pace applies.
    pub burst: std::num::NonZeroU32,
    /// Reverse proxies in front of the service that append the address they saw to `X-Forwarded-For`: the caller
    /// of a request without a token is the entry this many places from the right. 0 trusts no such header.
    pub proxy_hops: usize,
}

/// A key that seals stored secrets (AES-256-GCM), named so sealed values say which key opens them.
#[derive(Clone)]
pub struct SealingKey {
    pub kid: String,
    pub bytes: [u8; 32],
}

impl fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealingKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// Outgoing webhooks: how secrets are sealed, where deliveries may go, and how failed ones are retried.
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    /// Current key first; every listed key opens what it sealed.
    pub sealing_keys: Vec<SealingKey>,
    /// Whether endpoints may resolve to private, link-local or loopback addresses.
    pub allow_private: bool,
    /// Whether loopback endpoints are allowed (development, so a developer can try webhooks locally).
    pub allow_loopback: bool,
    /// Waits before the 2nd, 3rd, … attempt of a failed delivery; after the last, it has failed.
    pub retry_schedule: Vec<Duration>,
    /// How often each replica looks for due deliveries nothing woke it for (retries, missed notifications).
    pub poll_interval: Duration,
    /// Attempts one replica makes at once.
    pub max_concurrent_attempts: usize,
    /// How long one delivery attempt may take.
    pub request_timeout: Duration,
    /// An endpoint failing without a success for this long is disabled.
    pub disable_after: Duration,
}
