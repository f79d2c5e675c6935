//! The authorization endpoint's use cases (RFC 6749 §4.1, RFC 7636, RFC 9700): checking an authorization request
//! against the public client it names, and signing a user in to issue an authorization code. The code's exchange
//! for tokens is in [`super::tokens`].

use chrono::{DateTime, Utc};

use super::Database;
use crate::auth::oauth::is_s256_challenge;
use crate::auth::secrets::{credential_hash, random_credential};
use crate::auth::{ClientType, Scope};
use crate::error::{OAuthErrorCode, ServiceError};
use crate::validation::nul_in_read_fields;
use rebound_config::Settings;
use rebound_db::models::api_client::{self, ApiClientRow};
use rebound_db::models::authorization_code::{self, NewAuthorizationCode};

/// How long an authorization code can be exchanged (RFC 9700 asks for short-lived codes; one minute is plenty for
/// a redirect and a token request).
pub const CODE_TTL: chrono::Duration = chrono::Duration::seconds(60);

/// Longest `state` passed through; longer ones are refused rather than cut.
pub const MAX_STATE_LEN: usize = 1024;

/// Longest `client_id` looked up (ours are 47 characters, the demo's `swagger-ui`).
const MAX_CLIENT_ID_LEN: usize = 200;

/// The parameters of an authorization request as sent (the query of the page, the hidden fields of its form).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AuthorizeParams {
    pub response_type: Option<String>,
    pub client_id: Option<String>,
    pub redirect_uri: Option<String>,
    pub scope: Option<String>,
    pub state: Option<String>,
    pub code_challenge: Option<String>,
    pub code_challenge_method: Option<String>,
}

impl AuthorizeParams {
    /// The names of the parameters, as they appear in the query and the form.
    pub const NAMES: [&'static str; 7] = [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
    ];

    /// What the sign-in form adds to [`Self::NAMES`].
    pub const FORM_NAMES: [&'static str; 4] = ["csrf_token", "email", "password", "decision"];

    /// Reads the parameters from decoded name/value pairs. Unknown names are ignored (RFC 6749 §3.1); a known one
    /// given twice makes the whole request untrustworthy: [`Refusal::Page`]. A NUL character in a name, or in the value
    /// of a parameter the page reads, is refused as every form of the API refuses it: a 400 problem naming the field.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, Refusal> {
        let read: Vec<&str> = Self::NAMES
            .iter()
            .chain(&Self::FORM_NAMES)
            .copied()
            .collect();
        let errors = nul_in_read_fields(pairs.iter().cloned(), &read);
        if !errors.is_empty() {
            return Err(Refusal::Failed(ServiceError::Validation(errors)));
        }
        let single = |name: &str| -> Result<Option<String>, Refusal> {
            let mut values = pairs.iter().filter(|(n, _)| n == name).map(|(_, v)| v);
            let first = values.next().cloned();
            if values.next().is_some() {
                return Err(Refusal::Page(format!(
                    "The sign-in link gives `{name}` more than once."
                )));
            }
            Ok(first)
        };
        Ok(Self {
            response_type: single("response_type")?,
            client_id: single("client_id")?,
            redirect_uri: single("redirect_uri")?,
            scope: single("scope")?,
            state: single("state")?,
            code_challenge: single("code_challenge")?,
            code_challenge_method: single("code_challenge_method")?,
        })
    }

    /// The parameters in [`Self::NAMES`] order, absent ones as empty strings: what the page's CSRF token is bound
    /// to, and what its form carries back.
    pub fn values(&self) -> [&str; 7] {
        [
            &self.response_type,
            &self.client_id,
            &self.redirect_uri,
            &self.scope,
            &self.state,
            &self.code_challenge,
            &self.code_challenge_method,
        ]
        .map(|v| v.as_deref().unwrap_or(""))
    }
}

/// An authorization request that passed every check.
#[derive(Debug, Clone)]
pub struct AuthorizeRequest {
    pub client: ApiClientRow,
    /// One of the client's registered redirect URIs, exactly as sent.
    pub redirect_uri: String,
    /// What the client asks for: its `scope`, or everything the client may hold.
    pub scopes: Vec<Scope>,
    pub state: Option<String>,
    pub code_challenge: String,
}

/// Why an authorization request or sign-in is refused, and so how to answer.
#[derive(Debug)]
pub enum Refusal {
    /// The client or the redirect URI cannot be trusted (or the page itself was tampered with): say so on the
    /// page and send nobody anywhere (RFC 6749 §4.1.2.1).
    Page(String),
    /// Like [`Refusal::Page`], but the link is well-formed and names a client or redirect URI that cannot be used
    /// (unknown or revoked, confidential, not registered): a 422 page rather than a 400.
    Untrusted(String),
    /// The signed-in user belongs to another workspace than the client: said on the page too.
    OtherWorkspace,
    /// Tell the client at its (registered, checked) redirect URI.
    Redirect {
        redirect_uri: String,
        state: Option<String>,
        /// An RFC 6749 §4.1.2.1 error code.
        error: &'static str,
        description: String,
    },
    /// Wrong e-mail or password: the page asks again.
    WrongCredentials,
    /// Too many failed sign-ins for this address: the page says when to try again.
    LockedOut { retry_after_secs: u64 },
    /// The service failed (database unavailable, say): an ordinary API error.
    Failed(ServiceError),
}

impl From<ServiceError> for Refusal {
    fn from(error: ServiceError) -> Self {
        Self::Failed(error)
    }
}

/// Checks an authorization request: first the client and redirect URI (shown on the page when wrong, since they
/// decide where the browser may be sent), then the rest (sent back to the client): `response_type=code`, PKCE with
/// S256 only (`plain` is refused, RFC 9700 §2.1.1), the scopes, the length of `state`.
pub async fn check_request(
    db: &Database,
    params: &AuthorizeParams,
) -> Result<AuthorizeRequest, Refusal> {
    let client = public_client(db, params).await?;
    let redirect_uri = registered_redirect_uri(&client, params)?;
    let state = params.state.clone().filter(|s| !s.is_empty());
    let back = |(error, description): RedirectError| Refusal::Redirect {
        redirect_uri: redirect_uri.clone(),
        state: state.clone().filter(|s| s.len() <= MAX_STATE_LEN),
        error,
        description,
    };
    check_state_and_response_type(state.as_deref(), params).map_err(back)?;
    let code_challenge = s256_challenge(params).map_err(back)?;
    let scopes = requested_scopes(&client, params).map_err(back)?;
    Ok(AuthorizeRequest {
        client,
        redirect_uri,
        scopes,
        state,
        code_challenge,
    })
}

/// What is sent back to the client when the request is wrong past its client and redirect URI: an RFC 6749
/// §4.1.2.1 error code and a description.
type RedirectError = (&'static str, String);

/// The client the request names, when it can sign users in here: known, not revoked, and public.
async fn public_client(db: &Database, params: &AuthorizeParams) -> Result<ApiClientRow, Refusal> {
    let client_id = params
        .client_id
        .clone()
        .filter(|id| !id.is_empty())
        .ok_or_else(|| Refusal::Page("The sign-in link has no client_id.".into()))?;
    if client_id.len() > MAX_CLIENT_ID_LEN || !client_id.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Refusal::Untrusted(
            "The sign-in link names an unknown client.".into(),
        ));
    }
    let client = db
        .run(move |conn| Ok::<_, ServiceError>(api_client::find_by_client_id(conn, &client_id)?))
        .await?
        .filter(|c| c.revoked_at.is_none())
        .ok_or_else(|| Refusal::Untrusted("The sign-in link names an unknown client.".into()))?;
    if client.client_type != ClientType::Public {
        return Err(Refusal::Untrusted(format!(
            "{} is a confidential client, which gets tokens with its secret; it cannot sign users in here.",
            client.name
        )));
    }
    Ok(client)
}

/// The request's redirect URI, when it is one the client registered (exactly as sent).
fn registered_redirect_uri(
    client: &ApiClientRow,
    params: &AuthorizeParams,
) -> Result<String, Refusal> {
    let redirect_uri = params
        .redirect_uri
        .clone()
        .filter(|uri| !uri.is_empty())
        .ok_or_else(|| Refusal::Page("The sign-in link has no redirect_uri.".into()))?;
    if !client.redirect_uris.contains(&redirect_uri) {
        return Err(Refusal::Untrusted(format!(
            "The sign-in link's redirect_uri is not one {} registered, so Rebound will not send you there.",
            client.name
        )));
    }
    Ok(redirect_uri)
}

/// `state` within [`MAX_STATE_LEN`], and `response_type=code`.
fn check_state_and_response_type(
    state: Option<&str>,
    params: &AuthorizeParams,
) -> Result<(), RedirectError> {
    let refuse = |error: &'static str, description: &str| Err((error, description.to_string()));
    if state.is_some_and(|s| s.len() > MAX_STATE_LEN) {
        return refuse("invalid_request", "state is longer than 1024 characters.");
    }
    match params.response_type.as_deref() {
        Some("code") => Ok(()),
        None | Some("") => refuse("invalid_request", "response_type is required."),
        Some(_) => refuse(
            "unsupported_response_type",
            "Only response_type=code (with PKCE) is supported.",
        ),
    }
}

/// The PKCE challenge: method S256 only (`plain` is refused, RFC 9700 §2.1.1) and a well-formed S256 challenge.
fn s256_challenge(params: &AuthorizeParams) -> Result<String, RedirectError> {
    let refuse = |description: &str| Err(("invalid_request", description.to_string()));
    match params.code_challenge_method.as_deref() {
        Some("S256") => {}
        Some("plain") => {
            return refuse("PKCE with code_challenge_method=plain is not allowed; use S256.")
        }
        None | Some("") => {
            return refuse("PKCE is required: send code_challenge with code_challenge_method=S256.")
        }
        Some(_) => return refuse("code_challenge_method must be S256."),
    }
    let code_challenge = params.code_challenge.clone().unwrap_or_default();
    if !is_s256_challenge(&code_challenge) {
        return refuse(
            "code_challenge must be BASE64URL(SHA-256(code_verifier)) without padding: 43 characters.",
        );
    }
    Ok(code_challenge)
}

/// The scopes asked for (all known, all registered for the client), or, when `scope` is absent or blank, every
/// scope the client may hold.
fn requested_scopes(
    client: &ApiClientRow,
    params: &AuthorizeParams,
) -> Result<Vec<Scope>, RedirectError> {
    let allowed: Vec<Scope> = client
        .scopes
        .iter()
        .filter_map(|s| Scope::parse(s))
        .collect();
    let Some(requested) = params.scope.as_deref().filter(|s| !s.trim().is_empty()) else {
        return Ok(allowed);
    };
    let scopes = Scope::parse_list(requested)
        .map_err(|unknown| ("invalid_scope", format!("Unknown scope `{unknown}`.")))?;
    if let Some(extra) = scopes.iter().find(|s| !allowed.contains(s)) {
        return Err((
            "invalid_scope",
            format!(
                "The scope `{}` is not registered for this client.",
                extra.as_str()
            ),
        ));
    }
    Ok(scopes)
}

/// Signs the user in (the password grant's checks and failed-sign-in throttling) and issues an authorization code
/// for the request: bound to the client, redirect URI, user, scopes (those asked for that the user's role allows)
/// and PKCE challenge, valid for [`CODE_TTL`] from `now`. The user must belong to the client's workspace.
pub async fn sign_in(
    db: &Database,
    settings: &Settings,
    now: DateTime<Utc>,
    request: &AuthorizeRequest,
    email: String,
    password: String,
    caller: Option<std::net::IpAddr>,
) -> Result<String, Refusal> {
    let user = super::tokens::authenticate(db, settings, email, password, caller)
        .await
        .map_err(|error| match error {
            ServiceError::OAuth {
                code: OAuthErrorCode::InvalidGrant,
                ..
            } => Refusal::WrongCredentials,
            ServiceError::TooManyRequests {
                retry_after_secs, ..
            } => Refusal::LockedOut { retry_after_secs },
            other => Refusal::Failed(other),
        })?;
    if user.workspace_id != request.client.workspace_id {
        return Err(Refusal::OtherWorkspace);
    }
    let role_scopes = user.role.scopes();
    let scopes: Vec<Scope> = request
        .scopes
        .iter()
        .copied()
        .filter(|s| role_scopes.contains(s))
        .collect();
    if scopes.is_empty() {
        return Err(Refusal::Redirect {
            redirect_uri: request.redirect_uri.clone(),
            state: request.state.clone(),
            error: "invalid_scope",
            description: "The account that signed in may use none of the requested scopes.".into(),
        });
    }
    // 256 random bits; only the hash is stored.
    let code = random_credential("");
    let code_hash = credential_hash(&code);
    let new_code = (
        request.client.workspace_id,
        request.client.id,
        user.id,
        request.redirect_uri.clone(),
        scopes.iter().map(|s| s.as_str().to_string()).collect(),
        request.code_challenge.clone(),
        now + CODE_TTL,
    );
    db.write(move |conn| {
        let (workspace_id, api_client_id, user_id, redirect_uri, scopes, challenge, expires_at) =
            new_code;
        crate::autocommitted(conn, |conn| {
            authorization_code::insert(
                conn,
                &NewAuthorizationCode {
                    code_hash: &code_hash,
                    workspace_id,
                    api_client_id,
                    user_id,
                    redirect_uri: &redirect_uri,
                    scopes,
                    code_challenge: &challenge,
                    expires_at,
                },
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn parameters_are_read_once_each_and_unknown_ones_ignored() {
        let params = AuthorizeParams::from_pairs(&pairs(&[
            ("response_type", "code"),
            ("client_id", "swagger-ui"),
            ("nonce", "ignored"),
        ]))
        .unwrap();
        assert_eq!(params.client_id.as_deref(), Some("swagger-ui"));
        assert_eq!(params.values()[0], "code");
        assert_eq!(params.values()[3], "");
        assert!(matches!(
            AuthorizeParams::from_pairs(&pairs(&[("state", "a"), ("state", "b")])),
            Err(Refusal::Page(message)) if message.contains("`state`")
        ));
        assert!(matches!(
            AuthorizeParams::from_pairs(&pairs(&[("client_id", "a\0")])),
            Err(Refusal::Failed(ServiceError::Validation(errors))) if errors[0].field == "client_id"
        ));
    }
}
