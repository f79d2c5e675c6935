//! The words of a French note and a small pattern language over them.
//!
//! The note is read from its folded form ([`super::super::matching::Doc::folded`]: lowercase, accents dropped, one
//! character per character), so « désolée », « desolee » and « DÉSOLÉE » are one word. Elision is undone: « j’ »,
//! « j' » become `je`, « m’ » `me`, « d’ » `de`, « qu’ » `que`…, so a rule is written once for « je m’excuse » and
//! « j’me excuse ». Hyphens split words (« pardonnez-moi » is `pardonnez moi`). Words between quotation marks
//! (« … », “ … ”, " … ") are marked quoted: a word cited is not a word said.

use super::super::Span;

/// One word of the note.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// The word, folded, elision undone (`je` for « j’ »).
    pub(crate) word: String,
    /// Where it is in the text (for « j’ », the letter and the apostrophe).
    pub(crate) span: Span,
    /// The clause: clauses end at `.` `!` `?` `;` `:` and line breaks.
    pub(crate) clause: usize,
    /// The sentence: sentences end at `.` `!` `?` and line breaks.
    pub(crate) sentence: usize,
    /// The stretch between commas (or clause ends).
    pub(crate) segment: usize,
    /// Inside quotation marks.
    pub(crate) quoted: bool,
}

/// Elided forms and the word they stand for.
const ELIDED: &[(&str, &str)] = &[
    ("j", "je"),
    ("m", "me"),
    ("t", "te"),
    ("l", "le"),
    ("d", "de"),
    ("n", "ne"),
    ("s", "se"),
    ("c", "ce"),
    ("qu", "que"),
    ("jusqu", "jusque"),
    ("lorsqu", "lorsque"),
    ("puisqu", "puisque"),
    ("quoiqu", "quoique"),
];

/// The words of the folded text `norm`.
pub(crate) fn tokens(norm: &str) -> Vec<Token> {
    let bytes = norm.as_bytes();
    let mut out = Vec::new();
    let (mut clause, mut sentence, mut segment, mut quoted) = (0, 0, 0, false);
    let mut start: Option<usize> = None;
    let push =
        |out: &mut Vec<Token>, s: usize, e: usize, word: String, quoted: bool, at: [usize; 3]| {
            if !word.is_empty() {
                out.push(Token {
                    word,
                    span: Span { start: s, end: e },
                    clause: at[0],
                    sentence: at[1],
                    segment: at[2],
                    quoted,
                });
            }
        };
    for i in 0..=bytes.len() {
        let b = bytes.get(i).copied();
        let in_word = b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'^');
        if in_word {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            let word: String = norm[s..i].chars().filter(|c| *c != '^').collect();
            let next_is_letter = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
            let elided = (b == Some(b'\'') && next_is_letter)
                .then(|| ELIDED.iter().find(|(form, _)| *form == word))
                .flatten();
            let at = [clause, sentence, segment];
            match elided {
                Some((_, full)) => push(&mut out, s, i + 1, (*full).to_owned(), quoted, at),
                None => push(&mut out, s, i, word, quoted, at),
            }
        }
        match b {
            Some(b'.' | b'!' | b'?' | b'\n') => {
                clause += 1;
                sentence += 1;
                segment += 1;
            }
            Some(b';' | b':') => {
                clause += 1;
                segment += 1;
            }
            Some(b',') => segment += 1,
            Some(b'"') => quoted = !quoted,
            _ => {}
        }
        if matches!(b, Some(b'.' | b'!' | b'?' | b'\n')) {
            // A quotation left open does not run past its sentence.
            quoted = false;
        }
    }
    out
}

/// One item of a pattern: alternatives (`a|b`), each a word or a prefix (`excus*`); optional when it starts with
/// `?`; `..` is a gap of up to three words.
#[derive(Debug)]
enum Item<'p> {
    Words {
        alternatives: Vec<&'p str>,
        optional: bool,
    },
    Gap,
}

fn items(pattern: &str) -> Vec<Item<'_>> {
    pattern
        .split(' ')
        .map(|item| match item {
            ".." => Item::Gap,
            _ => {
                let (optional, item) = match item.strip_prefix('?') {
                    Some(rest) => (true, rest),
                    None => (false, item),
                };
                Item::Words {
                    alternatives: item.split('|').collect(),
                    optional,
                }
            }
        })
        .collect()
}

fn word_matches(word: &str, alternative: &str) -> bool {
    match alternative.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == alternative,
    }
}

/// The index of the last token of a match of `items` starting at token `i`, within `i`'s clause and outside quotes.
fn match_items(tokens: &[Token], i: usize, items: &[Item], clause: usize) -> Option<usize> {
    let Some((first, rest)) = items.split_first() else {
        return i.checked_sub(1);
    };
    let usable = |j: usize| tokens.get(j).filter(|t| t.clause == clause && !t.quoted);
    match first {
        Item::Gap => (0..=3)
            .take_while(|&k| k == 0 || usable(i + k - 1).is_some())
            .find_map(|k| match_items(tokens, i + k, rest, clause)),
        Item::Words {
            alternatives,
            optional,
        } => {
            let here = usable(i)
                .filter(|t| alternatives.iter().any(|a| word_matches(&t.word, a)))
                .and_then(|_| match_items(tokens, i + 1, rest, clause));
            here.or_else(|| {
                optional
                    .then(|| match_items(tokens, i, rest, clause))
                    .flatten()
            })
        }
    }
}

/// Where `pattern` matches starting at token `i`: the index of its last token.
pub(crate) fn match_at(tokens: &[Token], i: usize, pattern: &str) -> Option<usize> {
    let clause = tokens.get(i)?.clause;
    match_items(tokens, i, &items(pattern), clause).filter(|&end| end >= i)
}

/// Every match of any of `patterns`, as (first token, last token).
pub(crate) fn find(tokens: &[Token], patterns: &[&str]) -> Vec<(usize, usize)> {
    let compiled: Vec<Vec<Item>> = patterns.iter().map(|p| items(p)).collect();
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        for pattern in &compiled {
            if let Some(end) = match_items(tokens, i, pattern, tokens[i].clause).filter(|&e| e >= i)
            {
                found.push((i, end));
                break;
            }
        }
    }
    found
}

/// The text span from token `first` to token `last`.
pub(crate) fn span(tokens: &[Token], first: usize, last: usize) -> Span {
    Span {
        start: tokens[first].span.start,
        end: tokens[last].span.end,
    }
}
