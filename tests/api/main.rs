//! HTTP-level tests of the whole service against real PostgreSQL. One binary, so the database server and the
//! migrated template are set up once per run.

mod api_clients;
mod assessments;
mod auth;
mod candidates;
mod cors;
mod demo;
mod docs_examples;
mod errors;
mod events;
mod example_plans;
mod faults;
mod fixtures;
mod gaffes;
mod hardening;
mod health;
mod helpers;
mod imports;
mod imports_greenhouse;
mod inbound;
mod interviews;
mod isolation;
mod lifecycle;
mod maintenance;
mod notes;
mod oauth;
mod openapi;
mod rate_limits;
mod recovery_plans;
mod shutdown;
mod storage;
mod time_zones;
mod tokens;
mod users;
mod webhook_transport;
mod webhooks;
