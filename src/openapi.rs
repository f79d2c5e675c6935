//! The OpenAPI 3.1 document, built from the same route list the server uses. Startup also derives the
//! [`RouteTable`](crate::route_table::RouteTable) from it, to answer 405 with an accurate `Allow` header.

use actix_web::App;
use utoipa::openapi::security::{
    ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Password, Scopes, SecurityScheme,
};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::auth::Scope;

/// Path of the token endpoint, as Swagger UI's Authorize dialog calls it.
pub const TOKEN_URL: &str = "/v1/auth/token";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Rebound API",
        description = "Rebound helps a job candidate bounce back from a bad interview: log what happened, see how much \
damage was really done, and follow a recovery plan.\n\n\
**Getting started in Swagger UI:** create a workspace with `POST /v1/signup`, then press *Authorize* and use the \
OAuth2 password flow with that e-mail and password (client id and secret can stay empty).\n\n\
**Conventions:** JSON in snake_case; errors are `application/problem+json` (RFC 9457) with a stable `code` and, for \
validation, `errors[]` naming each field; lists are paged with `limit` and an opaque `cursor`, answering \
`{data, next_cursor}`; enum values are lowercase strings and new values may be added, so clients must tolerate \
unknown ones; an id from another workspace is always 404.",
        license(name = "MIT OR Apache-2.0"),
    ),
    tags(
        (name = "auth", description = "Sign-up, tokens and the current caller"),
        (name = "users", description = "People in a workspace (owners manage them)"),
        (name = "api-clients", description = "Integration clients for server-to-server access"),
        (name = "candidates", description = "The people whose interviews are logged"),
        (name = "interviews", description = "What happened in an interview, with whom, and how it felt"),
        (name = "gaffes", description = "The gaffe catalogue and the gaffes logged against an interview"),
        (name = "assessments", description = "How much damage an interview really did, and why"),
        (name = "recovery-plans", description = "What to do after a bad interview, step by step and by when"),
        (name = "follow-up-notes", description = "Checks a follow-up note before it is sent"),
        (name = "insights", description = "Patterns across a candidate's interviews, and what to prepare next time"),
        (name = "events", description = "What changed, as a feed and (signed) as webhooks"),
        (name = "operations", description = "Health, readiness and metrics"),
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&SecuritySchemes),
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("An access token from POST /v1/auth/token."))
                    .build(),
            ),
        );
        let scopes = || {
            Scopes::from_iter(Scope::ALL.iter().map(|scope| {
                let description = match scope {
                    Scope::InterviewsRead => "Read candidates, interviews, gaffes and assessments",
                    Scope::InterviewsWrite => "Create and change candidates, interviews and gaffes",
                    Scope::PlansWrite => "Generate recovery plans and update their steps",
                    Scope::Admin => "Manage users and integration clients",
                    Scope::WebhooksRead => "Read the event feed, webhook endpoints and deliveries",
                    Scope::WebhooksWrite => "Manage webhook endpoints and redeliver events",
                };
                (scope.as_str(), description)
            }))
        };
        components.add_security_scheme(
            "oauth2",
            SecurityScheme::OAuth2(OAuth2::with_description(
                [
                    Flow::Password(Password::new(TOKEN_URL, scopes())),
                    Flow::ClientCredentials(ClientCredentials::new(TOKEN_URL, scopes())),
                ],
                "Users sign in with the password flow (username = e-mail); integration clients use client credentials.",
            )),
        );
    }
}

/// Responses many operations share, added once here instead of on each handler (a handler's own, more specific
/// entry wins): 401/403 wherever a token is required, 400 where the path carries an id, 500 everywhere, 503 where
/// the database is involved, and 413/415 wherever a body is accepted.
struct CommonResponses;

/// Operations that never touch the database, so never answer 503.
const WITHOUT_DATABASE: [&str; 4] = [
    "/livez",
    "/metrics",
    "/v1/gaffe-kinds",
    "/v1/assessments/preview",
];

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::HeaderBuilder;
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};

        let problem = |description: &str, retry_after: bool| {
            let mut response = ResponseBuilder::new().description(description).content(
                crate::error::PROBLEM_JSON,
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            );
            if retry_after {
                response = response.header(
                    "Retry-After",
                    HeaderBuilder::new()
                        .description(Some("Seconds to wait before retrying"))
                        .build(),
                );
            }
            response.build()
        };
        let shared = [
            ("Unauthorized", problem("Missing, invalid or expired access token", false)),
            ("Forbidden", problem("The token lacks a scope this operation requires", false)),
            ("InvalidRequest", problem("A path parameter or field is invalid; `errors[]` names it", false)),
            ("InternalError", problem("An unexpected failure; it was logged with the request's X-Request-Id", false)),
            ("ServiceUnavailable", problem("The database is unreachable or the service is busy; retry after Retry-After seconds", true)),
            ("PayloadTooLarge", problem("The body is larger than the service accepts", false)),
            ("UnsupportedMediaType", problem("The body is not in a media type this operation accepts", false)),
        ];
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, response) in shared {
            components
                .responses
                .insert(name.to_string(), RefOr::T(response));
        }
        let reference = |name: &str| RefOr::Ref(Ref::from_response_name(name));
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ];
            for operation in operations.into_iter().flatten() {
                let names_a_scope = operation.security.as_ref().is_some_and(|security| {
                    // Only operations that name a scope can be refused for lacking one.
                    serde_json::to_value(security).is_ok_and(|v| {
                        v.as_array().into_iter().flatten().any(|requirement| {
                            requirement
                                .as_object()
                                .into_iter()
                                .flatten()
                                .any(|(_, scopes)| scopes.as_array().is_some_and(|s| !s.is_empty()))
                        })
                    })
                });
                let needs_token = operation.security.as_ref().is_some_and(|s| !s.is_empty());
                let responses = &mut operation.responses.responses;
                if needs_token {
                    responses
                        .entry("401".into())
                        .or_insert_with(|| reference("Unauthorized"));
                }
                if names_a_scope {
                    responses
                        .entry("403".into())
                        .or_insert_with(|| reference("Forbidden"));
                }
                if path.contains('{') {
                    responses
                        .entry("400".into())
                        .or_insert_with(|| reference("InvalidRequest"));
                }
                responses
                    .entry("500".into())
                    .or_insert_with(|| reference("InternalError"));
                if !WITHOUT_DATABASE.contains(&path.as_str()) {
                    responses
                        .entry("503".into())
                        .or_insert_with(|| reference("ServiceUnavailable"));
                }
                if operation.request_body.is_some() {
                    responses
                        .entry("413".into())
                        .or_insert_with(|| reference("PayloadTooLarge"));
                    responses
                        .entry("415".into())
                        .or_insert_with(|| reference("UnsupportedMediaType"));
                }
            }
        }
    }
}

/// The complete OpenAPI document of the service.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(crate::routes::configure)
        .split_for_parts();
    // After the routes are merged in: `modifiers(...)` would run before any path exists.
    CommonResponses.modify(&mut api);
    crate::openapi_webhooks::add_webhooks(&mut api);
    api
}

/// The document as pretty JSON with a trailing newline, exactly as committed in `openapi/openapi.json`.
pub fn document_json() -> String {
    let mut json = document().to_pretty_json().unwrap_or_default();
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_tagged_and_documented() {
        let api = document();
        for (path, item) in &api.paths.paths {
            for operation in [&item.get, &item.post, &item.put, &item.patch, &item.delete]
                .into_iter()
                .flatten()
            {
                assert!(
                    operation.tags.as_ref().is_some_and(|t| !t.is_empty()),
                    "{path} has no tag"
                );
                assert!(operation.summary.is_some(), "{path} has no summary");
            }
        }
    }
}
