//! The note split into sentences, clauses and words, with the small amount of grammar the review needs: is a word
//! negated ("I did *not* do myself justice"), is it about the candidate ("*I* was flustered", not "*Priya* was
//! unwell"), is the sentence about the past (the interview) and in the first person. Works on the normalised text
//! ([`super::matching::normalise`]), so every offset is a character offset.

use super::Span;

/// A word: lowercase ASCII (other letters as `0`), apostrophes kept inside ("didn't").
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    pub(super) text: &'a str,
    pub(super) span: Span,
    /// The clause within the sentence: a new one starts at `,` `;` `:` brackets, dashes and words such as "but",
    /// "because", "which".
    pub(super) clause: usize,
    /// Whether the word starts with a capital in the original text (a name, unless it starts the sentence).
    pub(super) capital: bool,
}

/// A sentence: its span (trimmed) and words.
#[derive(Debug, Clone)]
pub(super) struct Sentence<'a> {
    pub(super) span: Span,
    pub(super) words: Vec<Word<'a>>,
}

/// Words that open a new clause ("…, but I was flustered", "…, which threw me").
const CLAUSE_OPENERS: &[&str] = &[
    "but", "because", "although", "though", "while", "whereas", "which", "and",
];

/// Words that negate what follows them in the clause.
pub(super) fn is_negator(word: &str) -> bool {
    matches!(
        word,
        "not" | "no" | "never" | "hardly" | "barely" | "nor" | "cannot" | "without" | "nowhere"
    ) || word.ends_with("n't")
}

/// Words the candidate uses of themselves.
pub(super) fn is_first_person(word: &str) -> bool {
    matches!(
        word,
        "i" | "i'm" | "i'd" | "i've" | "i'll" | "my" | "me" | "myself" | "mine"
    )
}

/// Subjects that are someone else: a clause about them is not the candidate's self-judgement.
fn is_someone_else(word: &str) -> bool {
    matches!(
        word,
        "you"
            | "your"
            | "you're"
            | "you'll"
            | "he"
            | "she"
            | "they"
            | "we"
            | "our"
            | "his"
            | "her"
            | "their"
            | "team"
            | "panel"
            | "everyone"
            | "firms"
            | "project"
            | "audit"
            | "office"
    )
}

/// Whether the sentence end at byte `i` of `norm` ("." before a space, "!", "?", a line break), not "a.m." or
/// "Mr." or "2.4".
fn ends_sentence(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'!' | b'?' | b'\n' => true,
        b'.' => {
            let next_is_space = bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
            let abbreviation = i >= 2 && bytes[i - 2] == b'.';
            next_is_space && !abbreviation
        }
        _ => false,
    }
}

/// The sentences of the normalised text `norm`; `chars` is the original text, for capitals.
pub(super) fn sentences<'a>(norm: &'a str, chars: &[char]) -> Vec<Sentence<'a>> {
    let bytes = norm.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=bytes.len() {
        if i == bytes.len() || ends_sentence(bytes, i) {
            let end = (i + 1).min(bytes.len());
            let words = words(norm, chars, start, end);
            if !words.is_empty() {
                let text = &norm[start..end];
                let lead = text.len() - text.trim_start().len();
                let trail = text.len() - text.trim_end().len();
                out.push(Sentence {
                    span: Span {
                        start: start + lead,
                        end: end - trail,
                    },
                    words,
                });
            }
            start = end;
        }
    }
    out
}

/// The words of `norm[start..end]`, with their clauses.
fn words<'a>(norm: &'a str, chars: &[char], start: usize, end: usize) -> Vec<Word<'a>> {
    let bytes = norm.as_bytes();
    let mut out: Vec<Word> = Vec::new();
    let mut clause = 0;
    let mut word_start: Option<usize> = None;
    for i in start..=end {
        let b = if i < end { Some(bytes[i]) } else { None };
        let in_word = b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'\'');
        if in_word && word_start.is_none() {
            word_start = Some(i);
        }
        if !in_word {
            if let Some(s) = word_start.take() {
                let raw = &norm[s..i];
                let text = raw.trim_matches('\'');
                if !text.is_empty() {
                    let lead = raw.len() - raw.trim_start_matches('\'').len();
                    let opens = CLAUSE_OPENERS.contains(&text) && !out.is_empty();
                    if opens && out.last().is_some_and(|w: &Word| w.clause == clause) {
                        clause += 1;
                    }
                    out.push(Word {
                        text,
                        span: Span {
                            start: s + lead,
                            end: s + lead + text.len(),
                        },
                        clause,
                        // A name ("Priya"), not an acronym ("LBO", "CFO").
                        capital: chars.get(s + lead).is_some_and(|c| c.is_uppercase())
                            && chars.get(s + lead + 1).is_some_and(|c| c.is_lowercase()),
                    });
                }
            }
            let spaced = |j: usize| bytes.get(j).is_none_or(|b| b.is_ascii_whitespace());
            let dash = matches!(b, Some(b'-' | b'#')) && (spaced(i + 1) || i == 0 || spaced(i - 1));
            let boundary = matches!(b, Some(b',' | b';' | b':' | b'(' | b')' | b'"')) || dash;
            if boundary && out.last().is_some_and(|w| w.clause == clause) {
                clause += 1;
            }
        }
    }
    out
}

impl Sentence<'_> {
    /// Whether the sentence speaks of the candidate.
    pub(super) fn first_person(&self) -> bool {
        self.words.iter().any(|w| is_first_person(w.text))
    }

    /// Whether the sentence looks back (a past-tense verb): a slip is always in the past.
    pub(super) fn past(&self) -> bool {
        self.words.iter().any(|w| is_past(w.text))
    }

    /// Whether a negator stands within `window` words before word `i`, in its clause.
    pub(super) fn negated(&self, i: usize, window: usize) -> bool {
        let clause = self.words[i].clause;
        self.words[i.saturating_sub(window)..i]
            .iter()
            .filter(|w| w.clause == clause)
            .any(|w| is_negator(w.text))
    }

    /// Whether "don't think", "don't feel" or "don't believe" earlier in the clause negates word `i` ("I don't think
    /// my answer on cash flow was very convincing").
    pub(super) fn negation_raised(&self, i: usize) -> bool {
        let clause = self.words[i].clause;
        self.words[..i].windows(2).any(|pair| {
            pair[0].clause == clause
                && is_negator(pair[0].text)
                && matches!(pair[1].text, "think" | "feel" | "believe" | "suppose")
        })
    }

    /// Whether word `i` is said of the candidate: going back through its clause, a first-person word comes before
    /// anyone else; or the clause has "me"/"my" after it ("the commute threw me off").
    pub(super) fn about_me(&self, i: usize) -> bool {
        let clause = self.words[i].clause;
        for (j, w) in self.words[..i].iter().enumerate().rev().take(8) {
            if w.clause != clause && j + 1 < i && !matches!(w.text, "i" | "my") {
                break;
            }
            if is_first_person(w.text) {
                return true;
            }
            if is_someone_else(w.text) || (w.capital && j > 0 && w.text != "i") {
                return false;
            }
        }
        self.words[i..]
            .iter()
            .take_while(|w| w.clause == clause)
            .take(6)
            .any(|w| matches!(w.text, "me" | "my" | "myself" | "i"))
    }

    /// The span from word `a` to word `b`, inclusive.
    pub(super) fn words_span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.words[a].span.start,
            end: self.words[b].span.end,
        }
    }

    /// Whether the words from `i` on are `phrase` (space-separated; a trailing `*` on a word matches its stem).
    pub(super) fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let window = self.words.get(i..i + parts.len())?;
        window
            .iter()
            .zip(&parts)
            .all(|(w, p)| match p.strip_suffix('*') {
                Some(stem) => w.text.starts_with(stem),
                None => w.text == *p,
            })
            .then_some(i + parts.len() - 1)
    }

    /// The first of `phrases` found anywhere, as (first word, last word).
    pub(super) fn find_any(&self, phrases: &[&str]) -> Option<(usize, usize)> {
        (0..self.words.len()).find_map(|i| {
            phrases
                .iter()
                .find_map(|p| self.phrase_at(i, p))
                .map(|e| (i, e))
        })
    }
}

/// A past-tense verb, roughly: the common irregular ones and words in "-ed".
pub(super) fn is_past(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "were"
            | "did"
            | "didn't"
            | "had"
            | "hadn't"
            | "wasn't"
            | "weren't"
            | "went"
            | "said"
            | "gave"
            | "meant"
            | "came"
            | "got"
            | "made"
            | "lost"
            | "felt"
            | "thought"
            | "froze"
            | "forgot"
            | "left"
            | "took"
            | "ran"
            | "kept"
            | "spoke"
            | "threw"
            | "couldn't"
            | "knew"
            | "began"
            | "fell"
            | "wore"
            | "saw"
            | "heard"
            | "told"
            | "found"
            | "put"
            | "i'd"
    ) || (word.len() > 4 && word.ends_with("ed"))
}
