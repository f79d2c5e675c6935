//! The gaffe catalogue: for every [`GaffeKind`], its names, how much it tends to hurt, how recoverable it is, how to
//! repair it after the fact and how to avoid it next time, and the words the rules use about it (the pattern it
//! forms across interviews, the note's repair sentence, the phrases that mention it). Static data only, and the one
//! place these texts are written: the scoring model, the recovery plan, the note drafting and the note review all
//! read them from here.

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

impl RepairStrategy {
    /// Whether the repair is made in the thank-you note (a correction or an addendum).
    pub const fn is_note_repair(self) -> bool {
        matches!(
            self,
            RepairStrategy::NoteCorrection | RepairStrategy::NoteAddendum
        )
    }
}

/// One entry of the gaffe catalogue (`GET /v1/gaffe-kinds` lists the fields up to `classic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub base_severity: u8,
    /// How far a gaffe of this kind can be undone after the interview.
    pub recoverability: Recoverability,
    /// The usual way to repair it after the interview.
    pub repair: RepairStrategy,
    /// A concrete tip for avoiding it at the next interview.
    pub prevention: &'static str,
    /// The post-mortem questions the review asks about a gaffe of this kind (article step 2), in order.
    pub review_questions: &'static [&'static str],
    /// The information to have on hand next time, so this does not happen again (article step 6: "what information
    /// you needed to answer it confidently"); reads after "have on hand:".
    pub on_hand: &'static str,
    /// Whether this is one of the eight classic gaffes interview guides warn about.
    pub classic: bool,
    // The texts below are for the rules that write (the plan, the note) and read (the review) on the candidate's
    // behalf; they are not part of the catalogue as the API lists it (rebound_views::gaffe_kinds).
    /// What happened, as a clause that completes "the third interview where …" ("you arrived late"). Used when a
    /// kind comes back across interviews, so the plan can name the pattern in plain words.
    pub recurrence: &'static str,
    /// The sentence the thank-you note repairs a gaffe of this kind with, when it writes one. `None` when the note
    /// has no sentence for it: the kind is repaired some other way or not at all, or (a wrong name) using the right
    /// names in the salutation is the whole repair.
    pub note_repair: Option<NoteRepairWording>,
    /// Phrases that point at a gaffe of this kind. The note review flags them in a draft when the interviewers may
    /// have missed the gaffe, since mentioning it would draw their attention to it (article step 4). Lowercase
    /// ASCII, matched like the review's other phrase lists: from a word boundary, to a word boundary unless a
    /// trailing `*` lets the phrase run on to the end of the word.
    pub mention_phrases: &'static [&'static str],
}

/// How the thank-you note words the repair of one gaffe kind, in each register. A `{slot}` in a template is filled
/// by the note from what was logged (the experience left out, the question blanked on, the correction), or with the
/// slot's placeholder when nothing usable was logged. Square brackets are for the candidate to fill in before
/// sending. The note adds the closing full stop when a filled template does not end a sentence itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteRepairWording {
    /// The sentence in a formal note.
    pub formal: &'static str,
    /// The sentence in a warm note.
    pub warm: &'static str,
    /// Every slot of the two templates, with what fills it when nothing usable was logged.
    pub placeholders: &'static [(&'static str, &'static str)],
}

/// The catalogue entry for one gaffe kind.
pub fn entry(kind: GaffeKind) -> GaffeKindEntry {
    // One exhaustive match, so a new GaffeKind cannot compile without its catalogue entry.
    match kind {
        GaffeKind::WrongInterviewerName => GaffeKindEntry {
            kind,
            title: "Wrong interviewer name",
            label: "wrong interviewer name",
            description: "Addressed an interviewer by the wrong name, once or throughout. It stings, but it says \
                          little about how well you would do the job.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteCorrection,
            prevention: "Write down every interviewer's name and title before you go in, and say each name aloud \
                         once during the introductions.",
            review_questions: &[
                "Which name did you use, and when did you notice?",
                "Did they correct you, or let it pass?",
                "Where could you have checked the names beforehand?",
            ],
            on_hand: "every interviewer's name, spelling and title, from the invitation",
            classic: true,
            recurrence: "you got an interviewer's name wrong",
            note_repair: None,
            mention_phrases: &[
                "wrong name",
                "your name",
                "called you",
                "mixed up",
                "misname*",
                "mispronounc*",
            ],
        },
        GaffeKind::InappropriateAttire => GaffeKindEntry {
            kind,
            title: "Attire that missed the mark",
            label: "attire that missed the mark",
            description: "Wore something that did not suit the setting or the company's dress code, such as the \
                          wrong shoes.",
            base_severity: 3,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Ask the recruiter what people wear at the office, and lay out the whole outfit, shoes \
                         included, the evening before.",
            review_questions: &[
                "What exactly was off, and could they even see it?",
                "Did anyone remark on it, or was it only in your head?",
                "How could you have found out the dress code beforehand?",
            ],
            on_hand: "the dress code, asked of the recruiter in advance",
            classic: true,
            recurrence: "your attire missed the mark",
            note_repair: None,
            mention_phrases: &[
                "shoe*",
                "outfit*",
                "dressed",
                "dress code",
                "attire",
                "clothes",
                "clothing",
                "suit",
                "sneakers",
                "trainers",
                "jeans",
                "tie",
            ],
        },
        GaffeKind::SalaryBlank => GaffeKindEntry {
            kind,
            title: "No answer on salary",
            label: "no answer on salary",
            description: "Froze, or gave a vague answer, when asked what pay you expect for the role.",
            base_severity: 5,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Research the going rate for the role and the city, and prepare a range you can state in \
                         one calm sentence.",
            review_questions: &[
                "What exactly did they ask, and what did you say?",
                "Which figure would have let you answer in one calm sentence: the going rate, your current pay, your floor?",
                "What would a confident answer have sounded like?",
            ],
            on_hand: "the going rate for the role in your city and the range you will ask for",
            classic: true,
            recurrence: "you had no answer on salary",
            note_repair: Some(NoteRepairWording {
                formal: "On compensation: having researched the market for this role, I would be looking for a \
                         salary in the range of [your range].",
                warm: "On salary: after looking into the market for this role, I am aiming for a range of [your range].",
                placeholders: &[],
            }),
            mention_phrases: &[
                "salary",
                "salaries",
                "compensation",
                "pay range",
                "pay expectations",
                "remuneration",
            ],
        },
        GaffeKind::InappropriateQuestion => GaffeKindEntry {
            kind,
            title: "Off-limits question",
            label: "off-limits question",
            description: "Asked the interviewers something that does not belong in an interview, such as how soon \
                          you could take time off, or something personal.",
            base_severity: 8,
            recoverability: Recoverability::Low,
            repair: RepairStrategy::None,
            prevention: "Prepare three questions about the team, the work and how success is measured, and keep \
                         perks and time off for the offer stage.",
            review_questions: &[
                "What exactly did you ask, and how did they respond?",
                "What did you really want to know, and how could you have asked it at the right stage?",
                "Which questions about the team or the work would have served you better?",
            ],
            on_hand: "three questions about the team, the work and how success is measured",
            classic: true,
            recurrence: "you asked an off-limits question",
            note_repair: None,
            mention_phrases: &[
                "my question about",
                "question i asked",
                "i asked about",
                "inappropriate question",
                "shouldn't have asked",
                "should not have asked",
            ],
        },
        GaffeKind::WeakBehavioralAnswer => GaffeKindEntry {
            kind,
            title: "Weak behavioural answer",
            label: "weak behavioural answer",
            description: "Gave a thin or unconvincing answer to a situational question, such as how you would \
                          handle a difficult coworker.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::ReferenceMention,
            prevention: "Keep four or five short stories ready (situation, what you did, the result) covering \
                         conflict, a failure, leadership and pressure.",
            review_questions: &[
                "Why, looking back, was the answer weak: too vague, no example, or no result?",
                "Which real situation from your work would have answered it, with what you did and how it ended?",
                "How might the answer have coloured their view of how you work with people?",
            ],
            on_hand: "a short story for each common theme (conflict, failure, leadership, pressure), with the result",
            classic: true,
            recurrence: "you gave a weak behavioural answer",
            note_repair: None,
            mention_phrases: &[
                "my answer",
                "difficult coworker",
                "difficult co-worker",
                "difficult colleague",
                "should have said",
                "better answer",
            ],
        },
        GaffeKind::Late => GaffeKindEntry {
            kind,
            title: "Arrived late",
            label: "late arrival",
            description: "Turned up after the agreed time, or joined the call late, and started the interview \
                          flustered.",
            base_severity: 7,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::None,
            prevention: "Plan the route the day before and leave an hour or two earlier than you think you need.",
            review_questions: &[
                "How late were you, and did you let them know before the start time?",
                "What made you late, and was any of it in your control?",
                "How much did it rattle you for the rest of the interview?",
            ],
            on_hand: "the address, the route, the travel time with a margin, and a phone number to call if you are delayed",
            classic: true,
            recurrence: "you arrived late",
            note_repair: None,
            mention_phrases: &[
                "late",
                "lateness",
                "traffic",
                "delay*",
                "running behind",
                "kept you waiting",
                "keeping you waiting",
                "tardy",
                "punctual*",
            ],
        },
        GaffeKind::OmittedKeyExperience => GaffeKindEntry {
            kind,
            title: "Left out key experience",
            label: "key experience left out",
            description: "Forgot to bring up an achievement or a part of your background that matters for this \
                          role.",
            base_severity: 4,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "List the three parts of your experience that fit the role best, and tick them off as you \
                         mention them.",
            review_questions: &[
                "Which experience did you leave out, and which question was it the answer to?",
                "Why did it not come to mind: nerves, or no list to check against?",
                "How would you put it in one or two sentences now?",
            ],
            on_hand: "a short list of the experiences that fit the role best, with one figure each",
            classic: true,
            recurrence: "you left out a key experience",
            note_repair: Some(NoteRepairWording {
                formal: "Building on our discussion of my background, I should also mention {that}{experience}",
                warm: "One more thing I would like to add about my background: {experience}",
                placeholders: &[("that", ""), ("experience", "[the experience you want to add]")],
            }),
            mention_phrases: &[
                "forgot to mention",
                "didn't mention",
                "did not mention",
                "neglected to mention",
                "failed to mention",
            ],
        },
        GaffeKind::MisreadBodyLanguage => GaffeKindEntry {
            kind,
            title: "Worrying body language",
            label: "worry about body language",
            description: "An interviewer frowned, looked away or seemed bored, and you took it as a bad sign. \
                          Signals like these are usually read into far more than they mean.",
            base_severity: 1,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Judge how it went by what was said rather than by faces; plenty of interviewers look \
                         stern simply because they are concentrating.",
            review_questions: &[
                "What exactly did you see, and what else could explain it?",
                "Did anything they said back it up?",
                "Apart from that look, how did the conversation itself go?",
            ],
            on_hand: "nothing beyond your usual preparation; judge the interview by what was said",
            classic: true,
            recurrence: "you worried about an interviewer's body language",
            note_repair: None,
            mention_phrases: &[
                "body language",
                "you seemed",
                "seemed bored",
                "seemed unimpressed",
                "unimpressed",
                "frown*",
                "your expression",
                "uninterested",
            ],
        },
        GaffeKind::TechnicalBlank => GaffeKindEntry {
            kind,
            title: "Blank on a technical question",
            label: "blank on a technical question",
            description: "Could not work through a technical question, such as a valuation, accounting or \
                          modelling problem.",
            base_severity: 6,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Revise the technical topics the posting lists, and practise reasoning out loud so a \
                         hard question still gets a structured attempt.",
            review_questions: &[
                "Which question was it, and where exactly did you get stuck?",
                "What would you have needed to know, or to have practised, to work through it?",
                "How would you answer it now, step by step?",
            ],
            on_hand: "the technical topics the posting lists, with a worked example of each",
            classic: false,
            recurrence: "you blanked on a technical question",
            note_repair: Some(NoteRepairWording {
                formal: "Thinking further about your question {question}, I would answer: [your answer, briefly].",
                warm: "I kept thinking about your question {question}; here is my answer: [your answer, briefly].",
                placeholders: &[("question", "on [the topic]")],
            }),
            mention_phrases: &[
                "blanked",
                "went blank",
                "mind went blank",
                "couldn't answer",
                "could not answer",
                "technical question",
            ],
        },
        GaffeKind::Rambling => GaffeKindEntry {
            kind,
            title: "Rambling answers",
            label: "rambling answers",
            description: "Answers ran long and drifted away from the question that was asked.",
            base_severity: 3,
            recoverability: Recoverability::High,
            repair: RepairStrategy::None,
            prevention: "Practise answering in under two minutes: the point first, one example, then stop.",
            review_questions: &[
                "Which answers ran long, and what was the point each should have made?",
                "Did you lose the thread, or keep adding examples?",
                "How would each answer sound in under two minutes?",
            ],
            on_hand: "a one-line point for each answer you expect to give",
            classic: false,
            recurrence: "your answers rambled",
            note_repair: None,
            mention_phrases: &[
                "rambl*",
                "went on too long",
                "long-winded",
                "talked too much",
                "too long-winded",
            ],
        },
        GaffeKind::BadmouthedEmployer => GaffeKindEntry {
            kind,
            title: "Spoke badly of an employer",
            label: "speaking badly of an employer",
            description: "Criticised a current or former employer, manager or colleague.",
            base_severity: 9,
            recoverability: Recoverability::Low,
            repair: RepairStrategy::ReferenceMention,
            prevention: "Prepare a neutral, forward-looking reason for moving on, and describe past difficulties \
                         in terms of what you learned from them.",
            review_questions: &[
                "What exactly did you say about them, and what prompted it?",
                "How could you have answered the same question without criticising anyone?",
                "How might it have coloured their view of you as a future colleague?",
            ],
            on_hand: "a neutral, forward-looking reason for moving on, in one sentence",
            classic: false,
            recurrence: "you spoke badly of an employer",
            note_repair: None,
            mention_phrases: &[
                "my current employer",
                "my former employer",
                "my previous employer",
                "my old boss",
                "what i said about",
            ],
        },
        GaffeKind::NoQuestionsAsked => GaffeKindEntry {
            kind,
            title: "No questions for them",
            label: "no questions for them",
            description: "Had nothing to ask when the interviewers invited questions at the end.",
            base_severity: 4,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Write a few questions about the team and the work before every interview, and bring the \
                         list with you.",
            review_questions: &[
                "What did you want to know about the role or the team but not think to ask?",
                "Were your questions already answered during the interview, and did you say so?",
                "Which two questions would have shown your interest best?",
            ],
            on_hand: "a written list of questions about the team and the work",
            classic: false,
            recurrence: "you had no questions for them",
            note_repair: Some(NoteRepairWording {
                formal: "I would also welcome hearing more about [the topic you wanted to ask about].",
                warm: "I would also love to hear more about [the topic you wanted to ask about].",
                placeholders: &[],
            }),
            mention_phrases: &[
                "no questions",
                "any questions",
                "didn't ask",
                "did not ask",
            ],
        },
        GaffeKind::TechnicalFailure => GaffeKindEntry {
            kind,
            title: "Technical trouble on the call",
            label: "technical trouble on the call",
            description: "Sound, video or the connection failed during a remote interview.",
            base_severity: 2,
            recoverability: Recoverability::High,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Test the link, camera and microphone half an hour early, and keep a dial-in number handy \
                         in case the connection drops.",
            review_questions: &[
                "What failed, and for how long?",
                "What did you do to recover: rejoin, switch to the phone, let them know?",
                "Was anything important lost because of it?",
            ],
            on_hand: "the meeting link, a tested setup, and a dial-in number as a fallback",
            classic: false,
            recurrence: "the call had technical trouble",
            note_repair: Some(NoteRepairWording {
                formal: "I am glad to go over anything our call's technical trouble cut short.",
                warm: "Happy to go over anything the glitches on our call cut short.",
                placeholders: &[],
            }),
            mention_phrases: &[
                "connection",
                "audio",
                "video",
                "wifi",
                "wi-fi",
                "internet",
                "microphone",
                "camera",
                "froze",
                "frozen",
                "dropped",
            ],
        },
        GaffeKind::FactualErrorAboutCompany => GaffeKindEntry {
            kind,
            title: "Wrong fact about the company",
            label: "wrong fact about the company",
            description: "Said something about the company, its results or its products that was not right.",
            base_severity: 5,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteCorrection,
            prevention: "Read the company's latest annual report and news the day before, and note the figures \
                         you may want to quote.",
            review_questions: &[
                "What did you get wrong, and what is the right fact?",
                "Did they correct you, or let it pass?",
                "Where would you have found the right figure beforehand?",
            ],
            on_hand: "the company's latest results, products and news, with the figures you may quote",
            classic: false,
            recurrence: "you got a fact about the company wrong",
            note_repair: Some(NoteRepairWording {
                formal: "When we spoke, I said {said}; in fact, {correct}.",
                warm: "One thing to set straight: I said {said}, but in fact {correct}.",
                placeholders: &[("said", "[what you said]"), ("correct", "[the correct fact]")],
            }),
            mention_phrases: &[
                "correction",
                "clarification",
                "i misspoke",
                "incorrectly",
                "got wrong",
                "i was wrong",
            ],
        },
        GaffeKind::UnclearOnRole => GaffeKindEntry {
            kind,
            title: "Unclear on the role",
            label: "seeming unclear on the role",
            description: "Seemed unsure what the job involves or how it fits into the team.",
            base_severity: 6,
            recoverability: Recoverability::Medium,
            repair: RepairStrategy::NoteAddendum,
            prevention: "Reread the posting and prepare two sentences on what the role does and why your \
                         background fits it.",
            review_questions: &[
                "Which part of the role were you unsure about?",
                "What in the posting or the conversation could have told you?",
                "How would you describe the role and your fit in two sentences now?",
            ],
            on_hand: "the posting, reread, and two sentences on what the role does and why you fit it",
            classic: false,
            recurrence: "you seemed unclear on the role",
            note_repair: Some(NoteRepairWording {
                formal: "On reflection, I see the role as [what the role is for], which fits my background.",
                warm: "Thinking it over, I see the role as [what the role is for]: exactly the work I enjoy.",
                placeholders: &[],
            }),
            mention_phrases: &[
                "unclear",
                "confused about",
                "understand the role",
                "misunderstood",
            ],
        },
    }
}

/// The whole catalogue, in [`GaffeKind::ALL`] order.
pub fn all_entries() -> Vec<GaffeKindEntry> {
    GaffeKind::ALL.iter().copied().map(entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn severity(kind: GaffeKind) -> u8 {
        entry(kind).base_severity
    }

    #[test]
    fn every_kind_has_its_own_entry() {
        let all = all_entries();
        assert_eq!(all.len(), GaffeKind::ALL.len());
        for (entry, kind) in all.iter().zip(GaffeKind::ALL.iter().copied()) {
            assert_eq!(entry.kind, kind);
        }
    }

    #[test]
    fn titles_labels_and_tips_are_distinct_per_kind() {
        let all = all_entries();
        let texts: [fn(&GaffeKindEntry) -> &'static str; 3] =
            [|e| e.title, |e| e.label, |e| e.prevention];
        for text in texts {
            let mut seen = std::collections::HashSet::new();
            for entry in &all {
                assert!(
                    seen.insert(text(entry)),
                    "{:?}: {}",
                    entry.kind,
                    text(entry)
                );
            }
        }
    }

    #[test]
    fn labels_read_mid_sentence_and_titles_start_a_line() {
        for entry in all_entries() {
            let first = entry.label.chars().next().unwrap();
            assert!(first.is_lowercase(), "{:?}: {}", entry.kind, entry.label);
            assert!(!entry.label.ends_with('.'), "{:?}", entry.kind);
            assert!(
                entry.title.chars().next().unwrap().is_uppercase(),
                "{:?}",
                entry.kind
            );
        }
    }

    #[test]
    fn note_repairs_are_the_corrections_and_addenda() {
        let note: Vec<RepairStrategy> = RepairStrategy::ALL
            .iter()
            .copied()
            .filter(|r| r.is_note_repair())
            .collect();
        assert_eq!(
            note,
            vec![RepairStrategy::NoteCorrection, RepairStrategy::NoteAddendum]
        );
    }

    #[test]
    fn every_kind_has_its_own_review_questions_and_on_hand_information() {
        let all = all_entries();
        for entry in &all {
            assert!(
                (2..=4).contains(&entry.review_questions.len()),
                "{:?}",
                entry.kind
            );
            for question in entry.review_questions {
                assert!(question.ends_with('?'), "{:?}: {question}", entry.kind);
                assert!(question.starts_with(char::is_uppercase), "{question}");
            }
            assert!(!entry.on_hand.ends_with('.'), "{:?}", entry.kind);
            assert!(
                entry.on_hand.starts_with(char::is_lowercase),
                "{:?}",
                entry.kind
            );
        }
        let mut seen = std::collections::HashSet::new();
        for entry in &all {
            assert!(
                seen.insert(entry.review_questions),
                "{:?} shares its questions",
                entry.kind
            );
        }
        // A wrong name is not reviewed like an answer.
        let name = entry(GaffeKind::WrongInterviewerName)
            .review_questions
            .join(" ");
        assert!(!name.contains("better answer"), "{name}");
    }

    #[test]
    fn recurrences_complete_a_sentence_and_are_distinct_per_kind() {
        let mut seen = std::collections::HashSet::new();
        for entry in all_entries() {
            let clause = entry.recurrence;
            assert!(clause.starts_with(char::is_lowercase), "{clause}");
            assert!(!clause.ends_with('.'), "{clause}");
            assert!(seen.insert(clause), "{:?}: {clause}", entry.kind);
        }
    }

    #[test]
    fn the_note_words_a_repair_for_exactly_the_kinds_it_repairs_in_a_sentence() {
        for entry in all_entries() {
            // A wrong name is repaired by using the right names in the salutation, not by a sentence.
            let in_a_sentence =
                entry.repair.is_note_repair() && entry.kind != GaffeKind::WrongInterviewerName;
            assert_eq!(
                entry.note_repair.is_some(),
                in_a_sentence,
                "{:?}",
                entry.kind
            );
        }
    }

    /// The `{slot}` names in a template, in order.
    fn slots(template: &str) -> Vec<&str> {
        template
            .split('{')
            .skip(1)
            .map(|part| part.split_once('}').expect("a closed slot").0)
            .collect()
    }

    #[test]
    fn every_slot_of_a_repair_sentence_has_a_placeholder_and_every_placeholder_a_slot() {
        for entry in all_entries() {
            let Some(wording) = entry.note_repair else {
                continue;
            };
            let mut declared: Vec<&str> =
                wording.placeholders.iter().map(|(slot, _)| *slot).collect();
            declared.sort_unstable();
            let mut used = Vec::new();
            for template in [wording.formal, wording.warm] {
                assert!(template.starts_with(char::is_uppercase), "{template}");
                assert!(!template.contains("  "), "{template}");
                used.extend(slots(template));
            }
            used.sort_unstable();
            used.dedup();
            assert_eq!(used, declared, "{:?}", entry.kind);
        }
        assert_eq!(
            slots("I said {said}; in fact, {correct}."),
            vec!["said", "correct"]
        );
    }

    #[test]
    fn mention_phrases_are_lowercase_ascii_and_distinct_within_a_kind() {
        for entry in all_entries() {
            assert!(!entry.mention_phrases.is_empty(), "{:?}", entry.kind);
            let mut seen = std::collections::HashSet::new();
            for phrase in entry.mention_phrases {
                assert!(
                    phrase
                        .chars()
                        .all(|c| c.is_ascii() && !c.is_ascii_uppercase()),
                    "{phrase}"
                );
                assert_eq!(phrase.trim(), *phrase);
                assert!(seen.insert(phrase), "{:?} repeats {phrase}", entry.kind);
            }
        }
    }

    #[test]
    fn severities_are_on_the_one_to_ten_scale() {
        for entry in all_entries() {
            assert!((1..=10).contains(&entry.base_severity), "{:?}", entry.kind);
        }
    }

    #[test]
    fn exactly_the_first_eight_are_classic() {
        let named: Vec<bool> = all_entries().iter().map(|c| c.classic).collect();
        assert_eq!(named.iter().filter(|n| **n).count(), 8);
        assert!(named[..8].iter().all(|n| *n));
    }

    #[test]
    fn texts_are_present_and_written_as_sentences() {
        for entry in all_entries() {
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
            entry(GaffeKind::MisreadBodyLanguage).repair,
            RepairStrategy::None
        );
        assert_eq!(
            entry(GaffeKind::WrongInterviewerName).repair,
            RepairStrategy::NoteCorrection
        );
        assert_eq!(
            entry(GaffeKind::SalaryBlank).repair,
            RepairStrategy::NoteAddendum
        );
        assert_eq!(
            entry(GaffeKind::OmittedKeyExperience).repair,
            RepairStrategy::NoteAddendum
        );
    }

    #[test]
    fn serialises_with_snake_case_wire_names() {
        assert_eq!(
            serde_json::to_value(Recoverability::Medium).unwrap(),
            "medium"
        );
        assert_eq!(
            serde_json::to_value(RepairStrategy::ReferenceMention).unwrap(),
            "reference_mention"
        );
        assert_eq!(serde_json::to_value(RepairStrategy::None).unwrap(), "none");
    }
}
