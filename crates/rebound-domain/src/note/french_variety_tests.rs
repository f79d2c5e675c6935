//! Fifty French notes that do not read alike and invent nothing, and a scan of every kind × tone × outcome (and of
//! the reference's heads-up) for English, an untranslated message or English typography.

use std::collections::{BTreeMap, BTreeSet};

use rebound_i18n::Locale;

use super::french_tests::{desjardins, fr, titled};
use super::words::{ids_starting, say, text};
use super::*;
use crate::plan::{generate_plan, PlanInput, StepKind};
use crate::test_support::{at, french_leaks, gaffe, interview, interviewer, question};
use crate::{Interviewer, Question};

const NBSP: char = '\u{a0}';

const COMPANIES: [&str; 13] = [
    "Desjardins Gestion de patrimoine",
    "Banque Laurentienne",
    "Groupe Côté-Gagnon",
    "Énergir",
    "Caisse de dépôt et placement du Québec",
    "Hydro-Québec",
    "Fjord Capital",
    "Alder Bank",
    "Cascades",
    "Metro",
    "Intact Assurance",
    "Raymond Chabot Grant Thornton",
    "Lévesque & Fils",
];
const ROLES: [&str; 9] = [
    "Analyste financière principale",
    "Directeur de l’audit",
    "Contrôleuse financière",
    "Conseiller en fiscalité",
    "Analyste de crédit",
    "Chef de la trésorerie",
    "Comptable en management",
    "Partenaire d’affaires, finances",
    "Auditrice interne",
];
const PEOPLE: [(&str, Option<&str>); 11] = [
    ("Hélène Côté-Gagnon", Some("Mme")),
    ("Armin Tremblay", None),
    ("François Bélanger", Some("M.")),
    ("Marie-Ève Lévesque", Some("Directrice des finances")),
    ("Jérôme Ouellet", None),
    ("Noémie Gauthier", Some("Dre")),
    ("Samir Haddad", None),
    ("Chloé Nguyen", Some("Madame")),
    ("Étienne Roy", Some("Monsieur")),
    ("Kim Bouchard", None),
    ("Zoë Paquette", Some("Associée")),
];
const EXPERIENCES: [&str; 4] = [
    "Oublié de mentionner mon titre de CPA",
    "J’ai dirigé la clôture mensuelle d’un groupe de 40 entités",
    "Je n’ai pas mentionné la migration vers SAP que j’ai menée",
    "Pas parlé de mon expérience des normes IFRS 17",
];
/// Strengths as Quebec candidates log them: some name a topic the note can use, some are self-assessments it cannot.
const STRENGTHS: [&[&str]; 8] = [
    &["Expliqué le modèle à trois états financiers clairement"],
    &["Bon contact avec le comité"],
    &[],
    &["Bonne réponse sur la constatation des produits selon IFRS 15"],
    &["J’ai présenté comment j’ai réduit la clôture de dix jours à six"],
    &["Resté calme", "Belle énergie"],
    &["Discuté du programme de couverture de leurs créances en euros"],
    &["Présenté mon modèle de prévisions glissantes"],
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

/// The gaffes of the `i`-th varied interview, logged in French.
fn varied_gaffes(i: usize) -> Vec<GaffeFacts> {
    let experience = |n: usize| {
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described(EXPERIENCES[n % EXPERIENCES.len()])
    };
    match i % 8 {
        0 => vec![],
        1 => vec![
            gaffe(GaffeKind::WrongInterviewerName, Noticed::Certain),
            experience(i),
        ],
        2 => vec![gaffe(GaffeKind::SalaryBlank, Noticed::Certain)],
        3 => vec![gaffe(GaffeKind::FactualErrorAboutCompany, Noticed::Certain)
            .correcting("J’ai dit qu’ils avaient 20 bureaux", "ils en ont 12")],
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
            gaffe(GaffeKind::TechnicalBlank, Noticed::Certain).on_question(0),
        ],
    }
}

/// Fifty interviews logged by Quebec candidates, varied as in the English test (company, role, interviewers, time,
/// stage, format, gaffes, tone and outcome each with its own period).
fn fifty_french_interviews() -> Vec<(InterviewFacts, Vec<GaffeFacts>, NoteTone)> {
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
            let questions: Vec<Question> = vec![question(
                [
                    "Comment rapprocheriez-vous les soldes intersociétés?",
                    "Parlez-moi de vous.",
                ][i % 2],
                AnswerQuality::Blanked,
            )];
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
                strengths: STRENGTHS[i % STRENGTHS.len()]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
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

/// The lowercase words of `text` (runs of letters and digits; « l’équipe » is « l » and « équipe »).
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every word the French note's own messages can write, round phrases aside (those count only for their round).
fn frame_words() -> BTreeSet<String> {
    let args = [
        ("format", text("onsite")),
        ("role", text("")),
        ("company", text("")),
        ("phrase", text("")),
        ("names", text("")),
        ("init", text("")),
        ("last", text("")),
        ("experiences", text("")),
        ("first", text("")),
        ("second", text("")),
        ("question", text("")),
        ("said", text("")),
        ("correct", text("")),
    ];
    let mut all = String::new();
    all.push_str(&super::french::frame_phrases().join(" "));
    for id in ids_starting(Locale::FrCa, "note-") {
        if id.starts_with("note-highlight-round-") {
            continue;
        }
        for (tone, format, other) in [("formal", "onsite", "yes"), ("warm", "remote", "no")] {
            let mut these = args.to_vec();
            these.extend([
                ("tone", text(tone)),
                ("format", text(format)),
                ("asked", text(other)),
                ("elide", text(other)),
                ("count", Arg::Count(if other == "yes" { 1 } else { 2 })),
            ]);
            for occasion in ["offer", "closed", "other"] {
                these.push(("occasion", text(occasion)));
                all.push_str(&say(Locale::FrCa, &id, &these));
                all.push(' ');
            }
        }
    }
    words(&all)
}

/// What the candidate logged, as words, with the phrase of the round when the note may name it.
fn logged_words(facts: &InterviewFacts, gaffes: &[GaffeFacts]) -> BTreeSet<String> {
    let mut text = vec![facts.company.clone(), facts.role_title.clone()];
    for person in &facts.interviewers {
        text.push(person.name.clone());
    }
    text.extend(facts.strengths.iter().cloned());
    text.extend(facts.questions.iter().map(|q| q.question.clone()));
    for gaffe in gaffes {
        text.extend(gaffe.description.clone());
        if let Some(correction) = &gaffe.correction {
            text.push(format!("{} {}", correction.said, correction.correct));
        }
    }
    let round = match facts.stage {
        Stage::Technical => Some("note-highlight-round-technical"),
        Stage::CaseStudy => Some("note-highlight-round-case-study"),
        Stage::Panel => Some("note-highlight-round-panel"),
        _ => None,
    };
    text.extend(round.map(|id| say(Locale::FrCa, id, &[])));
    // « Monsieur » and « Madame » come from a logged title, and « le fait que » joins a logged clause.
    text.push("Madame Monsieur le fait que".to_string());
    words(&text.join(" "))
}

/// Slips a French draft must never make: a doubled word, « que » before a vowel, « de le », a space before a comma
/// or a full stop, a colon without its non-breaking space, a first-person agreement that would guess the
/// candidate's gender.
fn french_slips(body: &str) -> Vec<String> {
    const GENDERED: [&str; 16] = [
        "ravi",
        "ravie",
        "déçu",
        "déçue",
        "intéressé",
        "intéressée",
        "heureux",
        "heureuse",
        "reconnaissant",
        "reconnaissante",
        "enchanté",
        "enchantée",
        "impatient",
        "impatiente",
        "désolé",
        "désolée",
    ];
    let mut slips = Vec::new();
    let tokens: Vec<String> = body.split_whitespace().map(str::to_lowercase).collect();
    for pair in tokens.windows(2) {
        if pair[0] == pair[1] && pair[0].chars().all(char::is_alphabetic) {
            slips.push(format!("doubled {}", pair[0]));
        }
        if pair[0] == "que" && super::french::elides(&pair[1]) {
            slips.push(format!("que {}", pair[1]));
        }
        if matches!(
            (pair[0].as_str(), pair[1].as_str()),
            ("de" | "à", "le" | "les")
        ) {
            slips.push(format!("{} {}", pair[0], pair[1]));
        }
    }
    for word in body.split(|c: char| !c.is_alphanumeric()) {
        if GENDERED.contains(&word.to_lowercase().as_str()) {
            slips.push(format!("gendered: {word}"));
        }
    }
    for wrong in ["  ", " ,", "..", " .", "\u{a0}\u{a0}"] {
        if body.contains(wrong) {
            slips.push(format!("{wrong:?}"));
        }
    }
    let chars: Vec<char> = body.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == ':' && (i == 0 || chars[i - 1] != NBSP) {
            slips.push("a colon without its non-breaking space".to_string());
        }
        if *c == '«' && chars.get(i + 1) != Some(&NBSP)
            || *c == '»' && (i == 0 || chars[i - 1] != NBSP)
        {
            slips.push("guillemets without their non-breaking spaces".to_string());
        }
    }
    slips
}

/// The sentences of a note, split after each full stop, question or exclamation mark.
fn sentences(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in body
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "[Votre nom]")
    {
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            current.push(*c);
            if matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| *n == ' ') {
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

#[test]
fn fifty_french_notes_do_not_read_alike_invent_nothing_and_fit_the_french_budget() {
    let frames = frame_words();
    let mut share: BTreeMap<String, usize> = BTreeMap::new();
    let mut longest = 0;
    let cases = fifty_french_interviews();
    for (facts, gaffes, tone) in &cases {
        let note = fr(facts, gaffes, *tone);
        let logged = logged_words(facts, gaffes);
        let invented: Vec<String> = words(&note.body)
            .into_iter()
            .filter(|w| !frames.contains(w) && !logged.contains(w))
            .collect();
        assert!(
            invented.is_empty(),
            "invented {invented:?} in:\n{}",
            note.body
        );
        let slips = french_slips(&note.body);
        assert!(slips.is_empty(), "{slips:?} in:\n{}", note.body);
        let leaks = french_leaks(&format!("{}\n{}", note.subject, note.body));
        assert!(leaks.is_empty(), "{leaks:?} in:\n{}", note.body);
        assert!(note.word_count <= MAX_NOTE_WORDS_FR_CA, "{}", note.body);
        longest = longest.max(note.word_count);
        for sentence in sentences(&note.body).into_iter().collect::<BTreeSet<_>>() {
            *share.entry(sentence).or_default() += 1;
        }
    }
    let (top, count) = share
        .iter()
        .max_by_key(|(_, count)| **count)
        .map(|(s, c)| (s.clone(), *c))
        .unwrap_or_default();
    println!(
        "highest sentence share: {:.0} % ({count} of {}): {top}; longest: {longest} words",
        100.0 * count as f64 / cases.len() as f64,
        cases.len()
    );
    if std::env::var_os("SHOW_NOTES").is_some() {
        for (facts, gaffes, tone) in &cases {
            let note = fr(facts, gaffes, *tone);
            println!("----\nObjet : {}\n\n{}", note.subject, note.body);
        }
    }
    assert!(
        count * 100 <= 30 * cases.len(),
        "{top:?} is in {count} of {} notes",
        cases.len()
    );
}

#[test]
fn no_french_note_of_any_kind_tone_or_outcome_leaks_english_or_a_message_id() {
    let outcomes = [
        Outcome::Pending,
        Outcome::NoResponse,
        Outcome::Advanced,
        Outcome::Offer,
        Outcome::Rejected,
        Outcome::Withdrawn,
    ];
    let stages = [
        Stage::Technical,
        Stage::CaseStudy,
        Stage::Panel,
        Stage::Final,
    ];
    let people = [
        vec![interviewer("Hélène Côté-Gagnon")],
        vec![
            titled("Hélène Côté-Gagnon", "Mme"),
            titled("Armin Tremblay", "M."),
        ],
        vec![
            interviewer("Hélène Côté-Gagnon"),
            interviewer("Armin Tremblay"),
            interviewer("Kim Bouchard"),
        ],
        vec![],
    ];
    let mut drafted = 0;
    for (k, kind) in GaffeKind::ALL.iter().enumerate() {
        for outcome in outcomes {
            for tone in [NoteTone::Formal, NoteTone::Warm] {
                for (n, count) in [1usize, 2].into_iter().enumerate() {
                    let facts = InterviewFacts {
                        outcome,
                        stage: stages[(k + n) % stages.len()],
                        format: [Format::Onsite, Format::Video][n],
                        questions: vec![question(
                            "Expliquez l’impôt différé.",
                            AnswerQuality::Blanked,
                        )],
                        ..desjardins(people[(k + n) % people.len()].clone())
                    };
                    let gaffes: Vec<GaffeFacts> = (0..count)
                        .map(|i| {
                            let logged = gaffe(*kind, Noticed::Certain).on_question(0);
                            match (kind, i) {
                                (GaffeKind::OmittedKeyExperience, _) => {
                                    logged.described(EXPERIENCES[i])
                                }
                                (GaffeKind::FactualErrorAboutCompany, 0) => logged.correcting(
                                    "Dit que le siège social est à Toronto",
                                    "il est à Lévis",
                                ),
                                _ => logged,
                            }
                        })
                        .collect();
                    let note = fr(&facts, &gaffes, tone);
                    let text = format!("{}\n{}", note.subject, note.body);
                    assert!(
                        french_leaks(&text).is_empty(),
                        "{:?}\n{text}",
                        french_leaks(&text)
                    );
                    assert!(
                        french_slips(&note.body).is_empty(),
                        "{:?}\n{text}",
                        french_slips(&note.body)
                    );
                    drafted += 1;
                }
            }
        }
    }
    assert_eq!(drafted, GaffeKind::ALL.len() * 6 * 2 * 2);
}

#[test]
fn the_reference_heads_up_is_in_french_with_the_points_as_logged() {
    let facts = desjardins(vec![interviewer("Hélène Côté-Gagnon")]);
    let tip_off = |gaffes: Vec<GaffeFacts>| {
        let assessment = crate::scoring::assess(&facts, &gaffes);
        let input = PlanInput::new(
            facts.clone(),
            gaffes,
            &assessment,
            at("2026-11-21T09:00:00Z"),
            NoteTone::Formal,
        )
        .in_locale(Locale::FrCa);
        let plan = generate_plan(&input);
        let step = plan
            .steps
            .iter()
            .find(|s| s.kind == StepKind::ReferenceTipOff)
            .expect("a tip-off");
        let note = plan
            .steps
            .iter()
            .find(|s| s.kind == StepKind::FollowUpNote)
            .expect("a note");
        assert!(note
            .draft
            .as_deref()
            .unwrap_or_default()
            .starts_with("Bonjour Hélène Côté-Gagnon,"));
        step.draft.clone().unwrap_or_default()
    };
    let two = tip_off(vec![
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Oublié de mentionner mon titre de CPA"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("J’ai dirigé la clôture mensuelle d’un groupe de 40 entités"),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Certain)
            .described("Pas parlé de la migration vers SAP"),
    ]);
    assert_eq!(
        two,
        "Bonjour [nom de votre référence],\n\nUn petit mot pour vous prévenir\u{a0}: j’ai passé une entrevue chez \
         Desjardins Gestion de patrimoine pour le poste «\u{a0}Analyste financière principale\u{a0}», et on pourrait \
         donc vous appeler bientôt comme référence. Il y a deux points que je n’ai pas su bien faire valoir en \
         entrevue\u{a0}: la migration vers SAP et mon titre de CPA. Si l’occasion se présente naturellement, ce \
         serait très précieux que vous puissiez les mentionner.\n\nMerci de votre appui,\n[Votre nom]"
    );
    let one = tip_off(vec![gaffe(
        GaffeKind::WeakBehavioralAnswer,
        Noticed::Likely,
    )]);
    assert!(
        one.contains(
            "Il y a un point que je n’ai pas su bien faire valoir en entrevue\u{a0}: ma façon de gérer les \
             situations délicates avec des collègues. Si l’occasion se présente naturellement, ce serait très \
             précieux que vous puissiez le mentionner."
        ),
        "{one}"
    );
    let clause = tip_off(vec![
        gaffe(GaffeKind::WeakBehavioralAnswer, Noticed::Likely),
        gaffe(GaffeKind::OmittedKeyExperience, Noticed::Likely)
            .described("J’ai dirigé la clôture mensuelle d’un groupe de 40 entités"),
    ]);
    assert!(
        clause.contains("et le fait que j’ai dirigé la clôture")
            || clause.contains(
                "le fait que j’ai dirigé la clôture mensuelle d’un groupe de 40 entités et"
            ),
        "{clause}"
    );
    for text in [two, one, clause] {
        assert!(
            french_leaks(&text).is_empty(),
            "{:?}\n{text}",
            french_leaks(&text)
        );
        assert!(
            french_slips(&text).is_empty(),
            "{:?}\n{text}",
            french_slips(&text)
        );
    }
}

#[test]
fn the_english_note_is_the_french_functions_english() {
    for (facts, gaffes, tone) in fifty_french_interviews() {
        assert_eq!(
            draft_follow_up_note(&facts, &gaffes, tone),
            draft_follow_up_note_in(&facts, &gaffes, tone, Locale::En)
        );
    }
}
