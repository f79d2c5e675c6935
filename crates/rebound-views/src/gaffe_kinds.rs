//! The gaffe catalogue as `GET /v1/gaffe-kinds` lists it. The domain holds the catalogue
//! (`rebound_domain::catalogue`), including the texts only its rules use; these are the listed shapes, with their
//! texts in the reader's locale (`rebound_i18n`; the English is word for word the domain's, a test compares them).

use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::catalogue::{self, all_entries, Recoverability, RepairStrategy};
use rebound_domain::GaffeKind;
use rebound_i18n::Locale;

/// The gaffe catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"data": [{
    "kind": "late", "title": "Arrived late", "label": "late arrival",
    "description": "Turned up after the agreed time, or joined the call late, and started the interview flustered.",
    "base_severity": 7, "recoverability": "medium", "repair": "none",
    "prevention": "Plan the route the day before and leave an hour or two earlier than you think you need.",
    "review_questions": [
        "How late were you, and did you let them know before the start time?",
        "What made you late, and was any of it in your control?",
        "How much did it rattle you for the rest of the interview?"
    ],
    "on_hand": "the address, the route, the travel time with a margin, and a phone number to call if you are delayed",
    "classic": true
}]}))]
pub struct GaffeKindList {
    pub data: Vec<GaffeKindEntry>,
}

impl GaffeKindList {
    /// The whole catalogue, in the order of [`GaffeKind::ALL`], in English.
    pub fn catalogue() -> Self {
        Self::catalogue_in(Locale::En)
    }

    /// The whole catalogue, in the order of [`GaffeKind::ALL`], its texts in `locale`.
    pub fn catalogue_in(locale: Locale) -> Self {
        GaffeKindList {
            data: all_entries()
                .iter()
                .map(|entry| GaffeKindEntry::localized(entry, locale))
                .collect(),
        }
    }
}

/// One entry of the gaffe catalogue, as `GET /v1/gaffe-kinds` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "wrong_interviewer_name",
    "title": "Wrong interviewer name",
    "label": "wrong interviewer name",
    "description": "Addressed an interviewer by the wrong name, once or throughout. It stings, but it says little about how well you would do the job.",
    "base_severity": 5,
    "recoverability": "medium",
    "repair": "note_correction",
    "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.",
    "review_questions": [
        "Which name did you use, and when did you notice?",
        "Did they correct you, or let it pass?",
        "Where could you have checked the names beforehand?"
    ],
    "on_hand": "every interviewer's name, spelling and title, from the invitation",
    "classic": true
}))]
pub struct GaffeKindEntry {
    /// The gaffe kind this entry describes.
    pub kind: GaffeKind,
    /// Short name of the kind, capitalised, for headings and lists ("Arrived late").
    pub title: String,
    /// The kind's name for use inside a sentence, in lower case ("late arrival").
    pub label: String,
    /// What counts as this kind of gaffe, in a sentence or two.
    pub description: String,
    /// How much a gaffe of this kind typically hurts, from 1 (barely matters) to 10 (can sink the interview on its
    /// own), before taking into account whether it was noticed, when it happened and whether it was corrected.
    #[schema(minimum = 1, maximum = 10)]
    pub base_severity: u8,
    /// How far a gaffe of this kind can be undone after the interview.
    pub recoverability: Recoverability,
    /// The usual way to repair it after the interview.
    pub repair: RepairStrategy,
    /// A concrete tip for avoiding it at the next interview.
    pub prevention: String,
    /// The post-mortem questions the review asks about a gaffe of this kind (article step 2), in order.
    pub review_questions: Vec<String>,
    /// The information to have on hand next time, so this does not happen again (article step 6: "what information
    /// you needed to answer it confidently"); reads after "have on hand:".
    pub on_hand: String,
    /// Whether this is one of the eight classic gaffes interview guides warn about.
    pub classic: bool,
}

impl GaffeKindEntry {
    /// The entry as listed, its texts in `locale`: messages `gaffe-<kind>-title`, `-label`, `-description`,
    /// `-prevention`, `-question-<n>` (as many as the domain's entry has questions) and `-on-hand`.
    pub fn localized(entry: &catalogue::GaffeKindEntry, locale: Locale) -> Self {
        let kind = entry.kind.as_str().replace('_', "-");
        let text = |field: &str| rebound_i18n::message(locale, &format!("gaffe-{kind}-{field}"));
        GaffeKindEntry {
            kind: entry.kind,
            title: text("title"),
            label: text("label"),
            description: text("description"),
            base_severity: entry.base_severity,
            recoverability: entry.recoverability,
            repair: entry.repair,
            prevention: text("prevention"),
            review_questions: (1..=entry.review_questions.len())
                .map(|n| text(&format!("question-{n}")))
                .collect(),
            on_hand: text("on-hand"),
            classic: entry.classic,
        }
    }
}

impl From<&catalogue::GaffeKindEntry> for GaffeKindEntry {
    /// The entry as listed in English.
    fn from(entry: &catalogue::GaffeKindEntry) -> Self {
        GaffeKindEntry::localized(entry, Locale::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebound_domain::catalogue::entry;
    use rebound_domain::test_support::{assert_schema_example, json, schema_example};

    #[test]
    fn the_schema_example_is_the_real_catalogue_entry() {
        // A whole-object comparison: the rules' own texts (recurrence, note repair, mention phrases) stay off it.
        assert_schema_example::<GaffeKindEntry>(json(&GaffeKindEntry::from(&entry(
            GaffeKind::WrongInterviewerName,
        ))));
    }

    #[test]
    fn the_english_catalogue_is_word_for_word_the_domains() {
        // The rules still read the domain's texts: the English messages must not drift from them.
        for entry in all_entries() {
            let listed = GaffeKindEntry::from(&entry);
            assert_eq!(listed.title, entry.title, "{:?}", entry.kind);
            assert_eq!(listed.label, entry.label, "{:?}", entry.kind);
            assert_eq!(listed.description, entry.description, "{:?}", entry.kind);
            assert_eq!(listed.prevention, entry.prevention, "{:?}", entry.kind);
            assert_eq!(
                listed.review_questions, entry.review_questions,
                "{:?}",
                entry.kind
            );
            assert_eq!(listed.on_hand, entry.on_hand, "{:?}", entry.kind);
        }
    }

    #[test]
    fn every_kind_has_its_texts_in_every_locale() {
        for locale in Locale::ALL {
            for entry in all_entries() {
                let kind = entry.kind.as_str().replace('_', "-");
                let extra = format!("gaffe-{kind}-question-{}", entry.review_questions.len() + 1);
                assert!(
                    !rebound_i18n::has(locale, &extra),
                    "{}: {extra} is never listed",
                    locale.tag()
                );
                let listed = GaffeKindEntry::localized(&entry, locale);
                assert_eq!(listed.review_questions.len(), entry.review_questions.len());
            }
        }
        let french = GaffeKindList::catalogue_in(Locale::FrCa);
        assert_eq!(french.data[0].title, "Erreur sur le nom d’un intervieweur");
    }

    #[test]
    fn the_rules_own_texts_stay_off_the_wire() {
        let listed = json(&GaffeKindEntry::from(&entry(
            GaffeKind::FactualErrorAboutCompany,
        )));
        for field in ["recurrence", "note_repair", "mention_phrases"] {
            assert!(listed.get(field).is_none(), "{field}");
        }
        assert_eq!(listed["kind"], "factual_error_about_company");
    }

    #[test]
    fn serialises_with_snake_case_wire_names() {
        let listed = json(&GaffeKindEntry::from(&entry(
            GaffeKind::WrongInterviewerName,
        )));
        assert_eq!(listed["kind"], "wrong_interviewer_name");
        assert_eq!(listed["recoverability"], "medium");
        assert_eq!(listed["repair"], "note_correction");
        assert_eq!(listed["classic"], true);
    }

    #[test]
    fn the_catalogue_example_is_the_real_catalogue_entry() {
        // The example lists one entry, the late arrival, as the catalogue lists it.
        let catalogue = GaffeKindList::catalogue();
        assert_eq!(catalogue.data.len(), GaffeKind::ALL.len());
        let late = catalogue
            .data
            .iter()
            .find(|e| e.kind == GaffeKind::Late)
            .expect("the catalogue lists the late arrival");
        assert_eq!(schema_example::<GaffeKindList>()["data"][0], json(late));
    }
}
