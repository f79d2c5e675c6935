//! Excuses, self-deprecation and over-explaining found by the shape of a clause rather than by a fixed phrase: "I had
//! been up all night with a sick child" contains no excuse phrase, but it is a first-person state followed by a
//! circumstance, which is what an excuse is. Works on the normalised text ([`super::matching::normalise`]), word by
//! word within clauses (a clause ends at `.` `!` `?` `;` `:` or a line break).

use super::Span;

/// A word of the normalised text and the clause it belongs to.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    word: &'a str,
    span: Span,
    clause: usize,
}

fn tokens(norm: &str) -> Vec<Token<'_>> {
    let bytes = norm.as_bytes();
    let mut out = Vec::new();
    let mut clause = 0;
    let mut start: Option<usize> = None;
    for i in 0..=bytes.len() {
        let b = bytes.get(i).copied();
        let in_word = b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'\'');
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = norm[s..i].trim_matches('\'');
                if !word.is_empty() {
                    out.push(Token {
                        word,
                        span: Span { start: s, end: i },
                        clause,
                    });
                }
                start = None;
            }
            _ => {}
        }
        if matches!(b, Some(b'.' | b'!' | b'?' | b';' | b':' | b'\n')) {
            clause += 1;
        }
    }
    out
}

/// Where the word sequence `phrase` ("up all night") starts at token `i`, if it does.
fn phrase_at(tokens: &[Token], i: usize, phrase: &str) -> Option<Span> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let window = tokens.get(i..i + words.len())?;
    let same_clause = window.iter().all(|t| t.clause == window[0].clause);
    (same_clause && window.iter().zip(&words).all(|(t, w)| t.word == *w)).then(|| Span {
        start: window[0].span.start,
        end: window[words.len() - 1].span.end,
    })
}

/// The first of `phrases` at token `i`.
fn any_at(tokens: &[Token], i: usize, phrases: &[&str]) -> Option<(Span, usize)> {
    phrases
        .iter()
        .find_map(|p| phrase_at(tokens, i, p).map(|s| (s, p.split(' ').count())))
}

/// Circumstances that explain a slip away whatever state introduces them.
const CIRCUMSTANCES: &[&str] = &[
    "up all night",
    "all night",
    "family emergency",
    "under the weather",
    "jet lag",
    "off day",
    "bad day",
    "lot going on",
    "tired",
    "exhausted",
    "nervous",
    "anxious",
    "anxiety",
    "sick",
    "ill",
    "unwell",
    "fever",
    "flu",
    "headache",
    "migraine",
    "slept",
    "sleepless",
    "asleep",
    "child",
    "kid",
    "kids",
    "baby",
    "toddler",
    "emergency",
    "traffic",
    "train",
    "flight",
    "delayed",
    "strike",
    "jetlag",
    "hospital",
    "stressed",
    "distracted",
    "flustered",
    "overwhelmed",
    "rushed",
    "rushing",
    "overslept",
    "nerves",
];

/// Circumstances that only make an excuse after a negative state ("I hadn't prepared", "I didn't have time"): after
/// a neutral one they are ordinary words ("I was prepared to relocate").
const NEGATED_CIRCUMSTANCES: &[&str] = &[
    "prepare",
    "prepared",
    "preparation",
    "enough time",
    "have time",
    "had time",
    "the time",
    "sleep",
    "rest",
];

/// First-person states that introduce an excuse when a circumstance follows.
const STATES: &[&str] = &[
    "i was feeling",
    "i had been",
    "i'd been",
    "i was",
    "i felt",
    "i am",
    "i'm",
];

/// Negative first-person states: a circumstance or a missing preparation follows them.
const NEGATIVE_STATES: &[&str] = &[
    "i hadn't",
    "i had not",
    "i didn't",
    "i did not",
    "i wasn't",
    "i was not",
    "i couldn't",
    "i could not",
];

/// Words that give a cause.
const CAUSES: &[&str] = &[
    "because",
    "since",
    "as",
    "due to",
    "owing to",
    "what with",
    "after",
];

/// How many words after a state or cause a circumstance may come and still belong to it.
const REACH: usize = 9;

/// The last circumstance in the same clause within [`REACH`] words after token `from`, so that the span covers the
/// whole excuse ("up all night with a sick child").
fn circumstance_after(tokens: &[Token], from: usize, negated: bool) -> Option<Span> {
    let clause = tokens.get(from)?.clause;
    (from..tokens.len().min(from + REACH))
        .take_while(|&j| tokens[j].clause == clause)
        .filter_map(|j| {
            any_at(tokens, j, CIRCUMSTANCES)
                .or_else(|| {
                    negated
                        .then(|| any_at(tokens, j, NEGATED_CIRCUMSTANCES))
                        .flatten()
                })
                .map(|(s, _)| s)
        })
        .max_by_key(|s| s.end)
}

/// Causal excuses ("because I had not slept", "due to a family emergency") and state excuses ("I had been up all
/// night with a sick child", "I hadn't prepared"), each from its first word to the circumstance.
pub(super) fn excuses(norm: &str) -> Vec<Span> {
    let tokens = tokens(norm);
    let mut spans = Vec::new();
    for i in 0..tokens.len() {
        let opener = any_at(&tokens, i, NEGATIVE_STATES)
            .map(|(s, n)| (s, n, true))
            .or_else(|| any_at(&tokens, i, STATES).map(|(s, n)| (s, n, false)))
            .or_else(|| any_at(&tokens, i, CAUSES).map(|(s, n)| (s, n, false)));
        let Some((start, words, negated)) = opener else {
            continue;
        };
        // After a cause, a negative state may follow ("because I hadn't prepared").
        let negated = negated
            || (i + words < tokens.len() && any_at(&tokens, i + words, NEGATIVE_STATES).is_some());
        if let Some(end) = circumstance_after(&tokens, i + words, negated) {
            spans.push(Span {
                start: start.start,
                end: end.end,
            });
        }
    }
    spans
}

/// Words and phrases that run the candidate down whatever surrounds them.
const SELF_DEPRECATING_ACTS: &[&str] = &[
    "bombed",
    "botched",
    "fumbled",
    "flubbed",
    "blew it",
    "blown it",
    "blew the",
    "made a mess",
    "a mess of",
    "messed up",
    "screwed up",
    "completely forgot",
    "totally forgot",
    "completely froze",
    "froze up",
    "fell apart",
    "fell flat",
    "fell short",
    "let you down",
    "let myself down",
    "not my best",
    "not at my best",
    "wasn't at my best",
    "poor showing",
    "did badly",
    "did poorly",
    "performed badly",
    "performed poorly",
    "answered badly",
    "answered poorly",
    "came across badly",
    "came across poorly",
    "i choked",
    "i panicked",
    "ashamed",
    "humiliating",
    "incompetent",
];

/// Judgements that run the candidate down when the clause is about the candidate ("my terrible answer", "I know I
/// was hopeless"), but not otherwise ("the traffic was terrible" is an excuse, not self-deprecation).
const SELF_DEPRECATING_JUDGEMENTS: &[&str] = &[
    "terrible",
    "terribly",
    "awful",
    "dreadful",
    "horrible",
    "horribly",
    "disastrous",
    "a disaster",
    "embarrassing",
    "embarrassed",
    "stupid",
    "foolish",
    "pathetic",
    "hopeless",
    "useless",
    "weak answer",
    "weak answers",
    "poor answer",
    "poor answers",
    "bad answer",
];

const FIRST_PERSON: &[&str] = &["i", "i'm", "i've", "i'd", "my", "me", "myself"];

/// Self-deprecation: "bombed", "made a mess of", and judgements such as "terrible" in a clause about the candidate.
pub(super) fn self_deprecation(norm: &str) -> Vec<Span> {
    let tokens = tokens(norm);
    let mut spans = Vec::new();
    for i in 0..tokens.len() {
        if let Some((span, _)) = any_at(&tokens, i, SELF_DEPRECATING_ACTS) {
            spans.push(span);
        } else if let Some((span, _)) = any_at(&tokens, i, SELF_DEPRECATING_JUDGEMENTS) {
            let clause = tokens[i].clause;
            let about_me = tokens
                .iter()
                .filter(|t| t.clause == clause)
                .any(|t| FIRST_PERSON.contains(&t.word));
            if about_me {
                spans.push(span);
            }
        }
    }
    spans
}

/// Phrases that announce an explanation of what went wrong.
const EXPLAINING: &[&str] = &[
    "let me explain",
    "i want to explain",
    "i wanted to explain",
    "i'd like to explain",
    "i would like to explain",
    "i should explain",
    "the reason i",
    "the reason why",
    "the reason for my",
    "what i meant",
    "what happened was",
    "in my defence",
    "in my defense",
    "to be fair",
    "to give you some context",
    "the truth is",
];

/// Connectives that give a reason; two in one sentence is an explanation running on.
const REASONS: &[&str] = &[
    "because",
    "due to",
    "owing to",
    "which is why",
    "that is why",
    "that's why",
    "as a result",
];

/// Over-explaining: a phrase that announces an explanation, or a sentence that gives two reasons or more (the whole
/// sentence is the span).
pub(super) fn over_explaining(norm: &str) -> Vec<Span> {
    let tokens = tokens(norm);
    let mut spans = Vec::new();
    let mut reasons_in: Vec<(usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        if let Some((span, _)) = any_at(&tokens, i, EXPLAINING) {
            spans.push(span);
        }
        if any_at(&tokens, i, REASONS).is_some() {
            reasons_in.push((sentence_of(norm, tokens[i].span.start), i));
        }
    }
    let mut seen = Vec::new();
    for (sentence, _) in &reasons_in {
        let count = reasons_in.iter().filter(|(s, _)| s == sentence).count();
        if count >= 2 && !seen.contains(sentence) {
            seen.push(*sentence);
            spans.push(sentence_span(norm, *sentence));
        }
    }
    spans
}

/// The start of the sentence around offset `at` (just after the previous `.` `!` `?` or line break).
fn sentence_of(norm: &str, at: usize) -> usize {
    norm[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1)
}

/// The sentence starting at `start`, without surrounding spaces, up to and including its final mark.
fn sentence_span(norm: &str, start: usize) -> Span {
    let end = norm[start..]
        .find(['.', '!', '?', '\n'])
        .map_or(norm.len(), |i| start + i + 1);
    let text = &norm[start..end];
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    Span {
        start: start + lead,
        end: end - trail,
    }
}
