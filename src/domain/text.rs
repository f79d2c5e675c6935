//! Wording helpers shared by the rules that write text: counting, clipping and joining words, and turning a
//! candidate's free text into something that can stand in a sentence. Pure string functions; nothing here knows
//! about interviews or gaffes.

/// Words in `text`: runs of non-whitespace characters that contain at least one letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The first `limit` words of `text`, with an ellipsis when something was cut.
pub fn clip_words(text: &str, limit: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= limit {
        words.join(" ")
    } else {
        format!("{}…", words[..limit].join(" "))
    }
}

/// At most `limit` characters of `text`, cut on a character boundary, with an ellipsis when something was cut.
pub fn clip_chars(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(limit).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// `text` ending with sentence punctuation.
pub fn as_sentence(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.ends_with(['.', '!', '?', '…']) {
        trimmed.to_string()
    } else {
        format!("{trimmed}.")
    }
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

/// The trimmed text of an optional free-text field, or `None` when it is absent or blank.
pub fn non_blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_with_a_letter_or_digit() {
        assert_eq!(
            count_words("Dear Armin – thank you, 2026!  \n [Your name]"),
            7
        );
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn clipping_keeps_whole_words_or_characters_and_marks_the_cut() {
        assert_eq!(clip_words("one  two three", 3), "one two three");
        assert_eq!(clip_words("one two three four", 2), "one two…");
        assert_eq!(clip_chars("Zoë Müller", 20), "Zoë Müller");
        assert_eq!(clip_chars("Zoë Müller", 4), "Zoë…");
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
    }

    #[test]
    fn only_an_ordinary_capitalised_first_word_is_lowercased() {
        assert_eq!(lowercase_initial("My role"), "my role");
        assert_eq!(lowercase_initial("KPMG audits"), "KPMG audits");
        assert_eq!(lowercase_initial("I led it"), "I led it");
    }

    #[test]
    fn blank_free_text_counts_as_absent() {
        assert_eq!(non_blank(&None), None);
        assert_eq!(non_blank(&Some("  ".to_string())), None);
        assert_eq!(non_blank(&Some(" late ".to_string())), Some("late"));
    }
}
