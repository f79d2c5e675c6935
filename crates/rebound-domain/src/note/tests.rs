use super::*;
use crate::catalogue::entry;
use crate::review::{review_note, FindingKind, ReviewContext, Severity};
use crate::test_support::{gaffe, interview, interviewers, question};
use crate::text::count_words;
use crate::{AnswerQuality, Format, Interviewer, Outcome, Stage};

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
    assert!(formal.body.starts_with("Dear Armin,"), "{}", formal.body);
}

#[test]
fn a_formal_draft_thanks_repairs_and_adds_within_the_budget() {
    let facts = InterviewFacts {
        strengths: vec!["Walked through the three-statement model cleanly".to_string()],
        ..addressed_to(&["Armin Keller"])
    };
    let gaffes = [
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I led the monthly close for a 40-entity group at Contoso"),
    ];
    let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert_eq!(
        note,
        NoteDraft {
            subject: "Thank you for the Senior Financial Analyst interview".to_string(),
            body: "Dear Armin,\n\nMany thanks for meeting with me about the Senior Financial Analyst role at \
                   Northwind Capital. I particularly enjoyed walking through the three-statement model with \
                   you.\n\nBuilding on our discussion of my background, I should also mention that I led the monthly \
                   close for a 40-entity group at Contoso.\n\nI would welcome the chance to contribute to Northwind \
                   Capital in this role. I look forward to hearing about the next steps.\n\nBest \
                   regards,\n[Your name]"
                .to_string(),
            word_count: 76,
            repairs: vec![
                GaffeKind::WrongInterviewerName,
                GaffeKind::OmittedKeyExperience
            ],
            left_out: vec![],
        }
    );
}

#[test]
fn the_note_addresses_every_interviewer_and_names_company_and_role() {
    let facts = addressed_to(&["Armin Keller", "Priya Shah", "Tom Lee"]);
    let note = draft_follow_up_note(&facts, &[], NoteTone::Formal);
    assert!(
        note.body.starts_with("Dear Armin, Priya and Tom,"),
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
fn a_factual_error_with_a_structured_correction_is_set_straight_in_the_letters_voice() {
    let facts = InterviewFacts {
        company: "Fjord Capital".to_string(),
        ..addressed_to(&["Armin Keller"])
    };
    let offices = gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
        .described("Said they had 20 offices; they have 12.")
        .correcting("they had 20 offices", "they have 12");
    let revenue = gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
        .described("Early on I said their revenue fell last year, but it actually grew 8%.")
        .correcting(
            "I said their revenue fell last year",
            "it actually grew 8%.",
        );
    let cases = [
        (
            &offices,
            NoteTone::Formal,
            "When we spoke, I said you had 20 offices; in fact, you have 12.",
        ),
        (
            &offices,
            NoteTone::Warm,
            "One thing to set straight: I said you had 20 offices, but in fact you have 12.",
        ),
        (
            &revenue,
            NoteTone::Formal,
            "When we spoke, I said your revenue fell last year; in fact, it grew 8%.",
        ),
    ];
    for (slip, tone, expected) in cases {
        let note = draft_follow_up_note(&facts, std::slice::from_ref(slip), tone);
        assert_eq!(repair_paragraphs(&note.body), vec![expected]);
        assert_eq!(note.repairs, vec![GaffeKind::FactualErrorAboutCompany]);
        for pasted in ["Said they", "they have", "their revenue", "actually"] {
            assert!(!note.body.contains(pasted), "{pasted}: {}", note.body);
        }
    }
}

#[test]
fn a_factual_error_logged_only_as_free_text_gets_placeholders_never_the_pasted_log() {
    let facts = InterviewFacts {
        company: "Fjord Capital".to_string(),
        ..addressed_to(&["Armin Keller"])
    };
    let gaffes = [gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
        .described("Said they had 20 offices; they have 12.")];
    let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
    assert_eq!(
        repair_paragraphs(&note.body),
        vec!["When we spoke, I said [what you said]; in fact, [the correct fact]."]
    );
    assert!(!note.body.contains("20 offices"), "{}", note.body);
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
fn the_note_stays_within_its_word_budget_and_repairs_only_the_two_heaviest_slips() {
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
        // The salary blank and the wrong fact (severity 5, certain) outweigh the experiences (severity 4); the
        // name costs nothing, so it is repaired too.
        assert_eq!(
            note.repairs,
            vec![
                GaffeKind::WrongInterviewerName,
                GaffeKind::SalaryBlank,
                GaffeKind::FactualErrorAboutCompany,
            ]
        );
        assert_eq!(note.left_out, vec![1, 2, 3]);
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
                        NoteTone::Formal => "Dear Armin,",
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
        let written: Vec<&GaffeKind> = note
            .repairs
            .iter()
            .filter(|k| **k != GaffeKind::WrongInterviewerName)
            .collect();
        assert!(written.len() <= MAX_NOTE_REPAIRS, "{:?}", note.repairs);
        assert_eq!(
            repair_paragraphs(&note.body).len(),
            written.len(),
            "{}",
            note.body
        );
        // Every repairable gaffe is either repaired or left out for the plan to send elsewhere.
        for (index, gaffe) in gaffes.iter().enumerate() {
            assert!(
                note.repairs.contains(&gaffe.kind) || note.left_out.contains(&index),
                "{:?}",
                gaffe.kind
            );
        }
    }
}

/// The sample interview as it ended, with a salary blank, a wrong fact and a left-out experience, all surely
/// noticed.
fn decided(outcome: Outcome) -> (InterviewFacts, Vec<GaffeFacts>) {
    let facts = InterviewFacts {
        outcome,
        strengths: vec!["Walked through the three-statement model cleanly".to_string()],
        ..addressed_to(&["Armin Keller"])
    };
    let gaffes = vec![
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain).on_question(0),
        gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
            .correcting("the Frankfurt office opened in 2021", "it opened in 2019"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Never mentioned leading the group consolidation at Contoso"),
    ];
    (facts, gaffes)
}

#[test]
fn after_a_rejection_or_withdrawal_the_note_keeps_the_relationship_without_salary_or_next_steps() {
    for outcome in [Outcome::Rejected, Outcome::Withdrawn] {
        let (facts, gaffes) = decided(outcome);
        for tone in [NoteTone::Formal, NoteTone::Warm] {
            let note = draft_follow_up_note(&facts, &gaffes, tone);
            let body = note.body.to_lowercase();
            for never in [
                "[your range]",
                "salary",
                "compensation",
                "next steps",
                "2019",
                "consolidation",
            ] {
                assert!(
                    !body.contains(never),
                    "{outcome:?} {tone:?}: {never} in {}",
                    note.body
                );
            }
            assert!(body.contains("thank you"), "{}", note.body);
            assert!(note.repairs.is_empty(), "{outcome:?}: {:?}", note.repairs);
            assert!(
                repair_paragraphs(&note.body).is_empty(),
                "no damage control once decided: {}",
                note.body
            );
            let keeps_in_touch = match outcome {
                Outcome::Rejected => body.contains("another role"),
                _ => body.contains("stay in touch"),
            };
            assert!(keeps_in_touch, "{outcome:?} {tone:?}: {}", note.body);
            assert_eq!(
                body.contains("feedback"),
                outcome == Outcome::Rejected,
                "only a rejected candidate asks for feedback: {}",
                note.body
            );
            let review = review_note(&note.body, Some(&context(&facts, &gaffes)));
            assert!(
                review.findings.is_empty(),
                "{:?}\n{}",
                review.findings,
                note.body
            );
        }
    }
}

#[test]
fn after_an_offer_or_advancing_the_note_is_a_plain_thank_you_looking_to_the_next_stage() {
    for outcome in [Outcome::Offer, Outcome::Advanced] {
        let (facts, gaffes) = decided(outcome);
        for tone in [NoteTone::Formal, NoteTone::Warm] {
            let note = draft_follow_up_note(&facts, &gaffes, tone);
            assert!(repair_paragraphs(&note.body).is_empty(), "{}", note.body);
            assert!(note.repairs.is_empty());
            let body = note.body.to_lowercase();
            assert!(
                !body.contains("[your range]") && !body.contains("salary"),
                "{}",
                note.body
            );
            let next = body.contains("next stage") || body.contains("next steps");
            assert!(next, "{outcome:?} {tone:?}: {}", note.body);
            if outcome == Outcome::Advanced {
                assert!(body.contains("preparing"), "{}", note.body);
            } else {
                assert!(body.contains("offer"), "{}", note.body);
            }
            let review = review_note(&note.body, Some(&context(&facts, &gaffes)));
            assert!(
                review.findings.is_empty(),
                "{:?}\n{}",
                review.findings,
                note.body
            );
        }
    }
}

#[test]
fn while_the_process_is_open_the_same_gaffes_are_repaired() {
    for outcome in [Outcome::Pending, Outcome::NoResponse] {
        let (facts, gaffes) = decided(outcome);
        let note = draft_follow_up_note(&facts, &gaffes, NoteTone::Formal);
        // Two repairs at most: the experience (severity 4) weighs less than the salary blank and the wrong fact.
        assert_eq!(
            note.repairs,
            vec![GaffeKind::SalaryBlank, GaffeKind::FactualErrorAboutCompany]
        );
        assert_eq!(note.left_out, vec![2]);
        assert!(note.body.contains("[your range]"));
    }
    let (facts, gaffes) = decided(Outcome::Rejected);
    let named = [
        gaffes,
        vec![gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain)],
    ]
    .concat();
    let note = draft_follow_up_note(&facts, &named, NoteTone::Formal);
    assert_eq!(
        note.repairs,
        vec![GaffeKind::WrongInterviewerName],
        "the right name is used whatever the outcome"
    );
}

/// The body paragraphs (neither salutation nor sign-off) with the company and role masked, so that what is left is
/// what the rules wrote.
fn boilerplate(body: &str, facts: &InterviewFacts) -> Vec<String> {
    let paragraphs: Vec<&str> = body.split("\n\n").collect();
    paragraphs[1..paragraphs.len() - 1]
        .iter()
        .map(|p| {
            p.replace(facts.company.as_str(), "{company}")
                .replace(facts.role_title.as_str(), "{role}")
        })
        .collect()
}

#[test]
fn two_different_interviews_get_notes_about_their_own_conversations() {
    let northwind = InterviewFacts {
        strengths: vec![
            "Good rapport with the panel".to_string(),
            "Walked through the three-statement model cleanly".to_string(),
        ],
        questions: vec![question(
            "How would you build a rolling forecast?",
            AnswerQuality::Strong,
        )],
        ..addressed_to(&["Armin Keller"])
    };
    let fjord = InterviewFacts {
        company: "Fjord Capital".to_string(),
        role_title: "Audit Manager".to_string(),
        stage: Stage::Technical,
        format: Format::Video,
        strengths: vec!["Felt calm".to_string()],
        questions: vec![
            question("How do you plan a group audit?", AnswerQuality::Weak),
            question(
                "How would you test revenue recognition for a SaaS client?",
                AnswerQuality::Strong,
            ),
        ],
        ..addressed_to(&["Ines Brandt"])
    };
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let first = draft_follow_up_note(&northwind, &[], tone);
        let second = draft_follow_up_note(&fjord, &[], tone);
        let (a, b) = (
            boilerplate(&first.body, &northwind),
            boilerplate(&second.body, &fjord),
        );
        assert_eq!(a.len(), b.len());
        assert_ne!(
            a[0], b[0],
            "the openings differ even with names masked:\n{}\n{}",
            first.body, second.body
        );

        assert!(
            first.body.contains("three-statement model"),
            "{}",
            first.body
        );
        assert!(
            first.body.contains("Senior Financial Analyst")
                && first.body.contains("Northwind Capital")
        );
        assert!(
            !first.body.contains("rapport"),
            "a self-assessment is not a topic: {}",
            first.body
        );
        assert!(
            second
                .body
                .contains("revenue recognition for a SaaS client"),
            "{}",
            second.body
        );
        assert!(
            !second.body.contains("group audit"),
            "never a weak answer: {}",
            second.body
        );
        assert!(second.body.contains("Audit Manager") && second.body.contains("Fjord Capital"));
        for note in [&first, &second] {
            let review = review_note(&note.body, None);
            assert!(
                review.findings.is_empty(),
                "{:?}\n{}",
                review.findings,
                note.body
            );
        }
    }
    // With nothing specific logged, the kind of round still sets them apart.
    let plain = |stage| {
        draft_follow_up_note(
            &InterviewFacts {
                stage,
                ..interview()
            },
            &[],
            NoteTone::Formal,
        )
    };
    assert_ne!(plain(Stage::CaseStudy).body, plain(Stage::Panel).body);
}

#[test]
fn a_formal_note_greets_by_honorific_and_surname_or_first_name_never_full_name() {
    let facts = InterviewFacts {
        interviewers: vec![
            Interviewer {
                title: Some("Dr".to_string()),
                ..crate::test_support::interviewer("Armin Vogel")
            },
            crate::test_support::interviewer("Priya Natarajan"),
        ],
        ..interview()
    };
    let formal = draft_follow_up_note(&facts, &[], NoteTone::Formal);
    assert!(
        formal.body.starts_with("Dear Dr Vogel and Priya,"),
        "{}",
        formal.body
    );
    let warm = draft_follow_up_note(&facts, &[], NoteTone::Warm);
    assert!(
        warm.body.starts_with("Hi Armin and Priya,"),
        "{}",
        warm.body
    );
}

#[test]
fn a_name_logged_decomposed_is_written_composed() {
    let facts = addressed_to(&["Zoe\u{308} Mu\u{308}ller"]);
    let note = draft_follow_up_note(&facts, &[], NoteTone::Warm);
    assert!(note.body.starts_with("Hi Zo\u{eb},"), "{:?}", note.body);
}
