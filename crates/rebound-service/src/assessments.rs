//! Damage assessments: of a logged interview as it is now, and of a draft that is never stored.

use chrono::{DateTime, Utc};
use rebound_domain::ids::InterviewId;

use super::gaffes::{self, load_interview_with_gaffes, GaffeInput, MAX_GAFFES_PER_INTERVIEW};
use super::interviews::{self, input_facts, validate_content, InterviewInput};
use super::{Database, Visibility};
use crate::error::ServiceError;
use crate::validation::Validator;
use rebound_domain::scoring::assess_in;
use rebound_i18n::Locale;
use rebound_views::assessments::{Assessment, InterviewAssessment};

/// Assesses a visible interview as it is now, naming the version assessed; its texts in `locale`.
pub async fn of_interview(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    now: DateTime<Utc>,
    locale: Locale,
) -> Result<InterviewAssessment, ServiceError> {
    let (interview, gaffe_rows) = db
        .run(move |conn| load_interview_with_gaffes(conn, visibility, interview_id, false))
        .await?;
    let facts: Vec<_> = gaffe_rows.iter().map(gaffes::facts).collect();
    Ok(InterviewAssessment {
        interview_id: interview.id,
        interview_version: interview.version,
        assessment: Assessment::from(&assess_in(
            locale,
            &interviews::facts(&interview, now)?,
            &facts,
        )),
    })
}

/// Assesses a draft interview with its gaffes, validated as if they were logged (field paths relative to the
/// preview body: `interview.company`, `gaffes[1].question_index`), its texts in `locale`. Pure: nothing is read or
/// stored.
pub fn preview(
    mut interview: InterviewInput,
    gaffes: Vec<GaffeInput>,
    now: DateTime<Utc>,
    locale: Locale,
) -> Result<Assessment, ServiceError> {
    let mut interview_errors = Validator::new();
    let self_rating = validate_content(&mut interview_errors, &mut interview, now);
    interviews::taken_place(&mut interview_errors, interview.occurred_at, now);
    let mut v = interview_errors.prefixed("interview.");
    v.check(
        gaffes.len() <= MAX_GAFFES_PER_INTERVIEW,
        "gaffes",
        &format!("must list at most {MAX_GAFFES_PER_INTERVIEW} gaffes"),
    );
    let gaffes: Vec<_> = gaffes
        .into_iter()
        .enumerate()
        .map(|(i, g)| g.validate(&mut v, &format!("gaffes[{i}]."), interview.questions.len()))
        .collect();
    v.finish()?;
    let self_rating =
        self_rating.ok_or_else(|| ServiceError::internal("validated rating missing"))?;
    let facts: Vec<_> = gaffes.iter().map(GaffeInput::facts).collect();
    Ok(Assessment::from(&assess_in(
        locale,
        &input_facts(&interview, self_rating),
        &facts,
    )))
}
