//! Tests of the note's brevity budget, of its variety across interviews and of the rule that it invents nothing:
//! fifty varied interviews, seven certain gaffes at once, and the questions a note may (or may not) mention.

use std::collections::{BTreeMap, BTreeSet};

use super::phrasing::frame_phrases;
use super::variety::all_phrases;
use super::*;
use crate::catalogue::entry;
use crate::review::{review_note, ReviewContext};
use crate::test_support::{at, gaffe, interview, question, strings};
use crate::{Interviewer, Question};

const COMPANIES: [&str; 13] = [
    "Northwind Capital",
    "Fjord Capital",
    "Harbor & Finch",
    "O'Neill Partners",
    "Contoso Group",
    "Alder Bank",
    "Kestrel Insurance",
    "Meridian Audit",
    "Blackmoor Asset Management",
    "Tideline Payments",
    "Juniper Leasing",
    "Oakridge Pensions",
    "Vantage Treasury",
];
const ROLES: [&str; 9] = [
    "Senior Financial Analyst",
    "Audit Manager",
    "FP&A Lead",
    "Group Financial Controller",
    "Treasury Analyst",
    "Tax Associate",
    "Credit Risk Analyst",
    "Management Accountant",
    "Finance Business Partner",
];
const PEOPLE: [(&str, Option<&str>); 11] = [
    ("Armin Vogel", Some("Dr")),
    ("Priya Natarajan", Some("Head of FP&A")),
    ("Tom Okafor", None),
    ("Ines Brandt", Some("Prof")),
    ("Lena Fischer", Some("Finance Director")),
    ("Samir Haddad", None),
    ("Grace Liu", Some("Ms")),
    ("Jonas Berg", Some("CFO")),
    ("Aoife Byrne", None),
    ("Marco Rossi", Some("Mr")),
    ("Hannah Cole", Some("Audit Partner")),
];
/// Strengths as candidates log them: some name a topic the note can use, some are self-assessments it cannot.
const STRENGTHS: [&[&str]; 8] = [
    &["Walked through the three-statement model cleanly"],
    &["Good rapport with the panel"],
    &[],
    &["Strong answer on revenue recognition under IFRS 15"],
    &["Explained how I cut the group close from ten days to six"],
    &["Stayed calm", "Good energy"],
    &["Discussed the hedging programme for euro receivables"],
    &["Presented my rolling forecast model"],
];
/// Questions and how they went: substantive ones, stock ones answered strongly, weak ones.
const QUESTIONS: [&[(&str, AnswerQuality)]; 7] = [
    &[("Why do you want to work here?", AnswerQuality::Strong)],
    &[("Walk me through a DCF.", AnswerQuality::Strong)],
    &[],
    &[
        ("Tell me about yourself", AnswerQuality::Strong),
        (
            "How would you value a loss-making start-up?",
            AnswerQuality::Weak,
        ),
    ],
    &[(
        "How would you reconcile intercompany balances?",
        AnswerQuality::Strong,
    )],
    &[("What are your salary expectations?", AnswerQuality::Blanked)],
    &[(
        "Explain deferred tax to a non-finance manager",
        AnswerQuality::Adequate,
    )],
];
const STAGES: [Stage; 7] = [
    Stage::Behavioral,
    Stage::Technical,
    Stage::Final,
    Stage::Screening,
    Stage::CaseStudy,
    Stage::Panel,
    Stage::Other,
];
const OUTCOMES: [Outcome; 7] = [
    Outcome::Pending,
    Outcome::Pending,
    Outcome::NoResponse,
    Outcome::Advanced,
    Outcome::Rejected,
    Outcome::Offer,
    Outcome::Withdrawn,
];

/// The gaffes of the `i`-th varied interview: none, one, or several, with descriptions and corrections.
fn varied_gaffes(i: usize) -> Vec<GaffeFacts> {
    let experiences = [
        "Never mentioned my CPA licence",
        "I led the monthly close for a 40-entity group",
        "Forgot to mention leading the SAP migration",
        "Did not mention my ACCA qualification",
    ];
    let experience = |n: usize| {
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described(experiences[n % experiences.len()])
    };
    match i % 8 {
        0 => vec![],
        1 => vec![
            gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
            experience(i),
        ],
        2 => vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain)],
        3 => vec![gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
            .correcting("Said they had 20 offices", "they have 12")],
        4 => vec![experience(i), experience(i + 1), experience(i + 2)],
        5 => vec![
            gaffe(GaffeKind::NoQuestionsAsked, Noticed::Certain),
            gaffe(GaffeKind::Late, Noticed::Certain),
        ],
        6 => vec![
            gaffe(GaffeKind::TechnicalFailure, Noticed::Likely),
            experience(i),
        ],
        _ => vec![
            gaffe(GaffeKind::UnclearOnRole, Noticed::Certain),
            gaffe(GaffeKind::Rambling, Noticed::Unsure),
        ],
    }
}

/// Fifty interviews that differ the way real ones do: company, role, interviewers, time, stage, format, strengths,
/// questions, gaffes, tone and outcome all vary, each with its own period so the combinations mix.
fn fifty_varied_interviews() -> Vec<(InterviewFacts, Vec<GaffeFacts>, NoteTone)> {
    (0..50)
        .map(|i| {
            let people: Vec<Interviewer> = (0..=(i % 3))
                .map(|k| {
                    let (name, title) = PEOPLE[(i * 3 + k * 5) % PEOPLE.len()];
                    Interviewer {
                        name: name.to_string(),
                        title: title.map(str::to_string),
                        email: None,
                    }
                })
                .collect();
            let questions: Vec<Question> = QUESTIONS[i % QUESTIONS.len()]
                .iter()
                .map(|(text, quality)| question(text, *quality))
                .collect();
            let facts = InterviewFacts {
                company: COMPANIES[i % COMPANIES.len()].to_string(),
                role_title: ROLES[(i * 7) % ROLES.len()].to_string(),
                stage: STAGES[i % STAGES.len()],
                format: [Format::Onsite, Format::Video, Format::Phone][i % 3],
                occurred_at: at(&format!(
                    "2026-{:02}-{:02}T09:30:00Z",
                    1 + i % 12,
                    1 + i % 28
                )),
                interviewers: people,
                questions,
                strengths: strings(STRENGTHS[i % STRENGTHS.len()]),
                outcome: OUTCOMES[i % OUTCOMES.len()],
                ..interview()
            };
            let tone = if i % 5 < 3 {
                NoteTone::Formal
            } else {
                NoteTone::Warm
            };
            (facts, varied_gaffes(i), tone)
        })
        .collect()
}

/// The sentences of a note: its paragraphs split after each full stop, question or exclamation mark, with the
/// salutation counted as one and the "[Your name]" line left out.
fn sentences(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in body
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "[Your name]")
    {
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            current.push(*c);
            let ends = matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| *n == ' ');
            if ends {
                out.push(current.trim().to_string());
                current.clear();
            }
        }
        if !current.trim().is_empty() {
            out.push(current.trim().to_string());
        }
    }
    out
}

/// The lowercase words of `text` (runs of letters and digits; "40-entity" is "40" and "entity").
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Everything the candidate logged about one interview, as words, with the words of its round for the phrases
/// the note uses about a technical, case-study or panel round.
fn logged_words(facts: &InterviewFacts, gaffes: &[GaffeFacts]) -> BTreeSet<String> {
    let mut text = vec![facts.company.clone(), facts.role_title.clone()];
    for person in &facts.interviewers {
        text.push(person.name.clone());
        text.extend(person.title.clone());
    }
    text.extend(facts.strengths.iter().cloned());
    text.extend(facts.questions.iter().map(|q| q.question.clone()));
    for gaffe in gaffes {
        text.extend(gaffe.description.clone());
        if let Some(correction) = &gaffe.correction {
            text.push(format!("{} {}", correction.said, correction.correct));
        }
    }
    text.push(
        match facts.stage {
            Stage::Technical => "working through the technical questions with you",
            Stage::CaseStudy => "working through the case study with you",
            Stage::Panel => "meeting the panel",
            _ => "",
        }
        .to_string(),
    );
    words(&text.join(" "))
}

/// The note's own fixed phrasing, as words: every opening, closing, lead-in and sign-off, the catalogue's repair
/// wordings and placeholders, the frames a logged strength, question or experience is put in, and the subject and
/// salutation words. None of it names a topic of conversation.
fn frame_words() -> BTreeSet<String> {
    let mut text: Vec<String> = all_phrases().iter().map(|p| p.to_string()).collect();
    text.extend(frame_phrases().iter().map(|p| p.to_string()));
    for kind in GaffeKind::ALL {
        if let Some(wording) = entry(*kind).note_repair {
            text.push(format!("{} {}", wording.formal, wording.warm));
            text.extend(
                wording
                    .placeholders
                    .iter()
                    .map(|(slot, p)| format!("{slot} {p}")),
            );
        }
    }
    text.push(
        "Dear Hi hiring team meet speak meeting speaking role company phrase [Your name]"
            .to_string(),
    );
    words(&text.join(" "))
}

/// Fails when a note's word comes neither from what was logged nor from the note's own fixed phrasing.
///
/// How this catches an invented topic: the fixed phrasing ([`frame_words`]) only thanks, restates interest, looks
/// ahead and frames a repair; it contains no topic of conversation, so a note that claims a conversation nobody
/// logged ("hearing where the team is heading over the next few years") needs words ("heading", "years") that are
/// in neither list. A stage-specific phrase ("working through the case study") counts as logged only for an
/// interview of that stage. Words in the logged text are compared as whole lowercase words, so a quoted strength
/// or question passes however it is reframed, as long as the reframing uses frame words. The check is a word
/// check: it cannot tell whether logged words were recombined into a new claim, which the phrase tests cover.
fn invented_words(body: &str, facts: &InterviewFacts, gaffes: &[GaffeFacts]) -> Vec<String> {
    let allowed: BTreeSet<String> = logged_words(facts, gaffes)
        .union(&frame_words())
        .cloned()
        .collect();
    words(body)
        .into_iter()
        .filter(|w| !allowed.contains(w))
        .collect()
}

/// Grammar slips the drafts must never make: a doubled repair opening, "a" before a vowel, a doubled word, a
/// list joined with "; and" or ", and and".
fn grammar_slips(body: &str) -> Vec<String> {
    let mut slips = Vec::new();
    if body.matches("I should also mention").count() > 1
        || body.matches("about my background").count() > 1
    {
        slips.push("two experience sentences".to_string());
    }
    let tokens: Vec<&str> = body.split_whitespace().collect();
    for pair in tokens.windows(2) {
        let next = pair[1].trim_start_matches(['“', '"']).to_lowercase();
        if pair[0].eq_ignore_ascii_case("a") && next.starts_with(['a', 'e', 'i', 'o']) {
            slips.push(format!("a {}", pair[1]));
        }
        if pair[0].eq_ignore_ascii_case("an")
            && next.starts_with(|c: char| "bcdfgjklmnpqrstvwxz".contains(c))
        {
            slips.push(format!("an {}", pair[1]));
        }
        if pair[0].to_lowercase() == pair[1].to_lowercase()
            && pair[0].chars().all(char::is_alphabetic)
        {
            slips.push(format!("doubled {}", pair[0]));
        }
    }
    for wrong in ["; and", ", and and", "  ", " ,", "..", " ."] {
        if body.contains(wrong) {
            slips.push(wrong.to_string());
        }
    }
    slips
}

#[test]
fn fifty_varied_interviews_get_notes_that_do_not_read_alike_and_invent_nothing() {
    let notes: Vec<(NoteDraft, &InterviewFacts, &Vec<GaffeFacts>)> = Vec::new();
    let cases = fifty_varied_interviews();
    let mut notes = notes;
    for (facts, gaffes, tone) in &cases {
        notes.push((draft_follow_up_note(facts, gaffes, *tone), facts, gaffes));
    }
    let mut share: BTreeMap<String, usize> = BTreeMap::new();
    let mut longest = 0;
    for (note, facts, gaffes) in &notes {
        let invented = invented_words(&note.body, facts, gaffes);
        assert!(
            invented.is_empty(),
            "invented {invented:?} in:\n{}",
            note.body
        );
        let slips = grammar_slips(&note.body);
        assert!(slips.is_empty(), "{slips:?} in:\n{}", note.body);
        assert!(note.word_count <= MAX_NOTE_WORDS, "{}", note.body);
        longest = longest.max(note.word_count);
        let distinct: BTreeSet<String> = sentences(&note.body).into_iter().collect();
        for sentence in distinct {
            *share.entry(sentence).or_default() += 1;
        }
    }
    let (top, count) = share
        .iter()
        .max_by_key(|(_, count)| **count)
        .map(|(s, c)| (s.clone(), *c))
        .unwrap_or_default();
    let percent = 100.0 * count as f64 / notes.len() as f64;
    println!(
        "highest sentence share: {percent:.0} % ({count} of {} notes): {top}",
        notes.len()
    );
    if let Some((sentence, count)) = share
        .iter()
        .filter(|(s, _)| s.ends_with(['.', '!', '?']))
        .max_by_key(|(_, count)| **count)
    {
        println!(
            "highest share of a full sentence: {count} of {} notes: {sentence}",
            notes.len()
        );
    }
    println!("longest of the {} notes: {longest} words", notes.len());
    if std::env::var_os("SHOW_NOTES").is_some() {
        for (note, _, _) in &notes {
            println!("----\n{}", note.body);
        }
    }
    assert!(
        count * 100 <= 30 * notes.len(),
        "{top:?} is in {count} of {} notes",
        notes.len()
    );
}

#[test]
fn the_same_interview_always_gets_the_same_note_and_another_firm_a_different_one() {
    let cases = fifty_varied_interviews();
    let (facts, gaffes, tone) = &cases[7];
    assert_eq!(
        draft_follow_up_note(facts, gaffes, *tone),
        draft_follow_up_note(&facts.clone(), &gaffes.clone(), *tone)
    );
    let openings: BTreeSet<String> = COMPANIES
        .iter()
        .map(|company| {
            let other = InterviewFacts {
                company: "Acme".to_string(),
                ..facts.clone()
            };
            let other = InterviewFacts {
                role_title: format!("{} {company}", other.role_title),
                ..other
            };
            let body = draft_follow_up_note(&other, &[], *tone).body;
            sentences(&body)[1].replace(&other.role_title, "ROLE")
        })
        .collect();
    assert!(openings.len() >= 3, "{openings:#?}");
}

/// Seven gaffes, all surely noticed, five of them repairable in a note and three of those omitted experiences.
fn seven_certain_gaffes() -> Vec<GaffeFacts> {
    vec![
        gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Never mentioned my CPA licence"),
        gaffe(GaffeKind::SalaryBlank, Noticed::Certain),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("I led the monthly close for a 40-entity group at Contoso"),
        gaffe(GaffeKind::TechnicalBlank, Noticed::Certain).on_question(0),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Forgot to mention leading the SAP S/4HANA migration"),
        gaffe(GaffeKind::UnclearOnRole, Noticed::Certain),
    ]
}

#[test]
fn seven_certain_gaffes_give_a_brief_note_with_the_two_slips_that_matter_most() {
    let facts = InterviewFacts {
        questions: vec![question(
            "How would you build a three-statement model?",
            AnswerQuality::Blanked,
        )],
        ..interview()
    };
    let gaffes = seven_certain_gaffes();
    for tone in [NoteTone::Formal, NoteTone::Warm] {
        let note = draft_follow_up_note(&facts, &gaffes, tone);
        // Blank on a technical question and unclear on the role weigh 6 × 3; the salary blank 5 × 3 and the
        // experiences 4 × 3 are left out.
        assert_eq!(
            note.repairs,
            vec![
                GaffeKind::WrongInterviewerName,
                GaffeKind::TechnicalBlank,
                GaffeKind::UnclearOnRole
            ],
            "{}",
            note.body
        );
        assert_eq!(note.left_out, vec![1, 2, 3, 5]);
        assert!(note.word_count <= MAX_NOTE_WORDS, "{}", note.body);
        assert!(grammar_slips(&note.body).is_empty(), "{}", note.body);
        println!("{} words:\n{}", note.word_count, note.body);
    }
    // Without the two heavier slips, the experiences share one sentence and the third is left out.
    let lighter: Vec<GaffeFacts> = gaffes
        .iter()
        .filter(|g| !matches!(g.kind, GaffeKind::TechnicalBlank | GaffeKind::UnclearOnRole))
        .cloned()
        .collect();
    let note = draft_follow_up_note(&facts, &lighter, NoteTone::Formal);
    assert!(
        note.body.contains(
            "Building on our discussion of my background, I should also mention my CPA licence and that I led the \
             monthly close for a 40-entity group at Contoso."
        ),
        "{}",
        note.body
    );
    assert_eq!(note.left_out, vec![4]);
    let warm = draft_follow_up_note(&facts, &lighter, NoteTone::Warm);
    assert!(
        warm.body.contains(
            "Two things I would like to add about my background: my CPA licence, and I led the monthly close for a \
             40-entity group at Contoso."
        ),
        "{}",
        warm.body
    );
}

#[test]
fn a_stock_question_is_never_quoted_and_a_substantive_strong_one_is_put_naturally() {
    let with = |text: &str, quality: AnswerQuality| {
        let facts = InterviewFacts {
            questions: vec![question(text, quality)],
            ..interview()
        };
        draft_follow_up_note(&facts, &[], NoteTone::Formal).body
    };
    for stock in [
        "Why do you want to work here?",
        "Tell me about yourself",
        "Walk me through your CV",
    ] {
        let body = with(stock, AnswerQuality::Strong);
        assert!(!body.contains(stock.trim_end_matches('?')), "{body}");
        assert!(!body.contains("enjoyed"), "{body}");
    }
    let body = with("Walk me through a DCF.", AnswerQuality::Strong);
    assert!(body.contains("walking you through a DCF"), "{body}");
    let body = with(
        "How would you value a loss-making bank?",
        AnswerQuality::Strong,
    );
    assert!(
        body.contains("discussing how I would value a loss-making bank"),
        "{body}"
    );
    // Only a strong answer: an adequate one is not something to draw attention to.
    let body = with("Walk me through a DCF.", AnswerQuality::Adequate);
    assert!(!body.contains("DCF"), "{body}");
}

#[test]
fn with_nothing_specific_logged_the_note_says_less_and_invents_no_conversation() {
    for stage in STAGES {
        for tone in [NoteTone::Formal, NoteTone::Warm] {
            let facts = InterviewFacts {
                stage,
                strengths: strings(&["Good rapport with the panel"]),
                ..interview()
            };
            let body = draft_follow_up_note(&facts, &[], tone).body;
            for invented in [
                "heading",
                "next few years",
                "works together",
                "learn more about the team",
            ] {
                assert!(!body.contains(invented), "{stage:?}: {body}");
            }
            assert!(invented_words(&body, &facts, &[]).is_empty(), "{body}");
            // The opening paragraph is the thank-you alone, unless the round itself says what was done.
            let enjoyed = sentences(body.split("\n\n").nth(1).unwrap_or_default()).len() == 2;
            let specific = matches!(stage, Stage::Technical | Stage::CaseStudy | Stage::Panel);
            assert_eq!(enjoyed, specific, "{stage:?}: {body}");
        }
    }
}

#[test]
fn every_opening_and_closing_passes_the_notes_own_review() {
    for i in 0..120 {
        for outcome in [
            Outcome::Pending,
            Outcome::NoResponse,
            Outcome::Advanced,
            Outcome::Offer,
            Outcome::Rejected,
            Outcome::Withdrawn,
        ] {
            for tone in [NoteTone::Formal, NoteTone::Warm] {
                let facts = InterviewFacts {
                    company: format!("{} {i}", COMPANIES[i % COMPANIES.len()]),
                    outcome,
                    stage: if i % 2 == 0 {
                        Stage::Final
                    } else {
                        Stage::Technical
                    },
                    ..interview()
                };
                let note = draft_follow_up_note(&facts, &[], tone);
                let context = ReviewContext::for_interview(&facts, &[]);
                let review = review_note(&note.body, Some(&context));
                assert!(
                    review.findings.is_empty(),
                    "{:?}\n{}",
                    review.findings,
                    note.body
                );
                assert!(grammar_slips(&note.body).is_empty(), "{}", note.body);
            }
        }
    }
}

#[test]
fn the_plans_for_fifty_interviews_keep_the_reference_draft_grammatical() {
    use crate::plan::{generate_plan, PlanInput, StepKind};
    let mut briefed = 0;
    for (facts, mut gaffes, tone) in fifty_varied_interviews() {
        // A weak behavioural answer as well, so that some tip-offs have two points of different kinds.
        gaffes.push(gaffe(GaffeKind::WeakBehavioralAnswer, Noticed::Likely));
        let assessment = crate::scoring::assess(&facts, &gaffes);
        let now = facts.occurred_at + chrono::TimeDelta::hours(20);
        let plan = generate_plan(&PlanInput::new(facts, gaffes, &assessment, now, tone));
        for step in &plan.steps {
            let draft = step.draft.clone().unwrap_or_default();
            assert!(grammar_slips(&draft).is_empty(), "{:?}: {draft}", step.kind);
            if step.kind == StepKind::ReferenceTipOff {
                briefed += 1;
                let pronoun = if draft.contains("Two things") {
                    "them"
                } else {
                    "it"
                };
                assert!(
                    draft.contains(&format!("could mention {pronoun}.")),
                    "{draft}"
                );
            }
            for why in &step.why {
                assert!(grammar_slips(why).is_empty(), "{why}");
            }
        }
    }
    assert!(briefed >= 10, "only {briefed} plans brief a reference");
}

#[test]
fn a_note_that_opens_with_thanks_does_not_sign_off_with_thanks_again() {
    let mut thanked_twice = Vec::new();
    for (facts, gaffes, tone) in fifty_varied_interviews() {
        let body = draft_follow_up_note(&facts, &gaffes, tone).body;
        let paragraphs: Vec<&str> = body.split("\n\n").collect();
        let (opening, sign_off) = (paragraphs[1], paragraphs[paragraphs.len() - 1]);
        if opening.to_lowercase().contains("thanks") && sign_off.to_lowercase().contains("thanks") {
            thanked_twice.push(body);
        }
    }
    assert!(thanked_twice.is_empty(), "{thanked_twice:#?}");
}
