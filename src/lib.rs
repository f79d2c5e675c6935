//! Rebound: a stateless REST/JSON service that helps a job candidate bounce back from a bad interview.
//!
//! Layout: `routes` (thin HTTP handlers) → `domain` (pure rules) and `db` (diesel on a blocking pool). See the
//! README for the API at a glance.

pub mod auth;
pub mod clock;
pub mod config;
pub mod cors;
pub mod db;
pub mod delivery;
pub mod demo;
pub mod domain;
pub mod error;
pub mod extract;
pub mod local_pg;
pub mod metrics;
pub mod openapi;
pub mod openapi_webhooks;
pub mod rate_limit;
pub mod route_table;
pub mod routes;
pub mod service;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod validation;
pub mod wire;
