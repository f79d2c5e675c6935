//! A broad, deterministic corpus of interviews run through `assess_in` and `generate_plan`, with every output hashed
//! into one digest: a change that should not change any output byte (a faster implementation) must keep the digest.
//!
//! The corpus is generated from a seeded pseudo-random walk over the inputs' dimensions (both locales and tones, every
//! outcome, gaffe kind, noticed and moment, free text with brackets, quotes, ellipses and decomposed accents, time
//! zones and the candidate's history), with the locale, tone, outcome and first gaffe kind cycled so every
//! combination of them occurs.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use rebound_domain::note::NoteTone;
use rebound_domain::plan::{generate_plan, PlanInput};
use rebound_domain::scoring::assess_in;
use rebound_domain::text::{nfc, tidy_punctuation};
use rebound_domain::{
    AnswerQuality, Correction, EmployerInterest, Format, GaffeFacts, GaffeKind, InterviewFacts,
    Interviewer, Moment, Noticed, Outcome, Question, Stage,
};
use rebound_i18n::Locale;

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn maybe(&mut self, percent: u64, items: &[&str]) -> Option<String> {
        self.chance(percent).then(|| self.pick(items).to_string())
    }
}

/// FNV-1a over every output byte, each output followed by a separator.
struct Digest {
    hash: u64,
    bytes: usize,
}

impl Digest {
    fn add(&mut self, text: &str) {
        for byte in text.bytes().chain(std::iter::once(0xff)) {
            self.hash ^= u64::from(byte);
            self.hash = self.hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.bytes += text.len() + 1;
    }
}

const NAMES: &[&str] = &[
    "Armin Keller",
    "Priya Shah",
    "Jose\u{301} Garci\u{301}a",
    "Zoe\u{308} Mu\u{308}ller",
    "Hélène Côté-Gagnon",
    "Dr. Anna Vogel",
    "  Tom   O'Brien ",
    "Mme Isabelle Tremblay",
    "",
    "Stra\u{df}er",
    "JEAN-PIERRE LAVOIE",
];
const TITLES: &[&str] = &[
    "Head of FP&A",
    "Dr",
    "Madame",
    "Ms",
    "M.",
    "Monsieur",
    "Prof",
    "CFO",
];
const COMPANIES: &[&str] = &[
    "Northwind Capital",
    "Banque Nationale",
    "Cafe\u{301} Finance (Montre\u{301}al)",
    "  Contoso   Ltd. ",
    "“Acme” Partners",
    "Desjardins",
];
const ROLES: &[&str] = &[
    "Senior Financial Analyst",
    "Analyste financie\u{300}re principale",
    "Controller [interim]",
    "FP&A Manager...",
    "Associate, M&A",
];
const QUESTIONS: &[&str] = &[
    "What are your salary expectations?",
    "Walk me through a three-statement model",
    "How would you value a company with negative earnings?",
    "Why do you want to work here?",
    "Tell me about a difficult coworker.",
    "Quelles sont vos attentes salariales?",
    "Expliquez-moi un modèle DCF",
    "What is (in your view) the “best” KPI…",
    "   ",
    "Describe the close process... in detail",
    "How would you restate the consolidated cash flow statement of a group with three foreign subsidiaries, a \
     minority interest and an acquisition made half-way through the year, and what would you check first?",
    "Comment présenteriez-vous l’état consolidé des flux de trésorerie d’un groupe qui a trois filiales \
     étrangères, une participation minoritaire et une acquisition faite en cours d’exercice?",
];
const STRENGTHS: &[&str] = &[
    "Clear walk-through of the DCF",
    "Good rapport with Armin",
    "walking through the three-statement model",
    "Explication claire du modèle DCF",
    "Strong answer on (consolidation) topics.",
    "Nailed the “why us” question!",
    "  ",
];
const DESCRIPTIONS: &[&str] = &[
    "Called him Arnold",
    "Twenty minutes late",
    "Never mentioned my CPA licence",
    "I led the monthly close for a 40-entity group",
    "Forgot to mention leading the SAP migration",
    "J’ai oublié de mentionner mon titre de CPA",
    "Said they had 20 offices; they have 12",
    "My experience managing large teams.”",
    "I froze (completely) on the question about WACC...",
    "He said “fine",
    "Brown shoes",
    "I led the integration of three acquired finance teams across Canada, the United States and Mexico, \
     rebuilt the consolidation model from scratch, cut the close from ten days to five and trained twelve analysts \
     on the new process while also preparing the board pack every month",
    "Jose\u{301}’s team – the “transformation” project, [Q3] budget; reforecast…",
    "   ",
    "Oublié : la migration SAP (2019-2021) et la gestion d’une équipe de 6 personnes.",
    "Never mentioned that I built the rolling forecast for the whole Americas region, presented it to the CFO \
     every quarter, reconciled it with the budget line by line and cut the variance to under two percent in a year",
    "J’ai oublié de dire que j’ai bâti les prévisions continues pour toute la région des Amériques, que je les \
     présentais chaque trimestre à la cheffe des finances et que l’écart est passé sous les deux pour cent",
    "I led the audit readiness work (twelve entities, four countries) and wrote every memo the external auditors \
     asked for, which cut the year-end fieldwork from six weeks to three and saved about 200k in fees",
];
const CIRCUMSTANCES: &[&str] = &[
    "a family emergency",
    "a family emergency (my father was taken to hospital that morning and I drove him there)",
    "une urgence familiale",
    "the train was cancelled...",
];
const CORRECTIONS: &[(&str, &str)] = &[
    (
        "your Montreal office had opened in 2015 with a team of forty people working on the retail bank's \
         reporting and planning",
        "it opened in 2019 and now has more than one hundred and twenty people across finance, risk and treasury",
    ),
    ("they had 20 offices", "they have 12"),
    ("the firm was founded in 1999", "it was founded in 2004."),
    ("vous aviez 20 bureaux", "vous en avez 12"),
    ("“Q3” results were down", "they were up (by 4 %)"),
    ("", ""),
];
const ZONES: &[Option<Tz>] = &[
    None,
    Some(Tz::America__New_York),
    Some(Tz::America__Toronto),
    Some(Tz::Europe__London),
    Some(Tz::Asia__Tokyo),
    Some(Tz::Australia__Sydney),
    Some(Tz::UTC),
];
const OUTCOMES: &[Outcome] = Outcome::ALL;

fn interviewers(rng: &mut Rng) -> Vec<Interviewer> {
    (0..rng.below(4))
        .map(|_| Interviewer {
            name: rng.pick(NAMES).to_string(),
            title: rng.maybe(40, TITLES),
            email: None,
        })
        .collect()
}

fn questions(rng: &mut Rng) -> Vec<Question> {
    (0..rng.below(5))
        .map(|_| Question {
            question: rng.pick(QUESTIONS).to_string(),
            answer_summary: rng.maybe(20, &["Summarised later."]),
            quality: rng.pick(AnswerQuality::ALL),
        })
        .collect()
}

fn gaffe(rng: &mut Rng, kind: GaffeKind) -> GaffeFacts {
    GaffeFacts {
        kind,
        description: rng.maybe(65, DESCRIPTIONS),
        noticed: rng.pick(Noticed::ALL),
        moment: rng.pick(Moment::ALL),
        corrected_in_interview: rng.chance(15),
        extenuating_circumstance: rng.maybe(20, CIRCUMSTANCES),
        question_index: rng.chance(40).then(|| rng.below(5)),
        correction: rng.chance(50).then(|| {
            let (said, correct) = rng.pick(CORRECTIONS);
            Correction {
                said: said.to_string(),
                correct: correct.to_string(),
            }
        }),
    }
}

fn earlier(rng: &mut Rng) -> BTreeMap<GaffeKind, usize> {
    (0..rng.below(4))
        .map(|_| (rng.pick(GaffeKind::ALL), rng.below(4)))
        .collect()
}

/// Case `i` of the corpus: locale, tone, outcome and the first gaffe's kind cycle through every combination.
fn case(i: usize, rng: &mut Rng) -> (PlanInput, Locale) {
    let locale = [Locale::En, Locale::FrCa][i % 2];
    let tone = [NoteTone::Formal, NoteTone::Warm][(i / 2) % 2];
    let outcome = OUTCOMES[(i / 4) % OUTCOMES.len()];
    let first_kind = GaffeKind::ALL[(i / 24) % GaffeKind::ALL.len()];
    // A Saturday night, a Monday morning, a Friday afternoon, a day in the DST change.
    let occurred_at: DateTime<Utc> = rng
        .pick(&[
            "2026-11-20T14:00:00Z",
            "2026-11-21T23:30:00Z",
            "2026-11-23T08:15:00Z",
            "2026-11-27T19:45:00Z",
            "2026-03-08T06:30:00Z",
            "2026-10-31T12:00:00Z",
        ])
        .parse()
        .expect("a time");
    let interview = InterviewFacts {
        company: rng.pick(COMPANIES).to_string(),
        role_title: rng.pick(ROLES).to_string(),
        stage: rng.pick(Stage::ALL),
        format: rng.pick(Format::ALL),
        occurred_at,
        duration_minutes: rng.chance(70).then_some(60),
        interviewers: interviewers(rng),
        questions: questions(rng),
        strengths: (0..rng.below(4))
            .map(|_| rng.pick(STRENGTHS).to_string())
            .collect(),
        self_rating: 1 + rng.below(5) as u8,
        outcome,
        employer_interest: rng.pick(EmployerInterest::ALL),
    };
    let gaffes = if i % 5 == 4 {
        long_note_gaffes(rng, first_kind)
    } else {
        gaffes(rng, first_kind)
    };
    let interview = if i % 5 == 4 {
        long_note_interview(rng, interview)
    } else {
        interview
    };
    let assessment = assess_in(locale, &interview, &gaffes);
    let hours = rng.pick(&[-2, 0, 1, 3, 9, 20, 30, 50, 80, 240]);
    let now = occurred_at + TimeDelta::hours(hours) + TimeDelta::minutes(rng.below(60) as i64);
    let input = PlanInput::new(interview, gaffes, &assessment, now, tone)
        .with_earlier_interviews(earlier(rng))
        .in_time_zone(rng.pick(ZONES))
        .in_locale(locale);
    (input, locale)
}

/// Up to six gaffes, the first of `first_kind`.
fn gaffes(rng: &mut Rng, first_kind: GaffeKind) -> Vec<GaffeFacts> {
    let count = rng.pick(&[0, 1, 1, 2, 2, 3, 3, 4, 5, 6]);
    (0..count)
        .map(|n| {
            // Extra experiences and technical blanks make the long notes whose quotes get shortened.
            let kind = match (n, rng.below(10)) {
                (0, _) => first_kind,
                (_, 0..=2) => GaffeKind::OmittedKeyExperience,
                (_, 3) => GaffeKind::TechnicalBlank,
                _ => rng.pick(GaffeKind::ALL),
            };
            gaffe(rng, kind)
        })
        .collect()
}

/// An open interview with many interviewers and a long blanked question: with [`long_note_gaffes`], a note that
/// must shorten its quotes (or its repairs) to fit its word budget.
fn long_note_interview(rng: &mut Rng, interview: InterviewFacts) -> InterviewFacts {
    let mut questions = interview.questions;
    questions.insert(
        0,
        Question {
            question: QUESTIONS[10 + rng.below(2)].to_string(),
            answer_summary: None,
            quality: AnswerQuality::Blanked,
        },
    );
    const LONG_NAMES: [&str; 6] = [
        "Armin Keller-Baumgartner",
        "Olivia Marchetti-Côté",
        "Priya Shah",
        "Jean-Franc\u{327}ois Beauchemin-Lalonde",
        "Maximilian von Hohenberg",
        "Dr. Anna-Lena Vogel-Schmidt",
    ];
    let mut interviewers = interviewers(rng);
    for name in &LONG_NAMES[..1 + rng.below(LONG_NAMES.len())] {
        interviewers.push(Interviewer {
            name: name.to_string(),
            title: rng.maybe(30, TITLES),
            email: None,
        });
    }
    let role_title = match rng.below(3) {
        0 => "Senior Manager, Financial Planning and Analysis (Corporate Development and Treasury)"
            .to_string(),
        _ => interview.role_title,
    };
    let company = match rng.below(2) {
        0 => "Caisse de de\u{301}po\u{302}t et placement du Québec, Direction des placements privés et des \
              infrastructures"
            .to_string(),
        _ => interview.company,
    };
    InterviewFacts {
        outcome: rng.pick(&[Outcome::Pending, Outcome::NoResponse]),
        company,
        role_title,
        questions,
        interviewers,
        ..interview
    }
}

/// Several long experiences and surely noticed slips with long texts, the first of `first_kind`.
fn long_note_gaffes(rng: &mut Rng, first_kind: GaffeKind) -> Vec<GaffeFacts> {
    let long = |rng: &mut Rng, kind: GaffeKind| GaffeFacts {
        description: Some(DESCRIPTIONS[DESCRIPTIONS.len() - 1 - rng.below(4)].to_string()),
        noticed: Noticed::Certain,
        question_index: Some(0),
        correction: rng.chance(50).then(|| Correction {
            said: CORRECTIONS[0].0.to_string(),
            correct: CORRECTIONS[0].1.to_string(),
        }),
        ..gaffe(rng, kind)
    };
    let mut gaffes = vec![long(rng, first_kind)];
    for _ in 0..2 + rng.below(3) {
        let kind = rng.pick(&[
            GaffeKind::OmittedKeyExperience,
            GaffeKind::OmittedKeyExperience,
            GaffeKind::TechnicalBlank,
            GaffeKind::FactualErrorAboutCompany,
            GaffeKind::SalaryBlank,
            GaffeKind::WrongInterviewerName,
        ]);
        gaffes.push(long(rng, kind));
    }
    gaffes
}

/// Random strings over the punctuation the text helpers treat specially, for `tidy_punctuation` and `nfc`.
fn punctuation_soup(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        ".", ",", ";", ":", "!", "?", "…", "”", "’", "\"", "'", ")", "]", "»", "\u{a0}", " ", "a",
        "teams", "e\u{301}", "é", "(", "“", "«", "...", "\u{308}", "İ",
    ];
    (0..rng.below(12)).map(|_| rng.pick(PIECES)).collect()
}

const CASES: usize = 4_320;

/// The digest of the outputs of the code before the text and plan hot paths were made cheaper.
const GOLDEN: (u64, usize) = (0xa6ec_8d25_734e_d16a, 39_464_323);

fn corpus_digest() -> Digest {
    let mut rng = Rng(0x5eed_2026_1207_0001);
    let mut digest = Digest {
        hash: 0xcbf2_9ce4_8422_2325,
        bytes: 0,
    };
    for i in 0..CASES {
        let (input, locale) = case(i, &mut rng);
        let assessment = assess_in(locale, &input.interview, &input.gaffes);
        digest.add(&serde_json::to_string(&assessment).expect("an assessment serialises"));
        digest.add(&format!("{:?}", generate_plan(&input)));
    }
    for _ in 0..20_000 {
        let soup = punctuation_soup(&mut rng);
        digest.add(&tidy_punctuation(&soup));
        digest.add(&nfc(&soup));
    }
    digest
}

#[test]
fn the_corpus_outputs_are_unchanged() {
    let digest = corpus_digest();
    println!(
        "golden digest: {:016x} over {} bytes",
        digest.hash, digest.bytes
    );
    assert_eq!((digest.hash, digest.bytes), GOLDEN, "an output changed");
}
