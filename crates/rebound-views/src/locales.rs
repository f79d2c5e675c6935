//! The languages Rebound writes in, as the API names them.

use serde::Serialize;
use utoipa::ToSchema;

/// A language Rebound writes candidate-facing texts in, as a BCP 47 tag: `en` (English) or `fr-CA` (Canadian
/// French). Sent case-insensitively (`fr-ca` is `fr-CA`); always answered as spelled here. Clients should tolerate
/// new languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = "fr-CA")]
pub enum LocaleTag {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Canadian French.
    #[serde(rename = "fr-CA")]
    FrCa,
}
