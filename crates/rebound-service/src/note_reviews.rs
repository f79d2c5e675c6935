//! Note review: a candidate's own follow-up note checked against the rules, optionally in the light of a logged
//! interview (its interviewers' names and which gaffes were surely noticed). The note is read in its own language
//! (English or Canadian French rules) and the findings are written in the reader's. Nothing is stored.

use rebound_domain::ids::InterviewId;

use super::gaffes::{self, load_interview_with_gaffes};
use super::interviews;
use super::{Database, Visibility};
use crate::error::ServiceError;
use crate::validation::Validator;
use rebound_domain::bounded::NoteText;
use rebound_domain::review::{review_note_in, ReviewContext};
use rebound_i18n::Locale;
use rebound_views::review::NoteReview;

/// Reviews `text`, with the context of the interview when one is named. The text is not trimmed or rewritten: the
/// findings' spans point into it exactly as sent. The note is read as written in `locale` (a BCP 47 tag, `en` or
/// `fr-CA`; by default the reader's language) and the findings are written in `reader`.
pub async fn review(
    db: &Database,
    visibility: Visibility,
    text: String,
    interview_id: Option<InterviewId>,
    locale: Option<String>,
    reader: Locale,
) -> Result<NoteReview, ServiceError> {
    let mut v = Validator::new();
    let note = match locale.as_deref() {
        None => Some(reader),
        Some(tag) => Locale::from_tag(tag),
    };
    v.check_semantic(
        note.is_some(),
        "locale",
        "is not a language Rebound reviews notes in: use en or fr-CA",
    );
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
    let note = note.unwrap_or(reader);
    Ok(NoteReview::from(&review_note_in(
        &text,
        context.as_ref(),
        note,
        reader,
    )))
}
