//! Access tokens: short-lived HS256 JWTs. New tokens are signed with the current key; tokens signed with a previous
//! key (named by `kid`) are accepted until they expire, so keys rotate without logging anyone out.

use rebound_domain::ids::{ApiClientId, SessionId, UserId, WorkspaceId};
use rebound_domain::versions::ApiVersion;
use std::collections::HashMap;
use std::time::Duration;

use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Principal, Role, Scope, Subject};
use crate::error::ServiceError;
use rebound_config::JwtSettings;

/// The only algorithm issued or accepted; pinning it rules out `alg: none` and algorithm-confusion tokens.
const ALGORITHM: Algorithm = Algorithm::HS256;

/// Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds.
const LEEWAY_SECS: u64 = 5;

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The user's or integration client's id.
    pub sub: String,
    pub exp: u64,
    pub iat: u64,
    pub nbf: u64,
    pub jti: String,
    /// Whether `sub` is a `user` or a `client`.
    pub sub_type: String,
    /// The workspace (tenant) id.
    pub ws: WorkspaceId,
    /// The user's role; absent for integration clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Space-separated scopes.
    pub scope: String,
    /// The sign-in (refresh-token family) a user's token came from, so signing out ends exactly that session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<SessionId>,
    /// The API version requests with this token get unless they name one (the API client's pin when issued).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ver: Option<String>,
}

/// A verified access token: who it speaks for, and the ids a revocation can name it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedToken {
    pub principal: Principal,
    /// The token's own id (`jti`), when it is a UUID (every token this service issues).
    pub token_id: Option<Uuid>,
    /// The sign-in it came from (`sid`); integration clients' tokens have none.
    pub session_id: Option<SessionId>,
    /// When it was issued, in Unix milliseconds: taken from the time-ordered `jti`, within the second of `iat`.
    pub issued_at_ms: i64,
}

impl VerifiedToken {
    /// The ids a revocation of this token could be recorded under: its subject, its sign-in and itself.
    pub fn revocable_ids(&self) -> impl Iterator<Item = Uuid> + '_ {
        std::iter::once(self.principal.subject_id())
            .chain(self.session_id.map(Uuid::from))
            .chain(self.token_id)
    }
}

/// The issue time of a token in milliseconds. `iat` has only seconds, and a revocation and a fresh sign-in often
/// fall in the same second, so the UUIDv7 `jti` supplies the milliseconds; a `jti` without a timestamp counts as
/// the start of the `iat` second, so in doubt a token counts as issued *before* a revocation in that second.
fn issued_at_ms(iat: u64, jti: Option<Uuid>) -> i64 {
    let second_start = i64::try_from(iat.saturating_mul(1000)).unwrap_or(i64::MAX);
    let from_jti = jti.and_then(|id| id.get_timestamp()).map(|ts| {
        let (secs, nanos) = ts.to_unix();
        i64::try_from(secs * 1000 + u64::from(nanos) / 1_000_000).unwrap_or(i64::MAX)
    });
    from_jti.map_or(second_start, |ms| {
        ms.clamp(second_start, second_start.saturating_add(999))
    })
}

/// Signing and verification keys with the validation rules; built once at start.
pub struct TokenKeys {
    current_kid: String,
    encoding: EncodingKey,
    decoding: HashMap<String, DecodingKey>,
    validation: Validation,
    issuer: String,
    audience: String,
    access_ttl: Duration,
    recently_verified: RecentlyVerified,
}

/// Tokens verified lately, by their exact text, with when they expire. A client sends the same token with every
/// request until it expires; decoding it and checking its signature again cost more CPU than the rest of a by-id
/// read's own work (#18's profile). Only the expiry can change a verified token's verdict (`nbf` and `iat` were in
/// the past when it was verified, and time only moves on), so a hit checks it again. Revocations are checked by the
/// caller on every request, cached or not. Bounded: emptied when full, so it holds at most one burst of clients.
#[derive(Default)]
struct RecentlyVerified(std::sync::Mutex<HashMap<Box<str>, (VerifiedToken, u64)>>);

impl RecentlyVerified {
    const MOST: usize = 4096;

    fn get(&self, token: &str, now: u64) -> Option<VerifiedToken> {
        let verified = self.0.lock().ok()?;
        let (token, expires) = verified.get(token)?;
        // jsonwebtoken's rule: expired once `exp` is more than the leeway in the past.
        (*expires + LEEWAY_SECS >= now).then(|| token.clone())
    }

    fn remember(&self, token: &str, verified: &VerifiedToken, expires: u64) {
        if let Ok(mut remembered) = self.0.lock() {
            if remembered.len() >= Self::MOST {
                remembered.clear();
            }
            remembered.insert(token.into(), (verified.clone(), expires));
        }
    }
}

impl TokenKeys {
    pub fn new(settings: &JwtSettings) -> Self {
        let mut validation = Validation::new(ALGORITHM);
        validation.algorithms = vec![ALGORITHM];
        validation.leeway = LEEWAY_SECS;
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.set_issuer(&[settings.issuer.as_str()]);
        validation.set_audience(&[settings.audience.as_str()]);
        validation.set_required_spec_claims(&["exp", "aud", "iss", "sub"]);
        let decoding = std::iter::once(&settings.current_key)
            .chain(settings.previous_keys.iter())
            .map(|key| {
                (
                    key.kid.clone(),
                    DecodingKey::from_secret(key.secret.expose().as_bytes()),
                )
            })
            .collect();
        Self {
            current_kid: settings.current_key.kid.clone(),
            encoding: EncodingKey::from_secret(settings.current_key.secret.expose().as_bytes()),
            decoding,
            validation,
            issuer: settings.issuer.clone(),
            audience: settings.audience.clone(),
            access_ttl: settings.access_token_ttl,
            recently_verified: RecentlyVerified::default(),
        }
    }

    /// Lifetime of the access tokens this issues.
    pub fn access_ttl(&self) -> Duration {
        self.access_ttl
    }

    /// Signs an access token for `principal`, from the sign-in `session` when it came from one.
    pub fn issue(
        &self,
        principal: &Principal,
        session: Option<SessionId>,
    ) -> Result<String, ServiceError> {
        // The system clock, not the app's `Clock`: jsonwebtoken checks `exp`/`nbf` against the system clock (here and
        // at every other verifier), and revocations compare `iat` with PostgreSQL's `clock_timestamp()`.
        let now = jsonwebtoken::get_current_timestamp();
        let (sub, sub_type) = match principal.subject {
            Subject::User(id) => (id.as_uuid(), "user"),
            Subject::Client(id) => (id.as_uuid(), "client"),
        };
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            sub: sub.to_string(),
            exp: now + self.access_ttl.as_secs(),
            iat: now,
            nbf: now,
            jti: Uuid::now_v7().to_string(),
            sub_type: sub_type.to_string(),
            ws: principal.workspace_id,
            role: principal.role.map(|r| r.as_str().to_string()),
            scope: Scope::join(&principal.scopes),
            sid: session,
            ver: principal
                .api_version
                .map(|version| version.as_str().to_string()),
        };
        self.sign(&claims)
    }

    /// Signs arbitrary claims with the current key (tests use it to build edge-case tokens).
    pub fn sign(&self, claims: &Claims) -> Result<String, ServiceError> {
        let mut header = Header::new(ALGORITHM);
        header.kid = Some(self.current_kid.clone());
        encode(&header, claims, &self.encoding).map_err(ServiceError::internal)
    }

    /// Verifies a bearer token and returns who it speaks for.
    pub fn verify(&self, token: &str) -> Result<Principal, ServiceError> {
        self.verify_token(token).map(|verified| verified.principal)
    }

    /// Like [`TokenKeys::verify`], also returning the token's ids and issue time, which revocations are checked
    /// against.
    pub fn verify_token(&self, token: &str) -> Result<VerifiedToken, ServiceError> {
        if let Some(verified) = self
            .recently_verified
            .get(token, jsonwebtoken::get_current_timestamp())
        {
            return Ok(verified);
        }
        let (verified, expires) = self.decode_and_check(token)?;
        self.recently_verified.remember(token, &verified, expires);
        Ok(verified)
    }

    /// [`TokenKeys::verify_token`] without the cache: the token's verdict and its `exp`.
    fn decode_and_check(&self, token: &str) -> Result<(VerifiedToken, u64), ServiceError> {
        const INVALID: ServiceError = ServiceError::Unauthorized("The access token is invalid.");
        let header = decode_header(token).map_err(|_| INVALID)?;
        if header.alg != ALGORITHM {
            return Err(INVALID);
        }
        let key = header
            .kid
            .as_deref()
            .and_then(|kid| self.decoding.get(kid))
            .ok_or(INVALID)?;
        let data =
            decode::<Claims>(token, key, &self.validation).map_err(|error| match error.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => {
                    ServiceError::Unauthorized("The access token has expired; request a new one.")
                }
                _ => INVALID,
            })?;
        let claims = data.claims;
        // A token issued in the future would count as issued after every revocation made until then, so it could
        // outlive them; jsonwebtoken checks `exp` and `nbf` but not `iat`.
        if claims.iat > jsonwebtoken::get_current_timestamp().saturating_add(LEEWAY_SECS) {
            return Err(INVALID);
        }
        let principal = principal_from_claims(&claims).ok_or(INVALID)?;
        let token_id = Uuid::parse_str(&claims.jti).ok();
        let verified = VerifiedToken {
            principal,
            token_id,
            session_id: claims.sid,
            issued_at_ms: issued_at_ms(claims.iat, token_id),
        };
        Ok((verified, claims.exp))
    }
}

fn principal_from_claims(claims: &Claims) -> Option<Principal> {
    let id = Uuid::parse_str(&claims.sub).ok()?;
    let subject = match claims.sub_type.as_str() {
        "user" => Subject::User(UserId::from_uuid(id)),
        "client" => Subject::Client(ApiClientId::from_uuid(id)),
        _ => return None,
    };
    let role = match &claims.role {
        Some(role) => Some(Role::parse(role)?),
        None => None,
    };
    // Users always carry a role and clients never do; anything else was not issued by us.
    if matches!(subject, Subject::User(_)) != role.is_some() {
        return None;
    }
    Some(Principal {
        subject,
        workspace_id: claims.ws,
        role,
        scopes: Scope::parse_list(&claims.scope).ok()?,
        api_version: claims.ver.as_deref().and_then(ApiVersion::for_date),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_config::{JwtKey, Secret};

    fn settings(current: &str, previous: &[&str]) -> JwtSettings {
        let key = |kid: &str| JwtKey {
            kid: kid.to_string(),
            secret: Secret::new(format!("{kid}-0123456789abcdefghijklmnopqrstuvwxyz")),
        };
        JwtSettings {
            issuer: "rebound".into(),
            audience: "rebound-api".into(),
            current_key: key(current),
            previous_keys: previous.iter().map(|k| key(k)).collect(),
            ephemeral_key: false,
            access_token_ttl: Duration::from_secs(600),
            refresh_token_ttl: Duration::from_secs(3600),
        }
    }

    fn owner() -> Principal {
        Principal {
            subject: Subject::User(UserId::new_v7()),
            workspace_id: WorkspaceId::new_v7(),
            role: Some(Role::Owner),
            scopes: Role::Owner.scopes(),
            api_version: Some(ApiVersion::V2026_11_26),
        }
    }

    #[test]
    fn an_issued_token_verifies_back_to_the_same_principal() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let principal = owner();
        let verified = keys.verify(&keys.issue(&principal, None).unwrap()).unwrap();
        assert_eq!(verified, principal);
    }

    #[test]
    fn tokens_signed_with_a_previous_key_still_verify_after_rotation() {
        let old = TokenKeys::new(&settings("k1", &[]));
        let rotated = TokenKeys::new(&settings("k2", &["k1"]));
        let token = old.issue(&owner(), None).unwrap();
        assert!(rotated.verify(&token).is_ok());
        // ... and once k1 is dropped from the list, they no longer do.
        let dropped = TokenKeys::new(&settings("k2", &[]));
        assert!(dropped.verify(&token).is_err());
    }

    #[test]
    fn a_token_from_another_issuer_configuration_is_rejected() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let mut other = settings("k1", &[]);
        other.audience = "someone-else".into();
        let token = TokenKeys::new(&other).issue(&owner(), None).unwrap();
        assert!(keys.verify(&token).is_err());
    }

    #[test]
    fn a_token_carries_its_session_and_its_own_millisecond_issue_time() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let session = SessionId::new_v7();
        let before = chrono::Utc::now().timestamp_millis();
        let verified = keys
            .verify_token(&keys.issue(&owner(), Some(session)).unwrap())
            .unwrap();
        let after = chrono::Utc::now().timestamp_millis();
        assert_eq!(verified.session_id, Some(session));
        assert!((before..=after).contains(&verified.issued_at_ms));
        let ids: Vec<Uuid> = verified.revocable_ids().collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[0], verified.principal.subject_id());
    }

    #[test]
    fn a_token_issued_in_the_future_beyond_the_leeway_is_refused() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let with_iat_ahead = |secs: u64| {
            let now = jsonwebtoken::get_current_timestamp();
            let owner = owner();
            let Subject::User(user) = owner.subject else {
                unreachable!()
            };
            keys.sign(&Claims {
                iss: "rebound".into(),
                aud: "rebound-api".into(),
                sub: user.as_uuid().to_string(),
                exp: now + 600,
                iat: now + secs,
                nbf: now,
                jti: Uuid::now_v7().to_string(),
                sub_type: "user".into(),
                ws: owner.workspace_id,
                role: Some("owner".into()),
                scope: Scope::join(&owner.scopes),
                sid: None,
                ver: None,
            })
            .unwrap()
        };
        assert!(keys.verify(&with_iat_ahead(3600)).is_err());
        assert!(keys.verify(&with_iat_ahead(LEEWAY_SECS + 60)).is_err());
        // Within the leeway (a replica's clock slightly ahead) it is accepted.
        assert!(keys.verify(&with_iat_ahead(1)).is_ok());
    }

    #[test]
    fn a_remembered_token_is_served_only_until_it_expires_and_only_for_its_exact_text() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let token = keys.issue(&owner(), None).unwrap();
        let verified = keys.verify_token(&token).unwrap();
        let (_, expires) = keys.decode_and_check(&token).unwrap();
        let remembered = &keys.recently_verified;
        assert_eq!(
            remembered.get(&token, expires + LEEWAY_SECS),
            Some(verified)
        );
        assert_eq!(
            remembered.get(&token, expires + LEEWAY_SECS + 1),
            None,
            "served after it expired"
        );
        // A token that differs in one character of its signature is checked, not matched to the remembered one.
        let at = token.len() - 10;
        let changed = if &token[at..=at] == "A" { "B" } else { "A" };
        let forged = format!("{}{changed}{}", &token[..at], &token[at + 1..]);
        assert!(keys.verify_token(&forged).is_err());
        assert!(keys.verify_token(&token).is_ok());
    }

    #[test]
    fn the_remembered_tokens_are_bounded() {
        let keys = TokenKeys::new(&settings("k1", &[]));
        let verified = keys
            .verify_token(&keys.issue(&owner(), None).unwrap())
            .unwrap();
        for n in 0..RecentlyVerified::MOST + 10 {
            keys.recently_verified
                .remember(&format!("token-{n}"), &verified, u64::MAX / 2);
        }
        let held = keys.recently_verified.0.lock().unwrap().len();
        assert!(held <= RecentlyVerified::MOST, "{held} tokens held");
    }

    #[test]
    fn without_a_time_ordered_jti_a_token_counts_from_the_start_of_its_second() {
        assert_eq!(issued_at_ms(1_700_000_000, None), 1_700_000_000_000);
        // A jti from another second cannot move the issue time out of `iat`'s second.
        let stray = Uuid::now_v7();
        assert_eq!(issued_at_ms(1_700_000_000, Some(stray)), 1_700_000_000_999);
        assert_eq!(
            issued_at_ms(1_700_000_000, Some(Uuid::nil())),
            1_700_000_000_000
        );
    }
}
