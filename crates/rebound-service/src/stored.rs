//! What stored rows say beyond their columns, read in one place for both the use cases and the views (so neither
//! reaches into the other's module for it).

use rebound_db::models::gaffe::GaffeRow;
use rebound_db::models::interview::InterviewRow;
use rebound_db::models::recovery_plan::PlanRow;
use rebound_domain::{Correction, DamageBand};
use rebound_views::parts::RemoteReference;
use serde::Deserialize;

use crate::error::ServiceError;

/// Where an interview lives in an ATS or job board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteRef {
    pub source: String,
    pub remote_id: String,
}

impl From<RemoteReference> for RemoteRef {
    fn from(reference: RemoteReference) -> Self {
        Self {
            source: reference.source.into(),
            remote_id: reference.remote_id.into(),
        }
    }
}

/// Where a stored interview lives in an ATS or job board: both columns or neither, by a CHECK constraint.
pub(crate) fn remote(row: &InterviewRow) -> Option<RemoteRef> {
    match (&row.remote_source, &row.remote_id) {
        (Some(source), Some(remote_id)) => Some(RemoteRef {
            source: source.clone(),
            remote_id: remote_id.clone(),
        }),
        _ => None,
    }
}

/// The stored correction of a gaffe, when both halves are there (the schema keeps them together).
pub(crate) fn stored_correction(row: &GaffeRow) -> Option<Correction> {
    match (&row.correction_said, &row.correction_correct) {
        (Some(said), Some(correct)) => Some(Correction {
            said: said.clone(),
            correct: correct.clone(),
        }),
        _ => None,
    }
}

/// The score and band a stored plan was based on, read from its assessment snapshot.
pub(crate) fn damage_of(plan: &PlanRow) -> Result<(u8, DamageBand), ServiceError> {
    #[derive(Deserialize)]
    struct Head {
        damage_score: u8,
        band: DamageBand,
    }
    let head = serde_json::from_str::<Head>(plan.assessment.as_str())
        .map_err(|e| ServiceError::internal(format!("recovery_plans.assessment: {e}")))?;
    Ok((head.damage_score, head.band))
}
