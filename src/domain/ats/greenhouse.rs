//! Greenhouse Harvest, as its API returns it: the candidates, applications and scheduled interviews of one
//! company, read leniently. Harvest sends `null` for whatever it does not know and adds fields over time, so every
//! field here is optional or defaulted and unknown fields are ignored; an object that still cannot be read (an `id`
//! that is not a number, say) is kept as [`Lenient::Malformed`] so the rest of the bundle goes through.
//!
//! Shapes follow the Harvest v1 documentation: `GET /v1/candidates`, `GET /v1/applications`,
//! `GET /v1/scheduled_interviews`.

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};

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

/// `null` read as the type's default (an empty list, say), since Harvest sends `null` and `[]` alike.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// One object of a bundle (each has an `id`): read, or kept aside with the reason it could not be.
#[derive(Debug, Clone, PartialEq)]
pub enum Lenient<T> {
    Parsed(T),
    Malformed {
        /// The object's `id`, when it has a readable one.
        id: Option<String>,
        /// The path of the field that could not be read, inside the object (`start.date_time`); empty when the
        /// object itself is not an object.
        field: String,
        /// Why, in our words.
        reason: String,
    },
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if !value.is_object() {
            return Ok(Lenient::Malformed {
                id: None,
                field: String::new(),
                reason: "is not a JSON object".to_owned(),
            });
        }
        // Every Harvest object has an `id`; serde would blame the object rather than the field.
        if value.get("id").is_none_or(serde_json::Value::is_null) {
            return Ok(Lenient::Malformed {
                id: None,
                field: "id".to_owned(),
                reason: "is required and missing".to_owned(),
            });
        }
        match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(parsed) => Ok(Lenient::Parsed(parsed)),
            Err(error) => {
                let id = value
                    .get("id")
                    .and_then(|id| GhId::deserialize(id).ok())
                    .map(|id| id.0);
                let field = error.path().to_string();
                let message = error.into_inner().to_string();
                // serde's wording stays inside: the report speaks ours.
                let reason = if message.contains("Greenhouse id") {
                    "is not a Greenhouse id (a positive integer)"
                } else if message.starts_with("invalid type") {
                    "has the wrong type"
                } else {
                    "has a value that cannot be read"
                };
                Ok(Lenient::Malformed {
                    id,
                    field: if field == "." { String::new() } else { field },
                    reason: reason.to_owned(),
                })
            }
        }
    }
}

/// The company the interviews were with: its name, or an object with a `name`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Company {
    Name(String),
    Object { name: Option<String> },
}

impl Company {
    pub fn name(&self) -> Option<&str> {
        match self {
            Company::Name(name) => Some(name.as_str()),
            Company::Object { name } => name.as_deref(),
        }
    }
}

/// `POST /v1/imports/greenhouse`: one company's Harvest objects, each list as Harvest's list endpoint returns it.
#[derive(Debug, Clone, Deserialize)]
pub struct GreenhouseBundle {
    /// The company the candidates interviewed with (Harvest has no such object; the plugin knows whose account it
    /// reads).
    pub company: Option<Company>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub candidates: Vec<Lenient<Candidate>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub applications: Vec<Lenient<Application>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub scheduled_interviews: Vec<Lenient<ScheduledInterview>>,
}

/// A `{value, type}` entry of a candidate's e-mail addresses or phone numbers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TypedValue {
    pub value: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// Harvest's candidate (`GET /v1/candidates`), the fields Rebound reads.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Candidate {
    pub id: GhId,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// Where the candidate works now (not the company they interview with).
    pub company: Option<String>,
    pub title: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub email_addresses: Vec<TypedValue>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub phone_numbers: Vec<TypedValue>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub application_ids: Vec<GhId>,
}

impl Candidate {
    /// The personal address first, then work, then any other.
    pub fn email(&self) -> Option<&str> {
        let rank = |kind: Option<&str>| match kind {
            Some("personal") => 0,
            Some("work") => 1,
            _ => 2,
        };
        self.email_addresses
            .iter()
            .filter_map(|e| {
                let value = e
                    .value
                    .as_deref()
                    .map(str::trim)
                    .filter(|v| !v.is_empty())?;
                Some((rank(e.kind.as_deref()), value))
            })
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, value)| value)
    }
}

/// An `{id, name}` reference Harvest embeds (a job, a stage, an interview kind).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Named {
    pub id: Option<GhId>,
    pub name: Option<String>,
}

/// Harvest's application (`GET /v1/applications`): ties a candidate to a job.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Application {
    pub id: GhId,
    pub candidate_id: Option<GhId>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub prospect: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    pub jobs: Vec<Named>,
    /// `active`, `rejected`, `hired`, …
    pub status: Option<String>,
    pub current_stage: Option<Named>,
}

/// When a scheduled interview starts or ends: `date_time` for a timed interview, `date` for an all-day one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct When {
    pub date_time: Option<String>,
    pub date: Option<String>,
}

/// A person Harvest names on an interview (an interviewer or the organizer).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Person {
    pub id: Option<GhId>,
    pub name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
}

/// Harvest's scheduled interview (`GET /v1/scheduled_interviews`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ScheduledInterview {
    pub id: GhId,
    pub application_id: Option<GhId>,
    pub start: Option<When>,
    pub end: Option<When>,
    pub location: Option<String>,
    pub video_conferencing_url: Option<String>,
    /// `scheduled`, `awaiting_feedback` or `complete`.
    pub status: Option<String>,
    /// The kind of interview in the hiring plan ("Technical Interview").
    pub interview: Option<Named>,
    pub organizer: Option<Person>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub interviewers: Vec<Person>,
    pub updated_at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bundle(value: serde_json::Value) -> GreenhouseBundle {
        serde_json::from_value(value).expect("a bundle")
    }

    #[test]
    fn the_fixture_bundle_reads_with_every_object_parsed() {
        let text = include_str!("../../../tests/fixtures/greenhouse_bundle.json");
        let bundle: GreenhouseBundle = serde_json::from_str(text).expect("fixture");
        assert_eq!(
            bundle.company.as_ref().and_then(Company::name),
            Some("Halvorsen Capital")
        );
        assert!(bundle.candidates.len() >= 3);
        assert!(bundle.scheduled_interviews.len() >= 4);
        let parsed = |items: &[Lenient<ScheduledInterview>]| {
            items
                .iter()
                .filter(|i| matches!(i, Lenient::Parsed(_)))
                .count()
        };
        assert_eq!(
            parsed(&bundle.scheduled_interviews),
            bundle.scheduled_interviews.len()
        );
        assert!(bundle
            .candidates
            .iter()
            .all(|c| matches!(c, Lenient::Parsed(_))));
        assert!(bundle
            .applications
            .iter()
            .all(|a| matches!(a, Lenient::Parsed(_))));
    }

    #[test]
    fn nulls_and_unknown_fields_are_tolerated() {
        let b = bundle(json!({
            "company": null,
            "candidates": [{
                "id": 1, "first_name": null, "last_name": "Okafor", "email_addresses": null,
                "phone_numbers": null, "application_ids": null, "keyed_custom_fields": {"x": {"value": null}},
            }],
            "applications": null,
            "scheduled_interviews": [{
                "id": 9, "application_id": null, "start": null, "end": null, "interviewers": null,
                "interview": null, "organizer": null, "brand_new_field": [1, 2, 3],
            }],
        }));
        assert!(b.company.is_none());
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
        let b = bundle(json!({"candidates": [{"id": -3}, {"id": 1.5}, {"id": ""}]}));
        for c in &b.candidates {
            assert!(
                matches!(c, Lenient::Malformed { field, reason, .. }
                    if field == "id" && reason.contains("Greenhouse id")),
                "{c:?}"
            );
        }
    }

    #[test]
    fn the_personal_email_is_preferred() {
        let b = bundle(json!({"candidates": [{"id": 1, "email_addresses": [
            {"value": "a.work@example.com", "type": "work"},
            {"value": "  ", "type": "personal"},
            {"value": "a@example.com", "type": "personal"},
        ]}]}));
        let Lenient::Parsed(c) = &b.candidates[0] else {
            panic!()
        };
        assert_eq!(c.email(), Some("a@example.com"));
    }

    #[test]
    fn a_company_is_a_name_or_an_object_with_one() {
        let b = bundle(json!({"company": {"name": "Acme", "id": 4}}));
        assert_eq!(b.company.as_ref().and_then(Company::name), Some("Acme"));
        let b = bundle(json!({"company": "Acme"}));
        assert_eq!(b.company.as_ref().and_then(Company::name), Some("Acme"));
    }
}
