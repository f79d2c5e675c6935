//! The locales Rebound writes in, and the choice of one from an `Accept-Language` header.

use unic_langid::LanguageIdentifier;

/// A language Rebound writes candidate-facing texts in. BCP 47 on the wire: `en` or `fr-CA`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English, the default.
    #[default]
    En = 0,
    /// Canadian French (Quebec usage and OQLF typography).
    FrCa = 1,
}

impl Locale {
    /// Every locale, the default first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::FrCa];

    /// The BCP 47 tag, as `Content-Language` carries it.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::FrCa => "fr-CA",
        }
    }

    /// The locale a BCP 47 tag names exactly (case-insensitive, as BCP 47 tags are).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(tag))
    }

    pub(crate) fn language_identifier(self) -> LanguageIdentifier {
        self.tag().parse().expect("the tags are valid BCP 47")
    }

    /// The locale for a request's `Accept-Language` header, by RFC 4647 lookup (section 3.4): the language ranges
    /// in order of preference (by `q`, then as listed; `q=0` means "not this"), each shortened subtag by subtag
    /// until a tag matches (`fr-CA-u-ca-gregory`, `fr-CA`, `fr`), where `fr` and `fr-CA` mean Canadian French
    /// and `en` English. No header, an unreadable one, `*` or no match: the default, English.
    pub fn negotiate(accept_language: Option<&str>) -> Locale {
        let Some(header) = accept_language else {
            return Locale::default();
        };
        let mut ranges: Vec<(u16, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                let weight = parts
                    .find_map(|param| {
                        let (name, value) = param.split_once('=')?;
                        name.trim()
                            .eq_ignore_ascii_case("q")
                            .then(|| quality(value.trim()))
                    })
                    .unwrap_or(Some(1000))?;
                (weight > 0 && !range.is_empty()).then_some((weight, position, range))
            })
            .collect();
        ranges.sort_by_key(|&(weight, position, _)| (std::cmp::Reverse(weight), position));
        ranges
            .into_iter()
            .find_map(|(_, _, range)| lookup(range))
            .unwrap_or_default()
    }
}

/// A `q` value in thousandths; `None` when it is not a valid qvalue (the range is then ignored).
fn quality(value: &str) -> Option<u16> {
    let number: f32 = value.parse().ok()?;
    (0.0..=1.0)
        .contains(&number)
        .then(|| (number * 1000.0).round() as u16)
}

/// RFC 4647 lookup of one language range: drop subtags from the end (with a single-letter subtag that would be
/// left last) until the rest names a locale.
fn lookup(range: &str) -> Option<Locale> {
    let mut candidate = range;
    loop {
        if candidate.eq_ignore_ascii_case("fr") {
            return Some(Locale::FrCa);
        }
        if let Some(locale) = Locale::from_tag(candidate) {
            return Some(locale);
        }
        let (rest, _) = candidate.rsplit_once('-')?;
        candidate = match rest.rsplit_once('-') {
            Some((shorter, single)) if single.len() == 1 => shorter,
            _ => rest,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiate(header: &str) -> &'static str {
        Locale::negotiate(Some(header)).tag()
    }

    #[test]
    fn french_in_canada_or_plain_french_is_canadian_french() {
        assert_eq!(negotiate("fr-CA"), "fr-CA");
        assert_eq!(negotiate("fr-ca"), "fr-CA");
        assert_eq!(negotiate("fr"), "fr-CA");
        assert_eq!(negotiate("fr-CA-u-ca-gregory"), "fr-CA");
        // Lookup shortens fr-FR to fr: a French speaker reads Canadian French sooner than English.
        assert_eq!(negotiate("fr-FR"), "fr-CA");
    }

    #[test]
    fn anything_else_is_english() {
        assert_eq!(Locale::negotiate(None).tag(), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("*"), "en");
        assert_eq!(negotiate("de-DE, es"), "en");
        assert_eq!(negotiate("en-CA"), "en");
        assert_eq!(negotiate("francais"), "en");
        assert_eq!(negotiate(";;;,,,"), "en");
    }

    #[test]
    fn the_preferred_range_that_matches_wins() {
        assert_eq!(negotiate("en;q=0.5, fr-CA"), "fr-CA");
        assert_eq!(negotiate("fr-CA;q=0.4, en;q=0.8"), "en");
        assert_eq!(negotiate("de, fr;q=0.8, en;q=0.7"), "fr-CA");
        assert_eq!(negotiate("en, fr"), "en");
        // q=0 refuses a language; an invalid q ignores the range.
        assert_eq!(negotiate("fr;q=0, en;q=0.1"), "en");
        assert_eq!(negotiate("fr;q=0"), "en");
        assert_eq!(negotiate("en;q=2, fr;q=0.3"), "fr-CA");
    }

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("fr"), None);
    }
}
