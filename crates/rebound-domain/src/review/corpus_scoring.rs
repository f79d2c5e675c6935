//! Scoring a labelled review corpus (`label<TAB>sentence` lines; labels joined by `+`, `fine` for a sentence that
//! must draw nothing), shared by the English and the French corpus tests: every sentence is reviewed on its own in
//! its language, and per class precision and recall are printed with the misses and false alarms. A sentence counts
//! as detected for a class when the review returns a finding of the class's kind with a span (the sentence is the
//! whole text, so any span overlaps it).

use super::{review_note_in, FindingKind};
use rebound_i18n::Locale;

/// The corpus classes, each a kind of finding (an apology covers repeated apologies too).
pub(crate) const CLASSES: [&str; 5] = [
    "excuse",
    "apology",
    "self_deprecation",
    "over_explaining",
    "pleading",
];

/// The corpus class a finding kind belongs to, if any.
fn class_of(kind: FindingKind) -> Option<&'static str> {
    match kind {
        FindingKind::Excuse => Some("excuse"),
        FindingKind::Apology | FindingKind::RepeatedApology => Some("apology"),
        FindingKind::SelfDeprecation => Some("self_deprecation"),
        FindingKind::OverExplaining => Some("over_explaining"),
        FindingKind::Pleading => Some("pleading"),
        _ => None,
    }
}

/// A labelled sentence: its labels and the sentence.
pub(crate) type Labelled<'a> = (Vec<&'a str>, &'a str);

/// (labels, sentence) for every line of a corpus.
pub(crate) fn corpus(text: &str) -> Vec<Labelled<'_>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (labels, sentence) = line.split_once('\t').expect("label<TAB>sentence");
            (labels.split('+').collect(), sentence)
        })
        .collect()
}

/// The classes the review of a note in `locale` finds in `sentence`.
pub(crate) fn detected(sentence: &str, locale: Locale) -> Vec<&'static str> {
    let mut found: Vec<&str> = review_note_in(sentence, None, locale, locale)
        .findings
        .iter()
        .filter(|f| f.span.is_some())
        .filter_map(|f| class_of(f.kind))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Per class: (class, labelled, flagged, recall, precision), printing the misses and false alarms, then how many
/// `fine` sentences drew nothing.
pub(crate) fn score(
    corpus: &[Labelled<'_>],
    locale: Locale,
) -> Vec<(&'static str, usize, usize, f64, f64)> {
    let results: Vec<(&Vec<&str>, &str, Vec<&str>)> = corpus
        .iter()
        .map(|(l, s)| (l, *s, detected(s, locale)))
        .collect();
    let mut out = Vec::new();
    for class in CLASSES {
        let labelled: Vec<_> = results
            .iter()
            .filter(|(l, _, _)| l.contains(&class))
            .collect();
        let flagged: Vec<_> = results
            .iter()
            .filter(|(_, _, d)| d.contains(&class))
            .collect();
        let hits = labelled
            .iter()
            .filter(|(_, _, d)| d.contains(&class))
            .count();
        let right = flagged
            .iter()
            .filter(|(l, _, _)| l.contains(&class))
            .count();
        let recall = hits as f64 / labelled.len().max(1) as f64;
        let precision = right as f64 / flagged.len().max(1) as f64;
        println!(
            "{class:<17} labelled {:>3}  flagged {:>3}  recall {recall:.3}  precision {precision:.3}",
            labelled.len(),
            flagged.len()
        );
        for (_, sentence, d) in labelled.iter().filter(|(_, _, d)| !d.contains(&class)) {
            println!("    missed: {sentence}  (found {d:?})");
        }
        for (l, sentence, _) in flagged.iter().filter(|(l, _, _)| !l.contains(&class)) {
            println!("    wrongly flagged ({}): {sentence}", l.join("+"));
        }
        out.push((class, labelled.len(), flagged.len(), recall, precision));
    }
    let fine: Vec<_> = results.iter().filter(|(l, _, _)| l[0] == "fine").collect();
    let clean = fine.iter().filter(|(_, _, d)| d.is_empty()).count();
    println!("fine              {clean}/{} draw no finding", fine.len());
    out
}

/// The classes whose recall is under 0.90 or precision under 0.95 (the thresholds of issue 21, for every
/// language), as messages.
pub(crate) fn below_thresholds(corpus: &[Labelled<'_>], locale: Locale) -> Vec<String> {
    score(corpus, locale)
        .into_iter()
        .filter(|(_, _, _, recall, precision)| *recall < 0.90 || *precision < 0.95)
        .map(|(class, _, _, recall, precision)| {
            format!("{class}: recall {recall:.3}, precision {precision:.3}")
        })
        .collect()
}

/// Every finding of every corpus sentence has a span inside the sentence and a message and a suggestion.
pub(crate) fn assert_spans_and_texts(corpus: &[Labelled<'_>], locale: Locale) {
    for (_, sentence) in corpus {
        let length = sentence.chars().count();
        for finding in review_note_in(sentence, None, locale, locale).findings {
            if let Some(span) = finding.span {
                assert!(
                    span.start < span.end && span.end <= length,
                    "{sentence}: {finding:?}"
                );
            }
            assert!(!finding.suggestion.is_empty() && !finding.message.is_empty());
        }
    }
}

/// Scores a corpus file named by `REVIEW_HELDOUT` (the debugging aid of both corpus tests).
pub(crate) fn score_held_out(locale: Locale) {
    let path = std::env::var("REVIEW_HELDOUT").unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    score(&corpus(&text), locale);
}
