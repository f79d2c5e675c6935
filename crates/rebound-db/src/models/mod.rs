//! Database rows and the queries over them, one module per table. Every query of tenant data filters on
//! `workspace_id`.

use rebound_domain::ids::{UserId, WorkspaceId};

pub mod api_client;
pub mod ats_object;
pub mod authorization_code;
pub mod calendar_feed;
pub mod candidate;
pub mod cors_origin;
pub mod event;
pub mod gaffe;
pub mod idempotency;
pub mod inbound_receiver;
pub mod interview;
pub mod login_throttle;
pub mod plan_inputs;
mod plan_rows;
pub mod recovery_plan;
pub mod refresh_token;
pub mod revocation;
mod scoped;
pub mod user;
pub mod webhook;
pub mod workspace;

/// A row's place in the sync lists' order: (change_xid, change_seq), see [`scoped::settled_xid`].
pub type ChangePosition = (i64, i64);

/// The workspace and candidate scope a caller's queries are limited to.
pub type Visibility = (WorkspaceId, CandidateScope);

/// Which candidates a caller may see: the whole workspace, or only the record linked to a candidate user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateScope {
    Workspace,
    LinkedTo(UserId),
}
