//! Failed sign-in throttling: brute-force protection that a stranger cannot turn into a lockout of someone else.
//!
//! Two counts, both in `login_throttle` under keyed hashes (no e-mail or address is stored in plain text):
//!
//! - **per account and calling address** (`REBOUND_LOGIN_MAX_FAILURES`, default 5 per window): the address is
//!   refused for that account for `REBOUND_LOGIN_LOCKOUT_SECS`, twice as long at each further lockout (up to a day;
//!   the count of lockouts is forgotten about a day after the last failure). This is what stops a guesser, and it locks
//!   out only the guesser: the owner signing in from another address is not affected, and the owner's success
//!   does not reset the guesser's count. IPv6 callers count per /64, the block one subscriber usually holds, so
//!   hopping addresses within it does not buy more guesses.
//! - **per account, all addresses together** (`REBOUND_LOGIN_ACCOUNT_MAX_FAILURES`, default 100 per window): a
//!   guess spread over many addresses pauses sign-ins to the account for every address for one lockout (not
//!   progressive). One address cannot reach it (it is locked long before), so holding an owner out takes many
//!   addresses failing all the time; and a distributed guess gets at most this many tries per window.
//!
//! A successful sign-in clears only its own address's count. The account-wide count is not cleared by it (an
//! owner signing in must not hand a distributed guesser a fresh budget); it ends with its window.

use std::net::IpAddr;

use diesel::PgConnection;

use crate::auth::secrets::throttle_key_hash;
use crate::error::ServiceError;
use rebound_config::LoginThrottleSettings;
use rebound_db::models::login_throttle::{self, Limit};

/// The throttle keys of one sign-in attempt: the account (by its normalised e-mail, known or not) from one
/// address, and the account from anywhere.
#[derive(Debug, Clone)]
pub(crate) struct SignInThrottle {
    settings: LoginThrottleSettings,
    from_address: String,
    account: String,
}

impl SignInThrottle {
    /// The keys for `email` (already normalised) tried from `caller` (the client address as
    /// `forwarded::client_address` determines it; `None` when unknown, which counts as one address).
    pub(crate) fn new(
        settings: &LoginThrottleSettings,
        email: &str,
        caller: Option<IpAddr>,
    ) -> Self {
        Self {
            settings: settings.clone(),
            from_address: throttle_key_hash(
                &settings.key,
                &format!("user:{email}|from:{}", address_group(caller)),
            ),
            account: account_key(settings, email),
        }
    }

    /// 429 while this address is locked out of the account, or the account is paused for every address.
    pub(crate) fn refuse_while_locked(&self, conn: &mut PgConnection) -> Result<(), ServiceError> {
        if let Some(secs) = login_throttle::locked_for_secs(conn, &self.from_address)? {
            return Err(locked_from_address(secs));
        }
        if let Some(secs) = login_throttle::locked_for_secs(conn, &self.account)? {
            return Err(locked_for_account(secs));
        }
        Ok(())
    }

    /// Counts a failure on both keys: `Err` (429) when it locked either, `Ok` when the caller should answer the
    /// failure itself.
    pub(crate) fn count_failure(&self, conn: &mut PgConnection) -> Result<(), ServiceError> {
        let pair = Limit {
            progressive: true,
            ..Limit::flat(&self.settings)
        };
        let account = Limit {
            max_failures: self.settings.account_max_failures,
            ..Limit::flat(&self.settings)
        };
        let from_address = login_throttle::record_failure_within(conn, &self.from_address, &pair)?;
        let for_account = login_throttle::record_failure_within(conn, &self.account, &account)?;
        match (from_address, for_account) {
            (Some(secs), _) => Err(locked_from_address(secs)),
            (None, Some(secs)) => Err(locked_for_account(secs)),
            (None, None) => Ok(()),
        }
    }

    /// Forgets this address's failures after a successful sign-in (not other addresses', nor the account-wide
    /// count).
    pub(crate) fn succeeded(&self, conn: &mut PgConnection) -> Result<(), ServiceError> {
        Ok(login_throttle::clear(conn, &self.from_address)?)
    }
}

/// The account-wide key: the same `user:<e-mail>` the throttle has always used, so its rows keep counting.
pub(crate) fn account_key(settings: &LoginThrottleSettings, email: &str) -> String {
    throttle_key_hash(&settings.key, &format!("user:{email}"))
}

/// What an address counts as: an IPv4 address (IPv4-mapped IPv6 included) itself, an IPv6 address its /64.
fn address_group(caller: Option<IpAddr>) -> String {
    match caller.map(|ip| ip.to_canonical()) {
        None => "unknown".into(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

fn locked_from_address(retry_after_secs: u64) -> ServiceError {
    ServiceError::TooManyRequests {
        retry_after_secs,
        detail: format!(
            "Too many failed sign-ins for this account from your address. Try again in {retry_after_secs} seconds."
        ),
    }
}

fn locked_for_account(retry_after_secs: u64) -> ServiceError {
    ServiceError::TooManyRequests {
        retry_after_secs,
        detail: format!(
            "Too many failed sign-ins for this account from many addresses: sign-ins to it are paused. Try again in \
             {retry_after_secs} seconds."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_callers_count_per_64_and_mapped_ipv4_as_ipv4() {
        let group = |text: &str| address_group(Some(text.parse().unwrap()));
        assert_eq!(group("2001:db8:1:2:aaaa::1"), group("2001:db8:1:2:bbbb::9"));
        assert_ne!(group("2001:db8:1:2::1"), group("2001:db8:1:3::1"));
        assert_eq!(group("::ffff:203.0.113.7"), group("203.0.113.7"));
        assert_ne!(group("203.0.113.7"), group("203.0.113.8"));
        assert_eq!(address_group(None), "unknown");
    }
}
