//! Settings read from the environment once at start and validated, so a bad value stops the process with a message
//! that names the variable instead of surfacing later as a confusing runtime error.
//!
//! Every variable is declared once in [`declared`] (name, accepted values, default, meaning); the parsers take their
//! ranges and defaults from there, and [`reference`](mod@reference) renders the operators' configuration reference from it.
//!
//! Secrets (JWT keys, database passwords) are held in [`Secret`], whose `Debug` never prints the value.

pub mod declared;
mod keys;
pub mod network;
pub mod origin;
mod read;
pub mod reference;
mod settings;
mod vars;

use std::collections::HashMap;

pub use read::{default_pool_size, DEFAULT_RATE_LIMIT_PER_MINUTE};
pub use settings::*;
pub use vars::ConfigError;

impl Settings {
    /// Reads settings from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_vars(&std::env::vars().collect())
    }

    /// Reads settings from a map of variables (the environment, or a test's own map).
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Self, ConfigError> {
        Self::read(&vars::Vars::new(vars))
    }
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
    fn trusted_proxies_are_addresses_or_ranges_and_none_by_default() {
        assert!(Settings::from_vars(&vars(&[]))
            .unwrap()
            .trusted_proxies
            .is_empty());
        let settings = Settings::from_vars(&vars(&[(
            "REBOUND_TRUSTED_PROXIES",
            "10.0.0.0/8, 192.0.2.10,,fd00::/8",
        )]))
        .unwrap();
        let listed: Vec<String> = settings
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(listed, ["10.0.0.0/8", "192.0.2.10/32", "fd00::/8"]);
        let err = Settings::from_vars(&vars(&[("REBOUND_TRUSTED_PROXIES", "proxy.internal")]))
            .unwrap_err();
        assert_eq!(err.variable, "REBOUND_TRUSTED_PROXIES");
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
