//! Interviews coming in from an applicant tracking system (ATS): the vendor-neutral shape every vendor mapper
//! produces ([`ImportBatch`]), and the pure helpers the mappers share (a stage from a stage name, a format from the
//! location, tidy names and e-mail addresses). The service layer upserts a batch (`service::imports`); nothing here
//! knows about HTTP or the database.

pub mod greenhouse;
pub mod inbound;
pub mod merge;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::{Format, Interviewer, Stage};

/// The `remote.source` of interviews imported through Merge's unified ATS API.
pub const SOURCE_MERGE: &str = "merge";
/// The `remote.source` of interviews imported from Greenhouse Harvest.
pub const SOURCE_GREENHOUSE: &str = "greenhouse";

/// Most objects one import call may carry, counted over every array of the bundle together.
pub const MAX_IMPORT_OBJECTS: usize = 500;

/// What an import call or a webhook delivery asks to import.
#[derive(Debug, Clone, PartialEq)]
pub enum Import {
    /// A Merge bundle: completed with the objects earlier imports remembered before it is mapped (Merge's webhooks
    /// name related objects by id alone), and remembered in turn.
    Merge(merge::MergeBundle),
    /// Interviews already mapped (a Greenhouse import, a deletion).
    Mapped(ImportBatch),
}

/// A candidate as the ATS knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCandidate {
    /// The ATS's id for the candidate: Rebound's `external_id`, how the candidate is found again on re-import.
    pub external_id: String,
    pub display_name: String,
    pub email: Option<String>,
}

/// An interview as the ATS knows it, mapped to Rebound's vocabulary. Only the fields an import owns are here: what
/// the candidate logs themselves (questions, strengths, self-rating, outcome, gaffes…) never comes from an ATS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedInterview {
    /// [`SOURCE_MERGE`] or [`SOURCE_GREENHOUSE`]: with `remote_id`, the interview's identity in the workspace.
    pub source: &'static str,
    pub remote_id: String,
    /// The [`ImportedCandidate::external_id`] of the candidate interviewed.
    pub candidate_external_id: String,
    pub company: String,
    pub role_title: String,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<u32>,
    pub interviewers: Vec<Interviewer>,
    /// The ATS deleted it (Merge's `remote_was_deleted`).
    pub deleted: bool,
    pub remote_updated_at: Option<DateTime<Utc>>,
}

impl ImportedInterview {
    /// An interview the ATS deleted, when nothing else about it can be mapped (its application or job may be gone
    /// too): a deletion needs only the remote reference, so the other fields are placeholders the upsert never
    /// reads.
    pub fn deletion(source: &'static str, remote_id: String) -> Self {
        Self {
            source,
            remote_id,
            candidate_external_id: String::new(),
            company: String::new(),
            role_title: String::new(),
            stage: Stage::Other,
            format: Format::Video,
            occurred_at: DateTime::<Utc>::UNIX_EPOCH,
            duration_minutes: None,
            interviewers: Vec::new(),
            deleted: true,
            remote_updated_at: None,
        }
    }
}

/// A remote object that was not imported (or, for `remote_was_deleted`, not deleted), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({"remote_id": "int-503", "field": "start_at", "reason": "not an RFC 3339 date-time"}))]
pub struct Skipped {
    /// The remote id of the object (the interview's, when an interview was skipped); empty when it has none.
    pub remote_id: String,
    /// The field at fault: the vendor's name for a field the mapping could not use, Rebound's (`occurred_at`,
    /// `interviewers[0].email`) for a value validation refused.
    pub field: String,
    /// What is wrong, in a sentence.
    pub reason: String,
}

impl Skipped {
    pub fn new(
        remote_id: impl Into<String>,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        // A vendor's id or key may hold a NUL, which the report (stored as jsonb for Idempotency-Key replays)
        // cannot: it is shown escaped, as field names are in every problem.
        let escaped = |text: String| {
            if text.contains('\0') {
                text.replace('\0', "\\0")
            } else {
                text
            }
        };
        Self {
            remote_id: escaped(remote_id.into()),
            field: escaped(field.into()),
            reason: escaped(reason.into()),
        }
    }
}

/// The first text an import would store that holds a NUL (PostgreSQL text cannot): the vendor's body may carry
/// NULs anywhere in what Rebound ignores, so the import checks only what it reads.
pub fn field_with_nul(
    interview: &ImportedInterview,
    candidate: Option<&ImportedCandidate>,
) -> Option<String> {
    let has_nul = |text: &str| text.contains('\0');
    let maybe = |text: &Option<String>| text.as_deref().is_some_and(has_nul);
    if has_nul(&interview.remote_id) {
        return Some("remote_id".into());
    }
    for (name, text) in [
        ("candidate_external_id", &interview.candidate_external_id),
        ("company", &interview.company),
        ("role_title", &interview.role_title),
    ] {
        if has_nul(text) {
            return Some(name.into());
        }
    }
    for (i, person) in interview.interviewers.iter().enumerate() {
        if has_nul(&person.name) || maybe(&person.title) || maybe(&person.email) {
            return Some(format!("interviewers[{i}]"));
        }
    }
    let candidate = candidate?;
    if has_nul(&candidate.external_id)
        || has_nul(&candidate.display_name)
        || maybe(&candidate.email)
    {
        return Some("candidate".into());
    }
    None
}

/// What one import call brings in: the candidates the interviews refer to, the interviews, and what the mapper
/// already had to skip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportBatch {
    pub candidates: Vec<ImportedCandidate>,
    pub interviews: Vec<ImportedInterview>,
    pub skipped: Vec<Skipped>,
}

/// The first array that takes the bundle beyond [`MAX_IMPORT_OBJECTS`], given every array's name and length in
/// order; `None` when the bundle is small enough.
pub fn array_beyond_limit<'a>(arrays: &[(&'a str, usize)]) -> Option<&'a str> {
    let mut total = 0usize;
    for &(name, len) in arrays {
        total = total.saturating_add(len);
        if total > MAX_IMPORT_OBJECTS {
            return Some(name);
        }
    }
    None
}

/// The Rebound stage for an ATS stage or interview name ("Phone Screen", "Technical Interview", "Onsite", "Final
/// Round"…): the first rule that matches, in an order that lets the more telling word win ("Final Technical Round"
/// is a final; "Technical Phone Screen" is technical). Names no rule recognises are `other`.
pub fn stage_from_name(name: &str) -> Stage {
    let name = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&[
        "final",
        "onsite",
        "on-site",
        "on site",
        "superday",
        "super day",
    ]) {
        Stage::Final
    } else if has(&["panel"]) {
        Stage::Panel
    } else if has(&["case", "presentation", "modeling test", "modelling test"]) {
        Stage::CaseStudy
    } else if has(&[
        "technical",
        "coding",
        "code",
        "system design",
        "take-home",
        "take home",
        "assessment",
        "pairing",
        "whiteboard",
    ]) {
        Stage::Technical
    } else if has(&["behavio", "culture", "values", "competency"]) {
        Stage::Behavioral
    } else if has(&["screen", "recruiter", "intro", "phone"]) {
        Stage::Screening
    } else {
        Stage::Other
    }
}

/// The format an interview took, from what the ATS says about where it happens: a video-conferencing link (or a
/// location naming a video tool) is `video`; a location naming a phone call is `phone`; any other location (an
/// address, a room) is `onsite`. With no location at all, a stage name saying "onsite" or "phone" decides; failing
/// everything, `video`, the most common format of a scheduled interview today.
pub fn format_from_hints(
    location: Option<&str>,
    video_url: Option<&str>,
    stage_name: Option<&str>,
) -> Format {
    if clean_text(video_url).is_some() {
        return Format::Video;
    }
    if let Some(location) = clean_text(location) {
        return format_of_location(&location).unwrap_or(Format::Onsite);
    }
    stage_name
        .and_then(|name| {
            let name = name.to_lowercase();
            if ["onsite", "on-site", "on site", "in person", "in-person"]
                .iter()
                .any(|w| name.contains(w))
            {
                Some(Format::Onsite)
            } else {
                format_of_location(&name)
            }
        })
        .unwrap_or(Format::Video)
}

/// `video` or `phone` when the text names one; `None` for anything else (an address, a room).
fn format_of_location(text: &str) -> Option<Format> {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&[
        "zoom",
        "meet.google",
        "google meet",
        "teams",
        "webex",
        "whereby",
        "skype",
        "bluejeans",
        "video",
        "http://",
        "https://",
    ]) {
        Some(Format::Video)
    } else if has(&["phone", "call", "tel:", "dial"]) || looks_like_phone_number(&text) {
        Some(Format::Phone)
    } else {
        None
    }
}

/// "+1 (212) 555-0100": digits and phone punctuation only, with enough digits to dial.
fn looks_like_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// Trimmed text with inner runs of whitespace collapsed to one space; `None` when nothing is left.
pub fn clean_text(text: Option<&str>) -> Option<String> {
    let joined = text?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// A person's display name from first and last name, either of which may be missing.
pub fn full_name(first: Option<&str>, last: Option<&str>) -> Option<String> {
    let parts: Vec<String> = [first, last].into_iter().filter_map(clean_text).collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A trimmed e-mail address, or `None` when blank or plainly not an address (no `@`). Full validation is the
/// interview validation's job; this only keeps obvious junk out of a name-and-address pair.
pub fn clean_email(email: Option<&str>) -> Option<String> {
    let email = email?.trim();
    (email.contains('@') && !email.contains(char::is_whitespace)).then(|| email.to_string())
}

/// Whole minutes from `start` to `end`, when `end` is after `start`.
pub fn minutes_between(start: DateTime<Utc>, end: Option<DateTime<Utc>>) -> Option<u32> {
    let minutes = (end? - start).num_minutes();
    (minutes > 0).then(|| u32::try_from(minutes).ok()).flatten()
}

/// `null` read as the type's default (an empty list, say): both vendors send `null` and `[]` alike. With
/// `#[serde(default)]`, a missing field reads the same way.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + serde::Deserialize<'de>,
{
    Ok(<Option<T> as serde::Deserialize>::deserialize(deserializer)?.unwrap_or_default())
}

/// One object of a vendor's array (each has an `id`): read, or kept aside with the reason it could not be, so one
/// object of the wrong shape (a number where a date belongs) is reported in `skipped` and the rest still import.
#[derive(Debug, Clone, PartialEq)]
pub enum Lenient<T> {
    Parsed(T),
    Malformed {
        /// The object's `id` (text, or a number as text), when it has one.
        id: Option<String>,
        /// The path of the field that could not be read, inside the object (`start.date_time`); empty when the
        /// object itself is not an object.
        field: String,
        /// Why, in our words.
        reason: String,
    },
}

impl<T> Lenient<T> {
    /// The object, if it could be read.
    pub fn parsed(&self) -> Option<&T> {
        match self {
            Lenient::Parsed(object) => Some(object),
            Lenient::Malformed { .. } => None,
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Lenient<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if !value.is_object() {
            return Ok(Lenient::Malformed {
                id: None,
                field: String::new(),
                reason: "is not a JSON object".to_owned(),
            });
        }
        let id = match value.get("id") {
            Some(serde_json::Value::String(text)) if !text.trim().is_empty() => {
                Some(text.trim().to_owned())
            }
            Some(serde_json::Value::Number(number)) => Some(number.to_string()),
            _ => None,
        };
        // Every vendor object has an `id` (Merge's and Greenhouse's APIs always send one); without it nothing can
        // refer to the object, and serde would blame the object rather than the field.
        if id.is_none() && value.get("id").is_none_or(serde_json::Value::is_null) {
            return Ok(Lenient::Malformed {
                id: None,
                field: "id".to_owned(),
                reason: "is required and missing".to_owned(),
            });
        }
        match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(parsed) => Ok(Lenient::Parsed(parsed)),
            Err(error) => {
                let mut field = error.path().to_string();
                let message = error.into_inner().to_string();
                // serde blames the object for a missing field (a null `id` the type requires, say): name the field.
                if let Some(missing) = message
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split('`').next())
                {
                    field = if field == "." {
                        missing.to_owned()
                    } else {
                        format!("{field}.{missing}")
                    };
                    return Ok(Lenient::Malformed {
                        id: id.filter(|_| missing != "id"),
                        field,
                        reason: "is required and missing".to_owned(),
                    });
                }
                // serde's wording stays inside: the report speaks ours. A vendor type's own refusal says
                // "expected …" (a Greenhouse id, say), which reads as "is not …".
                let reason = if let Some(expected) = message.strip_prefix("expected ") {
                    format!("is not {expected}")
                } else if message.starts_with("invalid type") {
                    "has the wrong type".to_owned()
                } else {
                    "has a value that cannot be read".to_owned()
                };
                Ok(Lenient::Malformed {
                    // An id the vendor's type refuses names nothing.
                    id: id.filter(|_| field != "id"),
                    field: if field == "." { String::new() } else { field },
                    reason,
                })
            }
        }
    }
}

/// The `skipped` entry of an object that could not be read: the field inside it when its id is known, else the
/// field's full path in the bundle (`scheduled_interviews[3].id`).
pub fn malformed(array: &str, i: usize, id: Option<&str>, field: &str, reason: &str) -> Skipped {
    match id {
        Some(id) => Skipped::new(id, field, reason),
        None if field.is_empty() => Skipped::new("", format!("{array}[{i}]"), reason),
        None => Skipped::new("", format!("{array}[{i}].{field}"), reason),
    }
}

/// The readable objects of one vendor array by `id_of`; each unreadable one is reported once in `skipped` and kept
/// in the map as `None` when its id is known, so an object pointing at it is skipped saying why, not "absent".
pub fn index_lenient<'a, T>(
    items: &'a [Lenient<T>],
    array: &str,
    skipped: &mut Vec<Skipped>,
    id_of: impl Fn(&'a T) -> Option<&'a str>,
) -> std::collections::HashMap<&'a str, Option<&'a T>> {
    let mut by_id = std::collections::HashMap::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Lenient::Parsed(object) => {
                if let Some(id) = id_of(object) {
                    by_id.insert(id, Some(object));
                }
            }
            Lenient::Malformed { id, field, reason } => {
                skipped.push(malformed(array, i, id.as_deref(), field, reason));
                if let Some(id) = id {
                    by_id.insert(id.as_str(), None);
                }
            }
        }
    }
    by_id
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn stage_names_map_to_stages() {
        let cases = [
            ("Phone Screen", Stage::Screening),
            ("Recruiter screen", Stage::Screening),
            ("Technical Interview", Stage::Technical),
            ("Coding Exercise", Stage::Technical),
            ("System Design", Stage::Technical),
            ("Technical Phone Screen", Stage::Technical),
            ("Onsite", Stage::Final),
            ("Final Round", Stage::Final),
            ("Final Technical Round", Stage::Final),
            ("Panel Interview", Stage::Panel),
            ("Case Study", Stage::CaseStudy),
            ("Culture Fit", Stage::Behavioral),
            ("Behavioural interview", Stage::Behavioral),
            ("Reference Check", Stage::Other),
            ("", Stage::Other),
        ];
        for (name, stage) in cases {
            assert_eq!(stage_from_name(name), stage, "{name}");
        }
    }

    #[test]
    fn a_video_link_wins_over_everything() {
        assert_eq!(
            format_from_hints(
                Some("Room 4B"),
                Some("https://zoom.us/j/123"),
                Some("Onsite")
            ),
            Format::Video
        );
    }

    #[test]
    fn locations_name_their_format() {
        let cases = [
            ("https://meet.google.com/abc-defg-hij", Format::Video),
            ("Zoom", Format::Video),
            ("Microsoft Teams meeting", Format::Video),
            ("Phone call", Format::Phone),
            ("+1 (212) 555-0100", Format::Phone),
            ("Candidate will call the hiring manager", Format::Phone),
            ("Conference Room 4B, 100 Main St", Format::Onsite),
            ("12 Harbour Street, London", Format::Onsite),
        ];
        for (location, format) in cases {
            assert_eq!(
                format_from_hints(Some(location), None, None),
                format,
                "{location}"
            );
        }
    }

    #[test]
    fn without_a_location_the_stage_name_or_video_decides() {
        assert_eq!(
            format_from_hints(None, None, Some("Onsite")),
            Format::Onsite
        );
        assert_eq!(
            format_from_hints(Some("  "), Some(""), Some("Phone Screen")),
            Format::Phone
        );
        assert_eq!(
            format_from_hints(None, None, Some("Technical")),
            Format::Video
        );
        assert_eq!(format_from_hints(None, None, None), Format::Video);
    }

    #[test]
    fn names_and_emails_are_tidied() {
        assert_eq!(
            full_name(Some(" Armin "), Some("Vogel")),
            Some("Armin Vogel".into())
        );
        assert_eq!(full_name(None, Some("Vogel")), Some("Vogel".into()));
        assert_eq!(full_name(Some(" "), None), None);
        assert_eq!(
            clean_text(Some("  Senior \n Analyst ")),
            Some("Senior Analyst".into())
        );
        assert_eq!(
            clean_email(Some(" a.vogel@example.com ")),
            Some("a.vogel@example.com".into())
        );
        assert_eq!(clean_email(Some("not an address")), None);
        assert_eq!(clean_email(Some("")), None);
    }

    #[test]
    fn durations_need_an_end_after_the_start() {
        let start = Utc.with_ymd_and_hms(2026, 11, 20, 14, 0, 0).unwrap();
        assert_eq!(
            minutes_between(start, Some(start + chrono::Duration::minutes(45))),
            Some(45)
        );
        assert_eq!(minutes_between(start, Some(start)), None);
        assert_eq!(minutes_between(start, None), None);
    }

    #[test]
    fn the_array_crossing_the_limit_is_named() {
        assert_eq!(
            array_beyond_limit(&[("candidates", 250), ("interviews", 250)]),
            None
        );
        assert_eq!(
            array_beyond_limit(&[("candidates", 250), ("jobs", 0), ("interviews", 251)]),
            Some("interviews")
        );
    }
}
