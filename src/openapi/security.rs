//! How callers authenticate, as the document declares it: the security schemes, which operations need no token,
//! the order Swagger UI lists the OAuth2 flows in, and the scopes an integration client may hold.

use serde_json::{json, Value};
use utoipa::openapi::security::{
    AuthorizationCode, ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Password,
    Scopes, SecurityScheme,
};
use utoipa::Modify;

use rebound_service::auth::Scope;

use super::publish::operations_mut;
use super::{AUTHORIZATION_URL, TOKEN_URL};

/// The `bearer` and `oauth2` security schemes the handlers' `security(...)` name.
pub(super) struct SecuritySchemes;

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
        // Each flow lists only what it can grant, so Swagger UI's "select all" asks for nothing refused: `admin`
        // comes only from a user's own sign-in (the password flow); no client, public or confidential, holds it.
        let scopes = |with_admin: bool| {
            Scopes::from_iter(
                Scope::ALL
                    .iter()
                    .filter(|scope| with_admin || **scope != Scope::Admin)
                    .map(|scope| (scope.as_str(), scope.description())),
            )
        };
        components.add_security_scheme(
            "oauth2",
            SecurityScheme::OAuth2(OAuth2::with_description(
                [
                    Flow::AuthorizationCode(AuthorizationCode::new(
                        AUTHORIZATION_URL,
                        TOKEN_URL,
                        scopes(false),
                    )),
                    Flow::Password(Password::new(TOKEN_URL, scopes(true))),
                    Flow::ClientCredentials(ClientCredentials::new(TOKEN_URL, scopes(false))),
                ],
                "Browser plugins (public clients) sign users in with the authorization-code flow and PKCE (S256) \
through the sign-in page at /oauth/authorize; in Swagger UI use client id `swagger-ui` (seeded by `rebound demo`) \
and leave the secret empty. Users may also sign in with the password flow (username = e-mail), the only flow \
that can grant `admin`; integration back ends use client credentials.",
            )),
        );
    }
}

/// `security: []` on public operations, so generators and Swagger UI do not attach a token to them.
pub(super) fn public_operations_take_no_token(api: &mut Value) {
    for (_, operation) in operations_mut(api) {
        operation
            .entry("security")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
}

/// The authorization-code flow first among the OAuth2 flows, then the password flow, as Swagger UI lists them in
/// document order.
pub(super) fn oauth_flows_in_swagger_order(api: &mut Value) {
    if let Some(flows) = api["components"]["securitySchemes"]["oauth2"]["flows"].as_object_mut() {
        let mut reordered = serde_json::Map::new();
        for first in ["authorizationCode", "password"] {
            if let Some(flow) = flows.shift_remove(first) {
                reordered.insert(first.to_string(), flow);
            }
        }
        reordered.append(flows);
        *flows = reordered;
    }
}

/// Integration clients cannot hold `admin`: their scopes are a `ClientScope`, every `Scope` but `admin`.
pub(super) fn client_scope(api: &mut Value) {
    let schemas = &mut api["components"]["schemas"];
    if let Some(scope) = schemas.get("Scope").cloned() {
        let mut client_scope = scope;
        if let Some(values) = client_scope["enum"].as_array_mut() {
            values.retain(|value| value != Scope::Admin.as_str());
        }
        client_scope["description"] =
            json!("A scope an integration client may hold: every scope but `admin`.");
        schemas["ClientScope"] = client_scope;
        for name in ["CreateApiClientRequest", "ApiClientResponse"] {
            if let Some(items) = schemas[name]["properties"]["scopes"].get_mut("items") {
                *items = json!({"$ref": "#/components/schemas/ClientScope"});
            }
        }
    }
}
