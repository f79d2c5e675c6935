//! Key lists: the JWT signing keys and the keys that seal stored secrets, both `kid:…` pairs with the current key
//! first, and the development stand-ins used when none are configured.

use crate::declared::{JWT_KEYS, SECRET_KEYS};
use crate::settings::{JwtKey, SealingKey, Secret};
use crate::vars::{config_error, ConfigError};

/// Smallest HMAC key accepted: HS256 keys shorter than the hash output weaken it.
const MIN_JWT_SECRET_LEN: usize = 32;

/// Parses `kid:base64,kid:base64` (current key first), each key 32 bytes.
pub(crate) fn parse_sealing_keys(raw: &str) -> Result<Vec<SealingKey>, ConfigError> {
    use base64::Engine;
    const KEYS: &str = SECRET_KEYS.name;
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

/// Parses `kid:secret,kid:secret` (current key first).
pub(crate) fn parse_jwt_keys(raw: &str) -> Result<Vec<JwtKey>, ConfigError> {
    const KEYS: &str = JWT_KEYS.name;
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

/// A random signing key for this process only: development without `REBOUND_JWT_KEYS` (tokens die with it).
pub(crate) fn ephemeral_jwt_key() -> JwtKey {
    use base64::Engine;
    let bytes: [u8; 48] = rand::random();
    JwtKey {
        kid: "dev-ephemeral".to_string(),
        secret: Secret::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)),
    }
}

/// A fixed development key: secrets stay readable across restarts of a local run. Never used in production.
pub(crate) fn dev_sealing_key() -> SealingKey {
    SealingKey {
        kid: "dev".into(),
        bytes: sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(
            b"rebound development sealing key",
        ))
        .into(),
    }
}
