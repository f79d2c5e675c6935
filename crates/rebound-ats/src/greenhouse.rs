//! Greenhouse Harvest, as its API returns it: the candidates, applications and scheduled interviews of one
//! company, read leniently. Harvest sends `null` for whatever it does not know and adds fields over time, so every
//! field here is optional or defaulted and unknown fields are ignored; an object that still cannot be read (an `id`
//! that is not a number, say) is kept as [`Lenient::Malformed`] so the rest of the bundle goes through.
//!
//! Shapes follow the Harvest v1 documentation: `GET /v1/candidates`, `GET /v1/applications`,
//! `GET /v1/scheduled_interviews`.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    array_beyond_limit, clean_email, clean_text, format_from_hints, full_name, index_lenient,
    malformed, minutes_between, stage_from_name, ImportBatch, ImportedCandidate, ImportedInterview,
    Lenient, Skipped, SOURCE_GREENHOUSE,
};
use rebound_domain::{Interviewer, Stage};

/// A Greenhouse id. Harvest sends integers; a string of digits is taken as well (some exports quote them), and
/// kept as text since Rebound only compares it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct GhId(pub String);

impl<'de> Deserialize<'de> for GhId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Text(String),
        }
        match Raw::deserialize(deserializer) {
            Ok(Raw::Number(n)) => Ok(GhId(n.to_string())),
            Ok(Raw::Text(text))
                if !text.trim().is_empty() && text.trim().bytes().all(|b| b.is_ascii_digit()) =>
            {
                Ok(GhId(text.trim().to_owned()))
            }
            _ => Err(serde::de::Error::custom(
                "expected a Greenhouse id (a positive integer)",
            )),
        }
    }
}

impl std::fmt::Display for GhId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `POST /v1/imports/greenhouse`: one company's Harvest objects, each list as Harvest's list endpoint returns it.
/// Unknown fields are ignored; an object that cannot be read is skipped (and reported) without failing the others.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[schema(example = json!({
    "company": "Halvorsen Capital",
    "candidates": [{"id": 48201331, "first_name": "Amara", "last_name": "Okafor",
                    "email_addresses": [{"value": "amara.okafor@example.com", "type": "personal"}]}],
    "applications": [{"id": 61500101, "candidate_id": 48201331, "jobs": [{"id": 123004, "name": "Senior Financial Analyst"}]}],
    "scheduled_interviews": [{"id": 110300001, "application_id": 61500101,
        "start": {"date_time": "2026-11-18T14:00:00.000Z"}, "end": {"date_time": "2026-11-18T15:00:00.000Z"},
        "video_conferencing_url": "https://zoom.us/j/93015520441", "status": "complete",
        "interview": {"id": 7001, "name": "Technical Interview"},
        "interviewers": [{"id": 5121, "name": "Armin Lindqvist", "email": "armin.lindqvist@halvorsen.example.com"}]}]
}))]
pub struct GreenhouseBundle {
    /// The hiring company, whose Greenhouse account the objects come from (Harvest has no object naming it): every
    /// interview's `company`.
    #[schema(example = "Halvorsen Capital")]
    pub company: String,
    /// `GET /v1/candidates`.
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<Candidate>)]
    pub candidates: Vec<Lenient<Candidate>>,
    /// `GET /v1/applications`.
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<Application>)]
    pub applications: Vec<Lenient<Application>>,
    /// `GET /v1/scheduled_interviews`.
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<ScheduledInterview>)]
    pub scheduled_interviews: Vec<Lenient<ScheduledInterview>>,
}

impl GreenhouseBundle {
    /// The first array that takes the bundle beyond the per-call limit, if any.
    pub fn array_beyond_limit(&self) -> Option<&'static str> {
        array_beyond_limit(&[
            ("candidates", self.candidates.len()),
            ("applications", self.applications.len()),
            ("scheduled_interviews", self.scheduled_interviews.len()),
        ])
    }
}

/// A `{value, type}` entry of a candidate's e-mail addresses or phone numbers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseTypedValue, example = json!({"value": "amara.okafor@example.com", "type": "personal"}))]
pub struct TypedValue {
    pub value: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// Harvest's candidate (`GET /v1/candidates`), the fields Rebound reads.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseCandidate, example = json!({"id": 48201331, "first_name": "Amara", "last_name": "Okafor", "company": "Brightline Partners", "title": "Financial Analyst", "email_addresses": [{"value": "amara.okafor@example.com", "type": "personal"}], "phone_numbers": [], "application_ids": [61500101]}))]
pub struct Candidate {
    /// Rebound's `external_id` for the candidate.
    #[schema(value_type = i64)]
    pub id: GhId,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// Where the candidate works now (not the company they interview with).
    pub company: Option<String>,
    pub title: Option<String>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub email_addresses: Vec<TypedValue>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub phone_numbers: Vec<TypedValue>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    #[schema(value_type = Vec<i64>)]
    pub application_ids: Vec<GhId>,
}

impl Candidate {
    /// The personal address first, then work, then any other.
    pub fn email(&self) -> Option<String> {
        let rank = |kind: Option<&str>| match kind {
            Some("personal") => 0,
            Some("work") => 1,
            _ => 2,
        };
        let mut addresses: Vec<&TypedValue> = self.email_addresses.iter().collect();
        addresses.sort_by_key(|e| rank(e.kind.as_deref()));
        addresses
            .into_iter()
            .find_map(|e| clean_email(e.value.as_deref()))
    }
}

/// An `{id, name}` reference Harvest embeds (a job, a stage, an interview kind).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseReference, example = json!({"id": 123004, "name": "Senior Financial Analyst"}))]
pub struct Named {
    #[schema(value_type = Option<i64>)]
    pub id: Option<GhId>,
    pub name: Option<String>,
}

/// Harvest's application (`GET /v1/applications`): ties a candidate to a job.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseApplication, example = json!({"id": 61500101, "candidate_id": 48201331, "prospect": false, "jobs": [{"id": 123004, "name": "Senior Financial Analyst"}], "status": "active", "current_stage": {"id": 62828, "name": "Technical Interview"}}))]
pub struct Application {
    #[schema(value_type = i64)]
    pub id: GhId,
    #[schema(value_type = Option<i64>)]
    pub candidate_id: Option<GhId>,
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub prospect: bool,
    /// The job applied for; the first one's `name` is the interview's `role_title`.
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub jobs: Vec<Named>,
    /// `active`, `rejected`, `hired`, …
    pub status: Option<String>,
    pub current_stage: Option<Named>,
}

/// When a scheduled interview starts or ends: `date_time` for a timed interview, `date` for an all-day one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseTime, example = json!({"date_time": "2026-11-18T14:00:00.000Z"}))]
pub struct When {
    /// RFC 3339 (`2026-11-18T14:00:00.000Z`).
    pub date_time: Option<String>,
    /// `YYYY-MM-DD`, for an all-day interview.
    pub date: Option<String>,
}

/// A person Harvest names on an interview (an interviewer or the organizer).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhousePerson, example = json!({"id": 5121, "name": "Armin Lindqvist", "email": "armin.lindqvist@halvorsen.example.com"}))]
pub struct Person {
    #[schema(value_type = Option<i64>)]
    pub id: Option<GhId>,
    pub name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    // Documented as an e-mail address (`EmailAddress`); the import itself is lenient and drops one it cannot use.
    pub email: Option<rebound_domain::bounded::EmailAddress>,
}

/// Harvest's scheduled interview (`GET /v1/scheduled_interviews`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[schema(as = GreenhouseScheduledInterview, example = json!({"id": 110300001, "application_id": 61500101, "start": {"date_time": "2026-11-18T14:00:00.000Z"}, "end": {"date_time": "2026-11-18T15:00:00.000Z"}, "location": null, "video_conferencing_url": "https://zoom.us/j/93015520441", "status": "complete", "interview": {"id": 7001, "name": "Technical Interview"}, "interviewers": [{"id": 5121, "name": "Armin Lindqvist", "email": "armin.lindqvist@halvorsen.example.com"}], "updated_at": "2026-11-18T16:40:03.101Z"}))]
pub struct ScheduledInterview {
    /// Rebound's `remote.remote_id` (source `greenhouse`).
    #[schema(value_type = i64)]
    pub id: GhId,
    /// The application interviewed for: it names the candidate and the job.
    #[schema(value_type = Option<i64>)]
    pub application_id: Option<GhId>,
    /// `date_time` for a timed interview (Rebound's `occurred_at`), `date` for an all-day one (midnight UTC).
    pub start: Option<When>,
    /// With a timed `start`, sets `duration_minutes`.
    pub end: Option<When>,
    /// A room, an address, a phone number or a video link: with `video_conferencing_url`, sets `format`.
    pub location: Option<String>,
    pub video_conferencing_url: Option<String>,
    /// `scheduled`, `awaiting_feedback` or `complete` (not imported: the candidate logs the outcome).
    pub status: Option<String>,
    /// The kind of interview in the hiring plan ("Technical Interview"): its `name` sets Rebound's `stage`.
    pub interview: Option<Named>,
    /// Not imported.
    pub organizer: Option<Person>,
    /// Each one's `name` (or first and last name) and `email`.
    #[serde(default, deserialize_with = "super::null_as_default")]
    pub interviewers: Vec<Person>,
    /// RFC 3339.
    pub updated_at: Option<String>,
}

/// Maps a bundle to Rebound's shape, keyed by Greenhouse's ids: a candidate's `external_id` is its Harvest `id`, an
/// interview's `remote_id` the scheduled interview's `id`. Each interview finds its candidate through
/// `application_id` → application → `candidate_id`, its `role_title` in the application's first job. An interview
/// that cannot be mapped goes to `skipped`, naming the Harvest field (inside the interview, or prefixed with the
/// array and index when the interview has no readable id); so does every object that could not be read at all.
/// Candidates come from the interviews, once each; candidates and applications no interview refers to are ignored.
///
/// `status` is not imported (the candidate logs the outcome themselves), nor is the organizer. Harvest marks no
/// interview deleted, so `deleted` is always false here.
pub fn map_bundle(bundle: &GreenhouseBundle) -> ImportBatch {
    let mut batch = ImportBatch::default();
    let candidates = index_lenient(&bundle.candidates, "candidates", &mut batch.skipped, |c| {
        Some(c.id.0.as_str())
    });
    let applications = index_lenient(
        &bundle.applications,
        "applications",
        &mut batch.skipped,
        |a| Some(a.id.0.as_str()),
    );
    let lookup = Lookup {
        company: clean_text(Some(&bundle.company)).unwrap_or_default(),
        candidates,
        applications,
    };
    for (i, interview) in bundle.scheduled_interviews.iter().enumerate() {
        let interview = match interview {
            Lenient::Parsed(interview) => interview,
            Lenient::Malformed { id, field, reason } => {
                batch.skipped.push(malformed(
                    "scheduled_interviews",
                    i,
                    id.as_deref(),
                    field,
                    reason,
                ));
                continue;
            }
        };
        match map_interview(interview, &lookup) {
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
            Err((field, reason)) => {
                batch
                    .skipped
                    .push(Skipped::new(interview.id.to_string(), field, reason));
            }
        }
    }
    batch
}

/// What an interview is resolved against. An id that belongs to an unreadable object maps to `None`, so the
/// interview can say why it was skipped rather than claim the object is absent.
struct Lookup<'a> {
    company: String,
    candidates: HashMap<&'a str, Option<&'a Candidate>>,
    applications: HashMap<&'a str, Option<&'a Application>>,
}

type Unmapped = (&'static str, String);

/// One scheduled interview as an imported interview and its candidate, resolved through its application; or the
/// field that kept it from being imported, and why.
fn map_interview(
    interview: &ScheduledInterview,
    lookup: &Lookup<'_>,
) -> Result<(ImportedCandidate, ImportedInterview), Unmapped> {
    let application = application_of(interview, lookup)?;
    let candidate = candidate_of_application(application, lookup)?;
    let role_title = application
        .jobs
        .first()
        .and_then(|job| clean_text(job.name.as_deref()))
        .ok_or((
            "application.jobs",
            "the application has no job with a name: the role title comes from it".to_string(),
        ))?;
    let (occurred_at, all_day) = start_of(interview.start.as_ref())?;
    let end_at = end_of(interview.end.as_ref())?;
    let remote_updated_at = parse_time(interview.updated_at.as_deref())
        .map_err(|()| ("updated_at", "not an RFC 3339 date-time".to_string()))?;
    let stage_name = interview
        .interview
        .as_ref()
        .and_then(|kind| clean_text(kind.name.as_deref()));
    Ok((
        candidate.clone(),
        ImportedInterview {
            source: SOURCE_GREENHOUSE,
            remote_id: interview.id.to_string(),
            candidate_external_id: candidate.external_id,
            company: lookup.company.clone(),
            role_title,
            stage: stage_name.as_deref().map_or(Stage::Other, stage_from_name),
            format: format_from_hints(
                interview.location.as_deref(),
                interview.video_conferencing_url.as_deref(),
                stage_name.as_deref(),
            ),
            occurred_at,
            // An all-day slot's length says nothing about the interview's.
            duration_minutes: if all_day {
                None
            } else {
                minutes_between(occurred_at, end_at)
            },
            interviewers: interview
                .interviewers
                .iter()
                .filter_map(interviewer_of)
                .collect(),
            deleted: false,
            remote_updated_at,
        },
    ))
}

/// The application the interview names, when the bundle has it and it could be read.
fn application_of<'a>(
    interview: &ScheduledInterview,
    lookup: &Lookup<'a>,
) -> Result<&'a Application, Unmapped> {
    let application_id = interview.application_id.as_ref().ok_or((
        "application_id",
        "missing: the application names the candidate and the job".to_string(),
    ))?;
    match lookup.applications.get(application_id.0.as_str()) {
        Some(Some(application)) => Ok(application),
        Some(None) => Err((
            "application_id",
            "the application with this id could not be read (reported on its own)".to_string(),
        )),
        None => Err((
            "application_id",
            "no application with this id in the bundle's applications".to_string(),
        )),
    }
}

/// The candidate the application names, when the bundle has them and they could be read.
fn candidate_of_application(
    application: &Application,
    lookup: &Lookup<'_>,
) -> Result<ImportedCandidate, Unmapped> {
    match application
        .candidate_id
        .as_ref()
        .map(|id| lookup.candidates.get(id.0.as_str()))
    {
        Some(Some(Some(candidate))) => Ok(candidate_of(candidate)),
        Some(Some(None)) => Err((
            "application.candidate_id",
            "the candidate with this id could not be read (reported on its own)".to_string(),
        )),
        Some(None) => Err((
            "application.candidate_id",
            "no candidate with this id in the bundle's candidates".to_string(),
        )),
        None => Err((
            "application.candidate_id",
            "missing: the application names no candidate".to_string(),
        )),
    }
}

fn candidate_of(candidate: &Candidate) -> ImportedCandidate {
    let email = candidate.email();
    let display_name = full_name(
        candidate.first_name.as_deref(),
        candidate.last_name.as_deref(),
    )
    .or_else(|| email.clone())
    .unwrap_or_else(|| format!("Candidate {}", candidate.id));
    ImportedCandidate {
        external_id: candidate.id.to_string(),
        display_name,
        email,
    }
}

/// An interviewer with a name (Harvest's `name`, else first and last name, else the address); nobody without.
fn interviewer_of(person: &Person) -> Option<Interviewer> {
    let email = clean_email(person.email.as_deref());
    let name = clean_text(person.name.as_deref())
        .or_else(|| full_name(person.first_name.as_deref(), person.last_name.as_deref()))
        .or_else(|| email.clone())?;
    Some(Interviewer {
        name,
        title: None,
        email,
    })
}

fn parse_time(text: Option<&str>) -> Result<Option<DateTime<Utc>>, ()> {
    match clean_text(text) {
        None => Ok(None),
        Some(text) => DateTime::parse_from_rfc3339(&text)
            .map(|at| Some(at.with_timezone(&Utc)))
            .map_err(|_| ()),
    }
}

fn parse_date(text: Option<&str>) -> Result<Option<DateTime<Utc>>, ()> {
    match clean_text(text) {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(|day| Some(day.and_time(chrono::NaiveTime::MIN).and_utc()))
            .map_err(|_| ()),
    }
}

/// When the interview starts, and whether it is an all-day one (Harvest gives those a `date` and no `date_time`;
/// they start at midnight UTC, the day being all Harvest says).
fn start_of(start: Option<&When>) -> Result<(DateTime<Utc>, bool), Unmapped> {
    let start = start.ok_or(missing_start())?;
    if let Some(at) = parse_time(start.date_time.as_deref())
        .map_err(|()| ("start.date_time", "not an RFC 3339 date-time".to_string()))?
    {
        return Ok((at, false));
    }
    parse_date(start.date.as_deref())
        .map_err(|()| ("start.date", "not a date (YYYY-MM-DD)".to_string()))?
        .map(|day| (day, true))
        .ok_or(missing_start())
}

fn missing_start() -> Unmapped {
    (
        "start",
        "missing: the interview has neither a start date_time nor a date".to_string(),
    )
}

/// When a timed interview ends; a malformed end is refused like a malformed start, not guessed.
fn end_of(end: Option<&When>) -> Result<Option<DateTime<Utc>>, Unmapped> {
    let Some(end) = end else { return Ok(None) };
    parse_time(end.date_time.as_deref())
        .map_err(|()| ("end.date_time", "not an RFC 3339 date-time".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use rebound_domain::Format;
    use serde_json::json;

    fn bundle(value: serde_json::Value) -> GreenhouseBundle {
        serde_json::from_value(value).expect("a bundle")
    }

    fn fixture() -> GreenhouseBundle {
        let text = include_str!("../../../tests/fixtures/greenhouse_bundle.json");
        serde_json::from_str(text).expect("fixture")
    }

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn person(name: &str, email: Option<&str>) -> Interviewer {
        Interviewer {
            name: name.into(),
            title: None,
            email: email.map(Into::into),
        }
    }

    #[test]
    fn the_fixture_bundle_reads_with_every_object_parsed() {
        let bundle = fixture();
        assert_eq!(bundle.company, "Halvorsen Capital");
        assert_eq!(bundle.candidates.len(), 3);
        assert_eq!(bundle.applications.len(), 4);
        assert_eq!(bundle.scheduled_interviews.len(), 5);
        assert!(bundle
            .candidates
            .iter()
            .all(|c| matches!(c, Lenient::Parsed(_))));
        assert!(bundle
            .applications
            .iter()
            .all(|a| matches!(a, Lenient::Parsed(_))));
        assert!(bundle
            .scheduled_interviews
            .iter()
            .all(|i| matches!(i, Lenient::Parsed(_))));
        assert_eq!(bundle.array_beyond_limit(), None);
    }

    #[test]
    fn the_fixture_maps_every_interview_and_candidate() {
        let batch = map_bundle(&fixture());
        assert_eq!(batch.skipped, vec![]);
        assert_eq!(
            batch.candidates,
            vec![
                ImportedCandidate {
                    external_id: "48201331".into(),
                    display_name: "Amara Okafor".into(),
                    // The personal address, though the work one comes first.
                    email: Some("amara.okafor@example.com".into()),
                },
                ImportedCandidate {
                    external_id: "48201332".into(),
                    display_name: "Mateo Fernández".into(),
                    email: Some("mateo.fernandez@example.com".into()),
                },
                ImportedCandidate {
                    external_id: "48201333".into(),
                    display_name: "Li Wen".into(),
                    email: None,
                },
            ]
        );
        let ids: Vec<&str> = batch
            .interviews
            .iter()
            .map(|i| i.remote_id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "110300001",
                "110300002",
                "110300003",
                "110300004",
                "110300005"
            ]
        );
        assert!(batch
            .interviews
            .iter()
            .all(|i| i.source == "greenhouse" && i.company == "Halvorsen Capital" && !i.deleted));
    }

    #[test]
    fn a_video_interview_maps_every_field() {
        let batch = map_bundle(&fixture());
        assert_eq!(
            batch.interviews[0],
            ImportedInterview {
                source: SOURCE_GREENHOUSE,
                remote_id: "110300001".into(),
                candidate_external_id: "48201331".into(),
                company: "Halvorsen Capital".into(),
                role_title: "Senior Financial Analyst".into(),
                stage: Stage::Technical,
                format: Format::Video,
                occurred_at: at(2026, 11, 18, 14, 0),
                duration_minutes: Some(60),
                interviewers: vec![
                    person(
                        "Armin Lindqvist",
                        Some("armin.lindqvist@halvorsen.example.com")
                    ),
                    person(
                        "Priya Natarajan",
                        Some("priya.natarajan@halvorsen.example.com")
                    ),
                ],
                deleted: false,
                remote_updated_at: Some(
                    Utc.with_ymd_and_hms(2026, 11, 18, 16, 40, 3).unwrap()
                        + chrono::Duration::milliseconds(101)
                ),
            }
        );
    }

    #[test]
    fn phone_onsite_and_all_day_interviews_map_their_format_stage_and_time() {
        let batch = map_bundle(&fixture());
        let phone = &batch.interviews[1];
        assert_eq!(
            (phone.stage, phone.format, phone.duration_minutes),
            (Stage::Screening, Format::Phone, Some(30))
        );
        let onsite = &batch.interviews[2];
        assert_eq!(
            (onsite.stage, onsite.format, onsite.duration_minutes),
            (Stage::Final, Format::Onsite, Some(210))
        );
        assert_eq!(onsite.role_title, "Investment Banking Associate");
        // An interviewer without an address keeps their name.
        assert_eq!(onsite.interviewers[1], person("Jonas Becker", None));
        let all_day = &batch.interviews[3];
        assert_eq!(all_day.occurred_at, at(2026, 11, 23, 0, 0));
        assert_eq!(all_day.duration_minutes, None);
        assert_eq!(all_day.stage, Stage::CaseStudy);
        assert_eq!(all_day.candidate_external_id, "48201333");
        assert!(all_day.interviewers.is_empty());
        // The video link wins over a location naming the tool.
        assert_eq!(batch.interviews[4].format, Format::Video);
    }

    fn one_interview(interview: serde_json::Value) -> ImportBatch {
        map_bundle(&bundle(json!({
            "company": "Acme",
            "candidates": [{"id": 1, "first_name": "Ada", "last_name": null}],
            "applications": [{"id": 10, "candidate_id": 1, "jobs": [{"id": 5, "name": "Analyst"}]}],
            "scheduled_interviews": [interview],
        })))
    }

    #[test]
    fn nulls_everywhere_but_the_essentials_still_map() {
        let batch = one_interview(json!({
            "id": 100, "application_id": 10, "start": {"date_time": "2026-11-20T09:30:00-05:00", "date": null},
            "end": null, "location": null, "video_conferencing_url": null, "status": null, "interview": null,
            "organizer": null, "updated_at": null,
            "interviewers": [
                {"id": null, "name": null, "first_name": "Kate", "last_name": "Austen", "email": "kate@acme.example"},
                {"name": " ", "email": "only.address@acme.example"},
                {"name": null, "email": "not an address"},
                {"name": "Hugo Reyes", "email": null},
            ],
        }));
        assert_eq!(batch.skipped, vec![]);
        let interview = &batch.interviews[0];
        assert_eq!(interview.occurred_at, at(2026, 11, 20, 14, 30));
        assert_eq!(interview.duration_minutes, None);
        assert_eq!(interview.stage, Stage::Other);
        assert_eq!(interview.format, Format::Video);
        assert_eq!(interview.remote_updated_at, None);
        assert_eq!(
            interview.interviewers,
            vec![
                person("Kate Austen", Some("kate@acme.example")),
                person(
                    "only.address@acme.example",
                    Some("only.address@acme.example")
                ),
                person("Hugo Reyes", None),
            ]
        );
        assert_eq!(batch.candidates[0].display_name, "Ada");
    }

    #[test]
    fn an_interview_without_a_start_is_skipped_naming_the_field() {
        for start in [
            json!(null),
            json!({}),
            json!({"date_time": null, "date": " "}),
        ] {
            let batch = one_interview(json!({"id": 100, "application_id": 10, "start": start}));
            assert_eq!(batch.interviews, vec![]);
            assert_eq!(
                batch.skipped,
                vec![Skipped::new(
                    "100",
                    "start",
                    "missing: the interview has neither a start date_time nor a date"
                )],
                "{start}"
            );
        }
        let batch = one_interview(
            json!({"id": 100, "application_id": 10, "start": {"date_time": "tomorrow"}}),
        );
        assert_eq!(
            batch.skipped,
            vec![Skipped::new(
                "100",
                "start.date_time",
                "not an RFC 3339 date-time"
            )]
        );
        let batch = one_interview(
            json!({"id": 100, "application_id": 10, "start": {"date": "23/11/2026"}}),
        );
        assert_eq!(batch.skipped[0].field, "start.date");
    }

    #[test]
    fn an_interview_whose_application_is_missing_is_skipped() {
        let batch = one_interview(
            json!({"id": 100, "application_id": 404, "start": {"date": "2026-11-23"}}),
        );
        assert_eq!(
            batch.skipped,
            vec![Skipped::new(
                "100",
                "application_id",
                "no application with this id in the bundle's applications"
            )]
        );
        assert_eq!(batch.candidates, vec![]);
        let batch = one_interview(
            json!({"id": 100, "application_id": null, "start": {"date": "2026-11-23"}}),
        );
        assert_eq!(batch.skipped[0].field, "application_id");
    }

    #[test]
    fn an_application_without_a_candidate_or_a_job_skips_its_interviews() {
        let batch = map_bundle(&bundle(json!({
            "company": "Acme",
            "candidates": [{"id": 1}],
            "applications": [
                {"id": 10, "candidate_id": 2, "jobs": [{"name": "Analyst"}]},
                {"id": 11, "candidate_id": null, "jobs": [{"name": "Analyst"}]},
                {"id": 12, "candidate_id": 1, "prospect": true, "jobs": []},
                {"id": 13, "candidate_id": 1, "jobs": [{"id": 5, "name": null}]},
            ],
            "scheduled_interviews": [
                {"id": 100, "application_id": 10, "start": {"date": "2026-11-23"}},
                {"id": 101, "application_id": 11, "start": {"date": "2026-11-23"}},
                {"id": 102, "application_id": 12, "start": {"date": "2026-11-23"}},
                {"id": 103, "application_id": 13, "start": {"date": "2026-11-23"}},
            ],
        })));
        assert_eq!(batch.interviews, vec![]);
        let fields: Vec<(&str, &str)> = batch
            .skipped
            .iter()
            .map(|s| (s.remote_id.as_str(), s.field.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("100", "application.candidate_id"),
                ("101", "application.candidate_id"),
                ("102", "application.jobs"),
                ("103", "application.jobs"),
            ]
        );
        assert_eq!(
            batch.skipped[0].reason,
            "no candidate with this id in the bundle's candidates"
        );
    }

    #[test]
    fn unreadable_objects_are_reported_once_and_their_dependants_say_why() {
        let batch = map_bundle(&bundle(json!({
            "company": "Acme",
            "candidates": [{"id": 1, "first_name": 42}, {"first_name": "No id"}],
            "applications": [
                {"id": 10, "candidate_id": 1, "jobs": [{"name": "Analyst"}]},
                {"id": 11, "candidate_id": 1, "jobs": "Analyst"},
            ],
            "scheduled_interviews": [
                {"id": 100, "application_id": 10, "start": {"date": "2026-11-23"}},
                {"id": 101, "application_id": 11, "start": {"date": "2026-11-23"}},
                {"id": 102, "application_id": 10, "start": {"date_time": 1732000000}},
                "not an object",
            ],
        })));
        assert_eq!(batch.interviews, vec![]);
        assert_eq!(
            batch.skipped,
            vec![
                Skipped::new("1", "first_name", "has the wrong type"),
                Skipped::new("", "candidates[1].id", "is required and missing"),
                Skipped::new("11", "jobs", "has the wrong type"),
                Skipped::new(
                    "100",
                    "application.candidate_id",
                    "the candidate with this id could not be read (reported on its own)"
                ),
                Skipped::new(
                    "101",
                    "application_id",
                    "the application with this id could not be read (reported on its own)"
                ),
                Skipped::new("102", "start.date_time", "has the wrong type"),
                Skipped::new("", "scheduled_interviews[3]", "is not a JSON object"),
            ]
        );
    }

    #[test]
    fn one_candidate_however_many_interviews() {
        let batch = map_bundle(&fixture());
        let amara = batch
            .interviews
            .iter()
            .filter(|i| i.candidate_external_id == "48201331")
            .count();
        assert_eq!(amara, 2);
        assert_eq!(batch.candidates.len(), 3);
    }

    #[test]
    fn nulls_and_unknown_fields_are_tolerated() {
        let b = bundle(json!({
            "company": "Acme",
            "candidates": [{
                "id": 1, "first_name": null, "last_name": "Okafor", "email_addresses": null,
                "phone_numbers": null, "application_ids": null, "keyed_custom_fields": {"x": {"value": null}},
            }],
            "applications": null,
            "scheduled_interviews": [{
                "id": 9, "application_id": null, "start": null, "end": null, "interviewers": null,
                "interview": null, "organizer": null, "brand_new_field": [1, 2, 3],
            }],
            "users": [{"id": 3}],
        }));
        assert!(b.applications.is_empty());
        let Lenient::Parsed(c) = &b.candidates[0] else {
            panic!("candidate not parsed")
        };
        assert_eq!(c.last_name.as_deref(), Some("Okafor"));
        assert_eq!(c.email(), None);
        let Lenient::Parsed(i) = &b.scheduled_interviews[0] else {
            panic!("interview not parsed")
        };
        assert_eq!(i.id, GhId("9".into()));
        assert!(i.interviewers.is_empty());
    }

    #[test]
    fn a_bad_object_is_kept_aside_with_its_field_and_the_rest_read() {
        let b = bundle(json!({
            "company": "Acme",
            "scheduled_interviews": [
                {"id": 7, "start": {"date_time": 12}},
                {"id": "not a number", "status": "scheduled"},
                {"status": "scheduled"},
                "just a string",
                {"id": " 8 "},
            ],
        }));
        let si = &b.scheduled_interviews;
        assert_eq!(
            si[0],
            Lenient::Malformed {
                id: Some("7".into()),
                field: "start.date_time".into(),
                reason: "has the wrong type".into()
            }
        );
        assert_eq!(
            si[1],
            Lenient::Malformed {
                id: None,
                field: "id".into(),
                reason: "is not a Greenhouse id (a positive integer)".into()
            }
        );
        assert_eq!(
            si[2],
            Lenient::Malformed {
                id: None,
                field: "id".into(),
                reason: "is required and missing".into()
            }
        );
        assert!(matches!(&si[3], Lenient::Malformed { field, .. } if field.is_empty()));
        // A quoted id is read as the number it spells.
        assert!(matches!(&si[4], Lenient::Parsed(i) if i.id.0 == "8"));
    }

    #[test]
    fn a_negative_or_fractional_id_is_not_a_greenhouse_id() {
        let b =
            bundle(json!({"company": "Acme", "candidates": [{"id": -3}, {"id": 1.5}, {"id": ""}]}));
        for c in &b.candidates {
            assert!(
                matches!(c, Lenient::Malformed { field, reason, .. }
                    if field == "id" && reason.contains("Greenhouse id")),
                "{c:?}"
            );
        }
    }

    #[test]
    fn the_limit_counts_every_array() {
        let mut b = fixture();
        let first = b.candidates[0].clone();
        b.candidates = vec![first; 491];
        assert_eq!(b.array_beyond_limit(), None);
        b.candidates.push(b.candidates[0].clone());
        assert_eq!(b.array_beyond_limit(), Some("scheduled_interviews"));
    }
}
