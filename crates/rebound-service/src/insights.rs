//! Insights across a candidate's interviews: recurring gaffe kinds, the damage trend, calibration of self-ratings,
//! and a prep checklist from the lessons of each interview's newest plan.

use rebound_domain::ids::{CandidateId, InterviewId};
use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::candidates;
use super::{gaffes, interviews};
use super::{Database, Visibility};
use crate::error::ServiceError;
use rebound_db::models::interview::{self, InterviewFilter};
use rebound_db::models::{gaffe, recovery_plan};
use rebound_domain::insights::{candidate_insights_in, InterviewRecord, LessonRecord};
use rebound_i18n::Locale;
use rebound_views::insights::{CandidateInsights, CandidateInsightsResponse};

/// Most interviews (the most recent ones) the insights are computed from.
pub const MAX_INSIGHT_INTERVIEWS: i64 = 100;

/// The insights for a visible candidate, their texts in the candidate's language (a read that depends on no plan:
/// the candidate's `locale` now, which it returns too, for `Content-Language`).
pub async fn for_candidate(
    db: &Database,
    visibility: Visibility,
    candidate_id: CandidateId,
    now: DateTime<Utc>,
) -> Result<(CandidateInsightsResponse, Locale), ServiceError> {
    let (workspace_id, scope) = visibility;
    let (locale, interview_rows, gaffe_rows, lesson_rows) = db
        .run(move |conn| {
            let candidate = candidates::find_visible(conn, visibility, candidate_id)?;
            // Interviews still ahead (scheduled) have nothing to learn from yet, and must not crowd out the
            // most recent ones that have.
            let filter = InterviewFilter {
                candidate_id: Some(candidate_id),
                occurred_before: Some(now),
                ..InterviewFilter::default()
            };
            let rows = interview::list(
                conn,
                workspace_id,
                scope,
                &filter,
                None,
                MAX_INSIGHT_INTERVIEWS,
            )?;
            let ids: Vec<InterviewId> = rows.iter().map(|i| i.id).collect();
            let gaffe_rows = gaffe::list_for_interviews(conn, workspace_id, &ids)?;
            let lessons =
                recovery_plan::latest_lessons_of_candidate(conn, workspace_id, candidate_id)?;
            let locale = Locale::from_tag(&candidate.locale).unwrap_or_default();
            Ok::<_, ServiceError>((locale, rows, gaffe_rows, lessons))
        })
        .await?;
    let mut gaffes_by_interview: HashMap<InterviewId, Vec<_>> = HashMap::new();
    for row in &gaffe_rows {
        gaffes_by_interview
            .entry(row.interview_id)
            .or_default()
            .push(gaffes::facts(row));
    }
    // Interviews not rated yet (imported, waiting for the candidate) join the insights once rated: the rules
    // behind them all start from how the interview felt.
    let records: Vec<InterviewRecord> = interview_rows
        .iter()
        .filter_map(|row| {
            Some(InterviewRecord {
                id: row.id.into(),
                facts: interviews::facts(row, now).ok()?,
                gaffes: gaffes_by_interview.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect();
    let lessons: Vec<LessonRecord> = lesson_rows
        .into_iter()
        .map(|(row, written_in)| LessonRecord {
            interview_id: row.interview_id.into(),
            plan_id: row.plan_id.into(),
            kind: row.kind,
            prevention: row.prevention,
            locale: Locale::from_tag(&written_in).unwrap_or_default(),
        })
        .collect();
    let insights = candidate_insights_in(locale, &records, &lessons);
    Ok((
        CandidateInsightsResponse {
            candidate_id,
            insights: CandidateInsights::from(&insights),
        },
        locale,
    ))
}
