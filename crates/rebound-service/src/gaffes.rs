//! Gaffes: the slips logged against an interview. Every write moves the interview's version, so an assessment or
//! plan always sees a consistent set of gaffes: updates and deletes lock the interview; a create checks, in its one
//! write, that the version it read still stands.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use rebound_domain::ids::{GaffeId, InterviewId, WorkspaceId};

use super::events;
use super::idempotency::Head;
use super::interviews::{find_visible, taken_place};
use super::{
    check_version, idempotency, in_transaction, Created, Database, IdempotencyKey, Visibility,
};
use crate::error::ServiceError;
use crate::stored::stored_correction;
use crate::validation::Validator;
use crate::view;
use rebound_db::models::event::{EventRow, Write};
use rebound_db::models::gaffe::{self, GaffeRow, GaffeValues};
use rebound_db::models::interview::{self, InterviewRow};
use rebound_domain::bounded::{CorrectionText, ExtenuatingCircumstance, GaffeDescription};
use rebound_domain::events::EventType;
use rebound_domain::{Correction, GaffeFacts, GaffeKind, Moment, Noticed};
use rebound_views::gaffes::{GaffeList, GaffeResponse};

/// Most gaffes one interview may have, as many as an assessment preview accepts.
pub const MAX_GAFFES_PER_INTERVIEW: usize = 50;

/// Every field of a gaffe, typed but not yet validated.
#[derive(Debug, Clone)]
pub struct GaffeInput {
    pub kind: GaffeKind,
    pub description: Option<String>,
    pub noticed: Noticed,
    pub moment: Moment,
    pub corrected_in_interview: bool,
    pub extenuating_circumstance: Option<String>,
    /// 0-based index into the interview's questions.
    pub question_index: Option<u32>,
    /// What was said and what is true, for a factual error.
    pub correction: Option<Correction>,
}

/// A change to a gaffe: `None` leaves a field as it is; for optional fields `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct GaffeChanges {
    pub kind: Option<GaffeKind>,
    pub description: Option<Option<String>>,
    pub noticed: Option<Noticed>,
    pub moment: Option<Moment>,
    pub corrected_in_interview: Option<bool>,
    pub extenuating_circumstance: Option<Option<String>>,
    pub question_index: Option<Option<u32>>,
    pub correction: Option<Option<Correction>>,
}

impl GaffeInput {
    fn from_row(row: &GaffeRow) -> Self {
        Self {
            kind: row.kind,
            description: row.description.clone(),
            noticed: row.noticed,
            moment: row.moment,
            corrected_in_interview: row.corrected_in_interview,
            extenuating_circumstance: row.extenuating_circumstance.clone(),
            question_index: row.question_index.map(|i| i.max(0) as u32),
            correction: stored_correction(row),
        }
    }

    fn apply(mut self, changes: GaffeChanges) -> Self {
        macro_rules! overlay {
            ($($field:ident),*) => { $(if let Some(value) = changes.$field { self.$field = value; })* };
        }
        overlay!(
            kind,
            description,
            noticed,
            moment,
            corrected_in_interview,
            extenuating_circumstance,
            question_index,
            correction
        );
        self
    }

    /// Validates the gaffe against an interview with `question_count` questions; `prefix` names the field's place
    /// in a larger body (`gaffes[2].`).
    pub fn validate(mut self, v: &mut Validator, prefix: &str, question_count: usize) -> Self {
        if let Some(text) = &self.description {
            self.description =
                Some(v.text::<GaffeDescription>(&format!("{prefix}description"), text));
        }
        if let Some(text) = &self.extenuating_circumstance {
            self.extenuating_circumstance = Some(v.text::<ExtenuatingCircumstance>(
                &format!("{prefix}extenuating_circumstance"),
                text,
            ));
        }
        if let Some(correction) = &self.correction {
            self.correction = Some(validate_correction(v, prefix, self.kind, correction));
        }
        if let Some(index) = self.question_index {
            // Depends on the interview's questions, which the schema cannot see: a 422.
            v.check_semantic(
                (index as usize) < question_count,
                &format!("{prefix}question_index"),
                "must point at one of the interview's questions (0-based)",
            );
        }
        self
    }

    /// What the rules need to know about this gaffe.
    pub fn facts(&self) -> GaffeFacts {
        GaffeFacts {
            kind: self.kind,
            description: self.description.clone(),
            noticed: self.noticed,
            moment: self.moment,
            corrected_in_interview: self.corrected_in_interview,
            extenuating_circumstance: self.extenuating_circumstance.clone(),
            question_index: self.question_index.map(|i| i as usize),
            correction: self.correction.clone(),
        }
    }

    fn values(self) -> GaffeValues {
        GaffeValues {
            kind: self.kind,
            description: self.description,
            noticed: self.noticed,
            moment: self.moment,
            corrected_in_interview: self.corrected_in_interview,
            extenuating_circumstance: self.extenuating_circumstance,
            question_index: self.question_index.map(|i| i as i32),
            correction_said: self.correction.as_ref().map(|c| c.said.clone()),
            correction_correct: self.correction.map(|c| c.correct),
        }
    }
}

/// Checks a correction: only on a factual error about the company, and each side one line of 1–150 characters
/// without control characters. Returns it trimmed.
fn validate_correction(
    v: &mut Validator,
    prefix: &str,
    kind: GaffeKind,
    correction: &Correction,
) -> Correction {
    // A rule across two fields, which the schema does not state: a 422.
    v.check_semantic(
        kind == GaffeKind::FactualErrorAboutCompany,
        &format!("{prefix}correction"),
        "only a factual_error_about_company gaffe takes a correction",
    );
    let mut side = |name: &str, text: &str| {
        v.text::<CorrectionText>(&format!("{prefix}correction.{name}"), text)
    };
    Correction {
        said: side("said", &correction.said),
        correct: side("correct", &correction.correct),
    }
}

/// What the rules need to know about a stored gaffe.
pub(crate) fn facts(row: &GaffeRow) -> GaffeFacts {
    GaffeInput::from_row(row).facts()
}

/// Validates a gaffe against the interview it is logged for, or answers 400/422 naming every bad field. A new gaffe
/// (`logged_at` given) needs an interview that has taken place by then; one already logged stays editable if its
/// interview is later moved ahead.
fn validated(
    input: GaffeInput,
    parent: &InterviewRow,
    logged_at: Option<DateTime<Utc>>,
) -> Result<GaffeInput, ServiceError> {
    let mut v = Validator::new();
    if let Some(now) = logged_at {
        taken_place(&mut v, parent.occurred_at, now);
    }
    let input = input.validate(&mut v, "", parent.questions.0.len());
    v.finish()?;
    Ok(input)
}

fn too_many_gaffes() -> ServiceError {
    ServiceError::Conflict {
        code: "too_many_gaffes",
        detail: format!(
            "An interview can have at most {MAX_GAFFES_PER_INTERVIEW} gaffes; update or delete one instead."
        ),
    }
}

/// A visible interview with its gaffes: what assessments, plans and note reviews all start from. With `lock`, the
/// interview row stays locked until the transaction ends, so its gaffes cannot change meanwhile.
pub(crate) fn load_interview_with_gaffes(
    conn: &mut PgConnection,
    visibility: Visibility,
    interview_id: InterviewId,
    lock: bool,
) -> Result<(InterviewRow, Vec<GaffeRow>), ServiceError> {
    let interview = find_visible(conn, visibility, interview_id, lock)?;
    let gaffes = gaffe::list_for_interview(conn, visibility.0, interview_id)?;
    Ok((interview, gaffes))
}

/// Logs a gaffe, once per idempotency key; the response (stored for replays) is the gaffe as shown.
pub async fn create(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    key: Option<IdempotencyKey>,
    input: GaffeInput,
    now: DateTime<Utc>,
) -> Result<Created, ServiceError> {
    // Two round trips, no lock held between them: the read, then one statement that writes the gaffe, moves the
    // interview's version (only if it is still the version read: every gaffe write moves it, so the count and the
    // questions checked still hold) and records both events. A version that moved meanwhile is read again; when it
    // keeps moving (many gaffes logged at once on one interview), the create waits its turn on the interview's lock.
    for _ in 0..OPTIMISTIC_ATTEMPTS {
        let input = input.clone();
        let prepared = db
            .run(move |conn| prepare_create(conn, visibility, interview_id, input, now))
            .await;
        let (head, writes, events) = match (prepared, &key) {
            (Ok(prepared), _) => prepared,
            // A retry of a create that succeeded may no longer pass the checks (the interview now full, say).
            (Err(error), Some(key)) if !error.is_unavailable() => {
                return idempotency::replay_or(db, key.clone(), error).await
            }
            (Err(error), _) => return Err(error),
        };
        let created = idempotency::create_alone_in_one_statement(
            db,
            key.clone(),
            head,
            writes,
            events,
            gaffe_refused,
        )
        .await;
        match created {
            Err(ServiceError::Conflict { code, .. }) if code == crate::error::CONCURRENT_UPDATE => {
            }
            answered => return answered,
        }
    }
    db.write(move |conn| {
        idempotency::create_once(conn, key.as_ref(), |conn| {
            log(
                conn,
                GaffeId::new_v7(),
                visibility,
                interview_id,
                input,
                now,
            )
        })
    })
    .await
}

/// How many times a gaffe's create tries without a lock before it takes the interview's.
const OPTIMISTIC_ATTEMPTS: u32 = 3;

/// A gaffe's create as its read finds it: its answer's head, the statement's parts and its two events
/// (`gaffe.created`, carrying the gaffe as shown, and `interview.updated` for the version that moves).
fn prepare_create(
    conn: &mut PgConnection,
    (workspace_id, scope): Visibility,
    interview_id: InterviewId,
    input: GaffeInput,
    now: DateTime<Utc>,
) -> Result<(Head, Vec<Write<'static>>, Vec<EventRow>), ServiceError> {
    let (parent, logged) =
        interview::find_with_gaffe_count(conn, workspace_id, scope, interview_id)?
            .ok_or(ServiceError::NotFound("interview"))?;
    let input = validated(input, &parent, Some(now))?;
    if logged >= MAX_GAFFES_PER_INTERVIEW as i64 {
        return Err(too_many_gaffes());
    }
    let (id, at) = (GaffeId::new_v7(), super::stamp());
    let values = input.values();
    let shown = view::gaffe(GaffeRow::as_inserted(
        id,
        workspace_id,
        interview_id,
        &values,
        at,
    ));
    let touched = parent.as_touched(at);
    let events = vec![
        events::new_event(workspace_id, EventType::GaffeCreated, &shown, None)?,
        events::new_update_event(
            workspace_id,
            EventType::InterviewUpdated,
            &view::interview(parent.clone()),
            &view::interview(touched),
        )?,
    ];
    let writes = vec![
        gaffe::insert_part(id, workspace_id, interview_id, values, at),
        interview::touch_part(workspace_id, interview_id, parent.version, at),
    ];
    Ok((Head::of_versioned(shown.id, shown.version), writes, events))
}

/// A gaffe's statement the database refused: its interview deleted since the read (the foreign key) is a 404.
fn gaffe_refused(error: diesel::result::Error) -> ServiceError {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            ServiceError::NotFound("interview")
        }
        other => other.into(),
    }
}

/// Validates a gaffe against its interview, stores it and records `gaffe.created`, inside the caller's
/// transaction.
pub(crate) fn log(
    conn: &mut PgConnection,
    id: GaffeId,
    visibility: Visibility,
    interview_id: InterviewId,
    input: GaffeInput,
    now: DateTime<Utc>,
) -> Result<GaffeResponse, ServiceError> {
    let workspace_id = visibility.0;
    let parent = find_visible(conn, visibility, interview_id, true)?;
    let input = validated(input, &parent, Some(now))?;
    // The interview is locked above, so concurrent requests cannot both pass the check.
    let logged = gaffe::count_for_interview(conn, workspace_id, interview_id)?;
    if logged >= MAX_GAFFES_PER_INTERVIEW as i64 {
        return Err(too_many_gaffes());
    }
    let row = gaffe::insert(conn, id, workspace_id, interview_id, &input.values())?;
    let shown = view::gaffe(row);
    events::record(conn, workspace_id, EventType::GaffeCreated, &shown, None)?;
    touch_parent(conn, parent)?;
    Ok(shown)
}

/// Moves the version of a gaffe's interview (locked by the caller) and records `interview.updated`, so a mirror
/// kept by webhooks learns the new version (and ETag) in the same transaction as the gaffe's own event.
fn touch_parent(conn: &mut PgConnection, before: InterviewRow) -> Result<(), ServiceError> {
    let after = interview::touch(conn, before.workspace_id, before.id)?;
    events::record_update(
        conn,
        before.workspace_id,
        EventType::InterviewUpdated,
        &view::interview(before),
        &view::interview(after),
    )?;
    Ok(())
}

/// The gaffes of a visible interview, in the order they were logged.
pub async fn list(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
) -> Result<GaffeList, ServiceError> {
    db.run(move |conn| {
        let (_, rows) = load_interview_with_gaffes(conn, visibility, interview_id, false)?;
        Ok(GaffeList {
            data: rows.into_iter().map(view::gaffe).collect(),
        })
    })
    .await
}

fn find(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    interview_id: InterviewId,
    gaffe_id: GaffeId,
    lock: bool,
) -> Result<GaffeRow, ServiceError> {
    gaffe::find(conn, workspace_id, interview_id, gaffe_id, lock)?
        .ok_or(ServiceError::NotFound("gaffe"))
}

/// A gaffe of a visible interview, or 404.
pub async fn get(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    gaffe_id: GaffeId,
) -> Result<GaffeResponse, ServiceError> {
    db.run(move |conn| {
        find_visible(conn, visibility, interview_id, false)?;
        find(conn, visibility.0, interview_id, gaffe_id, false).map(view::gaffe)
    })
    .await
}

/// Applies `changes` to the gaffe at version `expected` (any when `None`); the interview's version moves too.
pub async fn update(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    gaffe_id: GaffeId,
    expected: Option<i32>,
    changes: GaffeChanges,
) -> Result<GaffeResponse, ServiceError> {
    let workspace_id = visibility.0;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let parent = find_visible(conn, visibility, interview_id, true)?;
            let current = find(conn, workspace_id, interview_id, gaffe_id, true)?;
            check_version(expected, current.version)?;
            let updated = validated(
                GaffeInput::from_row(&current).apply(changes.clone()),
                &parent,
                None,
            )?;
            let row = gaffe::update(conn, workspace_id, gaffe_id, &updated.values())?;
            let shown = view::gaffe(row);
            events::record_update(
                conn,
                workspace_id,
                EventType::GaffeUpdated,
                &view::gaffe(current),
                &shown,
            )?;
            touch_parent(conn, parent)?;
            Ok(shown)
        })
    })
    .await
}

/// Deletes the gaffe at version `expected` (any when `None`); the interview's version moves too. The
/// `gaffe.deleted` event carries the gaffe as it was.
pub async fn delete(
    db: &Database,
    visibility: Visibility,
    interview_id: InterviewId,
    gaffe_id: GaffeId,
    expected: Option<i32>,
) -> Result<(), ServiceError> {
    let workspace_id = visibility.0;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let parent = find_visible(conn, visibility, interview_id, true)?;
            let current = find(conn, workspace_id, interview_id, gaffe_id, true)?;
            check_version(expected, current.version)?;
            gaffe::delete(conn, workspace_id, gaffe_id)?;
            events::record(
                conn,
                workspace_id,
                EventType::GaffeDeleted,
                &view::gaffe(current),
                None,
            )?;
            touch_parent(conn, parent)?;
            Ok(())
        })
    })
    .await
}
