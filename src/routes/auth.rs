//! Sign-up and the OAuth 2.0 token endpoint.

use actix_web::http::header;
use actix_web::{post, web, HttpRequest, HttpResponse};
use base64::Engine;
use chrono::Utc;
use diesel::Connection;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::secrets::{credential_hash, random_credential};
use crate::auth::{password, Principal, Scope, Subject};
use crate::db::models::{api_client, login_throttle, refresh_token, user};
use crate::error::{ApiError, OAuthErrorCode, Problem};
use crate::extract::{
    declared_length, is_json_content_type, media_type, parse_form, parse_json, read_body, Json,
    JsonLimit,
};
use crate::routes::accounts::{UserResponse, WorkspaceResponse};
use crate::service::accounts::{self, SignupInput};
use crate::state::AppState;

/// Creates a workspace and its owner.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "workspace_name": "Northside Career Coaching",
    "email": "maya.chen@example.com",
    "password": "correct horse battery staple",
    "display_name": "Maya Chen"
}))]
pub struct SignupRequest {
    /// Name of the new workspace, 1–100 characters.
    pub workspace_name: String,
    /// The owner's e-mail address; it is their login name and must not be registered yet.
    pub email: String,
    /// The owner's password, 10–128 characters.
    pub password: String,
    /// How the owner is shown to others, 1–100 characters.
    pub display_name: String,
}

/// The new workspace and its owner.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"workspace": {"id": "01936f8e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", "name": "Northside Career Coaching", "created_at": "2026-11-25T09:30:00Z"}, "user": {"id": "01936f8e-6a2b-7c3d-9e4f-5a6b7c8d9e0f", "email": "maya.chen@example.com", "display_name": "Maya Chen", "role": "owner", "version": 1, "created_at": "2026-11-25T09:30:00Z", "updated_at": "2026-11-25T09:30:00Z"}}))]
pub struct SignupResponse {
    pub workspace: WorkspaceResponse,
    pub user: UserResponse,
}

impl From<SignupRequest> for SignupInput {
    fn from(r: SignupRequest) -> Self {
        Self {
            workspace_name: r.workspace_name,
            email: r.email,
            password: r.password,
            display_name: r.display_name,
        }
    }
}

/// Create a workspace with its owner account.
///
/// No authentication needed. Afterwards, get a token from `POST /v1/auth/token` with the `password` grant.
#[utoipa::path(
    tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 201, description = "Workspace and owner created", body = SignupResponse),
        (status = 400, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The e-mail address is already registered", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/signup")]
pub async fn signup(
    state: web::Data<AppState>,
    body: Json<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    let (workspace, owner) = accounts::signup(&state.db, body.into_inner().into()).await?;
    Ok(HttpResponse::Created().json(SignupResponse {
        workspace: workspace.into(),
        user: owner.into(),
    }))
}

/// An OAuth 2.0 token request (RFC 6749), form-encoded or JSON.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[schema(example = json!({"grant_type": "password", "username": "maya.chen@example.com", "password": "correct horse battery staple"}))]
pub struct TokenRequest {
    /// `password`, `client_credentials` or `refresh_token`.
    #[serde(default)]
    pub grant_type: String,
    /// The user's e-mail address (`password` grant).
    pub username: Option<String>,
    /// The user's password (`password` grant).
    pub password: Option<String>,
    /// Space-separated scopes to narrow the token to; defaults to everything the user or client may have.
    pub scope: Option<String>,
    /// The integration client's id (`client_credentials`; may instead be sent with HTTP Basic authentication).
    pub client_id: Option<String>,
    /// The integration client's secret (`client_credentials`; may instead be sent with HTTP Basic authentication).
    pub client_secret: Option<String>,
    /// The refresh token to exchange (`refresh_token` grant). Each refresh token works once.
    pub refresh_token: Option<String>,
}

/// An issued access token (RFC 6749 §5.1).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
    "token_type": "Bearer",
    "expires_in": 900,
    "refresh_token": "rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb",
    "scope": "interviews:read interviews:write plans:write admin"
}))]
pub struct TokenResponse {
    /// A JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// Present for the `password` and `refresh_token` grants: exchange it for a new token pair before it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The scopes granted, space-separated.
    pub scope: String,
}

/// Issue an access token (OAuth 2.0).
///
/// Grants: `password` (users: `username` is the e-mail), `client_credentials` (integration clients; credentials in
/// the body or as HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one
/// again revokes every refresh token from the same sign-in, and access tokens already issued lapse within their
/// short lifetime; a sign-in lasts at most the refresh-token lifetime, however often it is refreshed). Accepts `application/x-www-form-urlencoded` (as
/// Swagger UI's Authorize dialog sends) or JSON. Repeated failed sign-ins for one account are refused with 429 and
/// `Retry-After` for a while.
#[utoipa::path(
    tag = "auth",
    request_body(content(
        (TokenRequest = "application/x-www-form-urlencoded"),
        (TokenRequest = "application/json"),
    )),
    responses(
        (status = 200, description = "Token issued", body = TokenResponse),
        (status = 400, description = "Invalid request, grant or scope (`error` says which)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown or revoked integration client", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is neither form-encoded nor JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed sign-ins for this account; see Retry-After", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/token")]
pub async fn issue_token(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let request = read_token_request(&req, payload).await?;
    let grant = match request.grant_type.as_str() {
        "password" => password_grant(&state, request).await?,
        "client_credentials" => {
            let basic = basic_credentials(&req);
            client_credentials_grant(&state, request, basic).await?
        }
        "refresh_token" => refresh_token_grant(&state, request).await?,
        "" => return Err(ApiError::oauth(OAuthErrorCode::InvalidRequest, "grant_type is required.")),
        other => {
            return Err(ApiError::oauth(
                OAuthErrorCode::UnsupportedGrantType,
                format!("grant_type `{other}` is not supported; use password, client_credentials or refresh_token."),
            ))
        }
    };
    let access_token = state.tokens.issue(&grant.principal)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: state.tokens.access_ttl().as_secs(),
            refresh_token: grant.refresh_token,
            scope: Scope::join(&grant.principal.scopes),
        }))
}

async fn read_token_request(
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<TokenRequest, ApiError> {
    let limit = req.app_data::<JsonLimit>().map_or(64 * 1024, |l| l.0);
    let declared = declared_length(req);
    let form = media_type(req).as_deref() == Some("application/x-www-form-urlencoded");
    if !form && !is_json_content_type(req) {
        return Err(ApiError::UnsupportedMediaType {
            expected: "application/x-www-form-urlencoded or application/json",
        });
    }
    let body = read_body(&mut payload.into_inner(), declared, limit).await?;
    if form {
        parse_form(&body)
    } else {
        parse_json(&body)
    }
}

/// The outcome of a successful grant.
struct Grant {
    principal: Principal,
    refresh_token: Option<String>,
}

fn required(value: Option<String>, name: &str) -> Result<String, ApiError> {
    value.filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::oauth(
            OAuthErrorCode::InvalidRequest,
            format!("{name} is required for this grant."),
        )
    })
}

/// The scopes to grant: all `allowed` ones, or the requested subset.
fn granted_scopes(requested: Option<&str>, allowed: &[Scope]) -> Result<Vec<Scope>, ApiError> {
    let Some(requested) = requested.filter(|r| !r.trim().is_empty()) else {
        return Ok(allowed.to_vec());
    };
    let scopes = Scope::parse_list(requested).map_err(|unknown| {
        ApiError::oauth(
            OAuthErrorCode::InvalidScope,
            format!("Unknown scope `{unknown}`."),
        )
    })?;
    if let Some(extra) = scopes.iter().find(|s| !allowed.contains(s)) {
        return Err(ApiError::oauth(
            OAuthErrorCode::InvalidScope,
            format!(
                "The scope `{}` is not available to this account.",
                extra.as_str()
            ),
        ));
    }
    Ok(scopes)
}

fn locked_out(retry_after_secs: u64) -> ApiError {
    ApiError::TooManyRequests {
        retry_after_secs,
        detail: format!("Too many failed attempts. Try again in {retry_after_secs} seconds."),
    }
}

/// Longest login name accepted (the longest e-mail address); longer values are refused before any lookup.
const MAX_USERNAME_LEN: usize = 254;
/// Longest client id or secret accepted; ours are 47 characters.
const MAX_CLIENT_CREDENTIAL_LEN: usize = 200;

fn bounded(value: String, name: &str, max: usize) -> Result<String, ApiError> {
    if value.len() > max {
        return Err(ApiError::oauth(
            OAuthErrorCode::InvalidRequest,
            format!("{name} is longer than {max} characters."),
        ));
    }
    Ok(value)
}

async fn password_grant(
    state: &web::Data<AppState>,
    request: TokenRequest,
) -> Result<Grant, ApiError> {
    let email = bounded(
        required(request.username, "username")?,
        "username",
        MAX_USERNAME_LEN,
    )?
    .trim()
    .to_lowercase();
    let password = bounded(required(request.password, "password")?, "password", 1024)?;
    let throttle = state.settings.login_throttle.clone();
    let refresh_ttl = state.settings.jwt.refresh_token_ttl;
    let login_key = format!("user:{email}");

    // Three steps, so no database connection is held while argon2 runs: look up, verify, record.
    let lookup_key = login_key.clone();
    let account = state
        .db
        .run(move |conn| {
            if let Some(secs) = login_throttle::locked_for_secs(conn, &lookup_key)? {
                return Err(locked_out(secs));
            }
            Ok(user::find_by_email(conn, &email)?)
        })
        .await?;
    // Unknown e-mail and wrong password take the same path and about the same time: no account oracle.
    let verified =
        password::verify_bounded(password, account.as_ref().map(|a| a.password_hash.clone()))
            .await?;
    state
        .db
        .run(move |conn| {
            let Some(row) = account.filter(|_| verified) else {
                if let Some(secs) = login_throttle::record_failure(conn, &login_key, &throttle)? {
                    return Err(locked_out(secs));
                }
                return Err(ApiError::oauth(
                    OAuthErrorCode::InvalidGrant,
                    "The e-mail address or password is incorrect.",
                ));
            };
            login_throttle::clear(conn, &login_key)?;
            let role = row.role;
            let scopes = granted_scopes(request.scope.as_deref(), &role.scopes())?;
            let expires_at =
                Utc::now() + chrono::Duration::from_std(refresh_ttl).map_err(ApiError::internal)?;
            let refresh_token = new_refresh_token(conn, &row, Uuid::now_v7(), &scopes, expires_at)?;
            Ok(Grant {
                principal: Principal {
                    subject: Subject::User(row.id),
                    workspace_id: row.workspace_id,
                    role: Some(role),
                    scopes,
                },
                refresh_token: Some(refresh_token),
            })
        })
        .await
}

/// Issues a refresh token of `family_id`. A rotated token keeps its family's expiry, so one sign-in lasts at most
/// the refresh-token lifetime however often it is refreshed.
fn new_refresh_token(
    conn: &mut diesel::PgConnection,
    user: &user::UserRow,
    family_id: Uuid,
    scopes: &[Scope],
    expires_at: chrono::DateTime<Utc>,
) -> Result<String, ApiError> {
    let token = random_credential("rbr_");
    refresh_token::insert(
        conn,
        &refresh_token::NewRefreshToken {
            id: Uuid::now_v7(),
            workspace_id: user.workspace_id,
            user_id: user.id,
            family_id,
            token_hash: &credential_hash(&token),
            scopes: scopes.iter().map(|s| s.as_str().to_string()).collect(),
            expires_at,
        },
    )?;
    Ok(token)
}

/// `client_id` and `client_secret` from an `Authorization: Basic` header, if present (RFC 6749 §2.3.1).
fn basic_credentials(req: &HttpRequest) -> Option<(String, String)> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    let unescape = |s: &str| {
        form_urlencoded::parse(format!("v={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
    };
    Some((unescape(id)?, unescape(secret)?))
}

async fn client_credentials_grant(
    state: &web::Data<AppState>,
    request: TokenRequest,
    basic: Option<(String, String)>,
) -> Result<Grant, ApiError> {
    let (client_id, secret) = match basic {
        Some(pair) => pair,
        None => (
            required(request.client_id, "client_id")?,
            required(request.client_secret, "client_secret")?,
        ),
    };
    let client_id = bounded(client_id, "client_id", MAX_CLIENT_CREDENTIAL_LEN)?;
    let secret = bounded(secret, "client_secret", MAX_CLIENT_CREDENTIAL_LEN)?;
    // No lockout here: client secrets are 256-bit random, so guessing is hopeless anyway, and a lock keyed on the
    // public client_id would let anyone who knows it shut the integration out.
    state
        .db
        .run(move |conn| {
            let client = api_client::find_by_client_id(conn, &client_id)?;
            let presented = credential_hash(&secret);
            let valid = client.as_ref().filter(|c| {
                c.revoked_at.is_none()
                    && constant_time_eq(c.secret_hash.as_bytes(), presented.as_bytes())
            });
            let Some(client) = valid else {
                return Err(ApiError::oauth(
                    OAuthErrorCode::InvalidClient,
                    "Unknown client or wrong secret.",
                ));
            };
            let allowed: Vec<Scope> = client
                .scopes
                .iter()
                .filter_map(|s| Scope::parse(s))
                .collect();
            let scopes = granted_scopes(request.scope.as_deref(), &allowed)?;
            api_client::touch_last_used(conn, client.id)?;
            Ok(Grant {
                principal: Principal {
                    subject: Subject::Client(client.id),
                    workspace_id: client.workspace_id,
                    role: None,
                    scopes,
                },
                refresh_token: None,
            })
        })
        .await
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
    state: &web::Data<AppState>,
    request: TokenRequest,
) -> Result<Grant, ApiError> {
    let presented = required(request.refresh_token, "refresh_token")?;
    let invalid = || {
        ApiError::oauth(
            OAuthErrorCode::InvalidGrant,
            "The refresh token is invalid or expired.",
        )
    };
    let outcome = state
        .db
        .run(move |conn| {
            conn.transaction(|conn| {
                let Some(token) =
                    refresh_token::find_for_update(conn, &credential_hash(&presented))?
                else {
                    return Err(invalid());
                };
                if token.rotated_at.is_some() || token.revoked_at.is_some() {
                    // A used token came back: someone holds a copy. Cut off the whole sign-in.
                    refresh_token::revoke_family(conn, token.family_id)?;
                    return Ok(Refresh::Reused);
                }
                if token.expires_at <= Utc::now() {
                    return Err(invalid());
                }
                let owner = user::find_in_workspace(conn, token.workspace_id, token.user_id)?
                    .ok_or_else(invalid)?;
                let role = owner.role;
                // The role may have changed since sign-in: never grant more than it allows now.
                let role_scopes = role.scopes();
                let scopes: Vec<Scope> = token
                    .scopes
                    .iter()
                    .filter_map(|s| Scope::parse(s))
                    .filter(|s| role_scopes.contains(s))
                    .collect();
                refresh_token::mark_rotated(conn, token.id)?;
                let refresh_token =
                    new_refresh_token(conn, &owner, token.family_id, &scopes, token.expires_at)?;
                Ok(Refresh::Rotated(Box::new(Grant {
                    principal: Principal {
                        subject: Subject::User(owner.id),
                        workspace_id: owner.workspace_id,
                        role: Some(role),
                        scopes,
                    },
                    refresh_token: Some(refresh_token),
                })))
            })
        })
        .await?;
    match outcome {
        Refresh::Rotated(grant) => Ok(*grant),
        Refresh::Reused => Err(ApiError::oauth(
            OAuthErrorCode::InvalidGrant,
            "This refresh token was already used, so every token from the same sign-in is now revoked. Sign in again.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;

    #[test]
    fn requested_scopes_must_be_known_and_allowed() {
        let allowed = Role::Coach.scopes();
        assert_eq!(granted_scopes(None, &allowed).unwrap(), allowed);
        assert_eq!(
            granted_scopes(Some("interviews:read"), &allowed).unwrap(),
            vec![Scope::InterviewsRead]
        );
        assert!(granted_scopes(Some("admin"), &allowed).is_err());
        assert!(granted_scopes(Some("root"), &allowed).is_err());
    }

    #[test]
    fn constant_time_comparison_is_still_a_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
