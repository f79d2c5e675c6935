//! The gaffe catalogue as `GET /v1/gaffe-kinds` lists it. The domain holds the catalogue
//! (`rebound_domain::catalogue`), including the texts only its rules use; these are the listed shapes.

use serde::Serialize;
use utoipa::ToSchema;

use rebound_domain::catalogue::{self, all_entries, Recoverability, RepairStrategy};
use rebound_domain::GaffeKind;

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
    /// The whole catalogue, in the order of [`GaffeKind::ALL`].
    pub fn catalogue() -> Self {
        GaffeKindList {
            data: all_entries().iter().map(GaffeKindEntry::from).collect(),
        }
    }
}

/// One entry of the gaffe catalogue, as `GET /v1/gaffe-kinds` lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
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
    pub title: &'static str,
    /// The kind's name for use inside a sentence, in lower case ("late arrival").
    pub label: &'static str,
    /// What counts as this kind of gaffe, in a sentence or two.
    pub description: &'static str,
    /// How much a gaffe of this kind typically hurts, from 1 (barely matters) to 10 (can sink the interview on its
    /// own), before taking into account whether it was noticed, when it happened and whether it was corrected.
    #[schema(minimum = 1, maximum = 10)]
    pub base_severity: u8,
    /// How far a gaffe of this kind can be undone after the interview.
    pub recoverability: Recoverability,
    /// The usual way to repair it after the interview.
    pub repair: RepairStrategy,
    /// A concrete tip for avoiding it at the next interview.
    pub prevention: &'static str,
    /// The post-mortem questions the review asks about a gaffe of this kind (article step 2), in order.
    #[schema(value_type = Vec<String>)]
    pub review_questions: &'static [&'static str],
    /// The information to have on hand next time, so this does not happen again (article step 6: "what information
    /// you needed to answer it confidently"); reads after "have on hand:".
    pub on_hand: &'static str,
    /// Whether this is one of the eight classic gaffes interview guides warn about.
    pub classic: bool,
}

impl From<&catalogue::GaffeKindEntry> for GaffeKindEntry {
    fn from(entry: &catalogue::GaffeKindEntry) -> Self {
        GaffeKindEntry {
            kind: entry.kind,
            title: entry.title,
            label: entry.label,
            description: entry.description,
            base_severity: entry.base_severity,
            recoverability: entry.recoverability,
            repair: entry.repair,
            prevention: entry.prevention,
            review_questions: entry.review_questions,
            on_hand: entry.on_hand,
            classic: entry.classic,
        }
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
