//! Every environment variable the service reads, declared once: its name, what it accepts, its default and what it
//! means. The parsers in this crate take their ranges and defaults from here, and
//! [`reference::markdown`](crate::reference::markdown) renders the operators' configuration reference from the same
//! table, so the two cannot tell different stories.

/// Which part of the service a setting tunes; the reference lists each section in its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Server,
    Database,
    Auth,
    Webhooks,
    Cors,
    RateLimits,
}

impl Section {
    /// Every section, in the order the reference lists them.
    pub const ALL: [Section; 6] = [
        Section::Server,
        Section::Database,
        Section::Auth,
        Section::Webhooks,
        Section::Cors,
        Section::RateLimits,
    ];

    /// The section's heading in the reference.
    pub fn title(self) -> &'static str {
        match self {
            Section::Server => "Server",
            Section::Database => "Database",
            Section::Auth => "Sign-in and tokens",
            Section::Webhooks => "Webhooks and stored secrets",
            Section::Cors => "CORS",
            Section::RateLimits => "Rate limits",
        }
    }
}

/// What a number counts, for the reference and for settings that are durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Bytes,
    Milliseconds,
    Seconds,
}

/// The whole numbers a setting accepts: `min..=max`, in `unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub min: u64,
    pub max: u64,
    pub unit: Unit,
}

/// What values a setting accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// One whole number in the range.
    Number(Range),
    /// One whole number in the range, or one of the `off` words, which turn the feature off.
    NumberOrOff {
        range: Range,
        off: &'static [&'static str],
    },
    /// Comma-separated whole numbers, each in the range.
    Numbers(Range),
    /// One of these words (aliases included).
    OneOf(&'static [&'static str]),
    /// A value of the described shape, which its own parser checks (addresses, URLs, key lists).
    Shape(&'static str),
}

/// What happens when a setting is unset (or empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// This value is used, and goes through the same parsing and checks as one the operator sets.
    Value(&'static str),
    /// Worked out at start (from other settings or the machine), or nothing at all; described for the reference.
    Derived(&'static str),
}

/// Which code reads a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadBy {
    /// [`Settings::from_env`](crate::Settings::from_env), at start.
    Settings,
    /// The embedded development PostgreSQL launcher (`rebound-local-pg`), which reads it itself when it starts.
    EmbeddedPostgres,
}

/// One environment variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub section: Section,
    pub accepts: Accepts,
    pub default: Fallback,
    /// What it does, in Markdown (links are relative to the reference's page).
    pub doc: &'static str,
    pub read_by: ReadBy,
}

impl Setting {
    /// The declared default value, when there is one.
    pub fn default_value(&self) -> Option<&'static str> {
        match self.default {
            Fallback::Value(value) => Some(value),
            Fallback::Derived(_) => None,
        }
    }
}

/// Declares each setting as a constant (which the parsers use) and [`ALL`], the list the reference renders, from one
/// list so neither can miss one. Every entry is read by [`Settings`](crate::Settings) unless it says `read_by`.
macro_rules! declare_settings {
    ($(
        $ident:ident = $name:literal in $section:ident,
            accepts $accepts:expr,
            default $default:expr,
            $(read_by $read_by:ident,)?
            $doc:literal;
    )*) => {
        $(
            #[doc = concat!("`", $name, "`: ", $doc)]
            pub const $ident: Setting = Setting {
                name: $name,
                section: Section::$section,
                accepts: $accepts,
                default: $default,
                doc: $doc,
                read_by: declare_settings!(@read_by $($read_by)?),
            };
        )*
        /// Every setting, in the order the reference lists them within their section.
        pub const ALL: &[Setting] = &[$($ident),*];
    };
    (@read_by) => { ReadBy::Settings };
    (@read_by $read_by:ident) => { ReadBy::$read_by };
}

const fn count(min: u64, max: u64) -> Range {
    Range {
        min,
        max,
        unit: Unit::Count,
    }
}

const fn millis(min: u64, max: u64) -> Range {
    Range {
        min,
        max,
        unit: Unit::Milliseconds,
    }
}

const fn secs(min: u64, max: u64) -> Range {
    Range {
        min,
        max,
        unit: Unit::Seconds,
    }
}

const DAY: u64 = 86_400;

use Accepts::{Number, NumberOrOff, Numbers, OneOf, Shape};
use Fallback::{Derived, Value};

declare_settings! {
    // Server
    ENV = "REBOUND_ENV" in Server,
        accepts OneOf(&["development", "dev", "production", "prod"]),
        default Value("development"),
        "`production` refuses the development conveniences: the embedded database, the random JWT key, the fixed \
         sealing key, the `*` CORS origin and loopback webhook endpoints.";
    BIND = "REBOUND_BIND" in Server,
        accepts Shape("an address and port, such as `0.0.0.0:8080`"),
        default Value("127.0.0.1:8080"),
        "Where the HTTP server listens.";
    WORKERS = "REBOUND_WORKERS" in Server,
        accepts Number(count(1, 256)),
        default Derived("one per core"),
        "HTTP worker threads.";
    JSON_LIMIT_BYTES = "REBOUND_JSON_LIMIT_BYTES" in Server,
        accepts Number(Range { min: 1024, max: 1024 * 1024, unit: Unit::Bytes }),
        default Value("65536"),
        "Largest request body accepted (413 above it).";
    DRAIN_SECS = "REBOUND_DRAIN_SECS" in Server,
        accepts Number(secs(0, 300)),
        default Value("5"),
        "After SIGTERM: readiness says 503 and requests are still served (each response closing its connection) \
         for this long, so a load balancer moves traffic away before the listener closes.";
    SHUTDOWN_TIMEOUT_SECS = "REBOUND_SHUTDOWN_TIMEOUT_SECS" in Server,
        accepts Number(secs(0, 600)),
        default Value("30"),
        "Then, how long in-flight requests get to finish once the listener has closed.";
    LOG_FORMAT = "REBOUND_LOG_FORMAT" in Server,
        accepts OneOf(&["pretty", "text", "json"]),
        default Value("pretty"),
        "`json` writes one JSON object per line, for log shippers; `RUST_LOG` sets the levels.";
    TRUSTED_PROXIES = "REBOUND_TRUSTED_PROXIES" in Server,
        accepts Shape("comma-separated IP addresses or CIDR ranges, such as `10.0.0.0/8,192.0.2.10`"),
        default Derived("none"),
        "The reverse proxies whose `Forwarded`, `X-Forwarded-Host` and `X-Forwarded-Proto` headers say the scheme \
         and host a request reached the service at (the OAuth `iss`, receiver URLs and the sign-in form's origin \
         check use them). From any other peer those headers are ignored and the request's own `Host` and scheme \
         count. List only proxies that set (not append to) these headers. From these peers `X-Forwarded-For` is \
         also believed for the failed-sign-in and probing throttles: the client is its rightmost entry that is not \
         one of them. See [behind a reverse proxy](production.md#behind-a-reverse-proxy).";

    // Database
    DATABASE_URL = "DATABASE_URL" in Database,
        accepts Shape("a `postgres://` or `postgresql://` URL"),
        default Derived("the embedded cluster (development only)"),
        "The PostgreSQL database, such as `postgres://user:password@host:5432/rebound`; required in production.";
    DB_POOL_SIZE = "REBOUND_DB_POOL_SIZE" in Database,
        accepts Number(count(1, 200)),
        default Derived("2 × CPUs, at least 4"),
        "Connections per replica. More busy PostgreSQL backends than cores only queue on the CPU: on 2 cores a pool \
         of 10 showed stalls over 100 ms that 4 did not.";
    DB_CHECKOUT_TIMEOUT_MS = "REBOUND_DB_CHECKOUT_TIMEOUT_MS" in Database,
        accepts Number(millis(100, 30_000)),
        default Value("1500"),
        "How long a request waits for a pooled connection before it gets 503.";
    DB_STATEMENT_TIMEOUT_MS = "REBOUND_DB_STATEMENT_TIMEOUT_MS" in Database,
        accepts Number(millis(100, 600_000)),
        default Value("2000"),
        "How long one SQL statement may run (behind a lock, say) before PostgreSQL cancels it and the request gets \
         503 `database_timeout`.";
    DB_DEADLINE_MS = "REBOUND_DB_DEADLINE_MS" in Database,
        accepts Number(millis(100, 600_000)),
        default Derived("statement timeout + 500"),
        "The longest a request waits for the database whatever it does (frozen, black-holed network): then 503. \
         Connections also carry TCP keepalives and a TCP user timeout.";
    LOCAL_DB_DIR = "REBOUND_LOCAL_DB_DIR" in Database,
        accepts Shape("a directory"),
        default Derived("`.rebound/postgres` in the checkout"),
        "Data directory of the embedded cluster, used when `DATABASE_URL` is unset.";
    PG_BIN = "REBOUND_PG_BIN" in Database,
        accepts Shape("a directory"),
        default Derived("the newest `/usr/lib/postgresql/<v>/bin`, else `pg_config --bindir`"),
        read_by EmbeddedPostgres,
        "Where the embedded cluster's `postgres` and `initdb` are.";

    // Sign-in and tokens
    JWT_KEYS = "REBOUND_JWT_KEYS" in Auth,
        accepts Shape("`kid:secret,kid:secret`, each secret at least 32 bytes"),
        default Derived("a random key (development only)"),
        "The first key signs new tokens; the others are still accepted, so keys rotate. Required in production.";
    JWT_ISSUER = "REBOUND_JWT_ISSUER" in Auth,
        accepts Shape("text"),
        default Value("rebound"),
        "`iss` written into and required from every token.";
    JWT_AUDIENCE = "REBOUND_JWT_AUDIENCE" in Auth,
        accepts Shape("text"),
        default Value("rebound-api"),
        "`aud` written into and required from every token.";
    ACCESS_TOKEN_TTL_SECS = "REBOUND_ACCESS_TOKEN_TTL_SECS" in Auth,
        accepts Number(secs(30, DAY)),
        default Value("900"),
        "Access-token lifetime.";
    REFRESH_TOKEN_TTL_SECS = "REBOUND_REFRESH_TOKEN_TTL_SECS" in Auth,
        accepts Number(secs(60, 365 * DAY)),
        default Value("2592000"),
        "Refresh-token lifetime.";
    LOGIN_MAX_FAILURES = "REBOUND_LOGIN_MAX_FAILURES" in Auth,
        accepts Number(count(1, 1000)),
        default Value("5"),
        "Failed sign-ins allowed per account *and calling address* within the window before that address is \
         locked out of that account (429 with `Retry-After`; each further lockout of the pair lasts twice as long); \
         see [login throttling](#login-throttling) for what else counts.";
    LOGIN_ACCOUNT_MAX_FAILURES = "REBOUND_LOGIN_ACCOUNT_MAX_FAILURES" in Auth,
        accepts Number(count(1, 100000)),
        default Value("100"),
        "Failed sign-ins allowed per account from all addresses together within the window before sign-ins to it \
         pause for a lockout: slows a guess spread over many addresses, while one address cannot reach it.";
    LOGIN_WINDOW_SECS = "REBOUND_LOGIN_WINDOW_SECS" in Auth,
        accepts Number(secs(1, DAY)),
        default Value("900"),
        "The window failures are counted in.";
    LOGIN_LOCKOUT_SECS = "REBOUND_LOGIN_LOCKOUT_SECS" in Auth,
        accepts Number(secs(1, DAY)),
        default Value("300"),
        "How long a lockout lasts.";

    // Webhooks and stored secrets
    SECRET_KEYS = "REBOUND_SECRET_KEYS" in Webhooks,
        accepts Shape("`kid:base64,kid:base64`, each 32 random bytes (`openssl rand -base64 32`)"),
        default Derived("a fixed key (development only)"),
        "The first key seals stored secrets (webhook signing secrets, AES-256-GCM) and every listed key opens what \
         it sealed, so keys rotate. Required in production.";
    WEBHOOK_ALLOW_PRIVATE = "REBOUND_WEBHOOK_ALLOW_PRIVATE" in Webhooks,
        accepts OneOf(&["true", "false"]),
        default Value("false"),
        "`true` lets deliveries go to loopback, private and link-local addresses. Development always allows \
         loopback (so you can try webhooks locally); production refuses all of them, checked after DNS resolution \
         at every delivery.";
    WEBHOOK_RETRY_SCHEDULE_SECS = "REBOUND_WEBHOOK_RETRY_SCHEDULE_SECS" in Webhooks,
        accepts Numbers(secs(0, 7 * DAY)),
        // About 27 hours in all, over 8 attempts.
        default Value("5,300,1800,7200,18000,36000,36000"),
        "Waits before the 2nd, 3rd, … attempt of a failed delivery (±10 % jitter); after the last, the delivery \
         has failed. The default spans about 27 hours over 8 attempts.";
    WEBHOOK_POLL_MS = "REBOUND_WEBHOOK_POLL_MS" in Webhooks,
        accepts Number(millis(10, 60_000)),
        default Value("1000"),
        "How often each replica looks for due deliveries that nothing announced: retries falling due, and events \
         queued while its listening connection was down. New events wake every replica at once (PostgreSQL \
         `LISTEN`/`NOTIFY`), and a replica claims again at once while a full batch was due.";
    WEBHOOK_MAX_CONCURRENT_ATTEMPTS = "REBOUND_WEBHOOK_MAX_CONCURRENT_ATTEMPTS" in Webhooks,
        accepts Number(count(1, 1000)),
        default Value("64"),
        "Delivery attempts one replica makes at once. Each holds a socket and at most 1 KiB of the answer for up \
         to 10 s, so this bounds what slow or hostile receivers can take from a replica; deliveries beyond it \
         wait in the database, unclaimed.";
    WEBHOOK_DISABLE_AFTER_SECS = "REBOUND_WEBHOOK_DISABLE_AFTER_SECS" in Webhooks,
        accepts Number(secs(60, 90 * DAY)),
        default Value("432000"),
        "An endpoint failing every attempt for this long is disabled, with a `disabled_reason`.";

    // CORS
    CORS_ORIGINS = "REBOUND_CORS_ORIGINS" in Cors,
        accepts Shape("comma-separated exact origins, or `*` in development"),
        default Derived("none"),
        "Browser origins allowed for every workspace, such as `https://plugin.example.com,http://localhost:5173` \
         (scheme, lowercase host, optional port, no path or trailing slash); `*` allows any origin, and the answer \
         still names the caller's origin, never `*`. Workspaces add their own through `/v1/cors-origins`; see \
         [CORS](../ats-plugins/cors.md).";
    CORS_REFRESH_SECS = "REBOUND_CORS_REFRESH_SECS" in Cors,
        accepts Number(secs(1, 3600)),
        default Value("30"),
        "How often each replica reloads the origins workspaces registered (the replica that takes the change \
         applies it at once).";

    // Rate limits
    RATE_LIMIT_PER_MINUTE = "REBOUND_RATE_LIMIT_PER_MINUTE" in RateLimits,
        accepts NumberOrOff { range: count(1, 1_000_000), off: &["0", "off"] },
        default Value("600"),
        "Requests per minute per user or integration client (per calling address for requests without a valid \
         token). Per replica; see [Rate limits](../job-boards/rate-limits.md).";
    RATE_LIMIT_BURST = "REBOUND_RATE_LIMIT_BURST" in RateLimits,
        accepts Number(count(1, 1_000_000)),
        default Derived("the per-minute limit"),
        "Requests a quiet caller may send at once before the per-minute pace applies.";
    TRUSTED_PROXY_HOPS = "REBOUND_TRUSTED_PROXY_HOPS" in RateLimits,
        accepts Number(count(0, 10)),
        default Value("0"),
        "Reverse proxies in front of the service that append to `X-Forwarded-For`. Requests without a token are \
         rate-limited per the address the outermost of them saw (the entry this many places from the right); with \
         `0` the header is ignored and the TCP peer counts. Set it only when every request comes through those \
         proxies.";
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap};

    use super::*;
    use crate::vars::Vars;
    use crate::Settings;

    fn production() -> HashMap<String, String> {
        [
            (ENV.name, "production"),
            (DATABASE_URL.name, "postgres://u:p@db/rebound"),
            (JWT_KEYS.name, "k1:0123456789abcdefghijklmnopqrstuvwxyz"),
            (
                SECRET_KEYS.name,
                "k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn every_setting_the_service_reads_is_declared_and_every_declared_one_is_read() {
        for map in [HashMap::new(), production()] {
            let vars = Vars::new(&map);
            Settings::read(&vars).unwrap();
            let declared: BTreeSet<&str> = ALL
                .iter()
                .filter(|s| s.read_by == ReadBy::Settings)
                .map(|s| s.name)
                .collect();
            assert_eq!(vars.read_names(), declared);
        }
    }

    #[test]
    fn names_are_unique() {
        let names: BTreeSet<&str> = ALL.iter().map(|s| s.name).collect();
        assert_eq!(names.len(), ALL.len());
    }

    #[test]
    fn every_declared_word_is_understood() {
        for setting in ALL {
            let Accepts::OneOf(words) = setting.accepts else {
                continue;
            };
            for word in words {
                let mut map = production();
                map.insert(setting.name.to_string(), word.to_string());
                assert!(Settings::from_vars(&map).is_ok(), "{}={word}", setting.name);
            }
            let mut map = production();
            map.insert(setting.name.to_string(), "undeclared".to_string());
            let err = Settings::from_vars(&map).unwrap_err();
            assert_eq!(err.variable, setting.name);
        }
    }

    #[test]
    fn declared_defaults_are_accepted_values() {
        for setting in ALL {
            let Some(value) = setting.default_value() else {
                continue;
            };
            let mut map = production();
            map.insert(setting.name.to_string(), value.to_string());
            assert!(
                Settings::from_vars(&map).is_ok(),
                "{}={value}",
                setting.name
            );
        }
    }

    #[test]
    fn numbers_are_checked_against_the_declared_range() {
        for setting in ALL {
            let (Accepts::Number(range) | Accepts::NumberOrOff { range, .. }) = setting.accepts
            else {
                continue;
            };
            let settings_with = |value: u64| {
                let mut map = production();
                map.insert(setting.name.to_string(), value.to_string());
                Settings::from_vars(&map)
            };
            assert!(settings_with(range.min).is_ok(), "{}", setting.name);
            assert!(settings_with(range.max).is_ok(), "{}", setting.name);
            let err = settings_with(range.max + 1).unwrap_err();
            assert_eq!(err.variable, setting.name);
            assert_eq!(
                err.message,
                format!("must be between {} and {}", range.min, range.max)
            );
        }
    }

    #[test]
    fn the_rate_limit_constant_is_the_declared_default() {
        assert_eq!(
            RATE_LIMIT_PER_MINUTE.default_value(),
            Some(crate::DEFAULT_RATE_LIMIT_PER_MINUTE.to_string().as_str())
        );
    }
}
