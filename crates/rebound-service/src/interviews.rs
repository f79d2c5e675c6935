//! Interviews: validated input, visibility-checked loading, and the create/list/update/delete use cases.

use chrono::{DateTime, Duration, Utc};
use diesel::PgConnection;
use rebound_domain::ids::{CandidateId, InterviewId, WorkspaceId};
use uuid::Uuid;

use super::events;
use super::idempotency::Head;
use super::{
    check_version, idempotency, in_transaction, json_column, on_unique_violation, Created, Database,
};
use super::{ChangePosition, IdempotencyKey, SyncFrom, Visibility};
use crate::error::{ExistingResource, ServiceError};
use crate::stored::{remote, RemoteRef};
use crate::validation::Validator;
use crate::view;
use rebound_db::models::interview::{
    self, InterviewRow, InterviewValues, StoredInterviewer, StoredQuestion,
};
use rebound_db::models::{candidate, gaffe, CandidateScope};
use rebound_domain::bounded::{
    AnswerSummary, CompanyName, InterviewNotes, InterviewerName, InterviewerTitle, QuestionText,
    RemoteId, RemoteSource, RoleTitle, Strength,
};
use rebound_domain::events::EventType;
use rebound_domain::{
    EmployerInterest, Format, InterviewFacts, Interviewer, Outcome, Question, SelfRating, Stage,
};
use rebound_views::interviews::InterviewResponse;

pub const MAX_INTERVIEWERS: usize = 20;
pub const MAX_QUESTIONS: usize = 50;
pub const MAX_STRENGTHS: usize = 20;
/// How far ahead an interview may be logged: an ATS (or a plugin) logs one as soon as it is scheduled. Nothing can be
/// assessed, planned or logged as a gaffe for it until it has taken place (see [`taken_place`]).
pub const SCHEDULE_HORIZON: Duration = Duration::days(366);
/// Why an interview that has not started yet cannot be assessed, planned for or have gaffes.
pub const NOT_TAKEN_PLACE: &str =
    "the interview has not taken place yet: it can be assessed, planned for and have gaffes once it has";
/// Shortest and longest interview, in minutes.
pub const DURATION_MINUTES: std::ops::RangeInclusive<u32> = 1..=600;

/// Which interviews a list shows; every filter given must hold.
#[derive(Debug, Clone, Default)]
pub struct InterviewFilter {
    pub candidate_id: Option<CandidateId>,
    /// Exact company name, case-insensitive.
    pub company: Option<String>,
    pub stage: Option<Stage>,
    pub outcome: Option<Outcome>,
    /// At or after this time.
    pub occurred_after: Option<DateTime<Utc>>,
    /// Before this time.
    pub occurred_before: Option<DateTime<Utc>>,
    /// With `remote_id`: the interview an ATS record maps to.
    pub remote_source: Option<String>,
    pub remote_id: Option<String>,
}

impl InterviewFilter {
    /// The page key of an interview in the newest-first order: (occurred_at, id).
    pub fn page_key(&self, shown: &InterviewResponse) -> (DateTime<Utc>, Uuid) {
        (shown.occurred_at.with_timezone(&Utc), shown.id.into())
    }
}

impl From<InterviewFilter> for interview::InterviewFilter {
    fn from(f: InterviewFilter) -> Self {
        Self {
            candidate_id: f.candidate_id,
            company: f.company,
            stage: f.stage,
            outcome: f.outcome,
            occurred_after: f.occurred_after,
            occurred_before: f.occurred_before,
            remote_source: f.remote_source,
            remote_id: f.remote_id,
            sync: None,
        }
    }
}

/// Every field of an interview, typed but not yet validated: what create, update and preview validate.
#[derive(Debug, Clone)]
pub struct InterviewInput {
    pub candidate_id: CandidateId,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    /// The UTC offset `occurred_at` was written with, in minutes, to give it back the same way.
    pub occurred_at_offset_minutes: Option<i16>,
    /// IANA time zone name overriding the candidate's; checked by validation.
    pub time_zone: Option<String>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<Interviewer>,
    pub questions: Vec<Question>,
    pub strengths: Vec<String>,
    /// As sent; parsed into a [`SelfRating`] by validation. `None`: not rated yet (an imported interview).
    pub self_rating: Option<i64>,
    pub outcome: Outcome,
    /// How interested the employer seemed before anything went wrong.
    pub employer_interest: EmployerInterest,
    pub notes: Option<String>,
    pub remote: Option<RemoteRef>,
}

/// A change to an interview: `None` leaves a field as it is; for optional fields `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct InterviewChanges {
    pub company: Option<String>,
    pub role_title: Option<String>,
    pub stage: Option<Stage>,
    pub format: Option<Format>,
    pub occurred_at: Option<DateTime<Utc>>,
    /// Changes with `occurred_at`.
    pub occurred_at_offset_minutes: Option<Option<i16>>,
    pub time_zone: Option<Option<String>>,
    pub duration_minutes: Option<Option<u32>>,
    pub interviewers: Option<Vec<Interviewer>>,
    pub questions: Option<Vec<Question>>,
    pub strengths: Option<Vec<String>>,
    pub self_rating: Option<i64>,
    pub outcome: Option<Outcome>,
    pub employer_interest: Option<EmployerInterest>,
    pub notes: Option<Option<String>>,
    pub remote: Option<Option<RemoteRef>>,
}

impl InterviewInput {
    /// The stored interview as input, so an update can overlay its changes and validate the whole.
    pub(crate) fn from_row(row: &InterviewRow) -> Self {
        Self {
            candidate_id: row.candidate_id,
            company: row.company.clone(),
            role_title: row.role_title.clone(),
            stage: row.stage,
            format: row.format,
            occurred_at: row.occurred_at,
            occurred_at_offset_minutes: row.occurred_at_offset_minutes,
            time_zone: row.time_zone.clone(),
            duration_minutes: row.duration_minutes.map(|m| m.max(0) as u32),
            interviewers: interviewers(row),
            questions: questions(row),
            strengths: row.strengths.0.clone(),
            self_rating: row.self_rating.map(|r| i64::from(r.get())),
            outcome: row.outcome,
            employer_interest: row.employer_interest,
            notes: row.notes.clone(),
            remote: remote(row),
        }
    }

    fn apply(mut self, changes: InterviewChanges) -> Self {
        macro_rules! overlay {
            ($($field:ident),*) => { $(if let Some(value) = changes.$field { self.$field = value; })* };
        }
        overlay!(
            company,
            role_title,
            stage,
            format,
            occurred_at,
            occurred_at_offset_minutes,
            time_zone,
            duration_minutes,
            interviewers,
            questions,
            strengths,
            outcome,
            employer_interest,
            notes,
            remote
        );
        // A change can rate an interview, never un-rate it.
        if let Some(rating) = changes.self_rating {
            self.self_rating = Some(rating);
        }
        self
    }
}

/// Validates the content fields shared by logged and previewed interviews, collecting every problem, and returns
/// the self-rating when one was given and is on the scale.
pub fn validate_content(
    v: &mut Validator,
    input: &mut InterviewInput,
    now: DateTime<Utc>,
) -> Option<SelfRating> {
    input.company = v.text::<CompanyName>("company", &input.company);
    input.role_title = v.text::<RoleTitle>("role_title", &input.role_title);
    // A range relative to now: no schema can state it, so a well-formed date outside it is a 422.
    v.check_semantic(
        input.occurred_at <= now + SCHEDULE_HORIZON,
        "occurred_at",
        "must not be more than a year ahead",
    );
    v.check_semantic(
        input.occurred_at >= now - Duration::days(365 * 20),
        "occurred_at",
        "must be within the last 20 years",
    );
    if let Some(minutes) = input.duration_minutes {
        v.check(
            DURATION_MINUTES.contains(&minutes),
            "duration_minutes",
            &format!(
                "must be between {} and {}",
                DURATION_MINUTES.start(),
                DURATION_MINUTES.end()
            ),
        );
    }
    v.check(
        input.interviewers.len() <= MAX_INTERVIEWERS,
        "interviewers",
        &format!("must list at most {MAX_INTERVIEWERS} interviewers"),
    );
    for (i, person) in input.interviewers.iter_mut().enumerate() {
        person.name = v.text::<InterviewerName>(&format!("interviewers[{i}].name"), &person.name);
        if let Some(title) = &person.title {
            person.title =
                Some(v.text::<InterviewerTitle>(&format!("interviewers[{i}].title"), title));
        }
        if let Some(email) = &person.email {
            person.email = Some(v.email(&format!("interviewers[{i}].email"), email));
        }
    }
    v.check(
        input.questions.len() <= MAX_QUESTIONS,
        "questions",
        &format!("must list at most {MAX_QUESTIONS} questions"),
    );
    for (i, question) in input.questions.iter_mut().enumerate() {
        question.question =
            v.text::<QuestionText>(&format!("questions[{i}].question"), &question.question);
        if let Some(summary) = &question.answer_summary {
            question.answer_summary =
                Some(v.text::<AnswerSummary>(&format!("questions[{i}].answer_summary"), summary));
        }
    }
    v.check(
        input.strengths.len() <= MAX_STRENGTHS,
        "strengths",
        &format!("must list at most {MAX_STRENGTHS} strengths"),
    );
    for (i, strength) in input.strengths.iter_mut().enumerate() {
        *strength = v.text::<Strength>(&format!("strengths[{i}]"), strength);
    }
    let rating = input.self_rating.map(SelfRating::new);
    v.check(
        rating != Some(None),
        "self_rating",
        &format!(
            "must be between {} and {}",
            SelfRating::MIN,
            SelfRating::MAX
        ),
    );
    rating.flatten()
}

/// The facts of a valid input, for the rules (a preview, or a check before storing).
pub fn input_facts(input: &InterviewInput, self_rating: SelfRating) -> InterviewFacts {
    InterviewFacts {
        company: input.company.clone(),
        role_title: input.role_title.clone(),
        stage: input.stage,
        format: input.format,
        occurred_at: input.occurred_at,
        duration_minutes: input.duration_minutes,
        interviewers: input.interviewers.clone(),
        questions: input.questions.clone(),
        strengths: input.strengths.clone(),
        self_rating: self_rating.get(),
        outcome: input.outcome,
        employer_interest: input.employer_interest,
    }
}

/// Validates every field and turns the input into stored values (also the import's validation).
pub(crate) fn validate(
    mut input: InterviewInput,
    now: DateTime<Utc>,
) -> Result<InterviewValues, ServiceError> {
    let mut v = Validator::new();
    let self_rating = validate_content(&mut v, &mut input, now);
    if let Some(notes) = &input.notes {
        input.notes = Some(v.text::<InterviewNotes>("notes", notes));
    }
    if let Some(zone) = &input.time_zone {
        input.time_zone = Some(v.time_zone("time_zone", zone));
    }
    if let Some(remote) = &mut input.remote {
        remote.source = v.text::<RemoteSource>("remote.source", &remote.source);
        remote.remote_id = v.text::<RemoteId>("remote.remote_id", &remote.remote_id);
    }
    v.finish()?;
    let stored_interviewers: Vec<StoredInterviewer> = input
        .interviewers
        .into_iter()
        .map(|p| StoredInterviewer {
            name: p.name,
            title: p.title,
            email: p.email,
        })
        .collect();
    let stored_questions: Vec<StoredQuestion> = input
        .questions
        .into_iter()
        .map(|q| StoredQuestion {
            question: q.question,
            answer_summary: q.answer_summary,
            quality: q.quality,
        })
        .collect();
    Ok(InterviewValues {
        candidate_id: input.candidate_id,
        company: input.company,
        role_title: input.role_title,
        stage: input.stage,
        format: input.format,
        occurred_at: input.occurred_at,
        duration_minutes: input.duration_minutes.map(|m| m as i32),
        interviewers: json_column(&stored_interviewers)?,
        questions: json_column(&stored_questions)?,
        strengths: json_column(&input.strengths)?,
        self_rating,
        outcome: input.outcome,
        employer_interest: input.employer_interest,
        time_zone: input.time_zone,
        occurred_at_offset_minutes: input.occurred_at_offset_minutes,
        notes: input.notes,
        remote_source: input.remote.as_ref().map(|r| r.source.clone()),
        remote_id: input.remote.map(|r| r.remote_id),
    })
}

/// The interviewers of a stored interview.
pub(crate) fn interviewers(row: &InterviewRow) -> Vec<Interviewer> {
    row.interviewers
        .0
        .iter()
        .map(|p| Interviewer {
            name: p.name.clone(),
            title: p.title.clone(),
            email: p.email.clone(),
        })
        .collect()
}

/// The questions of a stored interview.
pub(crate) fn questions(row: &InterviewRow) -> Vec<Question> {
    row.questions
        .0
        .iter()
        .map(|q| Question {
            question: q.question.clone(),
            answer_summary: q.answer_summary.clone(),
            quality: q.quality,
        })
        .collect()
}

/// Checks that an interview has started by `now`: one logged ahead (scheduled) is a 422 naming `occurred_at`.
pub fn taken_place(v: &mut Validator, occurred_at: DateTime<Utc>, now: DateTime<Utc>) {
    v.check_semantic(occurred_at <= now, "occurred_at", NOT_TAKEN_PLACE);
}

/// What the domain rules need to know about a stored interview, as of `now`. The rules start from what happened and
/// how it felt, so an interview that has not taken place yet (scheduled, often imported) is a 422 naming
/// `occurred_at`, and one not rated yet (imported from an ATS) a 422 naming `self_rating` until the candidate rates
/// it; both are named when both apply.
pub(crate) fn facts(
    row: &InterviewRow,
    now: DateTime<Utc>,
) -> Result<InterviewFacts, ServiceError> {
    let mut v = Validator::new();
    taken_place(&mut v, row.occurred_at, now);
    v.check_semantic(
        row.self_rating.is_some(),
        "self_rating",
        "the interview is not rated yet: set self_rating (1-5) with PATCH /v1/interviews/{id} first",
    );
    v.finish()?;
    let rating = row
        .self_rating
        .ok_or_else(|| ServiceError::internal("checked rating missing"))?;
    Ok(input_facts(&InterviewInput::from_row(row), rating))
}

/// An insert the database refused: a missing candidate (foreign key) is a 404, a taken remote reference a 409.
fn insert_refused(error: diesel::result::Error) -> ServiceError {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            ServiceError::NotFound("candidate")
        }
        other => remote_conflict(other),
    }
}

/// The code of the 409 for a remote reference another interview of the workspace holds.
const REMOTE_TAKEN: &str = "remote_reference_taken";

fn remote_conflict(error: diesel::result::Error) -> ServiceError {
    on_unique_violation(error, |_| ServiceError::Conflict {
        code: REMOTE_TAKEN,
        detail: "Another interview in this workspace already has this remote source and remote_id."
            .into(),
    })
}

/// Loads a visible interview or answers 404: the one lookup every interview-scoped use case starts with. With
/// `lock`, the row stays locked until the transaction ends (gaffe writes lock it too, so its gaffes cannot change
/// meanwhile).
pub(crate) fn find_visible(
    conn: &mut PgConnection,
    (workspace_id, scope): Visibility,
    id: InterviewId,
    lock: bool,
) -> Result<InterviewRow, ServiceError> {
    let row = if lock {
        interview::find_for_update(conn, workspace_id, scope, id)?
    } else {
        interview::find(conn, workspace_id, scope, id)?
    };
    row.ok_or(ServiceError::NotFound("interview"))
}

/// Logs an interview, once per idempotency key; the response (stored for replays) is the interview as shown.
pub async fn create(
    db: &Database,
    (workspace_id, scope): Visibility,
    key: Option<IdempotencyKey>,
    input: InterviewInput,
    now: DateTime<Utc>,
) -> Result<Created, ServiceError> {
    let values = validate(input, now)?;
    let remote = remote_of(&values);
    // A workspace-wide caller needs no lookup: the composite foreign key refuses a candidate of another workspace
    // (migration 15). A candidate user may only log for the candidate they are.
    if scope != CandidateScope::Workspace {
        let candidate_id = values.candidate_id;
        db.run(move |conn| {
            candidate::find(conn, workspace_id, scope, candidate_id)?
                .ok_or(ServiceError::NotFound("candidate"))
        })
        .await?;
    }
    let (id, at) = (InterviewId::new_v7(), super::stamp());
    let row =
        InterviewRow::as_inserted(id, workspace_id, &values, at).map_err(ServiceError::internal)?;
    let shown = view::interview(row);
    let event = events::new_event(workspace_id, EventType::InterviewCreated, &shown, None)?;
    let writes = vec![interview::insert_part(id, workspace_id, values, at)];
    let head = Head::of_versioned(shown.id, shown.version);
    let created =
        idempotency::create_in_one_statement(db, key, head, writes, event, insert_refused).await;
    name_the_duplicate(db, (workspace_id, scope), remote, created).await
}

/// Stores a validated interview and records `interview.created`, inside the caller's transaction.
pub(crate) fn insert_validated(
    conn: &mut PgConnection,
    id: InterviewId,
    workspace_id: WorkspaceId,
    values: &InterviewValues,
) -> Result<InterviewResponse, ServiceError> {
    let row = interview::insert(conn, id, workspace_id, values).map_err(insert_refused)?;
    let shown = view::interview(row);
    events::record(
        conn,
        workspace_id,
        EventType::InterviewCreated,
        &shown,
        None,
    )?;
    Ok(shown)
}

/// The remote reference `values` carry, if any.
fn remote_of(values: &InterviewValues) -> Option<RemoteRef> {
    Some(RemoteRef {
        source: values.remote_source.clone()?,
        remote_id: values.remote_id.clone()?,
    })
}

/// Turns a `remote_reference_taken` conflict into a 409 naming the interview that holds the reference, when the
/// caller may see it (a candidate user is not told about another candidate's interview). It is looked up after
/// the failed write, so the happy path pays nothing for it.
async fn name_the_duplicate<T>(
    db: &Database,
    (workspace_id, scope): Visibility,
    remote: Option<RemoteRef>,
    result: Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    let (
        Err(ServiceError::Conflict {
            code: REMOTE_TAKEN,
            detail,
        }),
        Some(remote),
    ) = (&result, remote)
    else {
        return result;
    };
    let detail = detail.clone();
    let found: Result<Option<InterviewId>, ServiceError> = db
        .run(move |conn| {
            Ok(interview::find_id_by_remote(
                conn,
                workspace_id,
                scope,
                &remote.source,
                &remote.remote_id,
            )?)
        })
        .await;
    match found {
        Ok(Some(id)) => Err(ServiceError::DuplicateOf {
            code: REMOTE_TAKEN,
            detail,
            existing: ExistingResource {
                id: id.into(),
                location: format!("/v1/interviews/{id}"),
            },
        }),
        // The lookup is a courtesy: if it fails, the plain 409 is still the true answer.
        _ => result,
    }
}

/// A page of visible interviews, newest first; `after` is the previous page's last (occurred_at, id).
pub async fn list(
    db: &Database,
    (workspace_id, scope): Visibility,
    filter: InterviewFilter,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<InterviewResponse>, ServiceError> {
    // A range that selects nothing (`occurred_after` at or past `occurred_before`) is an empty page, not an error:
    // the schema cannot relate two parameters, and a client computing a window may well produce an empty one.
    let filter = interview::InterviewFilter::from(filter);
    db.run(move |conn| {
        let rows = interview::list(conn, workspace_id, scope, &filter, after, limit)?;
        Ok(rows.into_iter().map(view::interview).collect())
    })
    .await
}

/// A page of settled interview changes matching `filter`, oldest change first, each with its change position
/// (see `docs/src/job-boards/conventions.md`, "Sync").
pub async fn list_changes(
    db: &Database,
    (workspace_id, scope): Visibility,
    filter: InterviewFilter,
    from: SyncFrom,
    limit: i64,
) -> Result<Vec<(InterviewResponse, ChangePosition)>, ServiceError> {
    let filter = interview::InterviewFilter {
        sync: Some(from),
        ..interview::InterviewFilter::from(filter)
    };
    db.run(move |conn| {
        let rows = interview::list(conn, workspace_id, scope, &filter, None, limit)?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let position = (row.change_xid, row.change_seq);
                (view::interview(row), position)
            })
            .collect())
    })
    .await
}

/// A visible interview, or 404.
pub async fn get(
    db: &Database,
    visibility: Visibility,
    id: InterviewId,
) -> Result<InterviewResponse, ServiceError> {
    db.run(move |conn| find_visible(conn, visibility, id, false).map(view::interview))
        .await
}

/// Applies `changes` to the interview at version `expected` (any version when `None`) and validates the result.
pub async fn update(
    db: &Database,
    visibility: Visibility,
    id: InterviewId,
    expected: Option<i32>,
    changes: InterviewChanges,
    now: DateTime<Utc>,
) -> Result<InterviewResponse, ServiceError> {
    let workspace_id = visibility.0;
    let remote = changes.remote.clone().flatten();
    let updated = db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = find_visible(conn, visibility, id, true)?;
            check_version(expected, current.version)?;
            let input = InterviewInput::from_row(&current).apply(changes.clone());
            let question_count = input.questions.len();
            let values = validate(input, now)?;
            // Gaffes point at questions by index: a shorter list must not leave any of them dangling.
            let dangling = gaffe::list_for_interview(conn, workspace_id, id)?
                .iter()
                .any(|g| g.question_index.is_some_and(|i| i as usize >= question_count));
            if dangling {
                return Err(ServiceError::unprocessable(
                    "questions",
                    "a logged gaffe refers to a question this change removes; update or delete that gaffe first",
                ));
            }
            let updated =
                interview::update(conn, workspace_id, id, &values).map_err(remote_conflict)?;
            let updated = view::interview(updated);
            events::record_update(
                conn,
                workspace_id,
                EventType::InterviewUpdated,
                &view::interview(current),
                &updated,
            )?;
            Ok(updated)
        })
    })
    .await;
    name_the_duplicate(db, visibility, remote, updated).await
}

/// Deletes the interview (its gaffes and plans go with it, without events of their own). The `interview.deleted`
/// event carries the interview as it was.
pub async fn delete(
    db: &Database,
    visibility: Visibility,
    id: InterviewId,
    expected: Option<i32>,
) -> Result<(), ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = find_visible(conn, visibility, id, true)?;
            check_version(expected, current.version)?;
            interview::delete(conn, visibility.0, id)?;
            events::record(
                conn,
                visibility.0,
                EventType::InterviewDeleted,
                &view::interview(current),
                None,
            )?;
            Ok(())
        })
    })
    .await
}
