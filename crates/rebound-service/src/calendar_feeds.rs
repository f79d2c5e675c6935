//! Calendar feeds: a subscription URL per recovery plan that Google, Apple or Outlook calendars poll without a
//! bearer token. The URL carries the feed's id and a random secret; only the secret's SHA-256 is stored. Whoever
//! can see the plan may open a feed for it and revoke it; revoking deletes it, and its URL answers 404 from then on.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rebound_domain::ids::{CalendarFeedId, InterviewId, PlanId};

use super::interviews::find_visible;
use super::plans::plan_with_time_zone;
use super::{in_transaction, CandidateScope, Database, Visibility};
use crate::auth::secrets::{credential_hash, random_credential};
use crate::error::ServiceError;
use rebound_db::models::calendar_feed::{self, NewCalendarFeed};
use rebound_db::models::recovery_plan;
use rebound_views::plans::RecoveryPlanResponse;

/// Most feeds one plan may have: one per calendar app the candidate uses, with room to rotate.
pub const MAX_FEEDS_PER_PLAN: i64 = 10;

/// How feed secrets begin, so one found in a log or a paste is recognisable.
pub const FEED_SECRET_PREFIX: &str = "rcal_";

/// A feed just opened: the only time its secret is known.
#[derive(Debug, Clone)]
pub struct OpenedFeed {
    pub id: CalendarFeedId,
    pub interview_id: InterviewId,
    pub plan_id: PlanId,
    pub secret: String,
    pub created_at: DateTime<Utc>,
}

fn not_found() -> ServiceError {
    ServiceError::NotFound("calendar feed")
}

/// Any "not found" behind a feed (its interview, its plan) is the feed's own: the caller named the feed.
fn as_feed_not_found(error: ServiceError) -> ServiceError {
    match error {
        ServiceError::NotFound(_) => not_found(),
        other => other,
    }
}

/// Opens a feed for a visible plan.
pub async fn open(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    plan_id: PlanId,
) -> Result<OpenedFeed, ServiceError> {
    let workspace_id = visibility.0;
    let secret = random_credential(FEED_SECRET_PREFIX);
    let values = NewCalendarFeed {
        id: CalendarFeedId::new_v7(),
        workspace_id,
        interview_id,
        plan_id,
        secret_hash: credential_hash(&secret),
    };
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            find_visible(conn, visibility, interview_id, false)?;
            recovery_plan::find(conn, workspace_id, interview_id, plan_id)?
                .ok_or(ServiceError::NotFound("recovery plan"))?;
            if calendar_feed::count_for_plan(conn, plan_id)? >= MAX_FEEDS_PER_PLAN {
                return Err(ServiceError::Conflict {
                    code: "too_many_calendar_feeds",
                    detail: format!(
                        "A plan may have at most {MAX_FEEDS_PER_PLAN} calendar feeds; revoke one first."
                    ),
                });
            }
            let row = calendar_feed::insert(conn, &values)?;
            Ok(OpenedFeed {
                id: row.id,
                interview_id: row.interview_id,
                plan_id: row.plan_id,
                secret: secret.clone(),
                created_at: row.created_at,
            })
        })
    })
    .await
}

/// Revokes a feed whose plan the caller can see; 404 for any other id.
pub async fn revoke(
    db: &Database,
    visibility: Visibility,
    id: CalendarFeedId,
) -> Result<(), ServiceError> {
    let workspace_id = visibility.0;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let feed = calendar_feed::find(conn, workspace_id, id)?.ok_or_else(not_found)?;
            find_visible(conn, visibility, feed.interview_id, false).map_err(as_feed_not_found)?;
            calendar_feed::delete(conn, workspace_id, id)?.ok_or_else(not_found)?;
            Ok(())
        })
    })
    .await
}

/// The plan behind a feed URL, when `secret` is the feed's; 404 for a wrong secret, a revoked feed or a plan that
/// is gone, so a guess learns nothing.
pub async fn plan(
    db: &Database,
    id: CalendarFeedId,
    secret: &str,
) -> Result<(RecoveryPlanResponse, Option<Tz>), ServiceError> {
    let presented = credential_hash(secret);
    db.run(move |conn| {
        let feed = calendar_feed::find_unscoped(conn, id)?.ok_or_else(not_found)?;
        // Both sides are hashes of high-entropy secrets: comparing them leaks nothing a guess could use.
        if feed.secret_hash != presented {
            return Err(not_found());
        }
        let visibility = (feed.workspace_id, CandidateScope::Workspace);
        plan_with_time_zone(conn, visibility, feed.interview_id, feed.plan_id)
            .map_err(as_feed_not_found)
    })
    .await
}
