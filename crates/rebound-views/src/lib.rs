//! What Rebound sends: every response body of the API, the one event envelope (the `/v1/events` feed and every
//! webhook delivery), the typed webhook payloads, and the page of a list. These are wire shapes only: the service
//! builds them from its rows (`rebound_service::view`), the HTTP layer serializes them, and the OpenAPI document
//! describes them from the same types, so what is documented is what is sent.
//!
//! A few parts (an interviewer, a question, a remote reference, a correction) are the same in requests and
//! responses, so they derive `Deserialize` too: one schema serves both directions. Requests themselves stay in the
//! HTTP layer.
//!
//! The rules' results (an assessment, a note review, insights, a catalogue entry, a plan's omitted steps and
//! lessons) are computed by the domain and shown here: each has its wire type in this crate, built with
//! `From<&domain type>`, so the domain stays free of wire concerns beyond the vocabulary of its enums.
//!
//! Depends on the domain (its enums, ids and the rule results it converts) and on no storage, HTTP or I/O crate.

pub mod accounts;
pub mod api_clients;
pub mod assessments;
pub mod calendars;
pub mod candidates;
pub mod cors_origins;
pub mod events;
pub mod gaffe_kinds;
pub mod gaffes;
pub mod insights;
pub mod interviews;
pub mod locales;
pub mod operations;
pub mod page;
pub mod parts;
pub mod plans;
pub mod review;
pub mod webhooks;

pub use page::{Listed, Page};

/// The API version whose shapes this build sends: the `api_version` of every event envelope. Dated like Stripe's
/// versions; a change that could break a client comes only with a new date.
pub const API_VERSION: &str = rebound_domain::versions::ApiVersion::CURRENT.as_str();
