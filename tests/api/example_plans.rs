//! docs/src/example-plans.md shows recovery plans exactly as the code makes them (two English ones, and the first
//! interview again for a candidate whose `locale` is `fr-CA`): this test logs the interviews through the API with
//! the business clock set to a fixed moment, renders the plans it gets as Markdown,
//! and compares that with the part of the page between the `generated:example-plans` markers. After a change to
//! the plans, `REBOUND_UPDATE_DOCS=1 cargo test --test api example_plans` writes the page instead.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::{json, Value};

use crate::fixtures::{
    create_candidate, create_gaffe, create_interview, generate_plan, id, rfc3339,
    rich_interview_body,
};
use crate::helpers::TestApp;

const PAGE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/src/example-plans.md");
const START: &str = "<!-- generated:example-plans:start -->";
const END: &str = "<!-- generated:example-plans:end -->";

/// When the plans are made: Thu 26 Nov 2026, 13:00 UTC. The app's clock is set to it before each plan, so the
/// dates and times in the text are the same on every run.
fn made_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 13, 0, 0).unwrap()
}

/// Sets the app's business clock to `at` (it keeps running from there).
fn set_clock(app: &TestApp, at: DateTime<Utc>) {
    app.clock.advance(at - app.clock.now());
}

/// One interview of the page: how the page describes it, what is logged, and the steps its plan must have.
struct Scenario {
    heading: &'static str,
    description: &'static str,
    interview: Value,
    gaffes: Vec<Value>,
    steps: &'static [&'static str],
}

/// The steps of the fresh bad interview's plan, in either language.
const FRESH_STEPS: &[&str] = &[
    "cool_off",
    "review",
    "follow_up_note",
    "reference_tip_off",
    "second_interview_request",
    "lessons",
];

/// The fresh bad interview as a French-speaking candidate logs it: the same facts, their own words in French.
fn fresh_in_french(candidate_id: &str) -> Scenario {
    let mut interview =
        rich_interview_body(candidate_id, &rfc3339(made_at() - Duration::hours(2)), 1);
    interview["company"] = json!("Northwind Capital");
    interview["employer_interest"] = json!("strong");
    interview["role_title"] = json!("Analyste financière principale");
    interview["questions"] = json!([
        {"question": "Quelles sont vos attentes salariales?", "answer_summary": "J’ai figé.", "quality": "blanked"},
        {"question": "Parlez-nous d’un collègue difficile.", "quality": "weak"},
        {"question": "Expliquez-nous une analyse d’écarts.", "quality": "strong"}
    ]);
    interview["strengths"] = json!(["l’étude de cas sur l’analyse d’écarts, menée avec aisance"]);
    Scenario {
        heading: "The same interview, in Canadian French",
        description: "The fresh bad interview again, logged in French by a candidate whose `locale` is `fr-CA` (time \
                      zone\n`America/Toronto`): the same slips, described in the candidate's words, and the whole \
                      plan written in Canadian French.",
        interview,
        gaffes: vec![
            json!({"kind": "late", "noticed": "certain", "moment": "arrival",
                   "description": "Vingt minutes de retard; le train s’est arrêté avant la gare",
                   "extenuating_circumstance": "une panne de signalisation a immobilisé tous les trains de la ligne"}),
            json!({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid",
                   "description": "J’ai appelé Armin “Arnold” deux fois"}),
            json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
            json!({"kind": "omitted_key_experience", "noticed": "unsure", "moment": "mid",
                   "description": "J’ai dirigé la clôture mensuelle d’un groupe de 40 entités"}),
        ],
        steps: FRESH_STEPS,
    }
}

fn scenarios(candidate_id: &str) -> Vec<Scenario> {
    let mut fresh = rich_interview_body(candidate_id, &rfc3339(made_at() - Duration::hours(2)), 1);
    fresh["company"] = json!("Northwind Capital");
    fresh["employer_interest"] = json!("strong");
    let mut rejected =
        rich_interview_body(candidate_id, &rfc3339(made_at() - Duration::days(6)), 2);
    rejected["company"] = json!("Fjord Capital");
    rejected["outcome"] = json!("rejected");
    vec![
        Scenario {
            heading: "A fresh bad interview",
            description: "A final round at Northwind Capital two hours ago, rated 1/5, the employer's interest logged as \
                          `strong`: twenty\nminutes late (a signal failure, logged as the extenuating circumstance), \
                          the interviewer called \"Arnold\", a blank on\nsalary, and a key experience left out.",
            interview: fresh,
            gaffes: vec![
                json!({"kind": "late", "noticed": "certain", "moment": "arrival",
                       "description": "Twenty minutes late; the train stopped outside the station",
                       "extenuating_circumstance": "a signal failure stopped every train on the line"}),
                json!({"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid",
                       "description": "Called Armin 'Arnold' twice"}),
                json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
                json!({"kind": "omitted_key_experience", "noticed": "unsure", "moment": "mid",
                       "description": "I ran the monthly close for a 40-entity group"}),
            ],
            steps: FRESH_STEPS,
        },
        Scenario {
            heading: "A rejected interview",
            description: "A round at Fjord Capital six days ago, rated 2/5, outcome `rejected`, with a weak answer \
                          about a difficult coworker.",
            interview: rejected,
            gaffes: vec![
                json!({"kind": "weak_behavioral_answer", "noticed": "likely", "moment": "mid", "question_index": 1}),
            ],
            steps: &["review", "follow_up_note", "lessons"],
        },
    ]
}

fn text(value: &Value) -> &str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
}

/// A sentence: the text with a full stop, unless it already ends with one.
fn sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn text_block(out: &mut String, text: &str) {
    out.push_str(&format!("```text\n{text}\n```\n\n"));
}

/// The page's Markdown for one plan: ids, the assessment and the `lessons` array left out (the `lessons` step
/// says the same), due times to the minute.
fn render(scenario: &Scenario, plan: &Value) -> String {
    let mut out = format!("## {}\n\n{}\n\n", scenario.heading, scenario.description);
    out.push_str(&format!(
        "Damage {} ({}), rules `{}`.\n\n",
        plan["damage_score"],
        text(&plan["band"]),
        text(&plan["rules_version"])
    ));
    for step in plan["steps"].as_array().unwrap() {
        let due = crate::fixtures::parse_time(&step["due_at"]);
        out.push_str(&format!(
            "**{}. {}** (`{}`, due {} UTC)\n\n",
            step["position"],
            text(&step["title"]),
            text(&step["kind"]),
            due.format("%Y-%m-%d %H:%M")
        ));
        text_block(&mut out, text(&step["what_to_do"]));
        let why: Vec<&str> = step["why"].as_array().unwrap().iter().map(text).collect();
        out.push_str(&format!("Why: {}\n\n", sentence(&why.join("; "))));
        if let Some(draft) = step["draft"].as_str() {
            text_block(&mut out, draft);
        }
    }
    let omitted = plan["omitted"].as_array().unwrap();
    if !omitted.is_empty() {
        out.push_str("Left out:\n\n");
        for step in omitted {
            out.push_str(&format!(
                "- `{}`: {}\n",
                text(&step["kind"]),
                text(&step["reason"])
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "Encouragement: {}\n",
        text(&plan["encouragement"])
    ));
    out
}

/// Logs the scenario's interview and gaffes, and generates its plan at [`made_at`].
async fn plan_for(app: &TestApp, owner: &str, scenario: &Scenario) -> Value {
    set_clock(app, made_at());
    let interview = id(&create_interview(app, owner, &scenario.interview).await);
    for gaffe in &scenario.gaffes {
        create_gaffe(app, owner, &interview, gaffe).await;
    }
    set_clock(app, made_at());
    let plan = generate_plan(app, owner, &interview, &json!({})).await;
    let kinds: Vec<&str> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| text(&s["kind"]))
        .collect();
    assert_eq!(kinds, scenario.steps, "{}: {plan}", scenario.heading);
    plan
}

/// `page` with the part between the markers replaced by `generated`.
fn with_generated(page: &str, generated: &str) -> String {
    let start = page
        .find(START)
        .unwrap_or_else(|| panic!("{PAGE} lost its {START} marker"))
        + START.len();
    let end = page
        .find(END)
        .unwrap_or_else(|| panic!("{PAGE} lost its {END} marker"));
    format!("{}\n\n{generated}\n{}", &page[..start], &page[end..])
}

#[actix_web::test]
async fn the_example_plans_page_shows_the_plans_the_code_makes() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let candidate = id(&create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Maya Chen", "time_zone": "Europe/London"}),
    )
    .await);
    let francophone = id(&create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Émilie Bélanger-Lévesque", "time_zone": "America/Toronto", "locale": "fr-CA"}),
    )
    .await);
    let mut sections = Vec::new();
    for scenario in scenarios(&candidate) {
        let plan = plan_for(&app, &owner, &scenario).await;
        sections.push(render(&scenario, &plan));
    }
    let french = plan_for(&app, &owner, &fresh_in_french(&francophone)).await;
    assert_eq!(french["locale"], "fr-CA");
    sections.push(render(&fresh_in_french(&francophone), &french));

    let committed = std::fs::read_to_string(PAGE).expect("reading docs/src/example-plans.md");
    let generated = with_generated(&committed, &sections.join("\n"));
    if std::env::var_os("REBOUND_UPDATE_DOCS").is_some() {
        std::fs::write(PAGE, &generated).expect("writing docs/src/example-plans.md");
        return;
    }
    let first_difference = committed
        .lines()
        .zip(generated.lines())
        .position(|(c, g)| c != g)
        .map_or("the end".to_string(), |line| format!("line {}", line + 1));
    assert!(
        committed == generated,
        "docs/src/example-plans.md is out of date (first difference at {first_difference}). Regenerate it with:\n  \
         REBOUND_UPDATE_DOCS=1 cargo test --test api example_plans\nand commit the result."
    );
}
