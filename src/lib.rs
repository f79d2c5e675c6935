//! Rebound: a stateless REST/JSON service that helps a job candidate bounce back from a bad interview.
//!
//! This crate is the HTTP layer: thin handlers (`routes`), extractors, problem+json rendering and the OpenAPI
//! document. Each handler calls one use case of `rebound_service`, which alone uses the database (`rebound-db`)
//! and the rules (`rebound_domain`), and answers what it returns: the views of `rebound_views`, the shapes the API
//! sends. docs/src/ARCHITECTURE.md draws the layers.

pub mod api_version;
pub mod bearer;
pub mod cors;
pub mod error;
pub mod extract;
pub mod forwarded;
pub mod metrics;
pub mod openapi;
pub mod rate_limit;
pub mod route_table;
pub mod routes;
pub mod startup;
pub mod state;
pub mod telemetry;
