//! The OAuth 2.0 grants: who gets an access token, with which scopes, and the refresh-token rules.
//!
//! - `password`: a user's e-mail and password, with failed sign-ins throttled per account. The password is verified
//!   with argon2 between two database runs, so no connection is held while it runs, and through
//!   [`password::verify_bounded`], so no more verifications run at once than its semaphore allows. An unknown
//!   e-mail takes the same path and time as a wrong password.
//! - `client_credentials`: an integration client's id and secret, compared in constant time. No lockout.
//! - `authorization_code`: a public client exchanges the code its user got from the sign-in page
//!   (`/oauth/authorize`) with the PKCE verifier (RFC 7636, S256). Codes work once, for 60 seconds, for the client,
//!   redirect URI and verifier they were issued for; a code presented again revokes the sign-in it started.
//! - `refresh_token`: rotation. Each refresh token works once; presenting a used one again revokes its whole family
//!   (every refresh token of the same sign-in), and a family never outlives the first token's expiry.
//!
//! Errors are the RFC 6749 ones (`invalid_grant`, `invalid_client`, `invalid_scope`) or 429 while locked. Reading
//! and checking the token request itself (form or JSON, HTTP Basic, missing parameters) is the handler's work.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use rebound_domain::ids::{ApiClientId, RefreshTokenId, SessionId};
use rebound_domain::versions::ApiVersion;

use super::Database;
use crate::auth::oauth;
use crate::auth::secrets::{credential_hash, random_credential, throttle_key_hash};
use crate::auth::sign_in_throttle::SignInThrottle;
use crate::auth::{password, Principal, Role, Scope, Subject, TokenKeys};
use crate::clock::Clock;
use crate::error::{OAuthErrorCode, ServiceError};
use rebound_config::{LoginThrottleSettings, Settings};
use rebound_db::models::revocation::{self, RevocationKind};
use rebound_db::models::{api_client, authorization_code, login_throttle, refresh_token, user};

/// What a token request presents, per grant type. Its `Debug` form leaves the secrets out.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// A user's login name (e-mail, any case) and password; `scope` narrows the token.
    Password {
        username: String,
        password: String,
        scope: Option<String>,
    },
    /// An integration client's id and secret; `scope` narrows the token.
    Client {
        client_id: String,
        client_secret: String,
        scope: Option<String>,
    },
    /// An authorization code from the sign-in page, with what it must be bound to (RFC 6749 §4.1.3) and the PKCE
    /// verifier whose S256 challenge came with the authorization request.
    AuthorizationCode {
        code: String,
        redirect_uri: String,
        client_id: String,
        code_verifier: String,
    },
    /// A refresh token to exchange for a new pair, with the scopes of the sign-in it came from (or, with `scope`,
    /// a subset of them; RFC 6749 §6 forbids more).
    RefreshToken {
        refresh_token: String,
        scope: Option<String>,
        /// The public client refreshing, required when the sign-in was made through one (RFC 6749 §6).
        client_id: Option<String>,
    },
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Password {
                username, scope, ..
            } => f
                .debug_struct("Password")
                .field("username", username)
                .field("scope", scope)
                .finish_non_exhaustive(),
            Self::Client {
                client_id, scope, ..
            } => f
                .debug_struct("Client")
                .field("client_id", client_id)
                .field("scope", scope)
                .finish_non_exhaustive(),
            Self::AuthorizationCode {
                redirect_uri,
                client_id,
                ..
            } => f
                .debug_struct("AuthorizationCode")
                .field("redirect_uri", redirect_uri)
                .field("client_id", client_id)
                .finish_non_exhaustive(),
            Self::RefreshToken { .. } => f.debug_struct("RefreshToken").finish_non_exhaustive(),
        }
    }
}

/// The tokens of a successful grant.
#[derive(Debug)]
pub struct IssuedTokens {
    /// The signed JWT.
    pub access_token: String,
    /// Lifetime of the access token.
    pub expires_in: std::time::Duration,
    /// For users (`password`, `refresh_token`); clients get none.
    pub refresh_token: Option<String>,
    /// What the access token may do.
    pub scopes: Vec<Scope>,
}

/// Checks `credentials` and issues an access token (and, for users, a refresh token).
pub async fn grant(
    db: &Database,
    keys: &TokenKeys,
    settings: &Settings,
    clock: &Clock,
    credentials: Credentials,
    caller: Option<std::net::IpAddr>,
) -> Result<IssuedTokens, ServiceError> {
    // Expiry of refresh tokens, codes and rotated secrets goes by the app's clock; the access JWT's own `iat`/`exp`
    // stay on the system clock (see `TokenKeys::issue`).
    let now = clock.now();
    let grant = match credentials {
        Credentials::Password {
            username,
            password,
            scope,
        } => password_grant(db, settings, now, username, password, scope, caller).await?,
        Credentials::Client {
            client_id,
            client_secret,
            scope,
        } => {
            client_credentials_grant(db, settings, now, client_id, client_secret, scope, caller)
                .await?
        }
        Credentials::AuthorizationCode {
            code,
            redirect_uri,
            client_id,
            code_verifier,
        } => {
            let presented = PresentedCode {
                code,
                redirect_uri,
                client_id,
                code_verifier,
            };
            authorization_code_grant(db, settings, now, presented).await?
        }
        Credentials::RefreshToken {
            refresh_token,
            scope,
            client_id,
        } => refresh_token_grant(db, now, refresh_token, scope, client_id).await?,
    };
    let access_token = keys.issue(&grant.principal, grant.session)?;
    Ok(IssuedTokens {
        access_token,
        expires_in: keys.access_ttl(),
        refresh_token: grant.refresh_token,
        scopes: grant.principal.scopes,
    })
}

/// The outcome of a successful grant.
struct Grant {
    principal: Principal,
    refresh_token: Option<String>,
    /// The sign-in (refresh-token family) a user's tokens belong to.
    session: Option<SessionId>,
}

/// The scopes to grant: all `allowed` ones, or the requested subset.
fn granted_scopes(requested: Option<&str>, allowed: &[Scope]) -> Result<Vec<Scope>, ServiceError> {
    let Some(requested) = requested.filter(|r| !r.trim().is_empty()) else {
        return Ok(allowed.to_vec());
    };
    let scopes = Scope::parse_list(requested).map_err(|unknown| {
        ServiceError::oauth(
            OAuthErrorCode::InvalidScope,
            format!("Unknown scope `{unknown}`."),
        )
    })?;
    if let Some(extra) = scopes.iter().find(|s| !allowed.contains(s)) {
        return Err(ServiceError::oauth(
            OAuthErrorCode::InvalidScope,
            format!(
                "The scope `{}` is not available to this account.",
                extra.as_str()
            ),
        ));
    }
    Ok(scopes)
}

/// The known scopes among stored scope names; unknown names (from an older or newer build) grant nothing.
fn stored_scopes(names: &[String]) -> impl Iterator<Item = Scope> + '_ {
    names.iter().filter_map(|s| Scope::parse(s))
}

/// The scopes a rotated refresh token carries on: those of the sign-in that the user's role still allows, since
/// the role may have changed since. Never more than the role allows now.
fn scopes_still_allowed(stored: &[String], role: Role) -> Vec<Scope> {
    let role_scopes = role.scopes();
    stored_scopes(stored)
        .filter(|s| role_scopes.contains(s))
        .collect()
}

/// The e-mail address a username stands for: addresses are stored lowercased, and surrounding spaces are no part
/// of one.
fn login_name(username: &str) -> String {
    username.trim().to_lowercase()
}

fn locked_out(retry_after_secs: u64) -> ServiceError {
    ServiceError::TooManyRequests {
        retry_after_secs,
        detail: format!("Too many failed attempts. Try again in {retry_after_secs} seconds."),
    }
}

/// Checks a user's e-mail and password, with the failed-sign-in throttling every sign-in shares (the `password`
/// grant and the sign-in page; see [`SignInThrottle`]): a wrong password or unknown e-mail counts against the
/// account from `caller`'s address and against the account overall, and is `invalid_grant`; while either is
/// locked, 429 before anything is checked.
pub(crate) async fn authenticate(
    db: &Database,
    settings: &Settings,
    username: String,
    password: String,
    caller: Option<std::net::IpAddr>,
) -> Result<user::UserRow, ServiceError> {
    let email = login_name(&username);
    let throttle = SignInThrottle::new(&settings.login_throttle, &email, caller);

    // Three steps, so no database connection is held while argon2 runs: look up, verify, record.
    let lookup = throttle.clone();
    let account = db
        .run(move |conn| {
            lookup.refuse_while_locked(conn)?;
            Ok::<_, ServiceError>(user::find_by_email(conn, &email)?)
        })
        .await?;
    // Unknown e-mail and wrong password take the same path and about the same time: no account oracle.
    let verified =
        password::verify_bounded(password, account.as_ref().map(|a| a.password_hash.clone()))
            .await?;
    db.write(move |conn| {
        let Some(row) = account.filter(|_| verified) else {
            throttle.count_failure(conn)?;
            return Err(ServiceError::oauth(
                OAuthErrorCode::InvalidGrant,
                "The e-mail address or password is incorrect.",
            ));
        };
        throttle.succeeded(conn)?;
        Ok(row)
    })
    .await
}

async fn password_grant(
    db: &Database,
    settings: &Settings,
    now: DateTime<Utc>,
    username: String,
    password: String,
    scope: Option<String>,
    caller: Option<std::net::IpAddr>,
) -> Result<Grant, ServiceError> {
    let refresh_ttl = settings.jwt.refresh_token_ttl;
    let row = authenticate(db, settings, username, password, caller).await?;
    db.write(move |conn| {
        let role = row.role;
        let scopes = granted_scopes(scope.as_deref(), &role.scopes())?;
        let expires_at =
            now + chrono::Duration::from_std(refresh_ttl).map_err(ServiceError::internal)?;
        let session = SessionId::new_v7();
        let refresh_token = new_refresh_token(conn, &row, session, &scopes, expires_at, None)?;
        Ok(Grant {
            principal: Principal {
                subject: Subject::User(row.id),
                workspace_id: row.workspace_id,
                role: Some(role),
                scopes,
                // No client obtained it: the current version, unless a request names another.
                api_version: None,
            },
            refresh_token: Some(refresh_token),
            session: Some(session),
        })
    })
    .await
}

/// An authorization code as presented at the token endpoint.
struct PresentedCode {
    code: String,
    redirect_uri: String,
    client_id: String,
    code_verifier: String,
}

/// What presenting an authorization code led to; a reuse must commit its revocation, so it is an `Ok` here.
enum Exchange {
    Granted(Box<Grant>),
    Reused,
}

/// The `authorization_code` grant: exchanges a code from the sign-in page, once, for the user's tokens.
async fn authorization_code_grant(
    db: &Database,
    settings: &Settings,
    now: DateTime<Utc>,
    presented: PresentedCode,
) -> Result<Grant, ServiceError> {
    let refresh_ttl = chrono::Duration::from_std(settings.jwt.refresh_token_ttl)
        .map_err(ServiceError::internal)?;
    let outcome = db
        .write(move |conn| {
            super::in_transaction(conn, |conn| {
                exchange_code(conn, &presented, now, now + refresh_ttl)
            })
        })
        .await?;
    match outcome {
        Exchange::Granted(grant) => Ok(*grant),
        Exchange::Reused => Err(invalid_grant(
            "This authorization code was already used, so the tokens it was exchanged for are now revoked. Sign in again.",
        )),
    }
}

/// RFC 6749's `invalid_grant`, saying why.
fn invalid_grant(why: &str) -> ServiceError {
    ServiceError::oauth(OAuthErrorCode::InvalidGrant, why)
}

/// The exchange, inside one transaction with the code's row locked: a used code ends the sign-in it started; an
/// unused one that matches the presented client, redirect URI and verifier, and whose user may still hold its
/// scopes, is marked used and becomes a grant with a refresh token expiring at `refresh_expires_at`.
fn exchange_code(
    conn: &mut PgConnection,
    presented: &PresentedCode,
    now: DateTime<Utc>,
    refresh_expires_at: DateTime<Utc>,
) -> Result<Exchange, ServiceError> {
    let Some(code) = authorization_code::find_for_update(conn, &credential_hash(&presented.code))?
    else {
        return Err(invalid_grant("The authorization code is invalid."));
    };
    if code.used_at.is_some() {
        end_sign_in_of_reused_code(conn, &code)?;
        return Ok(Exchange::Reused);
    }
    let client = api_client::find_by_client_id(conn, &presented.client_id)?
        .filter(|c| c.id == code.api_client_id && c.revoked_at.is_none());
    let Some(client) = client else {
        return Err(invalid_grant(
            "The authorization code was not issued to this client.",
        ));
    };
    check_presented_code(&code, presented, now)?;
    let owner = user::find_in_workspace(conn, code.workspace_id, code.user_id)?
        .ok_or_else(|| invalid_grant("The user who signed in no longer exists."))?;
    // The role may have changed in the seconds since the sign-in.
    let scopes = scopes_still_allowed(&code.scopes, owner.role);
    if scopes.is_empty() {
        return Err(invalid_grant(
            "The user who signed in may no longer use these scopes.",
        ));
    }
    let session = SessionId::new_v7();
    let refresh_token = new_refresh_token(
        conn,
        &owner,
        session,
        &scopes,
        refresh_expires_at,
        Some(client.id),
    )?;
    authorization_code::mark_used(conn, &code.code_hash, session)?;
    api_client::touch_last_used(conn, client.id)?;
    Ok(Exchange::Granted(Box::new(Grant {
        principal: Principal {
            subject: Subject::User(owner.id),
            workspace_id: owner.workspace_id,
            role: Some(owner.role),
            scopes,
            api_version: ApiVersion::for_date(&client.api_version),
        },
        refresh_token: Some(refresh_token),
        session: Some(session),
    })))
}

/// A code presented twice was intercepted, or its first exchange was replayed: end the sign-in it started (RFC 6749
/// §4.1.2), its refresh tokens at once and its access tokens within seconds.
fn end_sign_in_of_reused_code(
    conn: &mut PgConnection,
    code: &authorization_code::AuthorizationCodeRow,
) -> Result<(), ServiceError> {
    if let Some(session) = code.session_id {
        refresh_token::revoke_family(conn, session)?;
        revocation::record(
            conn,
            code.workspace_id,
            RevocationKind::Session,
            session.into(),
        )?;
    }
    Ok(())
}

/// The code is still valid at `now`, and the redirect URI and PKCE verifier presented are those of its request.
fn check_presented_code(
    code: &authorization_code::AuthorizationCodeRow,
    presented: &PresentedCode,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    if code.expires_at <= now {
        return Err(invalid_grant(
            "The authorization code has expired; sign in again.",
        ));
    }
    if code.redirect_uri != presented.redirect_uri {
        return Err(invalid_grant(
            "redirect_uri is not the one the authorization request used.",
        ));
    }
    if !oauth::verifier_matches(&presented.code_verifier, &code.code_challenge) {
        return Err(invalid_grant(
            "code_verifier does not match the authorization request's code_challenge.",
        ));
    }
    Ok(())
}

/// Issues a refresh token of `family_id`. A rotated token keeps its family's expiry, so one sign-in lasts at most
/// the refresh-token lifetime however often it is refreshed.
fn new_refresh_token(
    conn: &mut PgConnection,
    user: &user::UserRow,
    family_id: SessionId,
    scopes: &[Scope],
    expires_at: DateTime<Utc>,
    api_client_id: Option<ApiClientId>,
) -> Result<String, ServiceError> {
    let token = random_credential(crate::auth::secrets::REFRESH_TOKEN_PREFIX);
    refresh_token::insert(
        conn,
        &refresh_token::NewRefreshToken {
            id: RefreshTokenId::new_v7(),
            workspace_id: user.workspace_id,
            user_id: user.id,
            family_id,
            token_hash: &credential_hash(&token),
            scopes: scopes.iter().map(|s| s.as_str().to_string()).collect(),
            expires_at,
            api_client_id,
        },
    )?;
    Ok(token)
}

async fn client_credentials_grant(
    db: &Database,
    settings: &Settings,
    now: DateTime<Utc>,
    client_id: String,
    secret: String,
    scope: Option<String>,
    caller: Option<std::net::IpAddr>,
) -> Result<Grant, ServiceError> {
    // Wrong secrets are throttled like passwords, but per client *and caller address*: a lock keyed on the public
    // client_id alone would let anyone who knows it shut the integration out.
    let throttle = settings.login_throttle.clone();
    let key = client_throttle_key(&throttle, &client_id, caller);
    db.write(move |conn| {
        if let Some(secs) = login_throttle::locked_for_secs(conn, &key)? {
            return Err(locked_out(secs));
        }
        let client = api_client::find_by_client_id(conn, &client_id)?;
        let presented = credential_hash(&secret);
        // A public client has no secret, so it never passes here (and counts as a failure like a wrong secret).
        let valid = client
            .as_ref()
            .filter(|c| c.revoked_at.is_none() && secret_matches(c, &presented, now));
        let Some(client) = valid else {
            if let Some(secs) = login_throttle::record_failure(conn, &key, &throttle)? {
                return Err(locked_out(secs));
            }
            return Err(ServiceError::oauth(
                OAuthErrorCode::InvalidClient,
                "Unknown client or wrong secret.",
            ));
        };
        login_throttle::clear(conn, &key)?;
        let allowed: Vec<Scope> = stored_scopes(&client.scopes).collect();
        let scopes = granted_scopes(scope.as_deref(), &allowed)?;
        api_client::touch_last_used(conn, client.id)?;
        Ok(Grant {
            principal: Principal {
                subject: Subject::Client(client.id),
                workspace_id: client.workspace_id,
                role: None,
                scopes,
                api_version: ApiVersion::for_date(&client.api_version),
            },
            refresh_token: None,
            session: None,
        })
    })
    .await
}

/// Whether `presented` (a secret's hash) is the client's current secret, or its previous one while the rotation's
/// grace period lasts.
fn secret_matches(client: &api_client::ApiClientRow, presented: &str, now: DateTime<Utc>) -> bool {
    let current = client
        .secret_hash
        .as_ref()
        .is_some_and(|hash| constant_time_eq(hash.as_bytes(), presented.as_bytes()));
    let previous = match (
        &client.previous_secret_hash,
        client.previous_secret_expires_at,
    ) {
        (Some(hash), Some(until)) => {
            now < until && constant_time_eq(hash.as_bytes(), presented.as_bytes())
        }
        _ => false,
    };
    current | previous
}

/// The throttle key of client-secret attempts: the client and the address they come from, as a keyed hash.
fn client_throttle_key(
    throttle: &LoginThrottleSettings,
    client_id: &str,
    caller: Option<std::net::IpAddr>,
) -> String {
    let plain = match caller {
        Some(ip) => format!("client:{client_id}@{ip}"),
        None => format!("client:{client_id}"),
    };
    throttle_key_hash(&throttle.key, &plain)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What presenting a refresh token led to; a reuse must commit its revocation, so it is an `Ok` here.
enum Refresh {
    Rotated(Box<Grant>),
    Reused,
}

async fn refresh_token_grant(
    db: &Database,
    now: DateTime<Utc>,
    presented: String,
    requested: Option<String>,
    client_id: Option<String>,
) -> Result<Grant, ServiceError> {
    let invalid = || {
        ServiceError::oauth(
            OAuthErrorCode::InvalidGrant,
            "The refresh token is invalid or expired.",
        )
    };
    let outcome = db
        .write(move |conn| {
            super::in_transaction(conn, |conn| {
                let Some(token) =
                    refresh_token::find_for_update(conn, &credential_hash(&presented))?
                else {
                    return Err(invalid());
                };
                if token.rotated_at.is_some() || token.revoked_at.is_some() {
                    // A used token came back: someone holds a copy. Cut off the whole sign-in: its refresh
                    // tokens at once, its access tokens (the newest may be the attacker's) within seconds.
                    refresh_token::revoke_family(conn, token.family_id)?;
                    revocation::record(
                        conn,
                        token.workspace_id,
                        RevocationKind::Session,
                        token.family_id.into(),
                    )?;
                    return Ok(Refresh::Reused);
                }
                if token.expires_at <= now {
                    return Err(invalid());
                }
                if !super::api_clients::may_refresh(conn, token.api_client_id, client_id.as_deref())? {
                    return Err(invalid_grant(
                        "The refresh token was not issued to this client; send the client_id it was issued to.",
                    ));
                }
                let owner = user::find_in_workspace(conn, token.workspace_id, token.user_id)?
                    .ok_or_else(invalid)?;
                let role = owner.role;
                // Asking for more than the sign-in granted is invalid_scope, and the token stays usable.
                let scopes = granted_scopes(
                    requested.as_deref(),
                    &scopes_still_allowed(&token.scopes, role),
                )?;
                refresh_token::mark_rotated(conn, token.id)?;
                let refresh_token = new_refresh_token(
                    conn,
                    &owner,
                    token.family_id,
                    &scopes,
                    token.expires_at,
                    token.api_client_id,
                )?;
                Ok(Refresh::Rotated(Box::new(Grant {
                    principal: Principal {
                        subject: Subject::User(owner.id),
                        workspace_id: owner.workspace_id,
                        role: Some(role),
                        scopes,
                        // The client's pin as it is now, so a change reaches refreshed tokens too.
                        api_version: match token.api_client_id {
                            Some(id) => api_client::find_in_workspace(conn, token.workspace_id, id)?
                                .and_then(|client| ApiVersion::for_date(&client.api_version)),
                            None => None,
                        },
                    },
                    refresh_token: Some(refresh_token),
                    session: Some(token.family_id),
                })))
            })
        })
        .await?;
    match outcome {
        Refresh::Rotated(grant) => Ok(*grant),
        Refresh::Reused => Err(ServiceError::oauth(
            OAuthErrorCode::InvalidGrant,
            "This refresh token was already used, so every token from the same sign-in is now revoked. Sign in again.",
        )),
    }
}

/// Revokes a token (RFC 7009). A refresh token, or an access token a user got by signing in, ends that whole sign-in:
/// every refresh token of it at once, and its access tokens on every replica within the revocation window. An
/// integration client's access token is revoked alone. Whoever holds a token may revoke it, and an unknown, invalid
/// or expired token is no error: there is nothing left to revoke, and the answer must not tell tokens apart.
pub async fn revoke(db: &Database, keys: &TokenKeys, token: String) -> Result<(), ServiceError> {
    /// What the presented token turned out to be.
    enum Target {
        RefreshToken(String),
        AccessToken(crate::auth::jwt::VerifiedToken),
    }
    let target = if token.starts_with(crate::auth::secrets::REFRESH_TOKEN_PREFIX) {
        Target::RefreshToken(credential_hash(&token))
    } else {
        match keys.verify_token(&token) {
            Ok(verified) => Target::AccessToken(verified),
            Err(_) => return Ok(()),
        }
    };
    db.write(move |conn| {
        super::in_transaction(conn, |conn| {
            let (workspace_id, kind, id) = match &target {
                Target::RefreshToken(hash) => {
                    let Some(row) = refresh_token::find_for_update(conn, hash)? else {
                        return Ok(());
                    };
                    (
                        row.workspace_id,
                        RevocationKind::Session,
                        row.family_id.into(),
                    )
                }
                Target::AccessToken(verified) => {
                    let workspace_id = verified.principal.workspace_id;
                    match (verified.session_id, verified.token_id) {
                        (Some(session), _) => {
                            (workspace_id, RevocationKind::Session, session.into())
                        }
                        (None, Some(token_id)) => (workspace_id, RevocationKind::Token, token_id),
                        // Not a token this service issued (no id to record); it cannot be revoked alone.
                        (None, None) => return Ok(()),
                    }
                }
            };
            if kind == RevocationKind::Session {
                refresh_token::revoke_family(conn, SessionId::from_uuid(id))?;
            }
            revocation::record(conn, workspace_id, kind, id)?;
            Ok(())
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requested_scopes_must_be_known_and_allowed() {
        let allowed = Role::Coach.scopes();
        assert_eq!(granted_scopes(None, &allowed).unwrap(), allowed);
        assert_eq!(granted_scopes(Some("  "), &allowed).unwrap(), allowed);
        assert_eq!(
            granted_scopes(Some("interviews:read"), &allowed).unwrap(),
            vec![Scope::InterviewsRead]
        );
        assert!(granted_scopes(Some("admin"), &allowed).is_err());
        assert!(granted_scopes(Some("root"), &allowed).is_err());
    }

    #[test]
    fn a_refreshed_token_keeps_only_what_the_role_allows_now() {
        let stored: Vec<String> = ["interviews:read", "admin", "from-a-newer-build"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            scopes_still_allowed(&stored, Role::Owner),
            vec![Scope::InterviewsRead, Scope::Admin]
        );
        // An owner's sign-in, refreshed after a demotion, loses `admin`.
        assert_eq!(
            scopes_still_allowed(&stored, Role::Coach),
            vec![Scope::InterviewsRead]
        );
    }

    #[test]
    fn every_spelling_of_an_address_is_one_login_key() {
        assert_eq!(
            login_name(" Maya.Chen@Example.COM\t"),
            "maya.chen@example.com"
        );
        let throttle = LoginThrottleSettings {
            max_failures: 5,
            account_max_failures: 100,
            window: std::time::Duration::from_secs(300),
            lockout: std::time::Duration::from_secs(300),
            key: rebound_config::Secret::new("test-key"),
        };
        assert_eq!(
            crate::auth::sign_in_throttle::account_key(
                &throttle,
                &login_name("MAYA.CHEN@example.com")
            ),
            crate::auth::sign_in_throttle::account_key(&throttle, "maya.chen@example.com")
        );
    }

    #[test]
    fn credentials_never_show_their_secrets_when_debugged() {
        let shown = format!(
            "{:?} {:?} {:?}",
            Credentials::Password {
                username: "maya.chen@example.com".into(),
                password: "correct horse battery staple".into(),
                scope: None,
            },
            Credentials::Client {
                client_id: "rbc_id".into(),
                client_secret: "rbs_secret".into(),
                scope: None,
            },
            Credentials::RefreshToken {
                refresh_token: "rbr_token".into(),
                scope: None,
                client_id: Some("rbc_public".into()),
            },
        );
        assert!(shown.contains("maya.chen@example.com") && shown.contains("rbc_id"));
        for secret in ["correct horse", "rbs_secret", "rbr_token"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }

    #[test]
    fn constant_time_comparison_is_still_a_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
