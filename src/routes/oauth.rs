//! The OAuth 2.0 authorization endpoint (RFC 6749 §4.1 with PKCE, RFC 7636): a small server-rendered sign-in and
//! consent page for public clients such as browser plugins. No JavaScript; a strict Content-Security-Policy; the
//! form is protected by a signed CSRF token bound to the request it shows and by the browser's Fetch Metadata
//! (`Sec-Fetch-Site`, `Origin`): cookies are not used at all.

use actix_web::http::{header, StatusCode};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::error::{ApiError, Problem};
use crate::extract::{declared_length, media_type, read_body, JsonLimit};
mod page;

use crate::routes::language::AcceptLanguage;
use crate::state::AppState;
use page::{escape_html, say, say_with, scope_text, STYLE, STYLE_SOURCE};
use rebound_domain::bounded::EmailAddress;
use rebound_i18n::{FluentArgs, Locale};
use rebound_service::auth::oauth::{redirect_origin, redirect_with};
use rebound_service::oauth::{self, AuthorizeParams, AuthorizeRequest, Refusal};

/// The parameters of an authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3). Others are ignored.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Documents the query; the handler reads it as name/value pairs to notice repeated names.
pub struct AuthorizeQuery {
    /// Always `code`.
    #[param(example = "code")]
    response_type: String,
    /// The public client's `client_id` (`swagger-ui` in the demo workspace).
    #[param(example = "swagger-ui", min_length = 1)]
    client_id: String,
    /// One of the client's registered `redirect_uris`, exactly.
    #[param(
        example = "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
        min_length = 1
    )]
    redirect_uri: String,
    /// Space-separated scopes; by default all the client's scopes. The token gets those the signed-in user's role
    /// allows too.
    #[param(example = "interviews:read plans:write")]
    scope: Option<String>,
    /// Anything the client wants back unchanged with the code (at most 1,024 characters): use it against CSRF.
    #[param(example = "af0ifjsldkj")]
    state: Option<String>,
    /// BASE64URL(SHA-256(code_verifier)), unpadded: 43 characters (RFC 7636).
    #[param(example = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")]
    code_challenge: String,
    /// Always `S256`; `plain` is refused.
    #[param(example = "S256")]
    code_challenge_method: String,
}

/// The sign-in form, as the page posts it: the authorization request's parameters (hidden fields), the page's
/// CSRF token, the user's e-mail and password, and the decision.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({
    "response_type": "code",
    "client_id": "swagger-ui",
    "redirect_uri": "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html",
    "scope": "interviews:read plans:write",
    "state": "af0ifjsldkj",
    "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    "code_challenge_method": "S256",
    "csrf_token": "1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk",
    "email": "demo@rebound.example",
    "password": "rebound-demo-password",
    "decision": "allow"
}))]
#[allow(dead_code)] // Documents the form; the handler reads it as name/value pairs to notice repeated names.
pub struct AuthorizeForm {
    /// As in the page's query.
    response_type: String,
    /// As in the page's query.
    #[schema(min_length = 1)]
    client_id: String,
    /// As in the page's query.
    #[schema(min_length = 1)]
    redirect_uri: String,
    /// As in the page's query.
    scope: Option<String>,
    /// As in the page's query.
    state: Option<String>,
    /// As in the page's query.
    code_challenge: String,
    /// As in the page's query.
    code_challenge_method: String,
    /// The token the page was rendered with; it holds for 15 minutes and this request only (without it: a 400 page).
    #[schema(min_length = 1)]
    csrf_token: String,
    /// The user's e-mail address.
    email: Option<EmailAddress>,
    /// The user's password.
    #[schema(format = Password)]
    password: Option<String>,
    /// `allow` signs in and sends the code back; `deny` sends `error=access_denied` back.
    #[schema(pattern = "^(allow|deny)$")]
    decision: String,
}

/// What the page shows: the sign-in form, or only a problem (with, when the client and redirect URI checked out, a
/// link back to the client that the user may follow).
#[derive(Template)]
#[template(path = "oauth/authorize.html")]
struct AuthorizePage<'a> {
    /// The page's language, BCP 47 (`lang` and `Content-Language`).
    lang: &'static str,
    title: &'a str,
    style: &'a str,
    form: Option<FormView>,
    problem: Option<String>,
    back: Option<BackLink>,
}

/// A link back to the client's registered redirect URI carrying an error (RFC 6749 §4.1.2.1), for the user to
/// follow or not.
struct BackLink {
    href: String,
    /// Where it goes, as `host[:port]`.
    host: String,
}

/// The sign-in form of a checked request, with its texts in the page's language (sign-in.ftl).
struct FormView {
    /// The introduction, as HTML: the client's name and where the user goes back to, escaped, in `<strong>`.
    intro: String,
    scopes: Vec<(&'static str, String)>,
    hidden: Vec<(&'static str, String)>,
    email: String,
    form_error: Option<String>,
    email_error: Option<String>,
    password_error: Option<String>,
    email_label: String,
    password_label: String,
    allow: String,
    deny: String,
    note: String,
}

/// Errors shown next to the form's fields.
#[derive(Default)]
struct FieldErrors {
    form: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

/// The headers every page and redirect of the endpoint carries: nothing cached, no Referer leaking the query, no
/// framing (clickjacking), and a CSP allowing only the page's own style and form posts to itself (and, for the
/// redirect after the post, which browsers check against `form-action` too, the client's redirect origin).
fn page_headers(
    mut response: actix_web::HttpResponseBuilder,
    redirect_uri: Option<&str>,
) -> actix_web::HttpResponseBuilder {
    let form_action = match redirect_uri.and_then(redirect_origin) {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_string(),
    };
    let csp = format!(
        "default-src 'none'; style-src {}; form-action {form_action}; frame-ancestors 'none'; base-uri 'none'",
        *STYLE_SOURCE
    );
    response
        .insert_header((header::CONTENT_SECURITY_POLICY, csp))
        .insert_header((header::X_FRAME_OPTIONS, "DENY"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"));
    response
}

fn html(
    status: StatusCode,
    redirect_uri: Option<&str>,
    page: &AuthorizePage<'_>,
) -> Result<HttpResponse, ApiError> {
    let body = page.render().map_err(ApiError::internal)?;
    Ok(page_headers(HttpResponse::build(status), redirect_uri)
        .insert_header((header::CONTENT_LANGUAGE, page.lang))
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// A page that only states a problem (no form, no redirect).
fn problem_page(status: StatusCode, message: String) -> Result<HttpResponse, ApiError> {
    problem_page_with(status, message, None)
}

fn problem_page_with(
    status: StatusCode,
    message: String,
    back: Option<BackLink>,
) -> Result<HttpResponse, ApiError> {
    html(
        status,
        None,
        // The problems come from the request checks in English; the page says them in English throughout.
        &AuthorizePage {
            lang: Locale::En.tag(),
            title: "Signing in did not work",
            style: STYLE,
            form: None,
            problem: Some(message),
            back,
        },
    )
}

/// `host[:port]` of a URI, for naming where the browser would go; the URI itself when it has no host.
fn host_of(uri: &str) -> String {
    url::Url::parse(uri)
        .ok()
        .and_then(|url| {
            let host = url.host_str()?.to_string();
            Some(match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        })
        .unwrap_or_else(|| uri.to_string())
}

/// The sign-in form for a checked request, with a fresh CSRF token, in `locale`.
fn form_page(
    state: &AppState,
    (status, locale): (StatusCode, Locale),
    params: &AuthorizeParams,
    request: &AuthorizeRequest,
    email: String,
    errors: FieldErrors,
) -> Result<HttpResponse, ApiError> {
    let values = params.values();
    let csrf_token = state.csrf.sign(&values, state.clock.now().timestamp());
    let hidden = AuthorizeParams::NAMES
        .iter()
        .zip(values)
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| (*name, value.to_string()))
        .chain(std::iter::once(("csrf_token", csrf_token)))
        .collect();
    let client = request.client.name.clone();
    let intro = say(
        locale,
        "sign-in-intro",
        &[
            ("client", escape_html(&client)),
            ("host", escape_html(&host_of(&request.redirect_uri))),
        ],
    );
    let title = say(locale, "sign-in-title", &[]);
    let page = AuthorizePage {
        lang: locale.tag(),
        title: &title,
        style: STYLE,
        form: Some(FormView {
            intro,
            scopes: request
                .scopes
                .iter()
                .map(|s| (s.as_str(), scope_text(locale, *s)))
                .collect(),
            hidden,
            email,
            form_error: errors.form,
            email_error: errors.email,
            password_error: errors.password,
            email_label: say(locale, "sign-in-email", &[]),
            password_label: say(locale, "sign-in-password", &[]),
            allow: say(locale, "sign-in-allow", &[]),
            deny: say(locale, "sign-in-deny", &[]),
            note: say(locale, "sign-in-note", &[("client", client)]),
        }),
        problem: None,
        back: None,
    };
    html(status, Some(&request.redirect_uri), &page)
}

/// This server's issuer identifier for the `iss` redirect parameter (RFC 9207): its own origin.
fn issuer(req: &HttpRequest) -> String {
    crate::forwarded::own_origin(req)
}

/// The client's redirect URI with `params` (plus `state` and `iss`).
fn back_location(
    req: &HttpRequest,
    redirect_uri: &str,
    state: Option<&str>,
    params: &[(&str, &str)],
) -> Result<String, ApiError> {
    let issuer = issuer(req);
    let mut all: Vec<(&str, &str)> = params.to_vec();
    if let Some(state) = state {
        all.push(("state", state));
    }
    all.push(("iss", &issuer));
    redirect_with(redirect_uri, &all)
        .ok_or_else(|| ApiError::internal("a registered redirect URI did not parse"))
}

/// 303 to the client's redirect URI with `params` (plus `state` and `iss`). Only ever in answer to the user's own
/// decision on the sign-in form: see [`refused`].
fn redirect_back(
    req: &HttpRequest,
    redirect_uri: &str,
    state: Option<&str>,
    params: &[(&str, &str)],
) -> Result<HttpResponse, ApiError> {
    let location = back_location(req, redirect_uri, state, params)?;
    Ok(page_headers(HttpResponse::SeeOther(), Some(redirect_uri))
        .insert_header((header::LOCATION, location))
        .finish())
}

/// How a refusal of the request itself is answered: always on Rebound's own page, never by an automatic redirect.
///
/// The rule (RFC 9700 §4.11.2, "Authorization Server as Open Redirector"): any workspace may register a public
/// client with any https redirect URI, so a registered redirect URI is no proof that the site behind it is one the
/// user means to visit, and an error that redirected there at once would make this endpoint an open redirector on
/// Rebound's name. So the browser is sent to the client automatically only in answer to the user's own decision on
/// the sign-in form, which names where it goes: `allow` (the code, or `invalid_scope` when the account may use none
/// of the scopes) and `deny` (`access_denied`). Every error found in the request (RFC 6749 §4.1.2.1's
/// `invalid_request`, `unsupported_response_type`, `invalid_scope`, …) is stated on the page (400); when the client
/// and redirect URI checked out, the page also offers a link back to the client with `error`, `error_description`,
/// `state` and `iss`, naming its host, for the user to follow or not (RFC 9700: "rely on the user to make the
/// correct decision"). An unknown client or unregistered redirect URI gets no link at all.
fn refused(req: &HttpRequest, refusal: Refusal) -> Result<HttpResponse, ApiError> {
    match refusal {
        Refusal::Page(message) => problem_page(StatusCode::BAD_REQUEST, message),
        Refusal::Untrusted(message) => problem_page(StatusCode::UNPROCESSABLE_ENTITY, message),
        Refusal::OtherWorkspace => problem_page(
            StatusCode::FORBIDDEN,
            "This account belongs to another Rebound workspace than the application asking, so it cannot sign in \
             to it. Sign in with an account of the application's workspace."
                .into(),
        ),
        Refusal::Redirect {
            redirect_uri,
            state,
            error,
            description,
        } => {
            let href = back_location(
                req,
                &redirect_uri,
                state.as_deref(),
                &[("error", error), ("error_description", &description)],
            )?;
            let back = BackLink {
                href,
                host: host_of(&redirect_uri),
            };
            problem_page_with(StatusCode::BAD_REQUEST, description, Some(back))
        }
        Refusal::Failed(error) => Err(error.into()),
        // Only a sign-in can fail these ways, and its handler answers them with the form.
        Refusal::WrongCredentials | Refusal::LockedOut { .. } => Err(ApiError::internal(
            "a sign-in refusal reached the request checks",
        )),
    }
}

fn decoded_pairs(input: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(input)
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// Show the sign-in and consent page (OAuth 2.0 authorization endpoint).
///
/// Opened in the user's browser by a public client (a browser plugin, Swagger UI) with an authorization request:
/// `response_type=code`, its `client_id` and one of its registered `redirect_uris`, the `scope` it wants, a `state`,
/// and a PKCE `code_challenge` with `code_challenge_method=S256` (`plain` is refused). The page names the client and
/// the scopes, and asks for the user's e-mail and password. This page never redirects (RFC 9700 §4.11.2: a redirect
/// URI any workspace can register is no reason to send a browser there unasked). A missing or repeated parameter is
/// stated on the page (400), and so is an unknown or confidential client or a redirect URI the client did not
/// register (422). Any other problem (`response_type`, PKCE, `scope`, `state`) is stated on the page too (400), with
/// a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (RFC 6749 §4.1.2.1,
/// RFC 9207) that the user may follow. The page runs no
/// JavaScript and is sent with a strict `Content-Security-Policy`, `X-Frame-Options: DENY`, `Cache-Control:
/// no-store` and `Referrer-Policy: no-referrer`.
#[utoipa::path(
    tag = "auth",
    params(AuthorizeQuery, AcceptLanguage),
    responses(
        (status = 200, description = "The sign-in and consent page, in English or Canadian French by `Accept-Language`", content_type = "text/html", body = String, headers(
            ("Content-Language" = String, description = "The page's language, BCP 47: `en` or `fr-CA`"),
        )),
        (status = 400, description = "A missing redirect URI or a repeated parameter, or a problem other than the client or redirect URI (`response_type`, PKCE, `scope`, `state`): a page saying so, never a redirect; for the latter with a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (a NUL character in a parameter: a problem naming it)", content(
            (String = "text/html"),
            (Problem = "application/problem+json"),
        )),
        (status = 422, description = "An unknown, revoked or confidential client, or a redirect URI the client did not register: a page saying so", content_type = "text/html", body = String),
    )
)]
#[get("/oauth/authorize")]
pub async fn authorize_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    language: AcceptLanguage,
) -> Result<HttpResponse, ApiError> {
    let params = match AuthorizeParams::from_pairs(&decoded_pairs(req.query_string().as_bytes())) {
        Ok(params) => params,
        Err(refusal) => return refused(&req, refusal),
    };
    match oauth::check_request(&state.db, &params).await {
        Ok(request) => form_page(
            &state,
            (StatusCode::OK, language.0),
            &params,
            &request,
            String::new(),
            FieldErrors::default(),
        ),
        Err(refusal) => refused(&req, refusal),
    }
}

/// Whether the browser says the form was posted from another site: by Fetch Metadata (`Sec-Fetch-Site`), which
/// every current browser sends, or, from browsers without it, by an `Origin` naming another host. `Origin: null`
/// is no evidence either way: the page's own `Referrer-Policy: no-referrer` makes browsers send it on same-origin
/// posts too. Pages elsewhere cannot forge these headers; the CSRF token is checked whatever they say.
fn cross_site(req: &HttpRequest) -> bool {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    match header("origin") {
        None | Some("null") => false,
        Some(origin) => {
            let own_host = req.connection_info().host().to_ascii_lowercase();
            url::Url::parse(origin)
                .ok()
                .and_then(|url| {
                    let host = url.host_str()?.to_ascii_lowercase();
                    Some(match url.port() {
                        Some(port) => format!("{host}:{port}"),
                        None => host,
                    })
                })
                .is_none_or(|host| host != own_host)
        }
    }
}

/// Sign in and allow, or deny (the sign-in page's form).
///
/// The page's form, `application/x-www-form-urlencoded`: the authorization request's parameters, the page's
/// `csrf_token`, `email`, `password` and `decision`. A post from another site (by `Sec-Fetch-Site` or `Origin`) or
/// with a CSRF token that is wrong, expired (15 minutes) or for another request is refused with 403, a missing
/// token with 400, both as a page. `deny` sends the browser back with `error=access_denied`. `allow` checks the
/// e-mail and password exactly as the `password` grant does, with the same failed-sign-in lockout (429 with
/// `Retry-After`, as a page); a wrong one shows the form again (400). The account must belong to the client's
/// workspace (else 403). Then the browser is sent back to the redirect URI with a `code` (single use, 60 seconds)
/// and the `state` and `iss`, to exchange at `POST /v1/auth/token` with `grant_type=authorization_code`.
#[utoipa::path(
    tag = "auth",
    params(AcceptLanguage),
    request_body(content = AuthorizeForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 303, description = "Back to the redirect URI with `code`, `state` and `iss` (or `error=access_denied` and the like)", headers(("Location" = String, description = "The redirect URI with the code or error"))),
        (status = 400, description = "Wrong e-mail or password (the form again), a missing CSRF token or parameter: a page saying so (a NUL character in a field: a problem naming it)", content(
            (String = "text/html"),
            (Problem = "application/problem+json"),
        )),
        (status = 422, description = "An unknown, revoked or confidential client, or a redirect URI the client did not register: a page saying so", content_type = "text/html", body = String),
        (status = 403, description = "Posted from another site, a wrong or expired CSRF token, or an account of another workspace: a page saying so", content_type = "text/html", body = String),
        (status = 429, description = "Too many failed sign-ins for this account from the caller's address, or from many addresses together: the form says when to try again", content_type = "text/html", body = String, headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/oauth/authorize")]
pub async fn authorize(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    language: AcceptLanguage,
) -> Result<HttpResponse, ApiError> {
    if media_type(&req).as_deref() != Some("application/x-www-form-urlencoded") {
        return Err(ApiError::UnsupportedMediaType {
            expected: "application/x-www-form-urlencoded",
        });
    }
    if cross_site(&req) {
        return problem_page(
            StatusCode::FORBIDDEN,
            "This sign-in form was sent from another site, so Rebound ignored it.".into(),
        );
    }
    let limit = req.app_data::<JsonLimit>().map_or(64 * 1024, |l| l.0);
    let body = read_body(&mut payload.into_inner(), declared_length(&req), limit).await?;
    let pairs = decoded_pairs(&body);
    let params = match AuthorizeParams::from_pairs(&pairs) {
        Ok(params) => params,
        Err(refusal) => return refused(&req, refusal),
    };
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if let Some(refusal) = csrf_refusal(&state, &params, &field("csrf_token")) {
        return refusal;
    }
    let request = match oauth::check_request(&state.db, &params).await {
        Ok(request) => request,
        Err(refusal) => return refused(&req, refusal),
    };
    if field("decision") == "deny" {
        return redirect_back(
            &req,
            &request.redirect_uri,
            request.state.as_deref(),
            &[
                ("error", "access_denied"),
                ("error_description", "The user denied access."),
            ],
        );
    }
    let form = SignInForm {
        state: &state,
        params: &params,
        request: &request,
        locale: language.0,
    };
    sign_in_and_redirect(&req, &form, field("email"), field("password")).await
}

/// The page refusing a form whose CSRF token is missing (400), or wrong, expired or for another request (403);
/// `None` when the token checks out.
fn csrf_refusal(
    state: &AppState,
    params: &AuthorizeParams,
    csrf_token: &str,
) -> Option<Result<HttpResponse, ApiError>> {
    if csrf_token.is_empty() {
        return Some(problem_page(
            StatusCode::BAD_REQUEST,
            "The sign-in form came without its security token.".into(),
        ));
    }
    if !state
        .csrf
        .verify(csrf_token, &params.values(), state.clock.now().timestamp())
    {
        return Some(problem_page(
            StatusCode::FORBIDDEN,
            "This sign-in page has expired or was changed. Start signing in again from the application.".into(),
        ));
    }
    None
}

/// A posted sign-in form whose request passed every check: what showing the form again needs.
struct SignInForm<'a> {
    state: &'a AppState,
    params: &'a AuthorizeParams,
    request: &'a AuthorizeRequest,
    /// The page's language, from the post's `Accept-Language`.
    locale: Locale,
}

impl SignInForm<'_> {
    /// The form again, with the e-mail address as typed and what was wrong.
    fn again(
        &self,
        status: StatusCode,
        email: String,
        errors: FieldErrors,
    ) -> Result<HttpResponse, ApiError> {
        form_page(
            self.state,
            (status, self.locale),
            self.params,
            self.request,
            email,
            errors,
        )
    }
}

/// `allow`: signs the user in and sends the browser back with a code, or shows the form again saying what is wrong:
/// a missing or overlong e-mail or password, a wrong one, or (429 with `Retry-After`) too many failed attempts.
async fn sign_in_and_redirect(
    req: &HttpRequest,
    form: &SignInForm<'_>,
    email: String,
    password: String,
) -> Result<HttpResponse, ApiError> {
    let locale = form.locale;
    if email.trim().is_empty() || password.is_empty() || email.len() > 254 || password.len() > 1024
    {
        let errors = FieldErrors {
            form: None,
            email: (email.trim().is_empty() || email.len() > 254)
                .then(|| say(locale, "sign-in-enter-email", &[])),
            password: (password.is_empty() || password.len() > 1024)
                .then(|| say(locale, "sign-in-enter-password", &[])),
        };
        return form.again(StatusCode::BAD_REQUEST, email, errors);
    }
    let (state, request) = (form.state, form.request);
    let signed_in = oauth::sign_in(
        &state.db,
        &state.settings,
        state.clock.now(),
        request,
        email.clone(),
        password,
        crate::forwarded::client_address(req),
    )
    .await;
    match signed_in {
        Ok(code) => redirect_back(
            req,
            &request.redirect_uri,
            request.state.as_deref(),
            &[("code", &code)],
        ),
        Err(Refusal::WrongCredentials) => {
            let message = say(locale, "sign-in-wrong-credentials", &[]);
            form.again(
                StatusCode::BAD_REQUEST,
                email,
                FieldErrors {
                    form: Some(message.clone()),
                    email: None,
                    password: Some(message),
                },
            )
        }
        Err(Refusal::LockedOut { retry_after_secs }) => {
            let mut response = form.again(
                StatusCode::TOO_MANY_REQUESTS,
                email,
                FieldErrors {
                    form: Some(say_with(locale, "sign-in-locked-out", &{
                        // A number, so that French says « 1 seconde » and « 30 secondes ».
                        let mut args = FluentArgs::new();
                        args.set("seconds", retry_after_secs);
                        args
                    })),
                    ..FieldErrors::default()
                },
            )?;
            response.headers_mut().insert(
                header::RETRY_AFTER,
                header::HeaderValue::from(retry_after_secs),
            );
            Ok(response)
        }
        // The user signed in on the form naming where it goes: the client hears of it at once.
        Err(Refusal::Redirect {
            redirect_uri,
            state,
            error,
            description,
        }) => redirect_back(
            req,
            &redirect_uri,
            state.as_deref(),
            &[("error", error), ("error_description", &description)],
        ),
        Err(refusal) => refused(req, refusal),
    }
}
