//! The gaffe catalogue: for every [`GaffeKind`], how much it tends to hurt, how recoverable it is, how to repair it
//! after the fact and how to avoid it next time. Static data only; the scoring model and the recovery plan read it.

use serde::Serialize;
use utoipa::ToSchema;

use super::GaffeKind;

crate::wire_enum! {
    /// How far a gaffe of this kind can be undone after the interview.
    pub enum Recoverability {
        /// Rarely decisive on its own; a good follow-up, or simply time, usually takes care of it.
        High = "high",
        /// Noticeable, but a well-judged follow-up can repair much of it.
        Medium = "medium",
        /// Hard to undo; the best move is often to limit further damage.
        Low = "low",
    }
}

crate::wire_enum! {
    /// How to repair a gaffe of this kind after the interview.
    pub enum RepairStrategy {
        /// Quietly set the record straight in the thank-you note (the right name, the right figure).
        NoteCorrection = "note_correction",
        /// Add what was missing to the thank-you note (the forgotten experience, a salary range, a question).
        NoteAddendum = "note_addendum",
        /// Ask a trusted reference to mention the point when they are contacted.
        ReferenceMention = "reference_mention",
        /// Nothing to repair: say nothing and let it go, since raising it would only draw attention to it.
        None = "none",
    }
}

/// One entry of the gaffe catalogue, as `GET /v1/gaffe-categories` lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "kind": "wrong_interviewer_name",
    "title": "Wrong interviewer name",
    "description": "Addressed an interviewer by the wrong name, once or throughout. It stings, but it says little about how well you would do the job.",
    "base_severity": 5,
    "recoverability": "medium",
    "repair": "note_correction",
    "prevention": "Write down every interviewer's name and title before you go in, and say each name aloud once during the introductions.",
    "seed_named": true
}))]
pub struct GaffeCategory {
    /// The gaffe kind this entry describes.
    pub kind: GaffeKind,
    /// Short human-readable name of the kind.
    pub title: &'static str,
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
    /// Whether the seed article on bouncing back from a bad interview names this kind (eight kinds do).
    pub seed_named: bool,
}

/// The catalogue entry for one gaffe kind.
pub fn category(kind: GaffeKind) -> GaffeCategory {
    // One exhaustive match, so a new GaffeKind cannot compile without its catalogue entry.
    match kind {
        GaffeKind::WrongInterviewerName => GaffeCategory {
            kind,
            title: "Wrong interviewer name",
            description: "Addressed an interviewer by the wrong name, once or throughout. It stings, but it says \
                          little about how well you would do the job.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteCorrection,
            prevention: "Write down every interviewer's name and title before you go in, and say each name aloud \
                         once during the introductions.",
            seed_named: true,
        },
        GaffeKind::InappropriateAttire => GaffeCategory {
            kind,
            title: "Attire that missed the mark",
            description: "Wore something that did not suit the setting or the company's dress code, such as the \
                          wrong shoes.",
            base_severity: 3,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Ask the recruiter what people wear at the office, and lay out the whole outfit, shoes \
                         included, the evening before.",
            seed_named: true,
        },
        GaffeKind::SalaryBlank => GaffeCategory {
            kind,
            title: "No answer on salary",
            description: "Froze, or gave a vague answer, when asked what pay you expect for the role.",
            base_severity: 5,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Research the going rate for the role and the city, and prepare a range you can state in \
                         one calm sentence.",
            seed_named: true,
        },
        GaffeKind::InappropriateQuestion => GaffeCategory {
            kind,
            title: "Off-limits question",
            description: "Asked the interviewers something that does not belong in an interview, such as how soon \
                          you could take time off, or something personal.",
            base_severity: 8,
            recoverability: Recoverability::Low,
            repair: RepairStrategy::None,
            prevention: "Prepare three questions about the team, the work and how success is measured, and keep \
                         perks and time off for the offer stage.",
            seed_named: true,
        },
        GaffeKind::WeakBehavioralAnswer => GaffeCategory {
            kind,
            title: "Weak behavioural answer",
            description: "Gave a thin or unconvincing answer to a situational question, such as how you would \
                          handle a difficult coworker.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::ReferenceMention,
            prevention: "Keep four or five short stories ready (situation, what you did, the result) covering \
                         conflict, a failure, leadership and pressure.",
            seed_named: true,
        },
        GaffeKind::Late => GaffeCategory {
            kind,
            title: "Arrived late",
            description: "Turned up after the agreed time, or joined the call late, and started the interview \
                          flustered.",
            base_severity: 7,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::None,
            prevention: "Plan the route the day before and leave an hour or two earlier than you think you need.",
            seed_named: true,
        },
        GaffeKind::OmittedKeyExperience => GaffeCategory {
            kind,
            title: "Left out key experience",
            description: "Forgot to bring up an achievement or a part of your background that matters for this \
                          role.",
            base_severity: 4,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "List the three parts of your experience that fit the role best, and tick them off as you \
                         mention them.",
            seed_named: true,
        },
        GaffeKind::MisreadBodyLanguage => GaffeCategory {
            kind,
            title: "Worrying body language",
            description: "An interviewer frowned, looked away or seemed bored, and you took it as a bad sign. \
                          Signals like these are usually read into far more than they mean.",
            base_severity: 1,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Judge how it went by what was said rather than by faces; plenty of interviewers look \
                         stern simply because they are concentrating.",
            seed_named: true,
        },
        GaffeKind::TechnicalBlank => GaffeCategory {
            kind,
            title: "Blank on a technical question",
            description: "Could not work through a technical question, such as a valuation, accounting or \
                          modelling problem.",
            base_severity: 6,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Revise the technical topics the posting lists, and practise reasoning out loud so a \
                         hard question still gets a structured attempt.",
            seed_named: false,
        },
        GaffeKind::Rambling => GaffeCategory {
            kind,
            title: "Rambling answers",
            description: "Answers ran long and drifted away from the question that was asked.",
            base_severity: 3,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Practise answering in under two minutes: the point first, one example, then stop.",
            seed_named: false,
        },
        GaffeKind::BadmouthedEmployer => GaffeCategory {
            kind,
            title: "Spoke badly of an employer",
            description: "Criticised a current or former employer, manager or colleague.",
            base_severity: 9,
            recoverability: Recoverability::Low,
            repair: RepairStrategy::ReferenceMention,
            prevention: "Prepare a neutral, forward-looking reason for moving on, and describe past difficulties \
                         in terms of what you learned from them.",
            seed_named: false,
        },
        GaffeKind::NoQuestionsAsked => GaffeCategory {
            kind,
            title: "No questions for them",
            description: "Had nothing to ask when the interviewers invited questions at the end.",
            base_severity: 4,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Write a few questions about the team and the work before every interview, and bring the \
                         list with you.",
            seed_named: false,
        },
        GaffeKind::TechnicalFailure => GaffeCategory {
            kind,
            title: "Technical trouble on the call",
            description: "Sound, video or the connection failed during a remote interview.",
            base_severity: 2,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Test the link, camera and microphone half an hour early, and keep a dial-in number handy \
                         in case the connection drops.",
            seed_named: false,
        },
        GaffeKind::FactualErrorAboutCompany => GaffeCategory {
            kind,
            title: "Wrong fact about the company",
            description: "Said something about the company, its results or its products that was not right.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteCorrection,
            prevention: "Read the company's latest annual report and news the day before, and note the figures \
                         you may want to quote.",
            seed_named: false,
        },
        GaffeKind::UnclearOnRole => GaffeCategory {
            kind,
            title: "Unclear on the role",
            description: "Seemed unsure what the job involves or how it fits into the team.",
            base_severity: 6,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Reread the posting and prepare two sentences on what the role does and why your \
                         background fits it.",
            seed_named: false,
        },
    }
}

/// The whole catalogue, in [`GaffeKind::ALL`] order.
pub fn all_categories() -> Vec<GaffeCategory> {
    GaffeKind::ALL.iter().copied().map(category).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn severity(kind: GaffeKind) -> u8 {
        category(kind).base_severity
    }

    #[test]
    fn every_kind_has_its_own_entry() {
        let all = all_categories();
        assert_eq!(all.len(), GaffeKind::ALL.len());
        for (entry, kind) in all.iter().zip(GaffeKind::ALL.iter().copied()) {
            assert_eq!(entry.kind, kind);
            assert_eq!(category(kind), *entry);
        }
    }

    #[test]
    fn severities_are_on_the_one_to_ten_scale() {
        for entry in all_categories() {
            assert!((1..=10).contains(&entry.base_severity), "{:?}", entry.kind);
        }
    }

    #[test]
    fn exactly_the_first_eight_are_seed_named() {
        let named: Vec<bool> = all_categories().iter().map(|c| c.seed_named).collect();
        assert_eq!(named.iter().filter(|n| **n).count(), 8);
        assert!(named[..8].iter().all(|n| *n));
    }

    #[test]
    fn texts_are_present_and_written_as_sentences() {
        for entry in all_categories() {
            assert!(!entry.title.trim().is_empty(), "{:?}", entry.kind);
            assert!(!entry.title.ends_with('.'), "{:?}", entry.kind);
            for text in [entry.description, entry.prevention] {
                assert!(text.ends_with('.'), "{:?}: {text}", entry.kind);
                assert!(!text.contains("  "), "{:?}: {text}", entry.kind);
            }
        }
    }

    #[test]
    fn severity_judgements_are_ordered_sensibly() {
        assert!(severity(GaffeKind::BadmouthedEmployer) >= 8);
        assert!(severity(GaffeKind::InappropriateQuestion) >= 8);
        assert!(severity(GaffeKind::MisreadBodyLanguage) <= 2);
        assert!(severity(GaffeKind::Late) > severity(GaffeKind::WrongInterviewerName));
        assert!(
            severity(GaffeKind::WrongInterviewerName) > severity(GaffeKind::MisreadBodyLanguage)
        );
        assert_eq!(
            category(GaffeKind::MisreadBodyLanguage).repair,
            RepairStrategy::None
        );
        assert_eq!(
            category(GaffeKind::WrongInterviewerName).repair,
            RepairStrategy::NoteCorrection
        );
        assert_eq!(
            category(GaffeKind::SalaryBlank).repair,
            RepairStrategy::NoteAddendum
        );
        assert_eq!(
            category(GaffeKind::OmittedKeyExperience).repair,
            RepairStrategy::NoteAddendum
        );
    }

    #[test]
    fn schema_example_matches_the_real_entry() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(GaffeCategory::schema()).unwrap();
        let actual = serde_json::to_value(category(GaffeKind::WrongInterviewerName)).unwrap();
        assert_eq!(schema["example"], actual);
    }

    #[test]
    fn serialises_with_snake_case_wire_names() {
        let json = serde_json::to_value(category(GaffeKind::WrongInterviewerName)).unwrap();
        assert_eq!(json["kind"], "wrong_interviewer_name");
        assert_eq!(json["recoverability"], "medium");
        assert_eq!(json["repair"], "note_correction");
        assert_eq!(json["seed_named"], true);
        assert_eq!(
            serde_json::to_value(RepairStrategy::ReferenceMention).unwrap(),
            "reference_mention"
        );
        assert_eq!(serde_json::to_value(RepairStrategy::None).unwrap(), "none");
    }
}
