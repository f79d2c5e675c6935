use super::*;
use crate::domain::catalogue::entry;
use crate::domain::review::{review_note, FindingKind, ReviewContext, Severity};
use crate::domain::test_support::{
    assert_schema_example, gaffe, interview, interviewers, json, question,
};
use crate::domain::text::count_words;
use crate::domain::AnswerQuality;

/// The sample interview, with these interviewers.
fn addressed_to(names: &[&str]) -> InterviewFacts {
    InterviewFacts {
        interviewers: interviewers(names),
        ..interview()
    }
}

fn context(facts: &InterviewFacts, gaffes: &[GaffeFacts]) -> ReviewContext {
    ReviewContext::for_interview(facts, gaffes)
}

#[test]
fn the_wrong_name_interview_note_uses_the_logged_name_armin_never_arnold() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)
        .described("Kept calling him Arnold instead of Armin")];
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        assert!(note.body.contains("Armin"), "{}", note.body);
        assert!(!note.body.contains("Arnold"), "{}", note.body);
        let without_signature = note.body.replace("[Your name]", "").to_lowercase();
        assert!(
            !without_signature.contains("name"),
            "never draws attention: {}",
            note.body
        );
        assert_eq!(note.repairs, vec![GaffeKind::WrongInterviewerName]);
    }
    let warm = draft_follow_up_note(&facts, &gaffes, NoteTone::Warm);
    assert!(warm.body.starts_with("Hi Armin,"), "{}", warm.body);
    let formal = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert!(
        formal.body.starts_with("Dear Armin Keller,"),
        "{}",
        formal.body
    );
}

#[test]
fn the_schema_example_is_a_real_draft() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I led the monthly close for a 40-entity group at Contoso"),
    ];
    let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert_schema_example::<NoteDraft>(json(&note));
}

#[test]
fn the_note_addresses_every_interviewer_and_names_company_and_role() {
    let facts = addressed_to(&["Armin Keller", "Priya Shah", "Tom Lee"]);
    let note = draft_follow_up_note(&facts, &[], NoteTone::Formal);
    assert!(
        note.body
            .starts_with("Dear Armin Keller, Priya Shah and Tom Lee,"),
        "{}",
        note.body
    );
    assert!(note.body.contains("Northwind Capital"));
    assert!(note.body.contains("Senior Financial Analyst"));
    assert!(note.subject.contains("Senior Financial Analyst"));
    assert!(note.repairs.is_empty());
    let nobody = draft_follow_up_note(&addressed_to(&[]), &[], NoteTone::Formal);
    assert!(nobody
        .body
        .starts_with("Dear Northwind Capital hiring team,"));
}

#[test]
fn an_omitted_experience_is_stated_as_experience_not_as_the_slip() {
    assert_eq!(
        experience_phrase("Never mentioned leading the twelve-person close team at Northwind."),
        "my experience leading the twelve-person close team at Northwind"
    );
    assert_eq!(
        experience_phrase("Forgot to mention my three years running audits at KPMG"),
        "my three years running audits at KPMG"
    );
    assert_eq!(experience_phrase("KPMG audit work"), "KPMG audit work");
    assert_eq!(
        experience_phrase("I did not mention that I built the FP&A model"),
        "I built the FP&A model"
    );
}

#[test]
fn an_omitted_experience_that_was_surely_noticed_is_added_from_its_description() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
        .described("I led the monthly close for a 40-entity group at Contoso")];
    let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert!(
        note.body
            .contains("I led the monthly close for a 40-entity group at Contoso."),
        "{}",
        note.body
    );
    assert_eq!(note.repairs, vec![GaffeKind::OmittedKeyExperience]);
}

#[test]
fn a_salary_blank_is_repaired_by_restating_a_range_placeholder() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [gaffe(GaffeKind::SalaryBlank, Noticed::Certain)];
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        assert!(note.body.contains("[your range]"), "{}", note.body);
        assert_eq!(note.repairs, vec![GaffeKind::SalaryBlank]);
    }
}

#[test]
fn a_factual_error_gets_a_brief_correction() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
        .described("the Frankfurt office opened in 2019, not 2021")];
    let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert!(note
        .body
        .contains("clarification about Northwind Capital: the Frankfurt office opened in 2019"));
    assert_eq!(note.repairs, vec![GaffeKind::FactualErrorAboutCompany]);
}

#[test]
fn the_note_never_mentions_a_gaffe_the_interviewer_probably_did_not_notice() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [
        gaffe(GaffeKind::SalaryBlank, Noticed::Unlikely),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Unsure)
            .described("I passed all CFA levels"),
        gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Likely).described("founded in 1985"),
        gaffe(GaffeKind::InappropriateAttire, Noticed::Unlikely).described("brown shoes"),
        gaffe(GaffeKind::Late, Noticed::Unsure).described("five minutes late"),
    ];
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        // The forgotten experience is the exception: a strength to add, not a mistake (see `is_repairable_by_note`).
        assert_eq!(note.repairs, vec![GaffeKind::OmittedKeyExperience]);
        assert!(note.body.contains("CFA"), "{}", note.body);
        for word in ["salary", "[your range]", "1985", "shoes", "late"] {
            assert!(!note.body.contains(word), "{word} in {}", note.body);
        }
        let review = review_note(&note.body, Some(&context(&facts, &gaffes)));
        assert!(review.findings.is_empty(), "{:?}", review.findings);
    }
}

#[test]
fn a_gaffe_corrected_during_the_interview_needs_no_written_repair() {
    let facts = addressed_to(&["Armin Keller"]);
    let corrected = gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
        .described("founded in 1985")
        .corrected();
    let note = draft_follow_up_note(&facts, &[corrected], NoteTone::Formal);
    assert!(note.repairs.is_empty());
    assert!(!note.body.contains("1985"));
}

#[test]
fn the_note_stays_within_180_words_even_with_every_repair_and_long_descriptions() {
    let facts = addressed_to(&[
        "Armin Keller-Baumgartner",
        "Priya Shah",
        "Tom Lee",
        "Olivia Marchetti",
    ]);
    let long = "I managed a team of twelve analysts across three countries and rebuilt the consolidation \
                process so that the monthly close went from ten working days to six while cutting manual \
                journal entries by half and passing two external audits without a single finding";
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(long),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(long),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain).described(long),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
        gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain).described(long),
    ];
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        assert!(
            note.word_count <= MAX_NOTE_WORDS,
            "{} words: {}",
            note.word_count,
            note.body
        );
        assert_eq!(note.word_count, count_words(&note.body));
        assert_eq!(
            note.repairs,
            vec![
                GaffeKind::WrongInterviewerName,
                GaffeKind::OmittedKeyExperience,
                GaffeKind::OmittedKeyExperience,
                GaffeKind::SalaryBlank,
                GaffeKind::FactualErrorAboutCompany,
            ]
        );
    }
}

#[test]
fn the_drafted_note_passes_its_own_review_without_apologies_or_excuses() {
    let facts = addressed_to(&["Armin Keller"]);
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain).described("called him Arnold"),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I ran the 2024 ERP migration"),
    ];
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        let review = review_note(&note.body, Some(&context(&facts, &gaffes)));
        assert!(
            review.findings.iter().all(|f| f.severity == Severity::Info),
            "{:?}\n{}",
            review.findings,
            note.body
        );
        assert!(!review.findings.iter().any(|f| matches!(
            f.kind,
            FindingKind::Apology | FindingKind::RepeatedApology | FindingKind::Excuse
        )));
        assert_eq!(review.word_count, note.word_count);
    }
}

#[test]
fn note_tone_uses_snake_case_on_the_wire() {
    assert_eq!(
        serde_json::to_value(NoteTone::Warm).unwrap(),
        serde_json::json!("warm")
    );
    let tone: NoteTone = serde_json::from_value(serde_json::json!("formal")).unwrap();
    assert_eq!(tone, NoteTone::Formal);
}

/// The paragraphs between the opening thanks and the closing interest: the repairs.
fn repair_paragraphs(body: &str) -> Vec<&str> {
    let paragraphs: Vec<&str> = body.split("\n\n").collect();
    paragraphs[2..paragraphs.len() - 2].to_vec()
}

#[test]
fn every_kind_is_repaired_in_the_note_exactly_when_the_catalogue_promises_a_note_repair() {
    let facts = addressed_to(&["Armin Keller"]);
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let plain = draft_follow_up_note(&facts, &[], tone);
        assert!(repair_paragraphs(&plain.body).is_empty(), "{}", plain.body);
        for &kind in GaffeKind::ALL {
            let certain = gaffe(kind, Noticed::Certain);
            let note = draft_follow_up_note(&facts, std::slice::from_ref(&certain), tone);
            if entry(kind).repair.is_note_repair() {
                assert!(is_repairable_by_note(&certain), "{kind:?}");
                assert_eq!(note.repairs, vec![kind], "{kind:?}");
                let repairs = repair_paragraphs(&note.body);
                if kind == GaffeKind::WrongInterviewerName {
                    // The repair is the logged name in the salutation; the slip itself is never mentioned.
                    assert!(repairs.is_empty(), "{kind:?}: {}", note.body);
                    assert!(note.body.starts_with(match tone {
                        NoteTone::Formal => "Dear Armin Keller,",
                        NoteTone::Warm => "Hi Armin,",
                    }));
                } else {
                    assert_eq!(repairs.len(), 1, "{kind:?}: {}", note.body);
                    let sentence = repairs[0];
                    assert!(sentence.starts_with(char::is_uppercase), "{sentence}");
                    assert!(sentence.ends_with('.'), "{sentence}");
                    assert!(!sentence.contains(".."), "{sentence}");
                }
                let review = review_note(&note.body, Some(&context(&facts, &[certain])));
                assert!(
                    review.findings.iter().all(|f| f.severity == Severity::Info),
                    "{kind:?}: {:?}\n{}",
                    review.findings,
                    note.body
                );
            } else {
                assert!(!is_repairable_by_note(&certain), "{kind:?}");
                assert!(note.repairs.is_empty(), "{kind:?}");
                assert_eq!(note.body, plain.body, "{kind:?}");
            }
        }
    }
}

#[test]
fn no_kind_is_repaired_unless_it_was_surely_noticed() {
    let facts = addressed_to(&["Armin Keller"]);
    let plain = draft_follow_up_note(&facts, &[], NoteTone::Formal);
    // A forgotten experience is a strength to add, not a mistake to hide (see `is_repairable_by_note`).
    for &kind in GaffeKind::ALL
        .iter()
        .filter(|k| **k != GaffeKind::OmittedKeyExperience)
    {
        for noticed in [Noticed::Likely, Noticed::Unsure, Noticed::Unlikely] {
            let guess = gaffe(kind, noticed).described("the Frankfurt office opened in 2019");
            assert!(!is_repairable_by_note(&guess), "{kind:?} {noticed:?}");
            let note = draft_follow_up_note(&facts, &[guess], NoteTone::Formal);
            assert!(note.repairs.is_empty(), "{kind:?} {noticed:?}");
            assert_eq!(note.body, plain.body, "{kind:?} {noticed:?}");
        }
    }
}

#[test]
fn a_technical_blank_quotes_the_question_and_leaves_the_answer_to_the_candidate() {
    let facts = InterviewFacts {
        questions: vec![question(
            "How would you account for a five-year office lease?",
            AnswerQuality::Blanked,
        )],
        ..addressed_to(&["Armin Keller"])
    };
    let blank = gaffe(GaffeKind::TechnicalBlank, Noticed::Certain)
        .described("Froze completely on the lease question")
        .on_question(0);
    let formal = draft_follow_up_note(&facts, std::slice::from_ref(&blank), NoteTone::Formal);
    assert_eq!(
        repair_paragraphs(&formal.body),
        vec![
            "Thinking further about your question \u{201c}How would you account for a five-year office lease?\u{201d}, \
             I would answer: [your answer, briefly]."
        ]
    );
    assert!(!formal.body.contains("Froze"), "{}", formal.body);
    let warm = draft_follow_up_note(&facts, std::slice::from_ref(&blank), NoteTone::Warm);
    assert_eq!(
        repair_paragraphs(&warm.body),
        vec![
            "I kept thinking about your question \u{201c}How would you account for a five-year office lease?\u{201d}; \
             here is my answer: [your answer, briefly]."
        ]
    );

    let unlinked = gaffe(GaffeKind::TechnicalBlank, Noticed::Certain).described("Froze on leases");
    let note = draft_follow_up_note(&facts, &[unlinked], NoteTone::Formal);
    assert_eq!(
        repair_paragraphs(&note.body),
        vec![
            "Thinking further about your question on [the topic], I would answer: [your answer, briefly]."
        ]
    );
}

#[test]
fn missing_questions_a_failed_call_and_an_unclear_role_get_their_own_sentences() {
    let facts = addressed_to(&["Armin Keller"]);
    let cases = [
        (
            GaffeKind::NoQuestionsAsked,
            "I would also welcome hearing more about [the topic you wanted to ask about].",
            "I would also love to hear more about [the topic you wanted to ask about].",
        ),
        (
            GaffeKind::TechnicalFailure,
            "I am glad to go over anything our call's technical trouble cut short.",
            "Happy to go over anything the glitches on our call cut short.",
        ),
        (
            GaffeKind::UnclearOnRole,
            "On reflection, I see the role as [what the role is for], which fits my background.",
            "Thinking it over, I see the role as [what the role is for]: exactly the work I enjoy.",
        ),
    ];
    for (kind, formal, warm) in cases {
        // The candidate's own description of the slip is never pasted into these sentences.
        let slip = gaffe(kind, Noticed::Certain).described("It was a mess, honestly");
        for (tone, expected) in [(NoteTone::Formal, formal), (NoteTone::Warm, warm)] {
            let note = draft_follow_up_note(&facts, std::slice::from_ref(&slip), tone);
            assert_eq!(repair_paragraphs(&note.body), vec![expected], "{kind:?}");
            assert!(!note.body.contains("mess"), "{}", note.body);
        }
    }
}

#[test]
fn every_note_repair_at_once_still_fits_the_word_budget() {
    let long = "I managed a team of twelve analysts across three countries and rebuilt the consolidation process so \
                that the monthly close went from ten working days to six while cutting manual journal entries by half";
    let facts = InterviewFacts {
        questions: vec![question(
            "Walk me through how you would build a driver-based forecast for a subscription business with annual \
             and monthly plans",
            AnswerQuality::Blanked,
        )],
        ..addressed_to(&["Armin Keller", "Priya Shah"])
    };
    let gaffes: Vec<GaffeFacts> = GaffeKind::ALL
        .iter()
        .filter(|kind| entry(**kind).repair.is_note_repair())
        .flat_map(|&kind| {
            let one = gaffe(kind, Noticed::Certain).described(long).on_question(0);
            let twice = kind == GaffeKind::OmittedKeyExperience;
            std::iter::repeat_n(one, if twice { 2 } else { 1 })
        })
        .collect();
    assert_eq!(gaffes.len(), 9);
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        assert!(
            note.word_count <= MAX_NOTE_WORDS,
            "{} words: {}",
            note.word_count,
            note.body
        );
        for gaffe in &gaffes {
            assert!(note.repairs.contains(&gaffe.kind), "{:?}", gaffe.kind);
        }
    }
}
