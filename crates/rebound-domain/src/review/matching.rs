//! Phrase matching over a normalised copy of the note, with spans in character offsets.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::Span;

/// The reviewed text, as characters (for quoting) and normalised (for matching); both indexed by character.
pub(super) struct Doc {
    pub(super) chars: Vec<char>,
    pub(super) norm: String,
}

impl Doc {
    pub(super) fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let norm = normalise(&chars);
        Doc { chars, norm }
    }

    /// For a French note: like [`Doc::new`], but accented Latin letters are folded to their ASCII base letter
    /// ("désolée" → "desolee", so the phrases match whether or not the accents were typed) and guillemets « » become
    /// `"` (quotation marks), still one character per character.
    pub(super) fn folded(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let norm = chars
            .iter()
            .zip(normalise(&chars).chars())
            .map(|(&c, n)| match c {
                '\u{ab}' | '\u{bb}' => '"',
                'œ' | 'Œ' => 'o',
                'æ' | 'Æ' => 'a',
                // A combining mark typed apart (the U+0301 of "e\u{301}") belongs to the word before it.
                c if is_combining_mark(c) => '^',
                c if n == '0' => std::iter::once(c)
                    .nfd()
                    .next()
                    .filter(|b| b.is_ascii_alphabetic())
                    .map_or('0', |b| b.to_ascii_lowercase()),
                _ => n,
            })
            .collect();
        Doc { chars, norm }
    }

    /// The original text under `span`.
    pub(super) fn quote(&self, span: Span) -> String {
        self.chars
            .get(span.start..span.end)
            .map(|cs| cs.iter().collect())
            .unwrap_or_default()
    }
}

/// One ASCII byte per character of `text`: ASCII lowercased, curly quotes straightened, other letters and digits,
/// and combining marks (the U+0308 of a decomposed "Zoe\u{308}"), as `0` (a word character no phrase contains), other
/// whitespace as a space, anything else as `#`. Byte offsets into the result are therefore character offsets into
/// `text`.
pub(super) fn normalise(chars: &[char]) -> String {
    chars
        .iter()
        .map(|&c| match c {
            c if c.is_ascii() => c.to_ascii_lowercase(),
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c if c.is_alphanumeric() || is_combining_mark(c) => '0',
            c if c.is_whitespace() => ' ',
            _ => '#',
        })
        .collect()
}

pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Every occurrence of `phrase` in `norm`, as character spans (see the phrase-list conventions above).
pub(super) fn find_phrase(norm: &str, phrase: &str) -> Vec<Span> {
    let (needle, run_on) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let bytes = norm.as_bytes();
    let mut spans = Vec::new();
    for (start, _) in norm.match_indices(needle) {
        if start > 0 && is_word_byte(bytes[start - 1]) {
            continue;
        }
        let mut end = start + needle.len();
        if run_on {
            while end < bytes.len() && is_word_byte(bytes[end]) {
                end += 1;
            }
        } else if end < bytes.len() && is_word_byte(bytes[end]) {
            continue;
        }
        spans.push(Span { start, end });
    }
    spans
}

/// Occurrences of any of `phrases`, ordered, with overlapping ones merged.
pub(super) fn find_any(norm: &str, phrases: &[&str]) -> Vec<Span> {
    let mut spans: Vec<Span> = phrases.iter().flat_map(|p| find_phrase(norm, p)).collect();
    spans.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

pub(super) fn contains_any(norm: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| !find_phrase(norm, p).is_empty())
}

/// The normalised text under `span`.
pub(super) fn excerpt(norm: &str, span: Span) -> &str {
    norm.get(span.start..span.end).unwrap_or("")
}
