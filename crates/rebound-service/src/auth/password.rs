//! Password hashing with argon2id (the crate's defaults: 19 MiB, 2 passes), always called on a blocking thread.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

use rebound_domain::bounded::NewPassword;

use crate::error::{FieldError, ServiceError};

/// Checks the password policy ([`NewPassword`]'s length), naming `field` on failure.
pub fn check_policy(field: &str, password: &str) -> Option<FieldError> {
    let length = password.chars().count();
    if length < NewPassword::MIN {
        Some(FieldError::new(
            field,
            format!("must be at least {} characters", NewPassword::MIN),
        ))
    } else if length > NewPassword::MAX {
        Some(FieldError::new(
            field,
            format!("must be at most {} characters", NewPassword::MAX),
        ))
    } else {
        None
    }
}

/// Hashes a password into a PHC string (salt included).
pub fn hash(password: &str) -> Result<String, ServiceError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(ServiceError::internal)
}

/// True when `password` matches the stored PHC string. A malformed stored hash counts as no match.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Most argon2 computations that may run at once. Each takes a core and ~19 MiB, so an unbounded number (a login
/// flood) would exhaust memory and starve every other request; excess requests wait briefly, then get 503.
const MAX_CONCURRENT_HASHES: usize = 4;

/// How long a request waits for a hashing slot before it is told to retry.
const HASH_SLOT_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(MAX_CONCURRENT_HASHES))
}

/// Runs `work` on the blocking pool once a hashing slot is free; never holds a database connection.
async fn with_hashing_slot<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ServiceError> {
    let _permit = tokio::time::timeout(HASH_SLOT_WAIT, hashing_slots().acquire())
        .await
        .map_err(|_| ServiceError::ServiceBusy)?
        .map_err(ServiceError::internal)?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

/// [`hash`] off the async workers, bounded by the hashing slots.
pub async fn hash_bounded(password: String) -> Result<String, ServiceError> {
    with_hashing_slot(move || hash(&password)).await?
}

/// [`verify`] off the async workers, bounded by the hashing slots. With no stored hash (an unknown account) it
/// verifies against a dummy, so both cases take the same time.
pub async fn verify_bounded(
    password: String,
    stored: Option<String>,
) -> Result<bool, ServiceError> {
    with_hashing_slot(move || match stored {
        Some(stored) => verify(&password, &stored),
        None => {
            verify_against_dummy(&password);
            false
        }
    })
    .await
}

/// Spends the same time as a real verification, for logins with an unknown e-mail: the response time must not
/// reveal whether an account exists.
pub fn verify_against_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("rebound-dummy-password").unwrap_or_default());
    let _ = verify(password, dummy);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_and_nothing_else() {
        let stored = hash("correct horse battery").unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse batterY", &stored));
        assert!(!verify("anything", "not-a-phc-string"));
    }

    #[test]
    fn the_policy_names_the_field() {
        assert_eq!(check_policy("password", "short").unwrap().field, "password");
        assert!(check_policy("password", "long enough password").is_none());
        assert!(check_policy("password", &"x".repeat(129)).is_some());
    }
}
