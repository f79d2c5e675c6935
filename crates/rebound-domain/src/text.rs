//! Wording helpers shared by the rules that write text: counting, clipping and joining words, and turning a
//! candidate's free text into something that can stand in a sentence. Pure string functions; nothing here knows
//! about interviews or gaffes.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Words in `text`: runs of non-whitespace characters that contain at least one letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The first `limit` words of `text`, as a [`fragment`], with an ellipsis when something was cut. Cuts only between
/// words, and drops the punctuation the cut leaves dangling ("the close,…" becomes "the close…").
pub fn clip_words(text: &str, limit: usize) -> String {
    let clean = fragment(text);
    // A fragment's words are separated by single spaces, with none at either end: its first `limit` words are the
    // text up to the space after the `limit`-th word, and the whole text when there is no such space.
    let cut = match limit {
        0 => (!clean.is_empty()).then_some(0),
        _ => clean
            .match_indices(' ')
            .nth(limit - 1)
            .map(|(space, _)| space),
    };
    match cut {
        Some(end) => with_ellipsis(&clean[..end]),
        None => clean,
    }
}

/// At most `limit` characters of `text` (plus the ellipsis), as a [`fragment`], with an ellipsis when something was
/// cut. Cuts only between words; only a first "word" longer than the whole limit is cut inside.
pub fn clip_chars(text: &str, limit: usize) -> String {
    let clean = fragment(text);
    if clean.chars().count() <= limit {
        return clean;
    }
    let mut kept = String::new();
    for word in clean.split_whitespace() {
        let longer = kept.chars().count() + usize::from(!kept.is_empty()) + word.chars().count();
        if longer > limit {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    if kept.is_empty() {
        // One "word" longer than the whole limit is no word a reader would miss the end of: cut it.
        kept = clean.chars().take(limit).collect();
    }
    with_ellipsis(&kept)
}

/// `head…`, without punctuation or an opening quote or bracket left hanging before the ellipsis.
fn with_ellipsis(head: &str) -> String {
    let head = head.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '.' | '-' | '–' | '—' | '(' | '[' | '“' | '"'
            )
    });
    format!("{head}…")
}

/// A candidate's free text made fit to stand inside one of our sentences, or inside our own brackets: whitespace
/// collapsed to single spaces, round and square brackets turned into commas (so that a bracket in the text can never
/// nest inside ours, nor be left open by a clip), double quotes dropped when they do not pair up, and the
/// punctuation this leaves doubled tidied away. "a family emergency (my father was taken to hospital)" becomes
/// "a family emergency, my father was taken to hospital".
///
/// Its words are separated by single spaces, with no whitespace at either end (which [`clip_words`] relies on).
pub fn fragment(text: &str) -> String {
    let mut spaced = unbracketed(text);
    let quotes_pair = {
        let opening = spaced.matches('“').count();
        let closing = spaced.matches('”').count();
        opening == closing && spaced.matches('"').count().is_multiple_of(2)
    };
    let joined = joined_words(&spaced, !quotes_pair);
    // The first text is no longer needed: its buffer takes the tidied result.
    spaced.clear();
    tidy_punctuation_into(
        joined.trim_matches(|c: char| c == ',' || c.is_whitespace()),
        &mut spaced,
    );
    debug_assert!(!spaced.starts_with(' ') && !spaced.ends_with(' ') && !spaced.contains("  "));
    spaced
}

/// `text` with every whitespace character a plain space, and brackets turned into commas (see [`fragment`]).
fn unbracketed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => {
                let trimmed = out.trim_end().len();
                out.truncate(trimmed);
                if !out.is_empty() && !out.ends_with([',', ';', ':', '—', '–']) {
                    out.push(',');
                }
                out.push(' ');
            }
            ')' | ']' | '}' => {
                let trimmed = out.trim_end().len();
                out.truncate(trimmed);
                out.push(',');
            }
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The words of `spaced` (separated by plain spaces) joined by single spaces, without their double quotes when
/// `drop_quotes`, and without the words left empty or nothing but a comma (by a bracket at the start of the text,
/// say). One pass: each word is copied, then taken back off if it is one of those.
fn joined_words(spaced: &str, drop_quotes: bool) -> String {
    let mut joined = String::with_capacity(spaced.len());
    for word in spaced.split(' ').filter(|word| !word.is_empty()) {
        let before = joined.len();
        if !joined.is_empty() {
            joined.push(' ');
        }
        let start = joined.len();
        if drop_quotes {
            joined.extend(word.chars().filter(|c| !matches!(c, '“' | '”' | '"')));
        } else {
            joined.push_str(word);
        }
        if matches!(&joined[start..], "" | ",") {
            joined.truncate(before);
        }
    }
    joined
}

/// Removes doubled punctuation: a comma or full stop right after other sentence punctuation (",," "., " ";," "?."),
/// a full stop after an ellipsis, and a full stop after a closing quote that already ends with one ("teams.”."
/// becomes "teams.”"; in French « attentes?\u{a0}». becomes « attentes?\u{a0}»). Leaves "..." and everything else
/// alone.
///
/// Every plan text goes through here, so it copies the text between the only marks it may drop, commas and full
/// stops (both ASCII, so always whole characters), and reads the marks it looks back at from the output's end.
pub fn tidy_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    tidy_punctuation_into(text, &mut out);
    out
}

/// [`tidy_punctuation`] of `text`, appended to `out` (empty: the marks it looks back at are read from its end).
fn tidy_punctuation_into(text: &str, out: &mut String) {
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        if byte != b',' && byte != b'.' {
            continue;
        }
        out.push_str(&text[copied..i]);
        copied = i + 1;
        if !drops_mark(out, text.as_bytes(), i) {
            out.push(char::from(byte));
        }
    }
    out.push_str(&text[copied..]);
}

/// Whether the comma or full stop at byte `i` of `text` is dropped after `out` (the tidied text before it); a comma,
/// semicolon or colon left hanging before a full stop is taken off `out`, giving way to it.
fn drops_mark(out: &mut String, text: &[u8], i: usize) -> bool {
    if text[i] == b',' {
        return matches!(
            out.chars().next_back(),
            Some(',' | ';' | ':' | '.' | '!' | '?' | '…')
        );
    }
    if is_ellipsis_dot(text, i) {
        return false;
    }
    while out.ends_with([',', ';', ':']) {
        out.pop();
    }
    // What the full stop would follow, looking through closing quotes and brackets.
    let before = out
        .chars()
        .rev()
        .find(|p| !matches!(p, '”' | '’' | '"' | '\'' | ')' | ']' | '»' | '\u{a0}'));
    matches!(before, Some('.' | '!' | '?' | '…'))
}

/// Whether the `.` at byte `i` of `text` is part of a "..." written out with full stops. A full stop is one byte
/// and no byte of a longer UTF-8 character equals it, so the neighbouring characters are the neighbouring bytes.
fn is_ellipsis_dot(text: &[u8], i: usize) -> bool {
    let dot = |j: Option<usize>| j.and_then(|j| text.get(j)) == Some(&b'.');
    text.get(i) == Some(&b'.')
        && ((dot(i.checked_sub(1)) && (dot(i.checked_sub(2)) || dot(Some(i + 1))))
            || (dot(Some(i + 1)) && dot(Some(i + 2))))
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// `text` ending with sentence punctuation: one full stop is added unless it already ends with a full stop, a question
/// or exclamation mark or an ellipsis, also inside closing quotes or brackets ("teams.”" stays as it is). A trailing
/// comma, semicolon or colon is replaced.
pub fn as_sentence(text: &str) -> String {
    let trimmed = text.trim().trim_end_matches([',', ';', ':']).trim_end();
    let last_mark = trimmed
        .trim_end_matches(['”', '’', '"', '\'', ')', ']'])
        .chars()
        .last();
    if matches!(last_mark, Some('.' | '!' | '?' | '…')) {
        trimmed.to_string()
    } else {
        format!("{trimmed}.")
    }
}

/// `text` in curly double quotes for the middle of a sentence: a [`fragment`], without its own closing full stop
/// (the sentence around it has one); a question keeps its question mark.
pub fn quoted(text: &str) -> String {
    let clean = fragment(text);
    let inner = clean.trim_end_matches(['.', ',', ';', ':']).trim_end();
    format!("\u{201c}{inner}\u{201d}")
}

/// Whether a qualifier adds nothing to a label that already says it: "on arrival" to "Arrived late". Compares the
/// words of the qualifier, less the small ones ("on", "at", "the"), with the label's, by their first five letters
/// ("arrival" and "arrived" share "arriv").
pub fn adds_nothing(label: &str, qualifier: &str) -> bool {
    const SMALL: [&str; 6] = ["on", "at", "the", "in", "a", "an"];
    let label_words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let mut content = qualifier
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !SMALL.contains(&w.as_str()))
        .peekable();
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    content.peek().is_some()
        && content.all(|w| {
            label_words
                .iter()
                .any(|l| l == &w || (w.len() >= 5 && stem(l) == stem(&w)))
        })
}

/// Lowercases a capitalised ordinary first word ("My role" → "my role") but leaves acronyms and "I" alone.
pub fn lowercase_initial(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// The form of a name (or any word) used to compare it with another: Unicode NFC, so that a decomposed "Zoe\u{308}"
/// and a composed "Zoë" are the same, then case-folded (lowercase, with the few letters whose fold is not their
/// lowercase form, such as "ß" → "ss", folded too). Only for comparing: never shown to anyone.
pub fn name_key(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.nfc().flat_map(char::to_lowercase) {
        match c {
            'ß' | 'ẞ' => folded.push_str("ss"),
            'ς' => folded.push('σ'),
            other => folded.push(other),
        }
    }
    // Lowercasing can decompose (İ → i + U+0307), so compose once more.
    folded.nfc().collect()
}

/// Whether two names are the same person's name, whatever their Unicode form, case or surrounding whitespace.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(name_key).collect() };
    words(a) == words(b)
}

/// `text` in Unicode NFC: what the drafted letters use, so a name logged decomposed prints composed.
pub fn nfc(text: &str) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text.to_string();
    }
    text.nfc().collect()
}

/// [`nfc`] of an owned text, which is given back as it is when it is already in NFC: almost every text is (the quick
/// check is definite for all of ASCII and for composed letters), and a drafted note is long.
pub fn into_nfc(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    text.nfc().collect()
}

/// `n` as an ordinal word for a sentence: "second", "third" … "tenth", then "11th", "12th", "21st" and so on.
pub fn ordinal(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if let Some(word) = n.checked_sub(1).and_then(|i| WORDS.get(i)) {
        return (*word).to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `n` as a cardinal word for a sentence: "one" … "ten", then digits.
pub fn cardinal(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// "it" for one thing, "them" for several: the pronoun that refers back to a list of `n` things.
pub fn it_or_them(n: usize) -> &'static str {
    if n == 1 {
        "it"
    } else {
        "them"
    }
}

/// A stable 64-bit hash (FNV-1a) of `parts`, each followed by a separator so that ("ab", "c") and ("a", "bc")
/// differ. Unlike the standard library's hasher it is the same on every build and platform, so a choice made from
/// it (which opening a note uses) never changes for the same facts.
pub fn stable_hash(parts: &[&str]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

/// The trimmed text of an optional free-text field, or `None` when it is absent or blank.
pub fn non_blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_are_words_up_to_ten_then_digits_with_the_right_suffix() {
        let got: Vec<String> = [1, 2, 3, 10, 11, 12, 13, 21, 22, 23, 101, 111]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "first", "second", "third", "tenth", "11th", "12th", "13th", "21st", "22nd",
                "23rd", "101st", "111th"
            ]
        );
        assert_eq!(cardinal(3), "three");
        assert_eq!(cardinal(12), "12");
    }

    #[test]
    fn words_are_runs_with_a_letter_or_digit() {
        assert_eq!(
            count_words("Dear Armin – thank you, 2026!  \n [Your name]"),
            7
        );
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn clipping_keeps_whole_words_and_marks_the_cut() {
        assert_eq!(clip_words("one  two three", 3), "one two three");
        assert_eq!(clip_words("one two three four", 2), "one two…");
        assert_eq!(clip_words("the close, then the audit", 2), "the close…");
        assert_eq!(clip_chars("Zoë Müller", 20), "Zoë Müller");
        assert_eq!(clip_chars("Zoë Müller", 4), "Zoë…");
        assert_eq!(clip_chars("Zoë Müller", 8), "Zoë…");
        assert_eq!(clip_chars("Reconciliations", 5), "Recon…");
    }

    #[test]
    fn a_clipped_circumstance_is_cut_between_words_and_never_nests_brackets() {
        let circumstance =
            "a family emergency (my father was taken to hospital that morning and I drove him there)";
        let clipped = clip_chars(circumstance, 60);
        assert_eq!(
            clipped,
            "a family emergency, my father was taken to hospital that…"
        );
        let shown = format!("({clipped})");
        assert_eq!(shown.matches('(').count(), 1, "{shown}");
        assert_eq!(
            fragment("a family emergency (my father was taken to hospital)"),
            "a family emergency, my father was taken to hospital"
        );
        assert_eq!(
            fragment("(Unsure) it was noticed"),
            "Unsure, it was noticed"
        );
        assert_eq!(fragment("cut (short"), "cut, short");
        assert_eq!(fragment("he said “fine"), "he said fine");
        assert_eq!(fragment("he said “fine”"), "he said “fine”");
    }

    #[test]
    fn doubled_punctuation_is_tidied_but_a_written_ellipsis_is_kept() {
        assert_eq!(tidy_punctuation("large teams.”."), "large teams.”");
        assert_eq!(tidy_punctuation("Why this firm?”."), "Why this firm?”");
        assert_eq!(tidy_punctuation("cut short…."), "cut short…");
        assert_eq!(tidy_punctuation("one,, two"), "one, two");
        assert_eq!(fragment("that morning (at 7)."), "that morning, at 7.");
        assert_eq!(tidy_punctuation("wait... then"), "wait... then");
        assert_eq!(tidy_punctuation("the “DCF”."), "the “DCF”.");
        assert_eq!(tidy_punctuation("Done.."), "Done.");
    }

    #[test]
    fn quotes_drop_their_closing_full_stop_but_keep_a_question_mark() {
        assert_eq!(quoted("Walk me through a DCF."), "“Walk me through a DCF”");
        assert_eq!(quoted("Why this firm?"), "“Why this firm?”");
    }

    #[test]
    fn a_qualifier_that_repeats_the_label_adds_nothing() {
        assert!(adds_nothing("Late arrival", "on arrival"));
        assert!(adds_nothing("Arrived late", "on arrival"));
        assert!(!adds_nothing("Wrong interviewer name", "on arrival"));
        assert!(!adds_nothing("Late arrival", "at the close"));
        assert!(!adds_nothing("Late arrival", ""));
    }

    #[test]
    fn names_join_with_commas_and_a_final_and() {
        assert_eq!(join_names(&[]), "");
        assert_eq!(join_names(&["Armin"]), "Armin");
        assert_eq!(join_names(&["Armin", "Priya"]), "Armin and Priya");
        assert_eq!(
            join_names(&["Armin", "Priya", "Tom"]),
            "Armin, Priya and Tom"
        );
    }

    #[test]
    fn sentences_get_one_full_stop() {
        assert_eq!(as_sentence(" it opened in 2019 "), "it opened in 2019.");
        assert_eq!(as_sentence("Really?"), "Really?");
        assert_eq!(as_sentence("cut short…"), "cut short…");
        assert_eq!(
            as_sentence("managing large teams.”"),
            "managing large teams.”"
        );
        assert_eq!(
            as_sentence("a strong answer to “Why us?”"),
            "a strong answer to “Why us?”"
        );
        assert_eq!(as_sentence("the “DCF”"), "the “DCF”.");
        assert_eq!(as_sentence("and then;"), "and then.");
    }

    #[test]
    fn only_an_ordinary_capitalised_first_word_is_lowercased() {
        assert_eq!(lowercase_initial("My role"), "my role");
        assert_eq!(lowercase_initial("KPMG audits"), "KPMG audits");
        assert_eq!(lowercase_initial("I led it"), "I led it");
    }

    #[test]
    fn a_decomposed_zoe_is_the_same_name_as_a_composed_one() {
        let composed = "Zo\u{eb} M\u{fc}ller";
        let decomposed = "Zoe\u{308} Mu\u{308}ller";
        assert_ne!(composed, decomposed);
        assert!(same_name(composed, decomposed));
        assert!(same_name("ZOE\u{308}  m\u{fc}ller", composed));
        assert_eq!(name_key(decomposed), "zo\u{eb} m\u{fc}ller");
        assert!(same_name("Stra\u{df}er", "STRASSER"));
        assert!(!same_name("Zoe", "Zo\u{eb}"));
        assert_eq!(nfc(decomposed), composed);
    }

    #[test]
    fn blank_free_text_counts_as_absent() {
        assert_eq!(non_blank(&None), None);
        assert_eq!(non_blank(&Some("  ".to_string())), None);
        assert_eq!(non_blank(&Some(" late ".to_string())), Some("late"));
    }

    #[test]
    fn the_pronoun_agrees_with_the_count_and_the_hash_is_stable() {
        assert_eq!(it_or_them(1), "it");
        assert_eq!(it_or_them(2), "them");
        // FNV-1a of the empty input is its offset basis; the separator keeps ("ab", "c") and ("a", "bc") apart.
        assert_eq!(stable_hash(&[]), 0xcbf2_9ce4_8422_2325);
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
        assert_eq!(stable_hash(&["Northwind"]), stable_hash(&["Northwind"]));
    }

    /// `fragment` and `clip_words` as they were written before they were made one pass with fewer copies: a
    /// reference the faster versions must agree with.
    fn reference_clip_words(text: &str, limit: usize) -> String {
        let mut out = unbracketed(text);
        let opening = out.matches('“').count();
        let closing = out.matches('”').count();
        if opening != closing || !out.matches('"').count().is_multiple_of(2) {
            out.retain(|c| !matches!(c, '“' | '”' | '"'));
        }
        let words: Vec<&str> = out.split_whitespace().filter(|w| *w != ",").collect();
        let clean = tidy_punctuation(
            words
                .join(" ")
                .trim_matches(|c: char| c == ',' || c.is_whitespace()),
        );
        let words: Vec<&str> = clean.split_whitespace().collect();
        if words.len() <= limit {
            words.join(" ")
        } else {
            with_ellipsis(&words[..limit].join(" "))
        }
    }

    #[test]
    fn clipping_agrees_with_the_straightforward_version_on_punctuation_soup() {
        const PIECES: [&str; 22] = [
            " ", "  ", "\t", "\u{a0}", "(", ")", "[", "]", "{", "}", ",", ".", ";", "“", "”", "\"",
            "word", "é", "—", "!", "...", "…",
        ];
        let mut state = 0x2026_1208_u64;
        for _ in 0..50_000 {
            let mut soup = String::new();
            for _ in 0..12 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if state >> 62 != 0 {
                    soup.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
                }
            }
            for limit in [0, 1, 3, 40] {
                assert_eq!(
                    clip_words(&soup, limit),
                    reference_clip_words(&soup, limit),
                    "{soup:?}"
                );
            }
        }
    }
}
