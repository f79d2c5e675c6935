//! HTTP-level tests of the whole service against real PostgreSQL. One binary, so the database server and the
//! migrated template are set up once per run.

mod api_clients;
mod auth;
mod errors;
mod health;
mod helpers;
mod openapi;
mod tokens;
mod users;
