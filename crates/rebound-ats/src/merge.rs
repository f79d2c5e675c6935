//! Merge's unified ATS common models (<https://docs.merge.dev/ats/>) as Merge's API returns them, and their mapping
//! to an [`ImportBatch`]. The structs tolerate what Merge sends: any field may be `null` or missing, extra fields
//! (`field_mappings`, `remote_data`, whatever Merge adds next) are ignored, and a related object may be either its
//! Merge id or, when fetched with `expand=`, the object itself.
//!
//! Identity: Merge gives every object two ids, its own `id` (a UUID Merge assigns) and `remote_id` (the id in the
//! ATS behind Merge). Rebound keys candidates (`external_id`) and interviews (`remote.remote_id`) by `remote_id`
//! when there is one: it is the id the recruiter sees in their ATS, the one a Greenhouse import or another integration
//! of the same ATS also knows, and it survives the customer re-linking their account in Merge (which gives every
//! object a new Merge `id`). Merge's `id` is the fallback for objects without a `remote_id`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    array_beyond_limit, clean_email, clean_text, format_from_hints, full_name, index_lenient,
    minutes_between, stage_from_name, ImportBatch, ImportedCandidate, ImportedInterview, Lenient,
    Skipped, SOURCE_MERGE,
};
use rebound_domain::{Interviewer, Stage};

/// A related object: its Merge id, or the object itself when fetched with `expand=`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    Id(String),
    Object(T),
}

impl<T: HasId> Expandable<T> {
    /// The Merge id, whichever way the object came.
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(object) => object.merge_id(),
        }
    }

    pub fn object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(object) => Some(object),
        }
    }
}

/// Every Merge common model has a Merge `id`.
pub trait HasId {
    fn merge_id(&self) -> Option<&str>;
}

macro_rules! has_id {
    ($($model:ty),*) => {$(
        impl HasId for $model {
            fn merge_id(&self) -> Option<&str> {
                self.id.as_deref()
            }
        }
    )*};
}
has_id!(
    Candidate,
    Application,
    Job,
    RemoteUser,
    JobInterviewStage,
    ScheduledInterview
);

/// One of a candidate's e-mail addresses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeEmailAddress, example = json!({"value": "dana.okafor@example.com", "email_address_type": "PERSONAL"}))]
pub struct EmailAddress {
    pub value: Option<String>,
    /// `PERSONAL`, `WORK` or `OTHER`.
    pub email_address_type: Option<String>,
}

/// Merge `Candidate`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeCandidate, example = json!({"id": "521b18c2-4d01-4297-b451-19858d07c133", "remote_id": "4021", "first_name": "Dana", "last_name": "Okafor", "email_addresses": [{"value": "dana.okafor@example.com", "email_address_type": "PERSONAL"}], "remote_was_deleted": false}))]
pub struct Candidate {
    /// Merge's id.
    pub id: Option<String>,
    /// The ATS's id: Rebound's `external_id` for the candidate.
    pub remote_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub email_addresses: Vec<EmailAddress>,
    #[serde(default)]
    pub remote_was_deleted: Option<bool>,
}

/// Merge `Application`: a candidate's application to a job.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeApplication, example = json!({"id": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d", "remote_id": "77012", "candidate": "521b18c2-4d01-4297-b451-19858d07c133", "job": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633"}))]
pub struct Application {
    pub id: Option<String>,
    pub remote_id: Option<String>,
    /// The candidate's Merge id (or the expanded `Candidate`).
    #[schema(value_type = Option<String>)]
    pub candidate: Option<Expandable<Candidate>>,
    /// The job's Merge id (or the expanded `Job`).
    #[schema(value_type = Option<String>)]
    pub job: Option<Expandable<Job>>,
}

/// Merge `Job`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeJob, example = json!({"id": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "remote_id": "8811", "name": "Senior Financial Analyst"}))]
pub struct Job {
    pub id: Option<String>,
    pub remote_id: Option<String>,
    /// The job's title: Rebound's `role_title`.
    pub name: Option<String>,
}

/// Merge `RemoteUser`: a user of the ATS, such as an interviewer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeRemoteUser, example = json!({"id": "b82302de-852e-4e60-b050-edf9da3b7c02", "remote_id": "31", "first_name": "Armin", "last_name": "Vogel", "email": "armin.vogel@harborfinch.example"}))]
pub struct RemoteUser {
    pub id: Option<String>,
    pub remote_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    // Documented as an e-mail address (`EmailAddress`); the import itself is lenient and drops one it cannot use.
    pub email: Option<rebound_domain::bounded::EmailAddress>,
}

/// Merge `JobInterviewStage`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[schema(as = MergeJobInterviewStage, example = json!({"id": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11", "remote_id": "5", "name": "Final Round"}))]
pub struct JobInterviewStage {
    pub id: Option<String>,
    pub remote_id: Option<String>,
    /// "Phone Screen", "Technical Interview", "Onsite"…: Rebound's `stage` is read from it.
    pub name: Option<String>,
}

/// Merge `ScheduledInterview`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = MergeScheduledInterview, example = json!({"id": "b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f", "remote_id": "930112", "application": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d", "job_interview_stage": "d578ac3d-4f5a-4bbd-b6d0-3b6a1b4f0a11", "organizer": "6bfb6d3a-2c4f-47d0-8a2a-3f3b7f4c9e20", "interviewers": ["b82302de-852e-4e60-b050-edf9da3b7c02"], "location": "Harbor & Finch, 12 Pier Street, 4th floor", "start_at": "2026-11-24T14:00:00Z", "end_at": "2026-11-24T15:00:00Z", "status": "COMPLETE", "remote_was_deleted": false, "remote_updated_at": "2026-11-24T15:05:00Z"}))]
pub struct ScheduledInterview {
    pub id: Option<String>,
    /// The ATS's id: Rebound's `remote.remote_id` (source `merge`).
    pub remote_id: Option<String>,
    /// The application's Merge id (or the expanded `Application`).
    #[schema(value_type = Option<String>)]
    pub application: Option<Expandable<Application>>,
    /// The stage's Merge id (or the expanded `JobInterviewStage`, whose `name` sets Rebound's `stage`).
    #[schema(value_type = Option<String>)]
    pub job_interview_stage: Option<Expandable<JobInterviewStage>>,
    /// Merge id of the organising user (not imported).
    #[schema(value_type = Option<String>)]
    pub organizer: Option<Expandable<RemoteUser>>,
    /// Merge ids of the interviewers (`RemoteUser`s).
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<String>)]
    pub interviewers: Vec<Expandable<RemoteUser>>,
    /// Where it happens: an address, a room, a video link, a phone number.
    pub location: Option<String>,
    /// RFC 3339.
    pub start_at: Option<String>,
    /// RFC 3339.
    pub end_at: Option<String>,
    /// `SCHEDULED`, `AWAITING_FEEDBACK` or `COMPLETE` (not imported: the candidate logs the outcome).
    pub status: Option<String>,
    /// The interview was deleted in the ATS.
    pub remote_was_deleted: Option<bool>,
    /// RFC 3339.
    pub remote_updated_at: Option<String>,
}

/// A bundle of Merge ATS objects as Merge's list endpoints return them (`results` of `GET /candidates`,
/// `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name. `job_interview_stages` is
/// optional: without it (and without `expand=job_interview_stage`), interviews get stage `other`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, ToSchema)]
#[schema(example = json!({"company": "Harbor & Finch Capital", "candidates": [{"id": "521b18c2-4d01-4297-b451-19858d07c133", "remote_id": "4021", "first_name": "Dana", "last_name": "Okafor"}], "applications": [{"id": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d", "candidate": "521b18c2-4d01-4297-b451-19858d07c133", "job": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633"}], "jobs": [{"id": "52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "name": "Senior Financial Analyst"}], "users": [], "interviews": [{"id": "b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f", "remote_id": "930112", "application": "92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d", "location": "Zoom", "start_at": "2026-11-24T14:00:00Z", "end_at": "2026-11-24T15:00:00Z"}]}))]
pub struct MergeBundle {
    /// The hiring company (Merge's `AccountDetails.end_user_organization_name`): every interview's `company`.
    pub company: String,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<Candidate>)]
    pub candidates: Vec<Lenient<Candidate>>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<Application>)]
    pub applications: Vec<Lenient<Application>>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<Job>)]
    pub jobs: Vec<Lenient<Job>>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<RemoteUser>)]
    pub users: Vec<Lenient<RemoteUser>>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<JobInterviewStage>)]
    pub job_interview_stages: Vec<Lenient<JobInterviewStage>>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<ScheduledInterview>)]
    pub interviews: Vec<Lenient<ScheduledInterview>>,
}

impl MergeBundle {
    /// The first array that takes the bundle beyond the per-call limit, if any.
    pub fn array_beyond_limit(&self) -> Option<&'static str> {
        array_beyond_limit(&[
            ("candidates", self.candidates.len()),
            ("applications", self.applications.len()),
            ("jobs", self.jobs.len()),
            ("users", self.users.len()),
            ("job_interview_stages", self.job_interview_stages.len()),
            ("interviews", self.interviews.len()),
        ])
    }
}

/// The kinds of Merge object an import remembers, so that a later webhook delivery naming them by id alone (as
/// Merge sends them unless expanded) can still be mapped: see [`MergeBundle::objects_to_remember`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectKind {
    Candidate,
    Application,
    Job,
    User,
    Stage,
}

impl ObjectKind {
    pub const ALL: [ObjectKind; 5] = [
        ObjectKind::Candidate,
        ObjectKind::Application,
        ObjectKind::Job,
        ObjectKind::User,
        ObjectKind::Stage,
    ];

    /// As stored (the `kind` column of `ats_objects`).
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Candidate => "candidate",
            ObjectKind::Application => "application",
            ObjectKind::Job => "job",
            ObjectKind::User => "user",
            ObjectKind::Stage => "job_interview_stage",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

/// The longest Merge id remembered (Merge's ids are UUIDs; anything far longer is not one of theirs).
pub const MAX_REMEMBERED_ID_CHARS: usize = 300;

/// A Merge object as remembered: its kind, its Merge id and the object itself.
#[derive(Debug, Clone, PartialEq)]
pub struct RememberedObject {
    pub kind: ObjectKind,
    pub id: String,
    pub object: serde_json::Value,
}

/// An id as remembered, if it can be: trimmed, not empty, at most [`MAX_REMEMBERED_ID_CHARS`], without a NUL (which
/// PostgreSQL text cannot hold). Anything else is never remembered, so it is never looked up either.
fn rememberable_id(id: Option<&str>) -> Option<String> {
    clean_text(id).filter(|id| id.chars().count() <= MAX_REMEMBERED_ID_CHARS && !id.contains('\0'))
}

/// The Merge id of a reference that carries only the id (not the expanded object), if it could be remembered.
fn id_only<T>(reference: Option<&Expandable<T>>) -> Option<String> {
    match reference? {
        Expandable::Id(id) => rememberable_id(Some(id)),
        Expandable::Object(_) => None,
    }
}

impl MergeBundle {
    /// Every readable object the bundle carries that an interview may refer to, in its arrays or expanded inside
    /// another object, the arrays' version first (the same object may come more than once).
    fn carried(&self) -> Vec<(ObjectKind, &dyn ErasedObject)> {
        let mut carried: Vec<(ObjectKind, &dyn ErasedObject)> = Vec::new();
        let applications = self.applications().collect::<Vec<_>>();
        for candidate in self.candidates.iter().filter_map(Lenient::parsed) {
            carried.push((ObjectKind::Candidate, candidate));
        }
        for application in &applications {
            carried.push((ObjectKind::Application, *application));
        }
        for job in self.jobs.iter().filter_map(Lenient::parsed) {
            carried.push((ObjectKind::Job, job));
        }
        for user in self.users.iter().filter_map(Lenient::parsed) {
            carried.push((ObjectKind::User, user));
        }
        for stage in self.job_interview_stages.iter().filter_map(Lenient::parsed) {
            carried.push((ObjectKind::Stage, stage));
        }
        for application in &applications {
            if let Some(candidate) = application.candidate.as_ref().and_then(Expandable::object) {
                carried.push((ObjectKind::Candidate, candidate));
            }
            if let Some(job) = application.job.as_ref().and_then(Expandable::object) {
                carried.push((ObjectKind::Job, job));
            }
        }
        for interview in self.interviews.iter().filter_map(Lenient::parsed) {
            let users = interview.interviewers.iter().chain(&interview.organizer);
            for user in users.filter_map(Expandable::object) {
                carried.push((ObjectKind::User, user));
            }
            if let Some(stage) = interview
                .job_interview_stage
                .as_ref()
                .and_then(Expandable::object)
            {
                carried.push((ObjectKind::Stage, stage));
            }
        }
        carried
    }

    /// What to remember of the objects the bundle carries: once per kind and Merge id (the arrays' version), as
    /// JSON, leaving out those PostgreSQL cannot store (a NUL anywhere, an id it cannot hold).
    pub fn objects_to_remember(&self) -> Vec<RememberedObject> {
        let mut seen = std::collections::HashSet::new();
        self.carried()
            .into_iter()
            .filter_map(|(kind, object)| {
                let id = rememberable_id(object.id())?;
                if !seen.insert((kind, id.clone())) {
                    return None;
                }
                // jsonb cannot hold a NUL; such an object is only ever read from the bundle it came in.
                let object = object
                    .to_json()
                    .filter(|json| !json.to_string().contains("\\u0000"))?;
                Some(RememberedObject { kind, id, object })
            })
            .collect()
    }

    /// The objects the bundle's interviews (and their applications) name by Merge id but do not carry: what a
    /// webhook delivery needs from earlier imports. Sorted, each once.
    pub fn missing_references(&self) -> Vec<(ObjectKind, String)> {
        // Ids only: an object the bundle carries is known whether or not it could be remembered.
        let known: std::collections::HashSet<(ObjectKind, String)> = self
            .carried()
            .into_iter()
            .filter_map(|(kind, object)| Some((kind, rememberable_id(object.id())?)))
            .collect();
        let mut missing = std::collections::BTreeSet::new();
        let mut want = |kind: ObjectKind, id: Option<String>| {
            if let Some(id) = id {
                if !known.contains(&(kind, id.clone())) {
                    missing.insert((kind, id));
                }
            }
        };
        for interview in self.interviews.iter().filter_map(Lenient::parsed) {
            want(
                ObjectKind::Application,
                id_only(interview.application.as_ref()),
            );
            want(
                ObjectKind::Stage,
                id_only(interview.job_interview_stage.as_ref()),
            );
            for user in &interview.interviewers {
                want(ObjectKind::User, id_only(Some(user)));
            }
        }
        for application in self.applications() {
            want(
                ObjectKind::Candidate,
                id_only(application.candidate.as_ref()),
            );
            want(ObjectKind::Job, id_only(application.job.as_ref()));
        }
        missing.into_iter().collect()
    }

    /// Adds objects remembered from earlier imports to the bundle's arrays, so the mapping resolves references to
    /// them as if the bundle carried them. One that no longer reads as its kind is left out.
    pub fn add_remembered(&mut self, objects: Vec<RememberedObject>) {
        fn add<T: serde::de::DeserializeOwned>(
            array: &mut Vec<Lenient<T>>,
            object: serde_json::Value,
        ) {
            if let Ok(object) = serde_json::from_value(object) {
                array.push(Lenient::Parsed(object));
            }
        }
        for RememberedObject { kind, object, .. } in objects {
            match kind {
                ObjectKind::Candidate => add(&mut self.candidates, object),
                ObjectKind::Application => add(&mut self.applications, object),
                ObjectKind::Job => add(&mut self.jobs, object),
                ObjectKind::User => add(&mut self.users, object),
                ObjectKind::Stage => add(&mut self.job_interview_stages, object),
            }
        }
    }

    /// The readable applications: the array's, then those expanded inside interviews.
    fn applications(&self) -> impl Iterator<Item = &Application> {
        self.applications.iter().filter_map(Lenient::parsed).chain(
            self.interviews
                .iter()
                .filter_map(Lenient::parsed)
                .filter_map(|interview| interview.application.as_ref()?.object()),
        )
    }
}

/// What [`MergeBundle::carried`] gives of any Merge object: its id, and the object as JSON.
trait ErasedObject {
    fn id(&self) -> Option<&str>;
    fn to_json(&self) -> Option<serde_json::Value>;
}

impl<T: HasId + Serialize> ErasedObject for T {
    fn id(&self) -> Option<&str> {
        self.merge_id()
    }

    fn to_json(&self) -> Option<serde_json::Value> {
        serde_json::to_value(self).ok()
    }
}

/// The id Rebound keys an object by: the ATS's `remote_id`, else Merge's `id` (see the module docs).
fn rebound_id(remote_id: &Option<String>, merge_id: &Option<String>) -> Option<String> {
    clean_text(remote_id.as_deref()).or_else(|| clean_text(merge_id.as_deref()))
}

/// The readable objects of one array by Merge id; unreadable ones are reported in `skipped` and left out, so an
/// interview pointing at one is skipped as pointing at nothing readable.
fn by_id<'a, T: HasId>(
    items: &'a [Lenient<T>],
    array: &str,
    skipped: &mut Vec<Skipped>,
) -> HashMap<&'a str, &'a T> {
    index_lenient(items, array, skipped, HasId::merge_id)
        .into_iter()
        .filter_map(|(id, item)| item.map(|item| (id, item)))
        .collect()
}

/// An expandable reference resolved: the expanded object, else the bundle's object with that id.
fn resolve<'a, T: HasId>(
    reference: Option<&'a Expandable<T>>,
    index: &HashMap<&str, &'a T>,
) -> Option<&'a T> {
    let reference = reference?;
    reference
        .object()
        .or_else(|| reference.id().and_then(|id| index.get(id).copied()))
}

fn parse_time(text: &Option<String>) -> Result<Option<DateTime<Utc>>, ()> {
    match clean_text(text.as_deref()) {
        None => Ok(None),
        Some(text) => DateTime::parse_from_rfc3339(&text)
            .map(|at| Some(at.with_timezone(&Utc)))
            .map_err(|_| ()),
    }
}

fn candidate_of(candidate: &Candidate) -> Option<ImportedCandidate> {
    let external_id = rebound_id(&candidate.remote_id, &candidate.id)?;
    // A personal address first: it is the one the candidate reads.
    let mut addresses: Vec<&EmailAddress> = candidate.email_addresses.iter().collect();
    addresses.sort_by_key(|a| a.email_address_type.as_deref() != Some("PERSONAL"));
    let email = addresses
        .into_iter()
        .find_map(|a| clean_email(a.value.as_deref()));
    let display_name = full_name(
        candidate.first_name.as_deref(),
        candidate.last_name.as_deref(),
    )
    .or_else(|| email.clone())
    .unwrap_or_else(|| format!("Candidate {external_id}"));
    Some(ImportedCandidate {
        external_id,
        display_name,
        email,
    })
}

fn interviewer_of(user: &RemoteUser) -> Option<Interviewer> {
    let email = clean_email(user.email.as_deref());
    let name = full_name(user.first_name.as_deref(), user.last_name.as_deref())
        .or_else(|| email.clone())?;
    Some(Interviewer {
        name,
        title: None,
        email,
    })
}

/// Maps a bundle to Rebound's shape. Interviews that cannot be mapped (no id, no application, candidate or job to
/// resolve, no or a malformed start time) go to `skipped`, naming the Merge field; interviewer ids that match no
/// `RemoteUser` are left out. Candidates come from the interviews' applications, once each.
pub fn map_bundle(bundle: &MergeBundle) -> ImportBatch {
    let mut batch = ImportBatch::default();
    let applications = by_id(&bundle.applications, "applications", &mut batch.skipped);
    let candidates = by_id(&bundle.candidates, "candidates", &mut batch.skipped);
    let jobs = by_id(&bundle.jobs, "jobs", &mut batch.skipped);
    let users = by_id(&bundle.users, "users", &mut batch.skipped);
    let stages = by_id(
        &bundle.job_interview_stages,
        "job_interview_stages",
        &mut batch.skipped,
    );
    // Unreadable interviews are reported (once, with the field at fault) and the rest go on.
    index_lenient(
        &bundle.interviews,
        "interviews",
        &mut batch.skipped,
        HasId::merge_id,
    );
    for (i, interview) in bundle.interviews.iter().enumerate() {
        let Some(interview) = interview.parsed() else {
            continue;
        };
        let Some(remote_id) = rebound_id(&interview.remote_id, &interview.id) else {
            batch.skipped.push(Skipped::new(
                "",
                format!("interviews[{i}].remote_id"),
                "the interview has neither a remote_id nor an id",
            ));
            continue;
        };
        match map_interview(
            bundle,
            interview,
            &remote_id,
            &applications,
            &candidates,
            &jobs,
            &users,
            &stages,
        ) {
            Ok((candidate, mapped)) => {
                if !batch
                    .candidates
                    .iter()
                    .any(|c| c.external_id == candidate.external_id)
                {
                    batch.candidates.push(candidate);
                }
                batch.interviews.push(mapped);
            }
            // A deletion needs nothing but the id: the ATS may have removed the application or job along with it.
            Err(_) if interview.remote_was_deleted == Some(true) => batch
                .interviews
                .push(ImportedInterview::deletion(SOURCE_MERGE, remote_id)),
            Err((field, reason)) => batch.skipped.push(Skipped::new(remote_id, field, reason)),
        }
    }
    batch
}

#[allow(clippy::too_many_arguments)]
fn map_interview(
    bundle: &MergeBundle,
    interview: &ScheduledInterview,
    remote_id: &str,
    applications: &HashMap<&str, &Application>,
    candidates: &HashMap<&str, &Candidate>,
    jobs: &HashMap<&str, &Job>,
    users: &HashMap<&str, &RemoteUser>,
    stages: &HashMap<&str, &JobInterviewStage>,
) -> Result<(ImportedCandidate, ImportedInterview), (&'static str, String)> {
    let application = resolve(interview.application.as_ref(), applications).ok_or((
        "application",
        "no application with this id in the bundle's applications, nor from an earlier Merge import".to_string(),
    ))?;
    let candidate = resolve(application.candidate.as_ref(), candidates)
        .and_then(candidate_of)
        .ok_or((
            "application.candidate",
            "no candidate with this id (and a remote_id or id) in the bundle's candidates"
                .to_string(),
        ))?;
    let role_title = resolve(application.job.as_ref(), jobs)
        .and_then(|job| clean_text(job.name.as_deref()))
        .ok_or((
            "application.job",
            "no job with this id and a name in the bundle's jobs: the role title comes from it"
                .to_string(),
        ))?;
    let occurred_at = parse_time(&interview.start_at)
        .map_err(|()| ("start_at", "not an RFC 3339 date-time".to_string()))?
        .ok_or((
            "start_at",
            "missing: the interview has no start time".to_string(),
        ))?;
    let end_at = parse_time(&interview.end_at)
        .map_err(|()| ("end_at", "not an RFC 3339 date-time".to_string()))?;
    let remote_updated_at = parse_time(&interview.remote_updated_at)
        .map_err(|()| ("remote_updated_at", "not an RFC 3339 date-time".to_string()))?;
    let stage_name = resolve(interview.job_interview_stage.as_ref(), stages)
        .and_then(|stage| clean_text(stage.name.as_deref()));
    let interviewers = interview
        .interviewers
        .iter()
        .filter_map(|reference| resolve(Some(reference), users))
        .filter_map(interviewer_of)
        .collect();
    Ok((
        candidate.clone(),
        ImportedInterview {
            source: SOURCE_MERGE,
            remote_id: remote_id.to_string(),
            candidate_external_id: candidate.external_id,
            company: clean_text(Some(&bundle.company)).unwrap_or_default(),
            role_title,
            stage: stage_name.as_deref().map_or(Stage::Other, stage_from_name),
            format: format_from_hints(interview.location.as_deref(), None, stage_name.as_deref()),
            occurred_at,
            duration_minutes: minutes_between(occurred_at, end_at),
            interviewers,
            deleted: interview.remote_was_deleted.unwrap_or(false),
            remote_updated_at,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use rebound_domain::Format;
    use serde_json::json;

    fn bundle() -> MergeBundle {
        serde_json::from_value(json!({
            "company": "Harbor & Finch Capital",
            "candidates": [{
                "id": "m-cand-1", "remote_id": "gh-4021", "first_name": "Dana", "last_name": "Okafor",
                "email_addresses": [
                    {"value": "dana@work.example", "email_address_type": "WORK"},
                    {"value": "dana@home.example", "email_address_type": "PERSONAL"}
                ],
                "phone_numbers": null, "field_mappings": {"organization_defined_targets": {}}, "remote_data": null
            }],
            "applications": [{"id": "m-app-1", "remote_id": "app-77", "candidate": "m-cand-1", "job": "m-job-1",
                              "current_stage": null, "unknown_extra": 42}],
            "jobs": [{"id": "m-job-1", "remote_id": "job-9", "name": " Senior Financial Analyst ", "status": "OPEN"}],
            "users": [
                {"id": "m-user-1", "remote_id": "u-1", "first_name": "Armin", "last_name": "Vogel",
                 "email": "armin.vogel@harborfinch.example", "access_role": "INTERVIEWER"},
                {"id": "m-user-2", "first_name": null, "last_name": null, "email": null}
            ],
            "job_interview_stages": [{"id": "m-stage-1", "name": "Final Round", "job": "m-job-1"}],
            "interviews": [
                {"id": "m-int-1", "remote_id": "int-500", "application": "m-app-1", "job_interview_stage": "m-stage-1",
                 "organizer": "m-user-1", "interviewers": ["m-user-1", "m-user-2", "m-user-unknown"],
                 "location": "Conference Room 4B", "start_at": "2026-11-20T14:00:00Z",
                 "end_at": "2026-11-20T15:00:00Z", "status": "COMPLETE", "remote_was_deleted": false,
                 "remote_updated_at": "2026-11-20T16:00:00Z", "remote_data": [{"path": "/x", "data": {}}]},
                {"id": "m-int-2", "remote_id": null, "application": {"id": "m-app-1", "candidate": "m-cand-1",
                 "job": {"id": "m-job-1", "name": "Analyst"}}, "job_interview_stage": {"id": "s", "name": "Phone Screen"},
                 "interviewers": null, "location": null, "start_at": "2026-11-18T09:30:00-05:00", "end_at": null,
                 "status": "COMPLETE", "remote_was_deleted": true},
                {"id": "m-int-3", "remote_id": "int-502", "application": "m-app-404", "start_at": "2026-11-20T14:00:00Z"},
                {"id": "m-int-4", "remote_id": "int-503", "application": "m-app-1", "start_at": "yesterday"},
                {"id": null, "remote_id": null}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_complete_interview_maps_every_field() {
        let batch = map_bundle(&bundle());
        assert_eq!(
            batch.candidates,
            vec![ImportedCandidate {
                external_id: "gh-4021".into(),
                display_name: "Dana Okafor".into(),
                email: Some("dana@home.example".into()),
            }]
        );
        let first = &batch.interviews[0];
        assert_eq!(first.source, "merge");
        assert_eq!(first.remote_id, "int-500");
        assert_eq!(first.candidate_external_id, "gh-4021");
        assert_eq!(first.company, "Harbor & Finch Capital");
        assert_eq!(first.role_title, "Senior Financial Analyst");
        assert_eq!(first.stage, Stage::Final);
        assert_eq!(first.format, Format::Onsite);
        assert_eq!(
            first.occurred_at,
            Utc.with_ymd_and_hms(2026, 11, 20, 14, 0, 0).unwrap()
        );
        assert_eq!(first.duration_minutes, Some(60));
        assert_eq!(
            first.interviewers,
            vec![Interviewer {
                name: "Armin Vogel".into(),
                title: None,
                email: Some("armin.vogel@harborfinch.example".into()),
            }]
        );
        assert!(!first.deleted);
        assert_eq!(
            first.remote_updated_at,
            Some(Utc.with_ymd_and_hms(2026, 11, 20, 16, 0, 0).unwrap())
        );
    }

    #[test]
    fn expanded_objects_and_merge_ids_are_used_when_there_is_no_remote_id() {
        let batch = map_bundle(&bundle());
        let second = &batch.interviews[1];
        assert_eq!(second.remote_id, "m-int-2");
        assert_eq!(second.role_title, "Analyst");
        assert_eq!(second.stage, Stage::Screening);
        assert_eq!(second.format, Format::Phone);
        assert_eq!(
            second.occurred_at,
            Utc.with_ymd_and_hms(2026, 11, 18, 14, 30, 0).unwrap()
        );
        assert_eq!(second.duration_minutes, None);
        assert!(second.interviewers.is_empty());
        assert!(second.deleted);
        assert_eq!(
            batch.candidates.len(),
            1,
            "one candidate, however many interviews"
        );
    }

    #[test]
    fn unmappable_interviews_are_skipped_naming_the_field() {
        let batch = map_bundle(&bundle());
        assert_eq!(batch.interviews.len(), 2);
        assert_eq!(
            batch.skipped,
            vec![
                // An interview without an id is unreadable: reported before the mapping starts.
                Skipped::new("", "interviews[4].id", "is required and missing"),
                Skipped::new(
                    "int-502",
                    "application",
                    "no application with this id in the bundle's applications, nor from an earlier Merge import"
                ),
                Skipped::new("int-503", "start_at", "not an RFC 3339 date-time"),
            ]
        );
    }

    #[test]
    fn a_deleted_interview_needs_only_its_id() {
        let mut bundle = bundle();
        let Lenient::Parsed(third) = &mut bundle.interviews[2] else {
            panic!("the fixture's third interview reads");
        };
        third.remote_was_deleted = Some(true);
        let batch = map_bundle(&bundle);
        let deletion = batch
            .interviews
            .iter()
            .find(|i| i.remote_id == "int-502")
            .unwrap();
        assert!(deletion.deleted);
        assert!(!batch.skipped.iter().any(|s| s.remote_id == "int-502"));
    }

    #[test]
    fn an_object_of_the_wrong_shape_is_skipped_and_the_rest_map() {
        let raw = json!({"company": "Acme", "interviews": [
            {"id": "m-int-1", "remote_id": "int-1", "start_at": 1732000000},
            "not an object",
            {"remote_id": "int-3"}
        ]});
        let bundle: MergeBundle =
            serde_json::from_value(raw).expect("one bad object does not sink the bundle");
        let batch = map_bundle(&bundle);
        assert_eq!(
            batch.skipped,
            vec![
                Skipped::new("m-int-1", "start_at", "has the wrong type"),
                Skipped::new("", "interviews[1]", "is not a JSON object"),
                Skipped::new("", "interviews[2].id", "is required and missing"),
            ]
        );
    }

    #[test]
    fn nulls_and_missing_arrays_read_as_empty() {
        let bundle: MergeBundle = serde_json::from_value(
            json!({"company": "Acme", "candidates": null, "extra": {"a": 1}}),
        )
        .unwrap();
        assert_eq!(map_bundle(&bundle), ImportBatch::default());
        assert_eq!(bundle.array_beyond_limit(), None);
    }

    fn kinds_and_ids(objects: &[RememberedObject]) -> Vec<(ObjectKind, &str)> {
        let mut pairs: Vec<_> = objects.iter().map(|o| (o.kind, o.id.as_str())).collect();
        pairs.sort();
        pairs
    }

    #[test]
    fn every_object_is_remembered_once_and_the_arrays_version_wins() {
        let remembered = bundle().objects_to_remember();
        assert_eq!(
            kinds_and_ids(&remembered),
            vec![
                (ObjectKind::Candidate, "m-cand-1"),
                (ObjectKind::Application, "m-app-1"),
                (ObjectKind::Job, "m-job-1"),
                (ObjectKind::User, "m-user-1"),
                (ObjectKind::User, "m-user-2"),
                (ObjectKind::Stage, "m-stage-1"),
                // Only expanded inside an interview.
                (ObjectKind::Stage, "s"),
            ]
        );
        let job = remembered
            .iter()
            .find(|o| o.kind == ObjectKind::Job)
            .unwrap();
        assert_eq!(job.object["name"], " Senior Financial Analyst ");
        for kind in ObjectKind::ALL {
            assert_eq!(ObjectKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn a_delivery_naming_objects_by_id_maps_once_they_are_remembered() {
        let remembered = bundle().objects_to_remember();
        let recall = |wanted: &[(ObjectKind, String)]| -> Vec<RememberedObject> {
            remembered
                .iter()
                .filter(|o| wanted.contains(&(o.kind, o.id.clone())))
                .cloned()
                .collect()
        };
        // As Merge's webhook sends a ScheduledInterview: related objects by id only.
        let mut delivery: MergeBundle = serde_json::from_value(json!({
            "company": "Harbor & Finch Capital",
            "interviews": [{"id": "m-int-9", "remote_id": "int-900", "application": "m-app-1",
                            "job_interview_stage": "m-stage-1", "interviewers": ["m-user-1", "m-user-404"],
                            "start_at": "2026-11-27T14:00:00Z", "end_at": "2026-11-27T14:45:00Z"}]
        }))
        .unwrap();
        assert_eq!(map_bundle(&delivery).skipped[0].field, "application");

        let first = delivery.missing_references();
        assert_eq!(
            first,
            vec![
                (ObjectKind::Application, "m-app-1".to_string()),
                (ObjectKind::User, "m-user-1".to_string()),
                (ObjectKind::User, "m-user-404".to_string()),
                (ObjectKind::Stage, "m-stage-1".to_string()),
            ]
        );
        delivery.add_remembered(recall(&first));
        // The application names its candidate and job by id: a second round brings them.
        let second = delivery.missing_references();
        assert_eq!(
            second,
            vec![
                (ObjectKind::Candidate, "m-cand-1".to_string()),
                (ObjectKind::Job, "m-job-1".to_string()),
                (ObjectKind::User, "m-user-404".to_string()),
            ]
        );
        delivery.add_remembered(recall(&second));

        let batch = map_bundle(&delivery);
        assert_eq!(batch.skipped, vec![]);
        let mapped = &batch.interviews[0];
        assert_eq!(mapped.remote_id, "int-900");
        assert_eq!(mapped.candidate_external_id, "gh-4021");
        assert_eq!(mapped.role_title, "Senior Financial Analyst");
        assert_eq!(mapped.stage, Stage::Final);
        assert_eq!(mapped.duration_minutes, Some(45));
        let names: Vec<_> = mapped
            .interviewers
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(
            names,
            vec!["Armin Vogel"],
            "an unknown user is left out, as in an import"
        );
    }

    #[test]
    fn ids_postgresql_cannot_hold_are_neither_remembered_nor_looked_up() {
        let long = "x".repeat(MAX_REMEMBERED_ID_CHARS + 1);
        let bundle: MergeBundle = serde_json::from_value(json!({
            "company": "Acme",
            "users": [{"id": "u\u{0}1"}, {"id": long}, {"id": " u-2 "},
                      {"id": "u-3", "first_name": "Ar\u{0}min"}],
            "interviews": [{"id": "i-1", "application": "a\u{0}", "job_interview_stage": long,
                            "interviewers": ["u\u{0}", "u-3"]}]
        }))
        .unwrap();
        assert_eq!(
            kinds_and_ids(&bundle.objects_to_remember()),
            vec![(ObjectKind::User, "u-2")]
        );
        // `u-3` cannot be stored (a NUL in its name), but the bundle carries it: nothing to look up.
        assert_eq!(bundle.missing_references(), vec![]);
    }

    #[test]
    fn a_remembered_object_that_no_longer_reads_is_left_out() {
        let mut delivery = MergeBundle::default();
        delivery.add_remembered(vec![RememberedObject {
            kind: ObjectKind::Job,
            id: "m-job-1".into(),
            object: json!({"id": 7}),
        }]);
        assert!(delivery.jobs.is_empty());
    }

    #[test]
    fn the_limit_counts_every_array() {
        let mut bundle = bundle();
        bundle.users = vec![Lenient::Parsed(RemoteUser::default()); 497];
        assert_eq!(bundle.array_beyond_limit(), Some("job_interview_stages"));
    }
}
