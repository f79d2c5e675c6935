//! Reading declared settings out of a map of variables: every lookup names a [`Setting`], so a variable cannot be
//! read without being declared, and ranges and defaults come from its declaration.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use crate::declared::{Accepts, Range, Setting, Unit};

/// A configuration problem, naming the variable.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

pub(crate) fn config_error(variable: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        message: message.into(),
    }
}

/// The variables settings are read from, and which settings were looked up (so a test can show that every declared
/// setting is really read).
pub(crate) struct Vars<'a> {
    map: &'a HashMap<String, String>,
    read: RefCell<BTreeSet<&'static str>>,
}

impl<'a> Vars<'a> {
    pub(crate) fn new(map: &'a HashMap<String, String>) -> Self {
        Self {
            map,
            read: RefCell::default(),
        }
    }

    /// The names of the settings looked up so far.
    #[cfg(test)]
    pub(crate) fn read_names(&self) -> BTreeSet<&'static str> {
        self.read.borrow().clone()
    }

    /// The variable's trimmed value; empty counts as unset.
    pub(crate) fn raw(&self, setting: &Setting) -> Option<&'a str> {
        self.read.borrow_mut().insert(setting.name);
        self.map
            .get(setting.name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The variable's value, else its declared default.
    pub(crate) fn raw_or_default(&self, setting: &Setting) -> Option<&'a str> {
        self.raw(setting).or(setting.default_value())
    }

    /// A whole number in the declared range; the declared default when unset.
    pub(crate) fn number<T: WholeNumber>(&self, setting: &Setting) -> Result<T, ConfigError> {
        match self.raw_or_default(setting) {
            Some(raw) => whole_number(setting, raw),
            None => Err(undeclared(setting, "default")),
        }
    }

    /// A whole number in the declared range; `fallback` (worked out at start) when unset.
    pub(crate) fn number_or<T: WholeNumber>(
        &self,
        setting: &Setting,
        fallback: T,
    ) -> Result<T, ConfigError> {
        Ok(self.optional_number(setting)?.unwrap_or(fallback))
    }

    /// A whole number in the declared range; `None` when unset.
    pub(crate) fn optional_number<T: WholeNumber>(
        &self,
        setting: &Setting,
    ) -> Result<Option<T>, ConfigError> {
        self.raw(setting)
            .map(|raw| whole_number(setting, raw))
            .transpose()
    }

    /// A duration in the declared range and unit; the declared default when unset.
    pub(crate) fn duration(&self, setting: &Setting) -> Result<Duration, ConfigError> {
        duration(setting, self.number(setting)?)
    }

    /// A duration in the declared range and unit; `fallback` when unset.
    pub(crate) fn duration_or(
        &self,
        setting: &Setting,
        fallback: Duration,
    ) -> Result<Duration, ConfigError> {
        match self.optional_number(setting)? {
            Some(amount) => duration(setting, amount),
            None => Ok(fallback),
        }
    }

    /// Comma-separated durations, each in the declared range and unit; the declared default when unset.
    pub(crate) fn durations(&self, setting: &Setting) -> Result<Vec<Duration>, ConfigError> {
        let raw = self
            .raw_or_default(setting)
            .ok_or_else(|| undeclared(setting, "default"))?;
        raw.split(',')
            .map(|entry| duration(setting, whole_number(setting, entry.trim())?))
            .collect()
    }

    /// One of the declared words, mapped by `options` (the declared default when unset). `invalid` words the
    /// message for any other value.
    pub(crate) fn choice<T: Copy>(
        &self,
        setting: &Setting,
        options: &[(&str, T)],
        invalid: impl FnOnce(&str) -> String,
    ) -> Result<T, ConfigError> {
        let raw = self
            .raw_or_default(setting)
            .ok_or_else(|| undeclared(setting, "default"))?;
        // Only declared words count, so the reference lists every word the parser takes.
        let declared = matches!(setting.accepts, Accepts::OneOf(words) if words.contains(&raw));
        match options.iter().find(|(word, _)| *word == raw) {
            Some(&(_, value)) if declared => Ok(value),
            _ => Err(config_error(setting.name, invalid(raw))),
        }
    }
}

/// The integer types settings are read into; all of them hold the declared (non-negative) ranges.
pub(crate) trait WholeNumber: std::str::FromStr + Copy + TryInto<u64> {}
impl<T: std::str::FromStr + Copy + TryInto<u64>> WholeNumber for T {}

/// Parses `raw` as a `T` and checks it against the declared range. A negative value for a signed `T` is out of range
/// rather than not a number, as it always was.
fn whole_number<T: WholeNumber>(setting: &Setting, raw: &str) -> Result<T, ConfigError> {
    let Some(range) = range(setting) else {
        return Err(undeclared(setting, "range"));
    };
    let value: T = raw
        .parse()
        .map_err(|_| config_error(setting.name, format!("`{raw}` is not a whole number")))?;
    match value.try_into() {
        Ok(wide) if (range.min..=range.max).contains(&wide) => Ok(value),
        _ => Err(config_error(
            setting.name,
            format!("must be between {} and {}", range.min, range.max),
        )),
    }
}

fn range(setting: &Setting) -> Option<Range> {
    match setting.accepts {
        Accepts::Number(range) | Accepts::Numbers(range) | Accepts::NumberOrOff { range, .. } => {
            Some(range)
        }
        Accepts::OneOf(_) | Accepts::Shape(_) => None,
    }
}

fn duration(setting: &Setting, amount: u64) -> Result<Duration, ConfigError> {
    match range(setting).map(|range| range.unit) {
        Some(Unit::Milliseconds) => Ok(Duration::from_millis(amount)),
        Some(Unit::Seconds) => Ok(Duration::from_secs(amount)),
        _ => Err(undeclared(setting, "unit of time")),
    }
}

/// A declaration that does not fit how its parser reads it: a bug in this crate, which the tests that read every
/// setting's default catch, reported rather than panicking.
fn undeclared(setting: &Setting, what: &str) -> ConfigError {
    config_error(
        setting.name,
        format!("is read as something its declaration has no {what} for"),
    )
}
