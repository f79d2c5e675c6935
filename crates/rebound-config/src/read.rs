//! Reading [`Settings`] section by section from the declared variables, in the order the checks always ran (so
//! with several bad values, the same one is reported first).

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use crate::declared as var;
use crate::keys::{dev_sealing_key, ephemeral_jwt_key, parse_jwt_keys, parse_sealing_keys};
use crate::network::IpNetwork;
use crate::origin;
use crate::settings::{
    ConfiguredOrigins, CorsSettings, DatabaseSettings, Environment, JwtSettings, LogFormat,
    LoginThrottleSettings, RateLimitSettings, Secret, Settings, WebhookSettings,
};
use crate::vars::{config_error, ConfigError, Vars};

/// Requests per minute per caller when nothing is configured (the declared default of
/// `REBOUND_RATE_LIMIT_PER_MINUTE`, which a test keeps equal).
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 600;

impl Settings {
    pub(crate) fn read(vars: &Vars) -> Result<Self, ConfigError> {
        let environment = vars.choice(
            &var::ENV,
            &[
                ("development", Environment::Development),
                ("dev", Environment::Development),
                ("production", Environment::Production),
                ("prod", Environment::Production),
            ],
            |other| format!("`{other}` is not an environment; use `development` or `production`"),
        )?;
        let bind_address = vars
            .raw_or_default(&var::BIND)
            .and_then(|raw| raw.parse::<SocketAddr>().ok())
            .ok_or_else(|| {
                config_error(
                    var::BIND.name,
                    "must be an address and port such as 0.0.0.0:8080",
                )
            })?;
        let trusted_proxies = trusted_proxies(vars)?;
        let database = database_settings(vars, environment)?;
        let jwt = jwt_settings(vars, environment)?;
        let max_failures = vars.number(&var::LOGIN_MAX_FAILURES)?;
        let account_max_failures = vars.number(&var::LOGIN_ACCOUNT_MAX_FAILURES)?;
        let window = vars.duration(&var::LOGIN_WINDOW_SECS)?;
        let lockout = vars.duration(&var::LOGIN_LOCKOUT_SECS)?;
        let log_format = vars.choice(
            &var::LOG_FORMAT,
            &[
                ("pretty", LogFormat::Pretty),
                ("text", LogFormat::Pretty),
                ("json", LogFormat::Json),
            ],
            |_| "must be `pretty` or `json`".into(),
        )?;
        let json_body_limit = vars.number(&var::JSON_LIMIT_BYTES)?;
        let shutdown_timeout = vars.duration(&var::SHUTDOWN_TIMEOUT_SECS)?;
        let drain = vars.duration(&var::DRAIN_SECS)?;
        let workers = vars.optional_number(&var::WORKERS)?;
        let webhooks = webhook_settings(vars, environment)?;
        let login_throttle = LoginThrottleSettings {
            max_failures,
            account_max_failures,
            window,
            lockout,
            key: throttle_key(&webhooks.sealing_keys),
        };
        Ok(Settings {
            environment,
            bind_address,
            trusted_proxies,
            database,
            jwt,
            login_throttle,
            log_format,
            json_body_limit,
            shutdown_timeout,
            drain,
            workers,
            webhooks,
            cors: CorsSettings {
                origins: configured_origins(vars, environment)?,
                refresh: vars.duration(&var::CORS_REFRESH_SECS)?,
            },
            rate_limit: rate_limit_settings(vars)?,
        })
    }
}

/// Parses `REBOUND_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges; unset, none.
fn trusted_proxies(vars: &Vars) -> Result<Vec<IpNetwork>, ConfigError> {
    let Some(raw) = vars.raw(&var::TRUSTED_PROXIES) else {
        return Ok(Vec::new());
    };
    raw.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            IpNetwork::parse(entry)
                .map_err(|message| config_error(var::TRUSTED_PROXIES.name, message))
        })
        .collect()
}

/// The login throttle's hashing key: a hash of the current sealing key under a label of its own, so the two uses
/// never share a key.
fn throttle_key(sealing_keys: &[crate::settings::SealingKey]) -> Secret {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new_with_prefix(b"rebound login_throttle key\0");
    if let Some(current) = sealing_keys.first() {
        hasher.update(current.bytes);
    }
    Secret::new(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
    )
}

fn database_settings(
    vars: &Vars,
    environment: Environment,
) -> Result<DatabaseSettings, ConfigError> {
    let url = vars.raw(&var::DATABASE_URL).map(Secret::new);
    if let Some(url) = &url {
        if !(url.expose().starts_with("postgres://") || url.expose().starts_with("postgresql://")) {
            return Err(config_error(
                var::DATABASE_URL.name,
                "must be a PostgreSQL URL such as postgres://user:password@host:5432/rebound",
            ));
        }
    } else if environment == Environment::Production {
        return Err(config_error(
            var::DATABASE_URL.name,
            "is required when REBOUND_ENV=production (the embedded local database is for development only)",
        ));
    }
    let statement_timeout = vars.duration(&var::DB_STATEMENT_TIMEOUT_MS)?;
    Ok(DatabaseSettings {
        url,
        pool_max_size: vars.number_or(&var::DB_POOL_SIZE, default_pool_size())?,
        pool_checkout_timeout: vars.duration(&var::DB_CHECKOUT_TIMEOUT_MS)?,
        statement_timeout,
        deadline: vars.duration_or(
            &var::DB_DEADLINE_MS,
            statement_timeout + Duration::from_millis(500),
        )?,
        local_data_dir: vars.raw(&var::LOCAL_DB_DIR).map(Into::into),
    })
}

/// Connections per replica unless `REBOUND_DB_POOL_SIZE` says otherwise: twice the CPUs this process may use
/// (at least 4). PostgreSQL runs one backend process per connection; more busy backends than cores only queue on
/// the CPU, and measured on 2 cores a pool of 10 showed stalls over 100 ms that a pool of 4 did not
/// (`scripts/bench-http.sh`). The factor two keeps a core busy while another connection waits on I/O.
pub fn default_pool_size() -> u32 {
    let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
    u32::try_from(cpus * 2).unwrap_or(u32::MAX).clamp(4, 64)
}

fn jwt_settings(vars: &Vars, environment: Environment) -> Result<JwtSettings, ConfigError> {
    let (mut keys, ephemeral_key) = match vars.raw(&var::JWT_KEYS) {
        Some(raw) => (parse_jwt_keys(raw)?, false),
        None if environment == Environment::Production => {
            return Err(config_error(
                var::JWT_KEYS.name,
                "is required when REBOUND_ENV=production: a comma-separated list of kid:secret pairs, current key first",
            ))
        }
        None => (vec![ephemeral_jwt_key()], true),
    };
    let current_key = keys.remove(0);
    let text = |setting| vars.raw_or_default(setting).unwrap_or_default().to_string();
    Ok(JwtSettings {
        issuer: text(&var::JWT_ISSUER),
        audience: text(&var::JWT_AUDIENCE),
        current_key,
        previous_keys: keys,
        ephemeral_key,
        access_token_ttl: vars.duration(&var::ACCESS_TOKEN_TTL_SECS)?,
        refresh_token_ttl: vars.duration(&var::REFRESH_TOKEN_TTL_SECS)?,
    })
}

fn webhook_settings(vars: &Vars, environment: Environment) -> Result<WebhookSettings, ConfigError> {
    let sealing_keys = match vars.raw(&var::SECRET_KEYS) {
        Some(raw) => parse_sealing_keys(raw)?,
        None if environment == Environment::Production => {
            return Err(config_error(
                var::SECRET_KEYS.name,
                "is required when REBOUND_ENV=production: a comma-separated list of kid:base64 pairs (32 random bytes each), current key first",
            ))
        }
        None => vec![dev_sealing_key()],
    };
    let retry_schedule = vars.durations(&var::WEBHOOK_RETRY_SCHEDULE_SECS)?;
    let allow_private = vars.choice(
        &var::WEBHOOK_ALLOW_PRIVATE,
        &[("true", true), ("false", false)],
        |_| "must be `true` or `false`".into(),
    )?;
    Ok(WebhookSettings {
        sealing_keys,
        allow_private,
        allow_loopback: allow_private || environment == Environment::Development,
        retry_schedule,
        poll_interval: vars.duration(&var::WEBHOOK_POLL_MS)?,
        max_concurrent_attempts: vars.number(&var::WEBHOOK_MAX_CONCURRENT_ATTEMPTS)?,
        request_timeout: Duration::from_secs(10),
        disable_after: vars.duration(&var::WEBHOOK_DISABLE_AFTER_SECS)?,
    })
}

/// Parses `REBOUND_CORS_ORIGINS`: comma-separated serialized origins (`scheme://host[:port]`, no path), or `*` in
/// development.
fn configured_origins(
    vars: &Vars,
    environment: Environment,
) -> Result<ConfiguredOrigins, ConfigError> {
    let name = var::CORS_ORIGINS.name;
    let Some(raw) = vars.raw(&var::CORS_ORIGINS) else {
        return Ok(ConfiguredOrigins::List(Vec::new()));
    };
    if raw == "*" {
        return if environment == Environment::Production {
            Err(config_error(
                name,
                "`*` is for development only; list the exact origins, such as https://plugin.example.com",
            ))
        } else {
            Ok(ConfiguredOrigins::Any)
        };
    }
    let mut origins = Vec::new();
    for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let origin = origin::serialized_origin(entry, origin::OriginRules::Operator)
            .map_err(|message| config_error(name, format!("`{entry}` {message}")))?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(ConfiguredOrigins::List(origins))
}

fn rate_limit_settings(vars: &Vars) -> Result<RateLimitSettings, ConfigError> {
    let per_minute = match vars.raw(&var::RATE_LIMIT_PER_MINUTE) {
        Some(raw) if is_off_word(&var::RATE_LIMIT_PER_MINUTE, raw) => None,
        _ => NonZeroU32::new(vars.number(&var::RATE_LIMIT_PER_MINUTE)?),
    };
    // The burst defaults to the per-minute limit: a quiet caller may spend a whole minute's requests at once.
    let default_burst = per_minute.map_or(DEFAULT_RATE_LIMIT_PER_MINUTE, NonZeroU32::get);
    let burst = vars.number_or(&var::RATE_LIMIT_BURST, default_burst)?;
    Ok(RateLimitSettings {
        per_minute,
        burst: NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN),
        proxy_hops: vars.number(&var::TRUSTED_PROXY_HOPS)?,
    })
}

/// Whether `raw` is one of the words the setting declares as turning its feature off.
fn is_off_word(setting: &var::Setting, raw: &str) -> bool {
    matches!(setting.accepts, var::Accepts::NumberOrOff { off, .. } if off.contains(&raw))
}
