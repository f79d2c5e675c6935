//! Integration clients, as the API shows them.

use chrono::{DateTime, Utc};
use rebound_domain::ids::ApiClientId;
use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::access::{ClientType, Scope};

/// An integration client. Its secret is never shown again after creation.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a",
    "name": "Acme Job Board",
    "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p",
    "scopes": ["interviews:read", "interviews:write"],
    "type": "confidential",
    "redirect_uris": [],
    "api_version": "2026-12-07",
    "created_at": "2026-11-25T09:30:00Z",
    "revoked_at": null,
    "last_used_at": "2026-11-25T10:02:11Z",
    "previous_secret_expires_at": null
}))]
pub struct ApiClientResponse {
    #[schema(value_type = Uuid)]
    pub id: ApiClientId,
    /// What the client is, for people reading the list.
    pub name: String,
    /// Public identifier used with the `client_credentials` grant.
    pub client_id: String,
    /// What tokens issued to this client may do.
    pub scopes: Vec<Scope>,
    /// `confidential` (a back end with a secret, `client_credentials`) or `public` (a browser plugin: no secret,
    /// users sign in through `/oauth/authorize`).
    #[serde(rename = "type")]
    pub client_type: ClientType,
    /// Where `/oauth/authorize` may send a signed-in user back to, compared exactly; empty for confidential clients.
    pub redirect_uris: Vec<String>,
    /// The API version (a date) requests with this client's tokens get unless they send `Rebound-Version`: the
    /// current one when the client was created, changed with `PATCH /v1/api-clients/{api_client_id}`. New tokens
    /// carry the change; tokens issued before it keep the version they were issued with until they expire.
    pub api_version: String,
    pub created_at: DateTime<Utc>,
    /// Set once the client is revoked; it can no longer get tokens.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When the client last obtained a token.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Until when the secret replaced by the last rotation still works; `null` when no rotation is pending.
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
}

crate::listed!(
    ApiClientResponse,
    "ApiClientList",
    "A page of integration clients, newest first.",
    serde_json::json!({"data": [{"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "api_version": "2026-12-07", "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null, "previous_secret_expires_at": null}], "next_cursor": null})
);

/// A page of integration clients, newest first.
pub type ApiClientList = crate::Page<ApiClientResponse>;

/// The new client with its secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"client": {"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "api_version": "2026-12-07", "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": null, "previous_secret_expires_at": null}, "client_secret": "rbs_Xy7Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Q"}))]
pub struct CreatedApiClientResponse {
    pub client: ApiClientResponse,
    /// Store it now: only its hash is kept, so it cannot be shown again. Absent for public clients, which have no
    /// secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

/// The client with its new secret, shown only here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"client": {"id": "01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a", "name": "Acme Job Board", "client_id": "rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p", "scopes": ["interviews:read", "interviews:write"], "type": "confidential", "redirect_uris": [], "api_version": "2026-12-07", "created_at": "2026-11-25T09:30:00Z", "revoked_at": null, "last_used_at": "2026-11-25T10:02:11Z", "previous_secret_expires_at": "2026-11-26T10:15:00Z"}, "client_secret": "rbs_Pq4Wr7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3E"}))]
pub struct RotatedApiClientResponse {
    /// The client; `previous_secret_expires_at` says until when the old secret still works.
    pub client: ApiClientResponse,
    /// The new secret. Store it now: only its hash is kept, so it cannot be shown again.
    pub client_secret: String,
}
