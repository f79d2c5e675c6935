//! Sign-up and the OAuth 2.0 token endpoint.

use actix_web::http::header;
use actix_web::{post, web, HttpRequest, HttpResponse};
use base64::Engine;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{ApiError, OAuthErrorCode, Problem};
use crate::extract::{
    declared_length, is_json_content_type, media_type, parse_form, parse_json, read_body, Json,
    JsonLimit,
};
use crate::routes::limits;
use crate::routes::responses::InvalidFields;
use crate::state::AppState;
use rebound_domain::bounded::{DisplayName, EmailAddress, NewPassword, WorkspaceName};
use rebound_service::accounts::{self, SignupInput};
use rebound_service::auth::Scope;
use rebound_service::tokens::{self, Credentials};
use rebound_views::accounts::{SignupResponse, TokenResponse};

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
    pub workspace_name: WorkspaceName,
    /// The owner's e-mail address; it is their login name and must not be registered yet.
    pub email: EmailAddress,
    /// The owner's password, 10–128 characters.
    pub password: NewPassword,
    /// How the owner is shown to others, 1–100 characters.
    pub display_name: DisplayName,
    /// The workspace's default language for new candidates: `en` (the default) or `fr-CA`, any case. Anything else
    /// is a 422 naming `locale`. An admin changes it later with `PATCH /v1/me/workspace`.
    #[schema(value_type = Option<rebound_views::locales::LocaleTag>)]
    pub locale: Option<String>,
}

impl From<SignupRequest> for SignupInput {
    fn from(r: SignupRequest) -> Self {
        Self {
            workspace_name: r.workspace_name.into(),
            email: r.email.into(),
            password: r.password.into(),
            display_name: r.display_name.into(),
            locale: r.locale,
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
        InvalidFields,
        (status = 422, description = "`locale` is not a language Rebound writes in (`errors[]` names it)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The e-mail address is already registered", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-ups for registered addresses from this caller or for this e-mail", body = Problem, content_type = "application/problem+json", headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/signup")]
pub async fn signup(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Json<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    let caller = crate::forwarded::client_address(&req);
    let signed_up = accounts::signup(
        &state.db,
        &state.settings.login_throttle,
        caller,
        body.into_inner().into(),
    )
    .await?;
    Ok(HttpResponse::Created().json(signed_up))
}

/// An OAuth 2.0 token request (RFC 6749), form-encoded.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[schema(example = json!({"grant_type": "password", "username": "maya.chen@example.com", "password": "correct horse battery staple"}))]
pub struct TokenRequest {
    /// `authorization_code`, `password`, `client_credentials` or `refresh_token`.
    #[serde(default)]
    #[schema(
        required = true,
        pattern = "^(authorization_code|password|client_credentials|refresh_token)$"
    )]
    pub grant_type: String,
    /// The user's e-mail address (`password` grant).
    pub username: Option<String>,
    /// The user's password (`password` grant).
    pub password: Option<String>,
    /// Space-separated scopes to narrow the token to; defaults to everything the user or client may have.
    pub scope: Option<String>,
    /// The integration client's id (`client_credentials`, `authorization_code`, and `refresh_token` when the sign-in
    /// was made through a public client; may instead be sent with HTTP Basic authentication).
    pub client_id: Option<String>,
    /// The integration client's secret (`client_credentials`; may instead be sent with HTTP Basic authentication).
    pub client_secret: Option<String>,
    /// The refresh token to exchange (`refresh_token` grant). Each refresh token works once.
    pub refresh_token: Option<String>,
    /// The authorization code from the sign-in page's redirect (`authorization_code` grant). Each code works once,
    /// within 60 seconds.
    pub code: Option<String>,
    /// The `redirect_uri` of the authorization request, exactly as sent then (`authorization_code` grant).
    pub redirect_uri: Option<String>,
    #[schema(schema_with = limits::code_verifier)]
    pub code_verifier: Option<String>,
}

/// Issue an access token (OAuth 2.0).
///
/// Grants: `authorization_code` (a public client, such as a browser plugin, exchanges the code its user got from the
/// sign-in page at `/oauth/authorize`, with `redirect_uri`, `client_id` and the PKCE `code_verifier`; each code works
/// once, within 60 seconds, and presenting it again revokes the tokens it was exchanged for), `password` (users:
/// `username` is the e-mail), `client_credentials` (confidential integration clients; credentials in the body or as
/// HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one again revokes
/// the whole sign-in, its refresh tokens at once and its access tokens within seconds; a sign-in made through a
/// public client needs that client's `client_id` and ends when the client is revoked; a sign-in lasts at most the
/// refresh-token lifetime, however often it is refreshed). The body is
/// `application/x-www-form-urlencoded`, as RFC 6749 and Swagger UI's Authorize dialog send it (the same fields as a
/// JSON object are accepted too, for older integrations). Repeated failed sign-ins for one account are refused with 429 and
/// `Retry-After` for a while.
#[utoipa::path(
    tag = "auth",
    request_body(content(
        (TokenRequest = "application/x-www-form-urlencoded"),
    )),
    responses(
        (status = 200, description = "Token issued", body = TokenResponse),
        (status = 400, description = "Invalid request, grant or scope (`error` says which)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown or revoked integration client", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is neither form-encoded nor JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed sign-ins for this account from the caller's address, or from many addresses together (`detail` says which); see Retry-After", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/token")]
pub async fn issue_token(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let request = read_token_request(&req, payload).await?;
    let credentials = credentials(request, basic_credentials(&req))?;
    // The client's address (`X-Forwarded-For` only from trusted proxies, never as a caller chose it): failed
    // sign-ins and wrong client secrets are throttled per account or client *and address*, so a stranger guessing
    // cannot lock the owner or the integration out from elsewhere.
    let caller = crate::forwarded::client_address(&req);
    let issued = tokens::grant(
        &state.db,
        &state.tokens,
        &state.settings,
        &state.clock,
        credentials,
        caller,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(TokenResponse {
            access_token: issued.access_token,
            token_type: "Bearer",
            expires_in: issued.expires_in.as_secs(),
            refresh_token: issued.refresh_token,
            scope: Scope::join(&issued.scopes),
        }))
}

/// An OAuth 2.0 token revocation request (RFC 7009), form-encoded.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[schema(example = json!({"token": "rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb", "token_type_hint": "refresh_token"}))]
pub struct RevokeRequest {
    #[serde(default)]
    #[schema(required = true, schema_with = limits::revoked_token)]
    pub token: String,
    /// `refresh_token` or `access_token`; optional, since the token's form tells them apart anyway.
    pub token_type_hint: Option<String>,
}

/// Longest token a revocation request may present; ours are well under 2 KB.
pub const MAX_REVOKED_TOKEN_LEN: usize = 4096;

/// Revoke a token: sign out (RFC 7009).
///
/// No authentication needed: whoever holds a token may revoke it. A refresh token, or an access token from a
/// user's sign-in, ends that whole sign-in: its refresh tokens at once, its access tokens within a few seconds on
/// every replica; the user's other sign-ins carry on. An integration client's access token is revoked alone. The
/// answer is 200 with an empty body whether or not the token was valid, known or already revoked (RFC 7009 §2.2),
/// so the endpoint says nothing about tokens.
#[utoipa::path(
    tag = "auth",
    request_body(content = RevokeRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "Revoked, or nothing to revoke"),
        (status = 400, description = "`token` is missing or too long (`error` is `invalid_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not form-encoded", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/revoke")]
pub async fn revoke_token(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if media_type(&req).as_deref() != Some("application/x-www-form-urlencoded") {
        return Err(ApiError::UnsupportedMediaType {
            expected: "application/x-www-form-urlencoded",
        });
    }
    let limit = req.app_data::<JsonLimit>().map_or(64 * 1024, |l| l.0);
    let body = read_body(&mut payload.into_inner(), declared_length(&req), limit).await?;
    let request: RevokeRequest = parse_form(&body)?;
    let token = bounded(
        required(Some(request.token), "token")?,
        "token",
        MAX_REVOKED_TOKEN_LEN,
    )?;
    tokens::revoke(&state.db, &state.tokens, token).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish())
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

/// Longest login name accepted (the longest e-mail address); longer values are refused before any lookup.
const MAX_USERNAME_LEN: usize = 254;
/// Longest password accepted at sign-in; longer values are refused before any lookup or hashing.
const MAX_SIGN_IN_PASSWORD_LEN: usize = 1024;
/// Longest client id or secret accepted; ours are 47 characters.
const MAX_CLIENT_CREDENTIAL_LEN: usize = 200;

/// The credentials a token request presents for its grant type; `basic` is the client id and secret from HTTP
/// Basic authentication, which the `client_credentials` grant prefers over the body. Missing and overlong
/// parameters and unknown grant types are refused here, before anything is looked up.
fn credentials(
    request: TokenRequest,
    basic: Option<(String, String)>,
) -> Result<Credentials, ApiError> {
    // The document states the verifier's shape for the field, so a malformed one is refused whatever the grant
    // (a grant that does not use it would otherwise accept what the contract calls invalid).
    if request
        .code_verifier
        .as_deref()
        .is_some_and(|verifier| !rebound_service::auth::oauth::is_code_verifier(verifier))
    {
        return Err(ApiError::oauth(
            OAuthErrorCode::InvalidRequest,
            "code_verifier must be 43–128 characters of A-Z, a-z, 0-9, `-`, `.`, `_` and `~` (RFC 7636).",
        ));
    }
    match request.grant_type.as_str() {
        "password" => password_credentials(request),
        "client_credentials" => client_credentials(request, basic),
        "authorization_code" => authorization_code_credentials(request, basic),
        "refresh_token" => Ok(Credentials::RefreshToken {
            refresh_token: required(request.refresh_token, "refresh_token")?,
            scope: request.scope,
            // A public client identifies itself by `client_id` alone, in the form or as HTTP Basic.
            client_id: basic.map(|(id, _)| id).or(request.client_id),
        }),
        "" => Err(ApiError::oauth(OAuthErrorCode::InvalidRequest, "grant_type is required.")),
        other => Err(ApiError::oauth(
            OAuthErrorCode::UnsupportedGrantType,
            format!("grant_type `{other}` is not supported; use authorization_code, password, client_credentials or refresh_token."),
        )),
    }
}

/// The `password` grant's: the user's e-mail and password, each required and bounded.
fn password_credentials(request: TokenRequest) -> Result<Credentials, ApiError> {
    let username = bounded(
        required(request.username, "username")?,
        "username",
        MAX_USERNAME_LEN,
    )?;
    let password = bounded(
        required(request.password, "password")?,
        "password",
        MAX_SIGN_IN_PASSWORD_LEN,
    )?;
    Ok(Credentials::Password {
        username,
        password,
        scope: request.scope,
    })
}

/// The `client_credentials` grant's: the client's id and secret, from HTTP Basic when given, else from the body.
fn client_credentials(
    request: TokenRequest,
    basic: Option<(String, String)>,
) -> Result<Credentials, ApiError> {
    let (client_id, client_secret) = match basic {
        Some(pair) => pair,
        None => (
            required(request.client_id, "client_id")?,
            required(request.client_secret, "client_secret")?,
        ),
    };
    Ok(Credentials::Client {
        client_id: bounded(client_id, "client_id", MAX_CLIENT_CREDENTIAL_LEN)?,
        client_secret: bounded(client_secret, "client_secret", MAX_CLIENT_CREDENTIAL_LEN)?,
        scope: request.scope,
    })
}

/// The `authorization_code` grant's: the code, redirect URI, public client id and PKCE verifier, all required.
fn authorization_code_credentials(
    request: TokenRequest,
    basic: Option<(String, String)>,
) -> Result<Credentials, ApiError> {
    // A public client authenticates with nothing but its id (RFC 6749 §4.1.3); some libraries send that as
    // HTTP Basic with an empty secret. A secret means a confidential client, which has no use for this grant.
    let (client_id, client_secret) = match basic {
        Some((id, secret)) => (Some(id), Some(secret)),
        None => (request.client_id, request.client_secret),
    };
    if client_secret.is_some_and(|s| !s.is_empty()) {
        return Err(ApiError::oauth(
            OAuthErrorCode::InvalidClient,
            "The authorization_code grant is for public clients, which send no client_secret.",
        ));
    }
    // Its shape was checked by `credentials`, with every grant's.
    let code_verifier = required(request.code_verifier, "code_verifier")?;
    Ok(Credentials::AuthorizationCode {
        code: bounded(
            required(request.code, "code")?,
            "code",
            MAX_CLIENT_CREDENTIAL_LEN,
        )?,
        redirect_uri: bounded(
            required(request.redirect_uri, "redirect_uri")?,
            "redirect_uri",
            rebound_service::auth::oauth::MAX_REDIRECT_URI_LEN,
        )?,
        client_id: bounded(
            required(client_id, "client_id")?,
            "client_id",
            MAX_CLIENT_CREDENTIAL_LEN,
        )?,
        code_verifier,
    })
}

fn required(value: Option<String>, name: &str) -> Result<String, ApiError> {
    value.filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::oauth(
            OAuthErrorCode::InvalidRequest,
            format!("{name} is required."),
        )
    })
}

fn bounded(value: String, name: &str, max: usize) -> Result<String, ApiError> {
    if value.len() > max {
        return Err(ApiError::oauth(
            OAuthErrorCode::InvalidRequest,
            format!("{name} is longer than {max} characters."),
        ));
    }
    Ok(value)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;

    fn some(value: &str) -> Option<String> {
        Some(value.to_string())
    }

    /// The OAuth error code and description of a refusal.
    fn refusal(result: Result<Credentials, ApiError>) -> (OAuthErrorCode, String) {
        match result {
            Err(ApiError::Service(ServiceError::OAuth {
                code, description, ..
            })) => (code, description),
            other => panic!("expected an OAuth error, got {other:?}"),
        }
    }

    #[test]
    fn a_password_request_becomes_password_credentials_as_sent() {
        let request = TokenRequest {
            grant_type: "password".into(),
            username: some(" Maya.Chen@Example.com"),
            password: some("correct horse battery staple"),
            scope: some("interviews:read"),
            ..TokenRequest::default()
        };
        assert_eq!(
            credentials(request, None).unwrap(),
            Credentials::Password {
                username: " Maya.Chen@Example.com".into(),
                password: "correct horse battery staple".into(),
                scope: some("interviews:read"),
            }
        );
    }

    #[test]
    fn missing_parameters_are_named_in_order() {
        let password = |username: Option<String>, password: Option<String>| TokenRequest {
            grant_type: "password".into(),
            username,
            password,
            ..TokenRequest::default()
        };
        let (code, description) = refusal(credentials(password(None, None), None));
        assert_eq!(code, OAuthErrorCode::InvalidRequest);
        assert_eq!(description, "username is required.");
        let (_, description) = refusal(credentials(password(some("a@b.co"), some("")), None));
        assert_eq!(description, "password is required.");

        let refresh = TokenRequest {
            grant_type: "refresh_token".into(),
            ..TokenRequest::default()
        };
        let (_, description) = refusal(credentials(refresh, None));
        assert_eq!(description, "refresh_token is required.");
    }

    #[test]
    fn overlong_credentials_are_refused_before_any_lookup() {
        let request = TokenRequest {
            grant_type: "password".into(),
            username: Some("a".repeat(MAX_USERNAME_LEN + 1)),
            password: some("whatever"),
            ..TokenRequest::default()
        };
        let (code, description) = refusal(credentials(request, None));
        assert_eq!(code, OAuthErrorCode::InvalidRequest);
        assert_eq!(description, "username is longer than 254 characters.");

        let request = TokenRequest {
            grant_type: "password".into(),
            username: some("a@b.co"),
            password: Some("p".repeat(MAX_SIGN_IN_PASSWORD_LEN + 1)),
            ..TokenRequest::default()
        };
        assert_eq!(
            refusal(credentials(request, None)).1,
            "password is longer than 1024 characters."
        );

        let request = TokenRequest {
            grant_type: "client_credentials".into(),
            ..TokenRequest::default()
        };
        let basic = Some((
            "rbc_x".to_string(),
            "s".repeat(MAX_CLIENT_CREDENTIAL_LEN + 1),
        ));
        assert_eq!(
            refusal(credentials(request, basic)).1,
            "client_secret is longer than 200 characters."
        );
    }

    #[test]
    fn basic_authentication_wins_over_client_credentials_in_the_body() {
        let request = TokenRequest {
            grant_type: "client_credentials".into(),
            client_id: some("rbc_body"),
            client_secret: some("rbs_body"),
            scope: some("interviews:read"),
            ..TokenRequest::default()
        };
        let basic = Some(("rbc_basic".to_string(), "rbs_basic".to_string()));
        assert_eq!(
            credentials(request, basic).unwrap(),
            Credentials::Client {
                client_id: "rbc_basic".into(),
                client_secret: "rbs_basic".into(),
                scope: some("interviews:read"),
            }
        );
        let without_secret = TokenRequest {
            grant_type: "client_credentials".into(),
            client_id: some("rbc_body"),
            ..TokenRequest::default()
        };
        assert_eq!(
            refusal(credentials(without_secret, None)).1,
            "client_secret is required."
        );
    }

    #[test]
    fn a_missing_or_unknown_grant_type_is_refused() {
        let (code, _) = refusal(credentials(TokenRequest::default(), None));
        assert_eq!(code, OAuthErrorCode::InvalidRequest);
        let implicit = TokenRequest {
            grant_type: "implicit".into(),
            ..TokenRequest::default()
        };
        let (code, description) = refusal(credentials(implicit, None));
        assert_eq!(code, OAuthErrorCode::UnsupportedGrantType);
        assert!(description.starts_with("grant_type `implicit` is not supported"));
    }

    #[test]
    fn basic_credentials_are_base64_of_form_encoded_id_and_secret() {
        let with_authorization = |value: &str| {
            actix_web::test::TestRequest::default()
                .insert_header((header::AUTHORIZATION, value))
                .to_http_request()
        };
        let encoded = base64::engine::general_purpose::STANDARD.encode("rbc_a%3Ab:rbs_c+d");
        assert_eq!(
            basic_credentials(&with_authorization(&format!("Basic {encoded}"))),
            Some(("rbc_a:b".to_string(), "rbs_c d".to_string()))
        );
        assert_eq!(basic_credentials(&with_authorization("Bearer abc")), None);
        assert_eq!(basic_credentials(&with_authorization("Basic !!!")), None);
        let no_colon = base64::engine::general_purpose::STANDARD.encode("rbc_only");
        assert_eq!(
            basic_credentials(&with_authorization(&format!("Basic {no_colon}"))),
            None
        );
        assert_eq!(
            basic_credentials(&actix_web::test::TestRequest::default().to_http_request()),
            None
        );
    }
}
