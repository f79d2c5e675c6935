//! Settings read from the environment once at start and validated, so a bad value stops the process with a message
//! that names the variable instead of surfacing later as a confusing runtime error.
//!
//! Secrets (JWT keys, database passwords) are held in [`Secret`], whose `Debug` never prints the value.

pub mod origin;

use std::collections::HashMap;
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
    /// Failures allowed within `window` before the account is locked.
    pub max_failures: i32,
    pub window: Duration,
    /// How long a lock lasts.
    pub lockout: Duration,
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
    /// How often each replica looks for due deliveries.
    pub poll_interval: Duration,
    /// How long one delivery attempt may take.
    pub request_timeout: Duration,
    /// An endpoint failing without a success for this long is disabled.
    pub disable_after: Duration,
}

/// A configuration problem, naming the variable.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

fn config_error(variable: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        message: message.into(),
    }
}

/// Smallest HMAC key accepted: HS256 keys shorter than the hash output weaken it.
const MIN_JWT_SECRET_LEN: usize = 32;

impl Settings {
    /// Reads settings from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_vars(&std::env::vars().collect())
    }

    /// Reads settings from a map of variables (the environment, or a test's own map).
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(vars, name);

        let environment = match get("REBOUND_ENV") {
            None | Some("development") | Some("dev") => Environment::Development,
            Some("production") | Some("prod") => Environment::Production,
            Some(other) => {
                return Err(config_error(
                    "REBOUND_ENV",
                    format!("`{other}` is not an environment; use `development` or `production`"),
                ))
            }
        };

        let bind_address = get("REBOUND_BIND")
            .unwrap_or("127.0.0.1:8080")
            .parse::<SocketAddr>()
            .map_err(|_| {
                config_error(
                    "REBOUND_BIND",
                    "must be an address and port such as 0.0.0.0:8080",
                )
            })?;

        let url = get("DATABASE_URL").map(Secret::new);
        if let Some(url) = &url {
            if !(url.expose().starts_with("postgres://")
                || url.expose().starts_with("postgresql://"))
            {
                return Err(config_error(
                    "DATABASE_URL",
                    "must be a PostgreSQL URL such as postgres://user:password@host:5432/rebound",
                ));
            }
        } else if environment == Environment::Production {
            return Err(config_error(
                "DATABASE_URL",
                "is required when REBOUND_ENV=production (the embedded local database is for development only)",
            ));
        }
        let statement_timeout = Duration::from_millis(parse_number(
            get("REBOUND_DB_STATEMENT_TIMEOUT_MS"),
            "REBOUND_DB_STATEMENT_TIMEOUT_MS",
            2_000,
            100,
            600_000,
        )?);
        let database = DatabaseSettings {
            url,
            pool_max_size: parse_number(
                get("REBOUND_DB_POOL_SIZE"),
                "REBOUND_DB_POOL_SIZE",
                default_pool_size(),
                1,
                200,
            )?,
            pool_checkout_timeout: Duration::from_millis(parse_number(
                get("REBOUND_DB_CHECKOUT_TIMEOUT_MS"),
                "REBOUND_DB_CHECKOUT_TIMEOUT_MS",
                1500,
                100,
                30_000,
            )?),
            statement_timeout,
            deadline: Duration::from_millis(parse_number(
                get("REBOUND_DB_DEADLINE_MS"),
                "REBOUND_DB_DEADLINE_MS",
                statement_timeout.as_millis() as u64 + 500,
                100,
                600_000,
            )?),
            local_data_dir: get("REBOUND_LOCAL_DB_DIR").map(Into::into),
        };

        let jwt = jwt_settings(vars, environment)?;

        let login_throttle = LoginThrottleSettings {
            max_failures: parse_number(
                get("REBOUND_LOGIN_MAX_FAILURES"),
                "REBOUND_LOGIN_MAX_FAILURES",
                5,
                1,
                1000,
            )?,
            window: Duration::from_secs(parse_number(
                get("REBOUND_LOGIN_WINDOW_SECS"),
                "REBOUND_LOGIN_WINDOW_SECS",
                900,
                1,
                86_400,
            )?),
            lockout: Duration::from_secs(parse_number(
                get("REBOUND_LOGIN_LOCKOUT_SECS"),
                "REBOUND_LOGIN_LOCKOUT_SECS",
                300,
                1,
                86_400,
            )?),
        };

        let log_format = match get("REBOUND_LOG_FORMAT") {
            None | Some("pretty") | Some("text") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(_) => {
                return Err(config_error(
                    "REBOUND_LOG_FORMAT",
                    "must be `pretty` or `json`",
                ))
            }
        };

        Ok(Settings {
            environment,
            bind_address,
            database,
            jwt,
            login_throttle,
            log_format,
            json_body_limit: parse_number(
                get("REBOUND_JSON_LIMIT_BYTES"),
                "REBOUND_JSON_LIMIT_BYTES",
                64 * 1024,
                1024,
                1024 * 1024,
            )?,
            shutdown_timeout: Duration::from_secs(parse_number(
                get("REBOUND_SHUTDOWN_TIMEOUT_SECS"),
                "REBOUND_SHUTDOWN_TIMEOUT_SECS",
                30,
                0,
                600,
            )?),
            drain: Duration::from_secs(parse_number(
                get("REBOUND_DRAIN_SECS"),
                "REBOUND_DRAIN_SECS",
                5,
                0,
                300,
            )?),
            workers: match get("REBOUND_WORKERS") {
                None => None,
                some => Some(parse_number(some, "REBOUND_WORKERS", 1, 1, 256)?),
            },
            webhooks: webhook_settings(vars, environment)?,
            cors: CorsSettings {
                origins: configured_origins(get("REBOUND_CORS_ORIGINS"), environment)?,
                refresh: Duration::from_secs(parse_number(
                    get("REBOUND_CORS_REFRESH_SECS"),
                    "REBOUND_CORS_REFRESH_SECS",
                    30,
                    1,
                    3600,
                )?),
            },
            rate_limit: rate_limit_settings(vars)?,
        })
    }
}

/// Requests per minute per caller when nothing is configured.
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 600;

fn rate_limit_settings(vars: &HashMap<String, String>) -> Result<RateLimitSettings, ConfigError> {
    use std::num::NonZeroU32;
    const PER_MINUTE: &str = "REBOUND_RATE_LIMIT_PER_MINUTE";
    let per_minute = match lookup(vars, PER_MINUTE) {
        Some("off") | Some("0") => None,
        raw => NonZeroU32::new(parse_number(
            raw,
            PER_MINUTE,
            DEFAULT_RATE_LIMIT_PER_MINUTE,
            1,
            1_000_000,
        )?),
    };
    // The burst defaults to the per-minute limit: a quiet caller may spend a whole minute's requests at once.
    let default_burst = per_minute.map_or(DEFAULT_RATE_LIMIT_PER_MINUTE, NonZeroU32::get);
    let burst = parse_number(
        lookup(vars, "REBOUND_RATE_LIMIT_BURST"),
        "REBOUND_RATE_LIMIT_BURST",
        default_burst,
        1,
        1_000_000,
    )?;
    Ok(RateLimitSettings {
        per_minute,
        burst: NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN),
        proxy_hops: parse_number(
            lookup(vars, "REBOUND_TRUSTED_PROXY_HOPS"),
            "REBOUND_TRUSTED_PROXY_HOPS",
            0,
            0,
            10,
        )?,
    })
}

/// Parses `REBOUND_CORS_ORIGINS`: comma-separated serialized origins (`scheme://host[:port]`, no path), or `*` in
/// development.
fn configured_origins(
    raw: Option<&str>,
    environment: Environment,
) -> Result<ConfiguredOrigins, ConfigError> {
    const ORIGINS: &str = "REBOUND_CORS_ORIGINS";
    let Some(raw) = raw else {
        return Ok(ConfiguredOrigins::List(Vec::new()));
    };
    if raw == "*" {
        return if environment == Environment::Production {
            Err(config_error(
                ORIGINS,
                "`*` is for development only; list the exact origins, such as https://plugin.example.com",
            ))
        } else {
            Ok(ConfiguredOrigins::Any)
        };
    }
    let mut origins = Vec::new();
    for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let origin = origin::serialized_origin(entry, origin::OriginRules::Operator)
            .map_err(|message| config_error(ORIGINS, format!("`{entry}` {message}")))?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(ConfiguredOrigins::List(origins))
}

/// The default wait before each retry of a failed delivery: about 27 hours in all, with 8 attempts.
const DEFAULT_RETRY_SCHEDULE_SECS: &str = "5,300,1800,7200,18000,36000,36000";

fn webhook_settings(
    vars: &HashMap<String, String>,
    environment: Environment,
) -> Result<WebhookSettings, ConfigError> {
    let get = |name: &str| lookup(vars, name);
    const KEYS: &str = "REBOUND_SECRET_KEYS";
    let sealing_keys = match get(KEYS) {
        Some(raw) => parse_sealing_keys(raw)?,
        None if environment == Environment::Production => {
            return Err(config_error(
                KEYS,
                "is required when REBOUND_ENV=production: a comma-separated list of kid:base64 pairs (32 random bytes each), current key first",
            ))
        }
        // A fixed development key: secrets stay readable across restarts of a local run. Never used in production.
        None => vec![SealingKey {
            kid: "dev".into(),
            bytes: sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(
                b"rebound development sealing key",
            ))
            .into(),
        }],
    };
    const SCHEDULE: &str = "REBOUND_WEBHOOK_RETRY_SCHEDULE_SECS";
    let retry_schedule = get(SCHEDULE)
        .unwrap_or(DEFAULT_RETRY_SCHEDULE_SECS)
        .split(',')
        .map(|s| {
            parse_number(Some(s.trim()), SCHEDULE, 0u64, 0, 7 * 86_400).map(Duration::from_secs)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let allow_private = match get("REBOUND_WEBHOOK_ALLOW_PRIVATE") {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            return Err(config_error(
                "REBOUND_WEBHOOK_ALLOW_PRIVATE",
                "must be `true` or `false`",
            ))
        }
    };
    Ok(WebhookSettings {
        sealing_keys,
        allow_private,
        allow_loopback: allow_private || environment == Environment::Development,
        retry_schedule,
        poll_interval: Duration::from_millis(parse_number(
            get("REBOUND_WEBHOOK_POLL_MS"),
            "REBOUND_WEBHOOK_POLL_MS",
            1000,
            10,
            60_000,
        )?),
        request_timeout: Duration::from_secs(10),
        disable_after: Duration::from_secs(parse_number(
            get("REBOUND_WEBHOOK_DISABLE_AFTER_SECS"),
            "REBOUND_WEBHOOK_DISABLE_AFTER_SECS",
            5 * 86_400,
            60,
            90 * 86_400,
        )?),
    })
}

/// Parses `kid:base64,kid:base64` (current key first), each key 32 bytes.
fn parse_sealing_keys(raw: &str) -> Result<Vec<SealingKey>, ConfigError> {
    use base64::Engine;
    const KEYS: &str = "REBOUND_SECRET_KEYS";
    let mut keys: Vec<SealingKey> = Vec::new();
    for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (kid, encoded) = entry
            .split_once(':')
            .ok_or_else(|| config_error(KEYS, "each entry must be kid:base64"))?;
        let kid = kid.trim();
        if kid.is_empty()
            || !kid
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(config_error(
                KEYS,
                "a kid must be non-empty letters, digits, '-' or '_'",
            ));
        }
        let bytes: [u8; 32] = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                config_error(KEYS, format!("the key for kid `{kid}` must be 32 bytes in base64 (openssl rand -base64 32)"))
            })?;
        if keys.iter().any(|k| k.kid == kid) {
            return Err(config_error(KEYS, format!("kid `{kid}` appears twice")));
        }
        keys.push(SealingKey {
            kid: kid.to_string(),
            bytes,
        });
    }
    if keys.is_empty() {
        return Err(config_error(KEYS, "must name at least one kid:base64 pair"));
    }
    Ok(keys)
}

/// A variable's trimmed value; empty counts as unset.
fn lookup<'a>(vars: &'a HashMap<String, String>, name: &str) -> Option<&'a str> {
    vars.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn jwt_settings(
    vars: &HashMap<String, String>,
    environment: Environment,
) -> Result<JwtSettings, ConfigError> {
    let get = |name: &str| lookup(vars, name);
    const KEYS: &str = "REBOUND_JWT_KEYS";
    let (mut keys, ephemeral_key) = match get(KEYS) {
        Some(raw) => (parse_jwt_keys(raw)?, false),
        None if environment == Environment::Production => {
            return Err(config_error(
                KEYS,
                "is required when REBOUND_ENV=production: a comma-separated list of kid:secret pairs, current key first",
            ))
        }
        None => (vec![ephemeral_jwt_key()], true),
    };
    let current_key = keys.remove(0);
    Ok(JwtSettings {
        issuer: get("REBOUND_JWT_ISSUER").unwrap_or("rebound").to_string(),
        audience: get("REBOUND_JWT_AUDIENCE")
            .unwrap_or("rebound-api")
            .to_string(),
        current_key,
        previous_keys: keys,
        ephemeral_key,
        access_token_ttl: Duration::from_secs(parse_number(
            get("REBOUND_ACCESS_TOKEN_TTL_SECS"),
            "REBOUND_ACCESS_TOKEN_TTL_SECS",
            900,
            30,
            86_400,
        )?),
        refresh_token_ttl: Duration::from_secs(parse_number(
            get("REBOUND_REFRESH_TOKEN_TTL_SECS"),
            "REBOUND_REFRESH_TOKEN_TTL_SECS",
            30 * 86_400,
            60,
            365 * 86_400,
        )?),
    })
}

/// Parses `kid:secret,kid:secret` (current key first).
fn parse_jwt_keys(raw: &str) -> Result<Vec<JwtKey>, ConfigError> {
    const KEYS: &str = "REBOUND_JWT_KEYS";
    let mut keys: Vec<JwtKey> = Vec::new();
    for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (kid, secret) = entry
            .split_once(':')
            .ok_or_else(|| config_error(KEYS, "each entry must be kid:secret"))?;
        let kid = kid.trim();
        if kid.is_empty()
            || !kid
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        {
            return Err(config_error(
                KEYS,
                "a kid must be non-empty letters, digits, '-', '_' or '.'",
            ));
        }
        if secret.len() < MIN_JWT_SECRET_LEN {
            return Err(config_error(
                KEYS,
                format!("the secret for kid `{kid}` must be at least {MIN_JWT_SECRET_LEN} bytes"),
            ));
        }
        if keys.iter().any(|k| k.kid == kid) {
            return Err(config_error(KEYS, format!("kid `{kid}` appears twice")));
        }
        keys.push(JwtKey {
            kid: kid.to_string(),
            secret: Secret::new(secret),
        });
    }
    if keys.is_empty() {
        return Err(config_error(KEYS, "must name at least one kid:secret pair"));
    }
    Ok(keys)
}

fn ephemeral_jwt_key() -> JwtKey {
    use base64::Engine;
    let bytes: [u8; 48] = rand::random();
    JwtKey {
        kid: "dev-ephemeral".to_string(),
        secret: Secret::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)),
    }
}

fn parse_number<T>(
    raw: Option<&str>,
    variable: &'static str,
    default: T,
    min: T,
    max: T,
) -> Result<T, ConfigError>
where
    T: std::str::FromStr + PartialOrd + fmt::Display + Copy,
{
    let Some(raw) = raw else { return Ok(default) };
    let value: T = raw
        .parse()
        .map_err(|_| config_error(variable, format!("`{raw}` is not a whole number")))?;
    if value < min || value > max {
        return Err(config_error(
            variable,
            format!("must be between {min} and {max}"),
        ));
    }
    Ok(value)
}

/// Connections per replica unless `REBOUND_DB_POOL_SIZE` says otherwise: twice the CPUs this process may use
/// (at least 4). PostgreSQL runs one backend process per connection; more busy backends than cores only queue on
/// the CPU, and measured on 2 cores a pool of 10 showed stalls over 100 ms that a pool of 4 did not
/// (`scripts/bench-http.sh`). The factor two keeps a core busy while another connection waits on I/O.
pub fn default_pool_size() -> u32 {
    let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
    u32::try_from(cpus * 2).unwrap_or(u32::MAX).clamp(4, 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_to_development_with_the_embedded_database() {
        let settings = Settings::from_vars(&vars(&[])).unwrap();
        assert_eq!(settings.environment, Environment::Development);
        assert!(settings.database.url.is_none());
        assert!(settings.jwt.ephemeral_key);
        assert_eq!(settings.bind_address.to_string(), "127.0.0.1:8080");
    }

    #[test]
    fn production_refuses_to_start_without_a_database_url() {
        let err = Settings::from_vars(&vars(&[("REBOUND_ENV", "production")])).unwrap_err();
        assert_eq!(err.variable, "DATABASE_URL");
    }

    #[test]
    fn production_refuses_to_start_without_jwt_keys() {
        let err = Settings::from_vars(&vars(&[
            ("REBOUND_ENV", "production"),
            ("DATABASE_URL", "postgres://u:p@db/rebound"),
        ]))
        .unwrap_err();
        assert_eq!(err.variable, "REBOUND_JWT_KEYS");
    }

    #[test]
    fn jwt_keys_parse_current_first_and_keep_previous_ones() {
        let settings = Settings::from_vars(&vars(&[(
            "REBOUND_JWT_KEYS",
            "k2:abcdefghijklmnopqrstuvwxyz0123456789, k1:0123456789abcdefghijklmnopqrstuvwxyz",
        )]))
        .unwrap();
        assert_eq!(settings.jwt.current_key.kid, "k2");
        assert_eq!(settings.jwt.previous_keys.len(), 1);
        assert_eq!(settings.jwt.previous_keys[0].kid, "k1");
    }

    #[test]
    fn short_jwt_secrets_are_rejected() {
        let err = Settings::from_vars(&vars(&[("REBOUND_JWT_KEYS", "k1:short")])).unwrap_err();
        assert_eq!(err.variable, "REBOUND_JWT_KEYS");
        assert!(err.message.contains("at least 32"));
    }

    #[test]
    fn out_of_range_numbers_name_the_variable() {
        let err = Settings::from_vars(&vars(&[("REBOUND_DB_POOL_SIZE", "0")])).unwrap_err();
        assert_eq!(err.variable, "REBOUND_DB_POOL_SIZE");
        let err = Settings::from_vars(&vars(&[("REBOUND_DB_POOL_SIZE", "many")])).unwrap_err();
        assert!(err.message.contains("not a whole number"));
    }

    #[test]
    fn cors_origins_are_exact_origins_and_a_wildcard_only_in_development() {
        let settings = Settings::from_vars(&vars(&[(
            "REBOUND_CORS_ORIGINS",
            "https://plugin.example.com, http://localhost:3000",
        )]))
        .unwrap();
        assert_eq!(
            settings.cors.origins,
            ConfiguredOrigins::List(vec![
                "https://plugin.example.com".into(),
                "http://localhost:3000".into()
            ])
        );
        for bad in [
            "https://plugin.example.com/",
            "plugin.example.com",
            "https://*.example.com",
        ] {
            let err = Settings::from_vars(&vars(&[("REBOUND_CORS_ORIGINS", bad)])).unwrap_err();
            assert_eq!(err.variable, "REBOUND_CORS_ORIGINS", "{bad}");
        }
        let any = Settings::from_vars(&vars(&[("REBOUND_CORS_ORIGINS", "*")])).unwrap();
        assert_eq!(any.cors.origins, ConfiguredOrigins::Any);
        let err = Settings::from_vars(&vars(&[
            ("REBOUND_ENV", "production"),
            ("DATABASE_URL", "postgres://u:p@db/rebound"),
            (
                "REBOUND_JWT_KEYS",
                "k1:0123456789abcdefghijklmnopqrstuvwxyz",
            ),
            (
                "REBOUND_SECRET_KEYS",
                "k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            ),
            ("REBOUND_CORS_ORIGINS", "*"),
        ]))
        .unwrap_err();
        assert_eq!(err.variable, "REBOUND_CORS_ORIGINS");
    }

    #[test]
    fn rate_limits_default_to_600_a_minute_and_turn_off_with_zero_or_off() {
        let settings = Settings::from_vars(&vars(&[])).unwrap();
        assert_eq!(settings.rate_limit.per_minute.map(|n| n.get()), Some(600));
        assert_eq!(settings.rate_limit.burst.get(), 600);
        for off in ["0", "off"] {
            let settings =
                Settings::from_vars(&vars(&[("REBOUND_RATE_LIMIT_PER_MINUTE", off)])).unwrap();
            assert!(settings.rate_limit.per_minute.is_none());
        }
        let settings = Settings::from_vars(&vars(&[
            ("REBOUND_RATE_LIMIT_PER_MINUTE", "120"),
            ("REBOUND_RATE_LIMIT_BURST", "10"),
        ]))
        .unwrap();
        assert_eq!(settings.rate_limit.per_minute.map(|n| n.get()), Some(120));
        assert_eq!(settings.rate_limit.burst.get(), 10);
        let err =
            Settings::from_vars(&vars(&[("REBOUND_RATE_LIMIT_PER_MINUTE", "lots")])).unwrap_err();
        assert_eq!(err.variable, "REBOUND_RATE_LIMIT_PER_MINUTE");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let settings = Settings::from_vars(&vars(&[
            ("DATABASE_URL", "postgres://u:hunter2@db/rebound"),
            ("REBOUND_JWT_KEYS", "k1:supersecretsupersecretsupersecret!!"),
        ]))
        .unwrap();
        let printed = format!("{settings:?}");
        assert!(!printed.contains("hunter2"));
        assert!(!printed.contains("supersecret"));
    }
}
