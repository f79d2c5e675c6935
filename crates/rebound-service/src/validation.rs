//! Field validation that collects every problem of a request, so a client fixes them all in one round trip.

use rebound_domain::bounded::{BoundedText, EmailAddress, Kind, TextPattern};

use crate::error::{FieldError, ServiceError};
use rebound_domain::versions::ApiVersion;
use rebound_i18n::Locale;

/// Collects field errors; [`Validator::finish`] turns them into one 400 when any field is malformed (with every
/// problem found, so one round trip fixes them all), else into one 422 when a well-formed value is not acceptable
/// (see [`ServiceError::Unprocessable`]).
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
    unprocessable: Vec<FieldError>,
}

impl Validator {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    pub fn check(&mut self, ok: bool, field: &str, message: &str) {
        if !ok {
            self.push(FieldError::new(field, message));
        }
    }

    /// Records a well-formed value that is not acceptable (a 422 unless something is also malformed).
    pub fn push_unprocessable(&mut self, error: FieldError) {
        self.unprocessable.push(error);
    }

    /// Like [`Validator::check`], for a rule no JSON Schema can state.
    pub fn check_semantic(&mut self, ok: bool, field: &str, message: &str) {
        if !ok {
            self.push_unprocessable(FieldError::new(field, message));
        }
    }

    /// Trims `value` and checks it against the limits of `T` (see [`rebound_domain::bounded`]): its length in
    /// characters, no control characters but tab and newline, and for one-line text no line break. A kind with a
    /// narrower shape (a URL) is checked for it by its caller, which says what is wrong in its own words; e-mail
    /// addresses go through [`Validator::email`].
    pub fn text<T: BoundedText>(&mut self, field: &str, value: &str) -> String {
        let Kind {
            min, max, pattern, ..
        } = T::KIND;
        debug_assert_ne!(
            pattern,
            TextPattern::Email,
            "e-mail addresses go through `email`"
        );
        let trimmed = value.trim();
        let length = trimmed.chars().count();
        if length < min {
            let message = if min == 1 {
                "must not be empty".to_string()
            } else {
                format!("must be at least {min} characters")
            };
            self.push(FieldError::new(field, message));
        } else if length > max {
            self.push(FieldError::new(
                field,
                format!("must be at most {max} characters"),
            ));
        } else if !TextPattern::FreeText.admits(trimmed) {
            self.push(FieldError::new(
                field,
                "must not contain control characters",
            ));
        }
        if pattern == TextPattern::OneLine && trimmed.contains(['\n', '\r']) {
            self.push(FieldError::new(field, "must be a single line"));
        }
        trimmed.to_string()
    }

    /// Trims an IANA time zone name ("America/New_York") and checks it against the tz database; returns the
    /// canonical spelling.
    pub fn time_zone(&mut self, field: &str, value: &str) -> String {
        let name = value.trim();
        match name.parse::<chrono_tz::Tz>() {
            Ok(zone) => zone.name().to_string(),
            // The document states the shape only: which names exist is the tz database's business.
            Err(_) => {
                self.push_unprocessable(FieldError::new(
                    field,
                    "must be an IANA time zone name such as Europe/London or America/New_York",
                ));
                name.to_string()
            }
        }
    }

    /// A language Rebound writes in, as a BCP 47 tag: `en` or `fr-CA`, case-insensitively (BCP 47 tags are);
    /// returns the tag as Rebound spells it. Anything else (`fr` included: a stored setting names the language
    /// exactly, unlike `Accept-Language`, which is negotiated) is a 422 naming `field` and listing the tags.
    pub fn locale(&mut self, field: &str, value: &str) -> String {
        match Locale::from_tag(value.trim()) {
            Some(locale) => locale.tag().to_string(),
            None => {
                let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                self.push_unprocessable(FieldError::new(
                    field,
                    format!("must be one of: {}", tags.join(", ")),
                ));
                value.trim().to_string()
            }
        }
    }

    /// The API version a date names (the newest on or before it); the current one when the date is malformed,
    /// which is a 400 naming `field`.
    pub fn api_version(&mut self, field: &str, value: &str) -> ApiVersion {
        ApiVersion::for_date(value).unwrap_or_else(|| {
            self.push(FieldError::new(field, API_VERSION_SHAPE));
            ApiVersion::CURRENT
        })
    }

    /// Trims and lowercases an e-mail address and checks its shape ([`EmailAddress`]).
    pub fn email(&mut self, field: &str, value: &str) -> String {
        let email = value.trim().to_lowercase();
        if !EmailAddress::PATTERN.admits(&email) {
            self.push(FieldError::new(
                field,
                "must be an e-mail address such as ada@example.com",
            ));
        }
        email
    }

    /// The same errors with `prefix` before each field name, for a part validated on its own and then placed in a
    /// larger body (`interview.` + `self_rating`).
    pub fn prefixed(self, prefix: &str) -> Self {
        let prefix_all = |errors: Vec<FieldError>| {
            errors
                .into_iter()
                .map(|e| FieldError::new(format!("{prefix}{}", e.field), e.message))
                .collect()
        };
        Self {
            errors: prefix_all(self.errors),
            unprocessable: prefix_all(self.unprocessable),
        }
    }

    pub fn finish(mut self) -> Result<(), ServiceError> {
        if !self.errors.is_empty() {
            self.errors.append(&mut self.unprocessable);
            Err(ServiceError::Validation(self.errors))
        } else if !self.unprocessable.is_empty() {
            Err(ServiceError::Unprocessable(self.unprocessable))
        } else {
            Ok(())
        }
    }
}

/// What an API version looks like, for the messages that refuse another.
pub const API_VERSION_SHAPE: &str =
    "must be an API version: a date written YYYY-MM-DD, such as 2026-12-07";

/// NUL errors for a form's name/value pairs. A form's unknown fields are ignored whatever they hold (RFC 6749 §3.1
/// asks this of OAuth parameters), so a NUL is refused in any name, but in a value only when the request reads that
/// field (`read`): PostgreSQL text cannot store one.
pub fn nul_in_read_fields(
    pairs: impl IntoIterator<Item = (String, String)>,
    read: &[&str],
) -> Vec<FieldError> {
    pairs
        .into_iter()
        .filter(|(name, value)| {
            name.contains('\0') || (value.contains('\0') && read.contains(&name.as_str()))
        })
        .map(|(name, _)| {
            FieldError::new(name.replace('\0', "\\0"), "must not contain NUL characters")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::bounded::{
        CompanyName, CorrectionText, DisplayName, GaffeDescription, RemoteSource, RoleTitle,
    };

    #[test]
    fn collects_every_error() {
        let mut v = Validator::new();
        assert_eq!(v.text::<DisplayName>("name", "  Ada  "), "Ada");
        v.text::<RoleTitle>("title", "");
        v.text::<RemoteSource>("bio", &"x".repeat(51));
        assert_eq!(v.email("email", " ADA@Example.COM "), "ada@example.com");
        match v.finish().unwrap_err() {
            ServiceError::Validation(errors) => {
                let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, vec!["title", "bio"]);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    fn messages(v: Validator) -> Vec<(String, String)> {
        match v.finish() {
            Ok(()) => Vec::new(),
            Err(ServiceError::Validation(errors)) => {
                errors.into_iter().map(|e| (e.field, e.message)).collect()
            }
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn text_is_checked_against_its_kinds_limits() {
        let mut v = Validator::new();
        assert_eq!(v.text::<GaffeDescription>("description", "   "), "");
        v.text::<CompanyName>("company", &"é".repeat(CompanyName::MAX));
        assert_eq!(messages(v), vec![]);

        let mut v = Validator::new();
        v.text::<CompanyName>("company", &"é".repeat(CompanyName::MAX + 1));
        v.text::<CompanyName>("role", " \t ");
        v.text::<CompanyName>("note", "a\u{7}b");
        let expected = [
            ("company", "must be at most 200 characters"),
            ("role", "must not be empty"),
            ("note", "must not contain control characters"),
        ];
        let expected: Vec<_> = expected
            .iter()
            .map(|(f, m)| (f.to_string(), m.to_string()))
            .collect();
        assert_eq!(messages(v), expected);
    }

    #[test]
    fn one_line_text_also_refuses_line_breaks() {
        let mut v = Validator::new();
        assert_eq!(
            v.text::<CorrectionText>("said", " they had\t20 offices "),
            "they had\t20 offices"
        );
        v.text::<CorrectionText>("correct", "they have\n12");
        v.text::<CorrectionText>("long", &format!("{}\r", "x".repeat(151)));
        let expected = vec![
            ("correct".to_string(), "must be a single line".to_string()),
            (
                "long".to_string(),
                "must be at most 150 characters".to_string(),
            ),
        ];
        assert_eq!(messages(v), expected);
        let mut v = Validator::new();
        v.text::<CorrectionText>("both", &format!("{}\nx", "x".repeat(150)));
        assert_eq!(messages(v).len(), 2);
    }

    #[test]
    fn a_value_the_schema_allows_but_the_rules_refuse_is_a_422_unless_something_is_also_malformed()
    {
        let mut v = Validator::new();
        v.time_zone("time_zone", "Mars/Olympus_Mons");
        match v.finish().unwrap_err() {
            ServiceError::Unprocessable(errors) => assert_eq!(errors[0].field, "time_zone"),
            other => panic!("unexpected {other:?}"),
        }
        let mut v = Validator::new();
        v.check_semantic(false, "occurred_at", "must be within the last 20 years");
        v.text::<CompanyName>("company", "");
        match v.finish().unwrap_err() {
            ServiceError::Validation(errors) => {
                let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, vec!["company", "occurred_at"]);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
