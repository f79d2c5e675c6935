//! Note review: a candidate's own follow-up note checked against the rules, optionally in the light of a logged
//! interview (its interviewers' names and which gaffes were surely noticed). Nothing is stored.

use rebound_domain::ids::InterviewId;

use super::gaffes::{self, load_interview_with_gaffes};
use super::interviews;
use super::{Database, Visibility};
use crate::error::ServiceError;
use crate::validation::Validator;
use rebound_domain::bounded::NoteText;
use rebound_domain::review::{review_note, ReviewContext};
use rebound_views::review::NoteReview;

/// Reviews `text`, with the context of the interview when one is named. The text is not trimmed or rewritten: the
/// findings' spans point into it exactly as sent.
pub async fn review(
    db: &Database,
    visibility: Visibility,
    text: String,
    interview_id: Option<InterviewId>,
) -> Result<NoteReview, ServiceError> {
    let mut v = Validator::new();
    // As `NoteText` states it, without trimming: the findings' spans point into the text as sent.
    v.check(NoteText::PATTERN.admits(&text), "text", "must not be empty");
    v.check(
        text.chars().count() <= NoteText::MAX,
        "text",
        &format!("must be at most {} characters", NoteText::MAX),
    );
    v.finish()?;
    let context = match interview_id {
        None => None,
        Some(id) => {
            let (interview, gaffe_rows) = db
                .run(move |conn| load_interview_with_gaffes(conn, visibility, id, false))
                .await?;
            Some(ReviewContext {
                interviewers: interviews::interviewers(&interview),
                gaffes: gaffe_rows.iter().map(gaffes::facts).collect(),
                company: interview.company,
            })
        }
    };
    Ok(NoteReview::from(&review_note(&text, context.as_ref())))
}
