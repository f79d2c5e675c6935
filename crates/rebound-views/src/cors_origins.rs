//! Browser origins, as the API shows them.

use chrono::{DateTime, Utc};
use rebound_domain::ids::CorsOriginId;
use serde::Serialize;
use utoipa::ToSchema;

/// A browser origin allowed to call the API with this workspace's tokens.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "01936f93-4a5b-7c6d-8e9f-0a1b2c3d4e5f",
    "origin": "https://plugin.example.com",
    "created_at": "2026-11-26T09:30:00Z"
}))]
pub struct CorsOriginResponse {
    #[schema(value_type = Uuid)]
    pub id: CorsOriginId,
    /// The origin exactly as browsers send it in `Origin`.
    pub origin: String,
    pub created_at: DateTime<Utc>,
}

crate::listed!(
    CorsOriginResponse,
    "CorsOriginList",
    "A page of origins, newest first.",
    serde_json::json!({"data": [{"id": "01936f93-4a5b-7c6d-8e9f-0a1b2c3d4e5f", "origin": "https://plugin.example.com", "created_at": "2026-11-26T09:30:00Z"}], "next_cursor": null})
);

/// A page of origins, newest first.
pub type CorsOriginList = crate::Page<CorsOriginResponse>;
