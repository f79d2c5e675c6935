//! The OpenAPI 3.1 document, built from the same route list the server uses. Startup also derives the
//! [`RouteTable`](crate::route_table::RouteTable) from it, to answer 405 with an accurate `Allow` header.
//!
//! utoipa builds the typed document from the handlers' `#[utoipa::path]`s ([`document`]); `common_responses` adds
//! the responses many operations share and `webhooks` the `webhooks` section. `publish` then applies, step by step
//! on the JSON, what the typed model cannot say ([`published`], [`document_json`]).

use actix_web::App;
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

mod common_responses;
mod enums;
mod links;
mod parameters;
mod publish;
mod response_headers;
mod security;
mod strings;
mod versions;
mod webhooks;

use security::SecuritySchemes;

/// Path of the token endpoint, as Swagger UI's Authorize dialog calls it.
pub const TOKEN_URL: &str = "/v1/auth/token";

/// Path of the authorization endpoint: the sign-in and consent page of the authorization-code flow.
pub const AUTHORIZATION_URL: &str = "/oauth/authorize";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Rebound API",
        description = "Rebound helps a job candidate bounce back from a bad interview: log what happened, see how much \
damage was really done, and follow a recovery plan.\n\n\
**Getting started in Swagger UI:** seed the demo workspace with `cargo run -- demo` (or `rebound demo`; it works \
while the server runs), press *Authorize*, and in the OAuth2 *authorizationCode* flow type client id `swagger-ui` (no \
secret), tick the scopes and press *Authorize*: Rebound's sign-in page opens; sign in as `demo@rebound.example` with \
password `rebound-demo-password` and allow. (Or use the *password* flow with the same e-mail and password, client id \
and secret empty; it also grants `admin`, which the `swagger-ui` client cannot.) The examples of path parameters and \
bodies are the demo's own ids (its interview is `01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a`, its candidate \
`01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f`), so *Try it out* works with the default values; plan, step and other ids \
come from the answers that create them, as each parameter says. Without the demo, create a workspace with \
`POST /v1/signup` and sign in with that e-mail and password instead.\n\n\
**Conventions:** JSON in snake_case; errors are `application/problem+json` (RFC 9457) with a stable `code` and, for \
validation, `errors[]` naming each field; lists are paged with `limit` and an opaque `cursor`, answering \
`{data, next_cursor}`, and a query parameter a list does not know (a typo such as `updated_afer`) is a 400 naming \
it; enum values are lowercase strings and new values may be added, so clients must tolerate \
unknown ones; an id from another workspace is always 404.",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    servers((url = "/", description = "The server this document is served from")),
    tags(
        (name = "auth", description = "Sign-up, tokens and the current caller"),
        (name = "users", description = "People in a workspace (owners manage them)"),
        (name = "api-clients", description = "Integration clients for server-to-server access"),
        (name = "candidates", description = "The people whose interviews are logged"),
        (name = "interviews", description = "What happened in an interview, with whom, and how it felt"),
        (name = "imports", description = "Interviews, interviewers and candidates from an ATS, upserted idempotently"),
        (name = "gaffes", description = "The gaffe catalogue and the gaffes logged against an interview"),
        (name = "assessments", description = "How much damage an interview really did, and why"),
        (name = "recovery-plans", description = "What to do after a bad interview, step by step and by when"),
        (name = "follow-up-notes", description = "Checks a follow-up note before it is sent"),
        (name = "insights", description = "Patterns across a candidate's interviews, and what to prepare next time"),
        (name = "events", description = "What changed, as a feed and (signed) as webhooks"),
        (name = "cors-origins", description = "Browser origins (plugins, web apps) allowed to call the API"),
        (name = "inbound", description = "Signed webhooks an ATS (Merge, Greenhouse) pushes interview changes through, and their receivers"),
        (name = "operations", description = "Health, readiness and metrics"),
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&SecuritySchemes),
)]
struct ApiDoc;

/// The complete OpenAPI document of the service.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(crate::routes::configure)
        .split_for_parts();
    // After the routes are merged in: `modifiers(...)` would run before any path exists.
    common_responses::CommonResponses.modify(&mut api);
    webhooks::add_webhooks(&mut api);
    api
}

/// The published document: [`document`] with the contract details generated clients rely on (see
/// `publish`), as served at `/api-docs/openapi.json`.
pub fn published() -> serde_json::Value {
    let mut api = serde_json::to_value(document()).unwrap_or_default();
    publish::publish(&mut api);
    api
}

/// The published document as pretty JSON with a trailing newline, exactly as committed in `openapi/openapi.json`.
pub fn document_json() -> String {
    let mut json = serde_json::to_string_pretty(&published()).unwrap_or_default();
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

    #[test]
    fn every_link_names_an_operation_and_exactly_its_path_parameters() {
        let api = published();
        let mut operations = std::collections::HashMap::new();
        for (path, item) in api["paths"].as_object().unwrap() {
            for operation in item.as_object().unwrap().values() {
                if let Some(id) = operation["operationId"].as_str() {
                    let mut parameters: Vec<String> = path
                        .split('{')
                        .skip(1)
                        .map(|p| p.split('}').next().unwrap().to_string())
                        .collect();
                    parameters.sort();
                    operations.insert(id.to_string(), parameters);
                }
            }
        }
        let mut links = 0;
        for item in api["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                for response in operation["responses"]
                    .as_object()
                    .into_iter()
                    .flat_map(|r| r.values())
                {
                    for (name, link) in response["links"].as_object().into_iter().flatten() {
                        let target = link["operationId"].as_str().unwrap();
                        let mut parameters: Vec<String> = link["parameters"]
                            .as_object()
                            .unwrap()
                            .keys()
                            .cloned()
                            .collect();
                        parameters.sort();
                        assert_eq!(operations.get(target), Some(&parameters), "link {name}");
                        links += 1;
                    }
                }
            }
        }
        assert!(links >= 6, "{links} links");
    }
}
