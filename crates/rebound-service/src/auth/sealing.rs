//! Secrets the service must be able to read back (webhook signing secrets: HMAC needs the key itself, so hashing
//! is not an option) are sealed with AES-256-GCM under `REBOUND_SECRET_KEYS`. A sealed value names its key, so keys
//! rotate like JWT keys: the first seals, every listed key opens.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;

use crate::error::ServiceError;
use rebound_config::SealingKey;

/// Seals and opens stored secrets.
pub struct Sealer {
    current: (String, Aes256Gcm),
    all: Vec<(String, Aes256Gcm)>,
}

impl Sealer {
    /// Builds the sealer from the configured keys, current key first (the configuration guarantees one).
    pub fn new(keys: &[SealingKey]) -> Self {
        let ciphers: Vec<(String, Aes256Gcm)> = keys
            .iter()
            .map(|key| (key.kid.clone(), Aes256Gcm::new((&key.bytes).into())))
            .collect();
        let current = ciphers
            .first()
            .cloned()
            .unwrap_or_else(|| ("none".into(), Aes256Gcm::new(&[0u8; 32].into())));
        Self {
            current,
            all: ciphers,
        }
    }

    /// `kid:base64(nonce ‖ ciphertext ‖ tag)` of `plain`, with a fresh random nonce.
    pub fn seal(&self, plain: &str) -> Result<String, ServiceError> {
        let nonce_bytes: [u8; 12] = rand::random();
        let (kid, cipher) = &self.current;
        let sealed = cipher
            .encrypt(&Nonce::from(nonce_bytes), plain.as_bytes())
            .map_err(|_| ServiceError::internal("sealing a secret failed"))?;
        let mut out = nonce_bytes.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!(
            "{kid}:{}",
            base64::engine::general_purpose::STANDARD.encode(out)
        ))
    }

    /// The plain secret of a sealed value; an error (a 500: the data or the key configuration is broken) when its
    /// key is no longer configured or the value was tampered with.
    pub fn open(&self, sealed: &str) -> Result<String, ServiceError> {
        let broken =
            |why: &str| ServiceError::internal(format!("a stored secret cannot be opened: {why}"));
        let (kid, encoded) = sealed.split_once(':').ok_or_else(|| broken("no key id"))?;
        let (_, cipher) = self
            .all
            .iter()
            .find(|(k, _)| k == kid)
            .ok_or_else(|| broken("its key is not in REBOUND_SECRET_KEYS"))?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| broken("not base64"))?;
        if bytes.len() < 12 {
            return Err(broken("too short"));
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| broken("too short"))?;
        let plain = cipher
            .decrypt(&Nonce::from(nonce), ciphertext)
            .map_err(|_| broken("authentication failed"))?;
        String::from_utf8(plain).map_err(|_| broken("not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(kid: &str, byte: u8) -> SealingKey {
        SealingKey {
            kid: kid.into(),
            bytes: [byte; 32],
        }
    }

    #[test]
    fn a_sealed_secret_opens_again_and_is_not_readable_stored() {
        let sealer = Sealer::new(&[key("k1", 7)]);
        let sealed = sealer.seal("whsec_c2VjcmV0").unwrap();
        assert!(sealed.starts_with("k1:"));
        assert!(!sealed.contains("whsec_c2VjcmV0"));
        assert_ne!(
            sealed,
            sealer.seal("whsec_c2VjcmV0").unwrap(),
            "fresh nonce"
        );
        assert_eq!(sealer.open(&sealed).unwrap(), "whsec_c2VjcmV0");
    }

    #[test]
    fn after_rotation_old_values_open_and_tampering_or_a_dropped_key_is_an_error() {
        let old = Sealer::new(&[key("k1", 7)]);
        let sealed = old.seal("secret").unwrap();
        let rotated = Sealer::new(&[key("k2", 9), key("k1", 7)]);
        assert_eq!(rotated.open(&sealed).unwrap(), "secret");
        assert!(rotated.seal("x").unwrap().starts_with("k2:"));
        assert!(Sealer::new(&[key("k2", 9)]).open(&sealed).is_err());
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(rotated.open(&tampered).is_err());
    }
}
