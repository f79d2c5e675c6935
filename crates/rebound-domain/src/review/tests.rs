use super::*;
use crate::test_support::{gaffe, interview, interviewers};
use crate::text::count_words;

/// The sample interview's context, with these interviewers and gaffes.
fn context(names: &[&str], gaffes: Vec<GaffeFacts>) -> ReviewContext {
    ReviewContext {
        interviewers: interviewers(names),
        ..ReviewContext::for_interview(&interview(), &gaffes)
    }
}

/// The text a span covers, counted in characters.
fn covered(text: &str, span: Span) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

fn of_kind(review: &NoteReview, kind: FindingKind) -> Vec<&Finding> {
    review.findings.iter().filter(|f| f.kind == kind).collect()
}

const CLEAN: &str = "Dear Armin,\n\nThank you for meeting with me about the Senior Financial Analyst position \
                     at Northwind Capital. I enjoyed hearing how the FP&A team works.\n\nI remain very \
                     interested in the role and look forward to hearing about the next steps.\n\nKind regards,\n\
                     Maya Chen";

#[test]
fn review_flags_dear_arnold_when_the_interviewer_is_armin_and_suggests_armin() {
    let text = CLEAN.replacen("Armin", "Arnold", 1);
    let review = review_note(&text, Some(&context(&["Armin Keller"], vec![])));
    let names = of_kind(&review, FindingKind::UnknownName);
    assert_eq!(names.len(), 1, "{:?}", review.findings);
    let finding = names[0];
    assert_eq!(finding.severity, Severity::Error);
    let span = finding.span.unwrap();
    assert_eq!(span, Span { start: 5, end: 11 });
    assert_eq!(covered(&text, span), "Arnold");
    assert!(finding.message.contains("Arnold"));
    assert!(
        finding.suggestion.contains("Armin"),
        "{}",
        finding.suggestion
    );
}

#[test]
fn the_right_name_full_name_honorific_or_a_generic_greeting_is_not_flagged() {
    let ctx = context(&["Armin Keller", "Priya Shah"], vec![]);
    for greeting in [
        "Dear Armin,",
        "Hi Armin and Priya,",
        "Dear Armin Keller, Priya Shah,",
        "Dear Mr. Keller,",
        "Dear Dr Shah & Mr Keller:",
        "Hello hiring team,",
        "Dear Northwind Capital team,",
        "Hi Armin, Thank you again for today.",
        "Hi there,",
    ] {
        let text = CLEAN.replacen("Dear Armin,", greeting, 1);
        let review = review_note(&text, Some(&ctx));
        assert!(
            of_kind(&review, FindingKind::UnknownName).is_empty(),
            "{greeting}: {:?}",
            review.findings
        );
    }
}

#[test]
fn a_wrong_surname_among_several_addressees_is_flagged_with_the_closest_full_name() {
    let text = CLEAN.replacen("Dear Armin,", "Dear Priya Shah and Armin Kellner,", 1);
    let review = review_note(
        &text,
        Some(&context(&["Armin Keller", "Priya Shah"], vec![])),
    );
    let names = of_kind(&review, FindingKind::UnknownName);
    assert_eq!(names.len(), 1, "{:?}", review.findings);
    assert_eq!(covered(&text, names[0].span.unwrap()), "Armin Kellner");
    assert!(
        names[0].suggestion.contains("Armin Keller."),
        "{}",
        names[0].suggestion
    );
}

#[test]
fn review_flags_repeated_apologies_and_excuses_with_correct_spans() {
    let text = "Dear Armin,\n\nThank you for your time. I'm so sorry about being late; traffic was awful. \
                My apologies again, I was nervous because I was up all night. Sorry!\n\nI am still very \
                interested in the role.";
    let review = review_note(text, None);

    let first = of_kind(&review, FindingKind::Apology);
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].severity, Severity::Warning);
    assert_eq!(covered(text, first[0].span.unwrap()), "sorry");

    let repeated = of_kind(&review, FindingKind::RepeatedApology);
    let said: Vec<String> = repeated
        .iter()
        .map(|f| covered(text, f.span.unwrap()))
        .collect();
    assert_eq!(said, vec!["apologies", "Sorry"]);
    assert!(repeated.iter().all(|f| f.severity == Severity::Error));

    let excuses: Vec<String> = of_kind(&review, FindingKind::Excuse)
        .iter()
        .map(|f| covered(text, f.span.unwrap()))
        .collect();
    assert_eq!(
        excuses,
        vec!["traffic", "I was nervous because I was up all night"]
    );

    let starts: Vec<usize> = review
        .findings
        .iter()
        .filter_map(|f| f.span.map(|s| s.start))
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "findings are in text order"
    );
}

#[test]
fn spans_are_character_offsets_even_after_non_ascii_text() {
    let text =
        "Dear Zoë – “thank you”, and I’m sorry I didn’t have time to prepare. Très intéressé.";
    let review = review_note(text, None);
    let apology = of_kind(&review, FindingKind::Apology)[0].span.unwrap();
    assert_eq!(covered(text, apology), "sorry");
    assert_eq!(
        apology.start,
        text[..text.find("sorry").unwrap()].chars().count()
    );
    let excuse = of_kind(&review, FindingKind::Excuse)[0].span.unwrap();
    assert_eq!(covered(text, excuse), "I didn’t have time to prepare");
}

#[test]
fn a_clean_note_gets_no_error_findings() {
    let review = review_note(CLEAN, Some(&context(&["Armin Keller"], vec![])));
    assert!(review.findings.is_empty(), "{:?}", review.findings);
    assert_eq!(review.word_count, count_words(CLEAN));
}

#[test]
fn mentioning_shoes_the_interviewer_probably_did_not_notice_is_an_error() {
    let text = CLEAN.replacen(
        "I enjoyed",
        "I hope my shoes were not a distraction. I enjoyed",
        1,
    );
    let ctx = context(
        &["Armin Keller"],
        vec![gaffe(GaffeKind::InappropriateAttire, Noticed::Unlikely)],
    );
    let review = review_note(&text, Some(&ctx));
    let mentions = of_kind(&review, FindingKind::MentionsUnnoticedGaffe);
    assert_eq!(mentions.len(), 1, "{:?}", review.findings);
    assert_eq!(mentions[0].severity, Severity::Error);
    assert_eq!(covered(&text, mentions[0].span.unwrap()), "shoes");

    let certain = context(
        &["Armin Keller"],
        vec![gaffe(GaffeKind::InappropriateAttire, Noticed::Certain)],
    );
    assert!(of_kind(
        &review_note(&text, Some(&certain)),
        FindingKind::MentionsUnnoticedGaffe
    )
    .is_empty());
}

#[test]
fn late_keywords_match_whole_words_only() {
    let text = CLEAN.replacen("I enjoyed", "I can send the figures later. I enjoyed", 1);
    let ctx = context(
        &["Armin Keller"],
        vec![gaffe(GaffeKind::Late, Noticed::Unsure)],
    );
    assert!(of_kind(
        &review_note(&text, Some(&ctx)),
        FindingKind::MentionsUnnoticedGaffe
    )
    .is_empty());
    let text = CLEAN.replacen(
        "I enjoyed",
        "Thanks for waiting while I ran late. I enjoyed",
        1,
    );
    let review = review_note(&text, Some(&ctx));
    let mentions = of_kind(&review, FindingKind::MentionsUnnoticedGaffe);
    assert_eq!(mentions.len(), 1);
    assert_eq!(covered(&text, mentions[0].span.unwrap()), "late");
}

#[test]
fn a_note_over_150_words_is_a_warning_and_over_250_an_error() {
    let filler = |n: usize| vec!["analysis"; n].join(" ");
    let words = count_words(CLEAN);
    let at_budget = review_note(&format!("{CLEAN} {}", filler(WORDS_WARNING - words)), None);
    assert!(of_kind(&at_budget, FindingKind::TooLong).is_empty());
    let warning = review_note(
        &format!("{CLEAN} {}", filler(WORDS_WARNING + 1 - words)),
        None,
    );
    let too_long = of_kind(&warning, FindingKind::TooLong);
    assert_eq!(too_long.len(), 1);
    assert_eq!(too_long[0].severity, Severity::Warning);
    let error = review_note(&format!("{CLEAN} {}", filler(230)), None);
    assert_eq!(
        of_kind(&error, FindingKind::TooLong)[0].severity,
        Severity::Error
    );
    assert!(of_kind(&review_note(CLEAN, None), FindingKind::TooLong).is_empty());
}

#[test]
fn a_note_without_thanks_or_interest_is_flagged() {
    let review = review_note(
        "Dear Armin,\n\nHere is the spreadsheet we discussed.\n\nMaya",
        None,
    );
    assert_eq!(of_kind(&review, FindingKind::MissingThanks).len(), 1);
    assert_eq!(of_kind(&review, FindingKind::MissingInterest).len(), 1);
    assert!(review.findings.iter().all(|f| f.span.is_none()));
    let empty = review_note("", None);
    assert_eq!(empty.word_count, 0);
    assert_eq!(empty.findings.len(), 2);
}

#[test]
fn finding_kinds_and_severities_use_snake_case_on_the_wire() {
    assert_eq!(
        serde_json::to_value(FindingKind::MentionsUnnoticedGaffe).unwrap(),
        serde_json::json!("mentions_unnoticed_gaffe")
    );
    assert_eq!(
        serde_json::to_value(Severity::Warning).unwrap(),
        serde_json::json!("warning")
    );
}

#[test]
fn names_are_compared_after_unicode_normalisation_and_case_folding() {
    let composed = context(&["Zo\u{eb} M\u{fc}ller"], vec![]);
    let decomposed = context(&["Zoe\u{308} Mu\u{308}ller"], vec![]);
    for (ctx, greeting) in [
        (&composed, "Dear Zoe\u{308},"),
        (&composed, "Dear Zoe\u{308} Mu\u{308}ller,"),
        (&decomposed, "Dear Zo\u{eb},"),
        (&decomposed, "Dear Ms M\u{fc}ller,"),
        (&composed, "Hi ZO\u{cb},"),
    ] {
        let text = CLEAN.replacen("Dear Armin,", greeting, 1);
        let review = review_note(&text, Some(ctx));
        assert!(
            of_kind(&review, FindingKind::UnknownName).is_empty(),
            "{greeting:?}: {:?}",
            review.findings
        );
    }
    let text = CLEAN.replacen("Dear Armin,", "Dear Zoe,", 1);
    let review = review_note(&text, Some(&decomposed));
    let names = of_kind(&review, FindingKind::UnknownName);
    assert_eq!(names.len(), 1, "Zoe is not Zoë: {:?}", review.findings);
    assert_eq!(covered(&text, names[0].span.unwrap()), "Zoe");
    assert_eq!(names[0].severity, Severity::Warning);
    assert!(
        names[0].message.contains("spelled Zo\u{eb}")
            && !names[0].message.contains("any interviewer"),
        "{}",
        names[0].message
    );
    assert!(
        names[0].suggestion.contains("Zo\u{eb}"),
        "{}",
        names[0].suggestion
    );
}

#[test]
fn a_dropped_accent_in_a_full_name_is_a_spelling_hint_and_a_different_name_stays_an_error() {
    let ctx = context(&["Zo\u{eb} M\u{fc}ller", "Armin Keller"], vec![]);
    let text = CLEAN.replacen("Dear Armin,", "Dear Zoe Muller and Armin,", 1);
    let names = of_kind(&review_note(&text, Some(&ctx)), FindingKind::UnknownName)
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(names.len(), 1, "{names:?}");
    assert_eq!(covered(&text, names[0].span.unwrap()), "Zoe Muller");
    assert!(
        names[0].message.contains("spelled Zo\u{eb} M\u{fc}ller"),
        "{}",
        names[0].message
    );
    let text = CLEAN.replacen("Dear Armin,", "Dear Chloe,", 1);
    let names = of_kind(&review_note(&text, Some(&ctx)), FindingKind::UnknownName)
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(names.len(), 1);
    assert_eq!(names[0].severity, Severity::Error);
    assert!(names[0].message.contains("not the name of any interviewer"));
}

/// The (kind, flagged text) pairs of a review, for the corpus below; whole-note findings have no text.
fn flags(text: &str, review: &NoteReview) -> Vec<(FindingKind, String)> {
    review
        .findings
        .iter()
        .map(|f| (f.kind, f.span.map(|s| covered(text, s)).unwrap_or_default()))
        .collect()
}

/// Wraps a body in a greeting, thanks, interest and a sign-off, so that only the body can draw findings.
fn letter(body: &str) -> String {
    format!(
        "Dear Armin,\n\nThank you for meeting with me about the Senior Financial Analyst role at Northwind Capital. \
         {body}\n\nI remain very interested in the role and look forward to hearing from you.\n\nKind regards,\nMaya"
    )
}

/// Good notes as candidates write them, with the words a phrase list would trip on ("as", "since", "due to", "I was",
/// "family", "prepared", "disaster recovery", "terrible" about someone else's problem): none may draw a finding.
const GOOD_BODIES: [&str; 12] = [
    "As I mentioned, I led the monthly close for a 40-entity group at Contoso.",
    "Since 2019 I have run the consolidation for our European entities, so your roll-out plans sound familiar.",
    "Due to the acquisition you described, I expect the reporting calendar will matter a great deal.",
    "I was excited to hear that the FP&A team is moving its forecasting onto a single model.",
    "I had been working in audit for five years before moving into FP&A, and I enjoyed comparing notes on both.",
    "I was prepared to relocate to Frankfurt when we spoke, and that has not changed.",
    "Our conversation about disaster recovery testing for the treasury systems was a highlight for me.",
    "I enjoyed hearing how the team supports family offices with their reporting.",
    "You mentioned the old close process was terrible for the team; I rebuilt a similar one at Contoso in six months.",
    "When we spoke, I said you had 20 offices; in fact, you have 12.",
    "I especially enjoyed walking through the three-statement model with you.",
    "As part of my role at KPMG, I reviewed revenue recognition for SaaS clients, because that was where the risk was.",
];

#[test]
fn good_notes_draw_no_findings_at_all() {
    let ctx = context(&["Armin Keller"], vec![]);
    for body in GOOD_BODIES {
        let text = letter(body);
        let review = review_note(&text, Some(&ctx));
        assert!(
            review.findings.is_empty(),
            "{body}\n{:?}",
            flags(&text, &review)
        );
    }
}

#[test]
fn bad_notes_draw_exactly_the_excuses_self_deprecation_and_over_explaining_in_them() {
    use FindingKind::{Apology, Excuse, OverExplaining, SelfDeprecation};
    let cases: [(&str, &[(FindingKind, &str)]); 12] = [
        (
            "I had been up all night with a sick child and hadn't slept.",
            &[(Excuse, "I had been up all night with a sick child")],
        ),
        (
            "I regret how the salary question went.",
            &[(Apology, "I regret")],
        ),
        (
            "I know I completely bombed the interview and made a mess of the salary question.",
            &[(SelfDeprecation, "bombed"), (SelfDeprecation, "made a mess of")],
        ),
        (
            "My answer on the lease question was weak because I hadn't prepared for technical questions.",
            &[(Excuse, "because I hadn't prepared")],
        ),
        (
            "I arrived late due to a family emergency that morning.",
            &[(Excuse, "due to a family emergency")],
        ),
        (
            "As my flight was delayed, I was not at my best.",
            &[(Excuse, "As my flight was delayed"), (SelfDeprecation, "not at my best")],
        ),
        (
            "Let me explain what happened with the salary question.",
            &[(OverExplaining, "Let me explain")],
        ),
        (
            "I froze because the question surprised me, which is why I gave a vague figure.",
            &[(OverExplaining, "I froze because the question surprised me, which is why I gave a vague figure.")],
        ),
        (
            "I know my answer about the difficult coworker was terrible.",
            &[(SelfDeprecation, "terrible")],
        ),
        (
            "I was under the weather and I really blew it on the modelling test.",
            &[(Excuse, "I was under the weather"), (SelfDeprecation, "blew it")],
        ),
        (
            "In my defence, I didn't have enough time to review the case pack.",
            // One finding: the defence is the explanation, and its suggestion (one factual sentence) covers the excuse.
            &[(OverExplaining, "In my defence")],
        ),
        (
            "I feel I let you down with a disastrous answer on consolidation.",
            &[(SelfDeprecation, "let you down"), (SelfDeprecation, "disastrous")],
        ),
    ];
    for (body, expected) in cases {
        let text = letter(body);
        let review = review_note(&text, None);
        let mut got = flags(&text, &review);
        got.sort();
        let mut want: Vec<(FindingKind, String)> = expected
            .iter()
            .map(|(k, t)| (*k, (*t).to_string()))
            .collect();
        want.sort();
        assert_eq!(got, want, "{body}");
    }
}
