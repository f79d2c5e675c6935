//! Random credentials (refresh tokens, client ids and secrets) and their stored form.

use base64::Engine;
use sha2::{Digest, Sha256};

/// How refresh tokens begin, so a revocation request can tell one from an access token (a JWT) at a glance.
pub const REFRESH_TOKEN_PREFIX: &str = "rbr_";

/// A new random credential: `prefix` plus 256 bits of randomness, URL-safe.
pub fn random_credential(prefix: &str) -> String {
    let bytes: [u8; 32] = rand::random();
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The form a high-entropy credential is stored in: hex SHA-256. Lookups are by this hash, so the plain value is
/// never stored and a leaked table grants nothing.
pub fn credential_hash(credential: &str) -> String {
    credential_hash_bytes(credential.as_bytes())
}

/// Hex SHA-256 of arbitrary bytes.
pub fn credential_hash_bytes(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The stored form of a login-throttle key (it names an attempted username, address or client): hex HMAC-SHA256
/// under the server's throttle key, so the table never holds what was typed, and a leaked table cannot be checked
/// against a list of addresses without the key.
pub fn throttle_key_hash(key: &rebound_config::Secret, throttle_key: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<Sha256>>::new_from_slice(key.expose().as_bytes())
        .expect("HMAC accepts a key of any length");
    mac.update(throttle_key.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_unique_and_prefixed() {
        let a = random_credential("rbs_");
        let b = random_credential("rbs_");
        assert!(a.starts_with("rbs_"));
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 43);
    }

    #[test]
    fn hashes_are_stable_hex() {
        assert_eq!(credential_hash("abc").len(), 64);
        assert_eq!(credential_hash("abc"), credential_hash("abc"));
        assert_ne!(credential_hash("abc"), credential_hash("abd"));
    }

    #[test]
    fn throttle_keys_are_keyed_hashes() {
        let key = rebound_config::Secret::new("k1");
        let hashed = throttle_key_hash(&key, "user:maya@example.com");
        assert_eq!(hashed.len(), 64);
        assert!(!hashed.contains("maya"));
        assert_eq!(hashed, throttle_key_hash(&key, "user:maya@example.com"));
        assert_ne!(
            hashed,
            throttle_key_hash(&rebound_config::Secret::new("k2"), "user:maya@example.com")
        );
        assert_ne!(hashed, credential_hash("user:maya@example.com"));
    }
}
