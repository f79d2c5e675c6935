//! Database rows and the queries over them, one module per table. Every query of tenant data filters on
//! `workspace_id`.

pub mod api_client;
pub mod login_throttle;
pub mod refresh_token;
pub mod user;
pub mod workspace;
