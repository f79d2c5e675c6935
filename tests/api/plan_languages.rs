//! Which language a recovery plan is written in (issue 26): a workspace's default language, the candidate's
//! `locale` (validated, defaulting to the workspace's), the plan written in its candidate's language with
//! `Content-Language`, a stored plan that keeps its language when the candidate's changes, and insights in the
//! candidate's language now.

use serde_json::{json, Value};

use crate::fixtures::{
    ago, create_candidate, create_gaffe, create_interview, gaffe_body, generate_plan, id,
    plans_path, rich_interview_body, user_of_role,
};
use crate::helpers::{access_token, TestApp, PASSWORD};

/// Signs up a workspace whose default language is `locale`; returns the owner's token.
async fn owner_of_workspace_in(app: &TestApp, email: &str, locale: &str) -> String {
    let signed_up = app
        .post_json(
            "/v1/signup",
            None,
            &json!({"workspace_name": "Coaching Laurentides", "email": email, "password": PASSWORD,
                    "display_name": "Hélène Côté", "locale": locale}),
        )
        .await;
    assert_eq!(signed_up.status, 201, "{}", signed_up.text);
    assert_eq!(signed_up.body["workspace"]["locale"], "fr-CA");
    access_token(&app.login(email, PASSWORD).await)
}

/// A candidate of `locale` (the workspace's when `None`) with a rated interview and a wrong-name gaffe; returns the
/// candidate's and the interview's ids.
async fn candidate_with_interview(
    app: &TestApp,
    owner: &str,
    locale: Option<&str>,
) -> (String, String) {
    let mut body =
        json!({"display_name": "Émilie Bélanger-Lévesque", "time_zone": "America/Toronto"});
    if let Some(locale) = locale {
        body["locale"] = json!(locale);
    }
    let person = id(&create_candidate(app, owner, &body).await);
    // Logged in French: what the candidate wrote is quoted as written.
    let mut body = rich_interview_body(&person, &ago(1, 0), 2);
    body["company"] = json!("Groupe financier Léger-Hébert");
    body["role_title"] = json!("Analyste financière principale");
    body["questions"] = json!([
        {"question": "Quelles sont vos attentes salariales?", "quality": "blanked"},
        {"question": "Parlez-moi d’un collègue difficile.", "quality": "weak"},
        {"question": "Expliquez-nous une analyse d’écarts.", "quality": "strong"}
    ]);
    body["strengths"] = json!(["l’analyse d’écarts, menée avec aisance"]);
    let interview = id(&create_interview(app, owner, &body).await);
    create_gaffe(
        app,
        owner,
        &interview,
        &gaffe_body("wrong_interviewer_name"),
    )
    .await;
    (person, interview)
}

/// The plan's step of `kind`.
fn step<'a>(plan: &'a Value, kind: &str) -> &'a Value {
    plan["steps"]
        .as_array()
        .and_then(|steps| steps.iter().find(|s| s["kind"] == kind))
        .unwrap_or_else(|| panic!("no {kind} step in {plan}"))
}

/// English words a French text never uses.
const ENGLISH_STOP_WORDS: [&str; 15] = [
    "the", "and", "your", "you", "with", "of", "to", "for", "this", "that", "is", "be", "we",
    "our", "thank",
];

/// Asserts that every text of the plan is French: each step's title, what to do, reasons and draft (the follow-up
/// note's and the reference tip-off's steps too), each omitted step's reason, the encouragement, the lessons and the
/// assessment's explanations: no English stop-word, no message id, no English typography.
fn assert_is_french(plan: &Value) {
    assert_eq!(
        step(plan, "review")["title"],
        "Faites le bilan de l’entrevue, à froid"
    );
    assert_eq!(
        step(plan, "follow_up_note")["title"],
        "Envoyez un court mot de remerciement"
    );
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap().to_owned())
            .collect()
    };
    let mut texts: Vec<String> = Vec::new();
    for step in plan["steps"].as_array().unwrap() {
        texts.extend(["title", "what_to_do"].map(|f| step[f].as_str().unwrap().to_owned()));
        texts.extend(strings(&step["why"]));
        texts.extend(step["draft"].as_str().map(str::to_owned));
    }
    for omitted in plan["omitted"].as_array().unwrap() {
        texts.push(omitted["reason"].as_str().unwrap().to_owned());
    }
    texts.extend(plan["encouragement"].as_str().map(str::to_owned));
    for lesson in plan["lessons"].as_array().unwrap() {
        texts.push(lesson["prevention"].as_str().unwrap().to_owned());
    }
    let assessment = &plan["assessment"];
    for gaffe in assessment["gaffes"].as_array().unwrap() {
        texts.extend(strings(&gaffe["reasons"]));
    }
    for question in assessment["questions"].as_array().unwrap() {
        texts.push(question["reason"].as_str().unwrap().to_owned());
    }
    texts.extend(strings(&assessment["offsets"]));
    texts.push(
        assessment["calibration"]["note"]
            .as_str()
            .unwrap()
            .to_owned(),
    );
    assert!(texts.len() > 12, "{texts:?}");
    for text in texts {
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
        {
            assert!(
                !ENGLISH_STOP_WORDS.contains(&word.as_str()),
                "{word:?} in {text}"
            );
        }
        assert!(!text.contains("plan-") && !text.contains('{'), "{text}");
        assert!(!text.contains(['"', '\'']), "{text}");
        for mark in [" ;", " !", " ?", "\u{a0};", "\u{a0}!", "\u{a0}?"] {
            assert!(!text.contains(mark), "{mark:?} in {text}");
        }
    }
}

/// The field names a problem response's `errors[]` names.
fn named_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["field"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[actix_web::test]
async fn a_candidates_locale_must_be_a_language_rebound_writes_in() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    for refused in ["de", "fr", "fr-FR", "english", ""] {
        let response = app
            .post_json(
                "/v1/candidates",
                Some(&owner),
                &json!({"display_name": "Jordan Reyes", "locale": refused}),
            )
            .await;
        let problem = response.assert_problem(422, "unprocessable_value");
        assert_eq!(named_fields(problem), ["locale"], "{refused}: {problem}");
        assert_eq!(
            problem["errors"][0]["message"], "must be one of: en, fr-CA",
            "{refused}"
        );
    }
    // BCP 47 tags are case-insensitive; the answer spells the tag as Rebound does.
    let created = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Jordan Reyes", "locale": "FR-ca"}),
    )
    .await;
    assert_eq!(created["locale"], "fr-CA");
    let person = id(&created);
    let read = app
        .get(&format!("/v1/candidates/{person}"), Some(&owner))
        .await;
    assert_eq!(read.body["locale"], "fr-CA");
    let listed = app.get("/v1/candidates", Some(&owner)).await;
    assert_eq!(listed.body["data"][0]["locale"], "fr-CA");

    let path = format!("/v1/candidates/{person}");
    let refused = app
        .patch_json(&path, Some(&owner), &json!({"locale": "es"}))
        .await;
    assert_eq!(
        named_fields(refused.assert_problem(422, "unprocessable_value")),
        ["locale"]
    );
    let cleared = app
        .patch_json(&path, Some(&owner), &json!({"locale": null}))
        .await;
    assert_eq!(cleared.status, 400, "{}", cleared.text);
    let changed = app
        .patch_json(&path, Some(&owner), &json!({"locale": "en"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["locale"], "en");
}

#[actix_web::test]
async fn a_new_candidate_gets_the_workspace_language_which_an_admin_can_change() {
    let app = TestApp::spawn().await;
    // Without a language at sign-up, a workspace writes in English.
    let english = app.signup("english@example.com").await;
    assert_eq!(english["workspace"]["locale"], "en");
    let refused = app
        .post_json(
            "/v1/signup",
            None,
            &json!({"workspace_name": "X", "email": "x@example.com", "password": PASSWORD,
                    "display_name": "X", "locale": "klingon"}),
        )
        .await;
    assert_eq!(
        named_fields(refused.assert_problem(422, "unprocessable_value")),
        ["locale"]
    );

    let owner = owner_of_workspace_in(&app, "helene@example.com", "fr-ca").await;
    let me = app.get("/v1/me", Some(&owner)).await;
    assert_eq!(me.body["workspace"]["locale"], "fr-CA");
    let french = create_candidate(&app, &owner, &json!({"display_name": "Émilie"})).await;
    assert_eq!(french["locale"], "fr-CA");
    let english_anyway = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Jordan", "locale": "en"}),
    )
    .await;
    assert_eq!(english_anyway["locale"], "en");

    // A coach may not change the workspace; an admin may, and only new candidates follow.
    let (_, coach) = user_of_role(&app, &owner, "coach@example.com", "coach").await;
    let forbidden = app
        .patch_json("/v1/me/workspace", Some(&coach), &json!({"locale": "en"}))
        .await;
    assert_eq!(forbidden.status, 403, "{}", forbidden.text);
    let bad = app
        .patch_json("/v1/me/workspace", Some(&owner), &json!({"locale": "fr"}))
        .await;
    assert_eq!(
        named_fields(bad.assert_problem(422, "unprocessable_value")),
        ["locale"]
    );
    let changed = app
        .patch_json("/v1/me/workspace", Some(&owner), &json!({"locale": "en"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["locale"], "en");
    let me = app.get("/v1/me", Some(&owner)).await;
    assert_eq!(me.body["workspace"]["locale"], "en");
    let later = create_candidate(&app, &owner, &json!({"display_name": "Sam"})).await;
    assert_eq!(later["locale"], "en");
    let earlier = app
        .get(&format!("/v1/candidates/{}", id(&french)), Some(&owner))
        .await;
    assert_eq!(earlier.body["locale"], "fr-CA");
}

#[actix_web::test]
async fn a_plan_is_written_in_its_candidates_language_and_keeps_it() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (person, interview) = candidate_with_interview(&app, &owner, Some("fr-CA")).await;
    let created = app
        .post_json(&plans_path(&interview), Some(&owner), &json!({}))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.header("content-language"), Some("fr-CA"));
    let french = created.body;
    assert_eq!(french["locale"], "fr-CA");
    assert_is_french(&french);
    // The note's and the tip-off's steps are French too, naming the interviewers as logged.
    let note = step(&french, "follow_up_note")["what_to_do"]
        .as_str()
        .unwrap();
    assert!(
        note.starts_with(
            "Envoyez le mot ci-dessous à Armin Vogel et Priya Natarajan (objet\u{a0}: "
        ),
        "{note}"
    );
    // Logged a day later: by then, the ideal moment (within a day) has passed or is about to.
    assert!(
        note.contains("Envoyez-le au plus tard le ")
            || note.ends_with("envoyez-le quand même, sans tarder."),
        "{note}"
    );
    let tip_off = french["omitted"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == "reference_tip_off")
        .expect("no reference to brief");
    assert!(
        tip_off["reason"]
            .as_str()
            .unwrap()
            .starts_with("Rien qu’une référence puisse ajouter\u{a0}: "),
        "{tip_off}"
    );
    assert!(
        french["assessment"]["calibration"]["note"]
            .as_str()
            .unwrap()
            .contains("sur 5"),
        "{}",
        french["assessment"]
    );
    let plan_path = format!("{}/{}", plans_path(&interview), id(&french));

    // The candidate switches to English: the stored plan stays French, byte for byte; a new plan is English.
    let switched = app
        .patch_json(
            &format!("/v1/candidates/{person}"),
            Some(&owner),
            &json!({"locale": "en"}),
        )
        .await;
    assert_eq!(switched.status, 200, "{}", switched.text);
    let read = app.get(&plan_path, Some(&owner)).await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(read.header("content-language"), Some("fr-CA"));
    assert_eq!(read.body, french);
    let english = generate_plan(&app, &owner, &interview, &json!({})).await;
    assert_eq!(english["locale"], "en");
    assert_eq!(
        step(&english, "review")["title"],
        "Review the interview, clinically"
    );

    // A page holding both says both languages, newest plan's first; each plan says its own.
    let listed = app.get(&plans_path(&interview), Some(&owner)).await;
    assert_eq!(listed.header("content-language"), Some("en, fr-CA"));
    let locales: Vec<&Value> = listed.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["locale"])
        .collect();
    assert_eq!(locales, [&json!("en"), &json!("fr-CA")]);

    // The calendar of the French plan is French too.
    let calendar = app
        .get(&format!("{plan_path}/calendar.ics"), Some(&owner))
        .await;
    assert_eq!(calendar.status, 200, "{}", calendar.text);
    assert_eq!(calendar.header("content-language"), Some("fr-CA"));
    assert!(
        calendar
            .text
            .contains("X-WR-CALNAME:Plan de rebond Rebound"),
        "{}",
        calendar.text
    );
}

#[actix_web::test]
async fn another_workspace_neither_sees_a_french_plan_nor_inherits_its_language() {
    let app = TestApp::spawn().await;
    let owner = owner_of_workspace_in(&app, "helene@example.com", "fr-CA").await;
    let (_, interview) = candidate_with_interview(&app, &owner, None).await;
    let plan = generate_plan(&app, &owner, &interview, &json!({})).await;
    assert_eq!(plan["locale"], "fr-CA");

    let stranger = app.owner_token("stranger@example.com").await;
    let seen = app
        .get(
            &format!("{}/{}", plans_path(&interview), id(&plan)),
            Some(&stranger),
        )
        .await;
    assert_eq!(seen.status, 404, "{}", seen.text);
    assert_eq!(seen.header("content-language"), None);
    let listed = app.get(&plans_path(&interview), Some(&stranger)).await;
    assert_eq!(listed.status, 404, "{}", listed.text);
    let theirs = create_candidate(&app, &stranger, &json!({"display_name": "Sam"})).await;
    assert_eq!(theirs["locale"], "en");
}

#[actix_web::test]
async fn an_assessment_is_in_the_language_the_request_asks_for() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (_, interview) = candidate_with_interview(&app, &owner, Some("fr-CA")).await;
    let draft = json!({
        "interview": {"company": "Groupe financier Léger-Hébert", "role_title": "Analyste financière principale",
                      "stage": "final", "format": "onsite", "occurred_at": ago(1, 0), "self_rating": 2},
        "gaffes": [{"kind": "late", "noticed": "likely", "moment": "arrival", "corrected_in_interview": true}]
    });
    let preview = |language: Option<&'static str>| {
        let mut request = app
            .request(reqwest::Method::POST, "/v1/assessments/preview")
            .token(&owner)
            .json(&draft);
        if let Some(language) = language {
            request = request.header("accept-language", language);
        }
        request.send()
    };
    let english = preview(None).await;
    assert_eq!(english.status, 200, "{}", english.text);
    assert_eq!(english.header("content-language"), Some("en"));
    assert_eq!(
        english.body["gaffes"][0]["reasons"][0],
        "\"Arrived late\" is a serious gaffe (severity 7 of 10)."
    );
    let french = preview(Some("fr-CA, en;q=0.5")).await;
    assert_eq!(french.status, 200, "{}", french.text);
    assert_eq!(french.header("content-language"), Some("fr-CA"));
    // The same numbers, explained in French.
    for same in ["damage_score", "band", "raw_points", "offset_points"] {
        assert_eq!(french.body[same], english.body[same], "{same}");
    }
    assert_eq!(
        french.body["gaffes"][0]["reasons"][3],
        "Vous l’avez corrigé pendant l’entrevue, ce qui réduit son poids de moitié."
    );
    let note = french.body["calibration"]["note"].as_str().unwrap();
    assert!(
        note.starts_with("Vous avez donné 2 sur 5 à l’entrevue"),
        "{note}"
    );

    // The interview's assessment, made on the fly, follows Accept-Language too.
    let assessed = app
        .request(
            reqwest::Method::GET,
            &format!("/v1/interviews/{interview}/assessment"),
        )
        .token(&owner)
        .header("accept-language", "fr")
        .send()
        .await;
    assert_eq!(assessed.status, 200, "{}", assessed.text);
    assert_eq!(assessed.header("content-language"), Some("fr-CA"));
    assert!(assessed
        .header("vary")
        .unwrap_or("")
        .contains("Accept-Language"));
    let reason = assessed.body["gaffes"][0]["reasons"][0].as_str().unwrap();
    assert!(
        reason.starts_with("«\u{a0}Erreur sur le nom d’un intervieweur\u{a0}» est un faux pas"),
        "{reason}"
    );
}

#[actix_web::test]
async fn insights_are_in_the_candidates_language_now_with_content_language() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let (person, interview) = candidate_with_interview(&app, &owner, Some("fr-CA")).await;
    let plan = generate_plan(&app, &owner, &interview, &json!({})).await;
    assert_eq!(plan["locale"], "fr-CA");
    let insights_path = format!("/v1/candidates/{person}/insights");

    let french = app.get(&insights_path, Some(&owner)).await;
    assert_eq!(french.status, 200, "{}", french.text);
    assert_eq!(french.header("content-language"), Some("fr-CA"));
    let insights = &french.body;
    let summary = insights["summary"].as_str().unwrap();
    assert!(
        summary
            .starts_with("Une seule entrevue enregistrée jusqu’ici, avec un score de dégâts de "),
        "{summary}"
    );
    let note = insights["self_rating"]["note"].as_str().unwrap();
    assert!(
        note.starts_with("En moyenne, vous donnez 2,0 sur 5 à votre entrevue"),
        "{note}"
    );
    let item = &insights["prep_checklist"][0];
    assert_eq!(item["kind"], "wrong_interviewer_name");
    assert_eq!(
        item["prevention"], plan["lessons"][0]["prevention"],
        "the French plan's own lesson"
    );
    for text in [summary, note, item["prevention"].as_str().unwrap()] {
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
        {
            assert!(
                !ENGLISH_STOP_WORDS.contains(&word.as_str()),
                "{word:?} in {text}"
            );
        }
        assert!(!text.contains(['"', '\'', '{']), "{text}");
    }

    // The candidate switches to English: the insights follow at once, the French plan's lesson becomes the
    // catalogue's advice in English.
    let switched = app
        .patch_json(
            &format!("/v1/candidates/{person}"),
            Some(&owner),
            &json!({"locale": "en"}),
        )
        .await;
    assert_eq!(switched.status, 200, "{}", switched.text);
    let english = app.get(&insights_path, Some(&owner)).await;
    assert_eq!(english.header("content-language"), Some("en"));
    let insights = &english.body;
    assert!(insights["summary"]
        .as_str()
        .unwrap()
        .starts_with("One interview logged so far, with a damage score of "));
    assert!(insights["prep_checklist"][0]["prevention"]
        .as_str()
        .unwrap()
        .starts_with("Write down every interviewer's name and title before you go in"));
}
