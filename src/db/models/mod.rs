//! Database rows and the queries over them, one module per table. Every query of tenant data filters on
//! `workspace_id`.

pub mod api_client;
pub mod candidate;
pub mod gaffe;
pub mod idempotency;
pub mod interview;
pub mod login_throttle;
pub mod recovery_plan;
pub mod refresh_token;
pub mod user;
pub mod workspace;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::ApiError;

/// The text a domain enum is stored as: its wire name (`case_study`), so the database reads like the API.
pub fn enum_text<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}

/// Reads a stored enum back; an unknown value means the database holds something this build does not know.
pub fn parse_enum<T: DeserializeOwned>(column: &str, text: &str) -> Result<T, ApiError> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|_| ApiError::internal(format!("unknown value `{text}` in column {column}")))
}

/// Plain data to a JSON column. Serialising these structures cannot fail; the error path only keeps panics out.
pub fn to_json_column<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(ApiError::internal)
}

/// Reads a JSON column back into its structure; a mismatch means the stored data is not what this build expects.
pub fn from_json_column<T: DeserializeOwned>(
    column: &str,
    value: serde_json::Value,
) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|e| ApiError::internal(format!("{column}: {e}")))
}

/// The workspace and candidate scope a caller's queries are limited to.
pub type Visibility = (uuid::Uuid, CandidateScope);

/// Which candidates a caller may see: the whole workspace, or only the record linked to a candidate user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateScope {
    Workspace,
    LinkedTo(uuid::Uuid),
}
