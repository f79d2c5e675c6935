//! The drafted follow-up note as the API shows it (in a recovery plan's `follow_up_note` step), the structured
//! correction on a factual-error gaffe, and the note review's handling of names and excuses.

use serde_json::{json, Value};

use crate::fixtures::{
    ago, create_gaffe, create_interview, generate_plan, id, owner_with_candidate,
    rich_interview_body,
};
use crate::helpers::TestApp;

/// The drafted note of a plan.
fn drafted_note(plan: &Value) -> String {
    plan["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("no steps in {plan}"))
        .iter()
        .find(|s| s["kind"] == "follow_up_note")
        .and_then(|s| s["draft"].as_str())
        .unwrap_or_else(|| panic!("no drafted note in {plan}"))
        .to_string()
}

/// A rich interview with `outcome`, with a salary blank and a missed experience the panel surely noticed; returns
/// (owner token, interview id).
async fn interview_with_slips(app: &TestApp, outcome: &str) -> (String, String) {
    let (owner, person) = owner_with_candidate(app).await;
    let mut body = rich_interview_body(&person, &ago(1, 0), 2);
    body["outcome"] = json!(outcome);
    let interview_id = id(&create_interview(app, &owner, &body).await);
    for gaffe in [
        json!({"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}),
        json!({"kind": "omitted_key_experience", "noticed": "certain", "moment": "mid",
               "description": "Never mentioned leading the group consolidation at Contoso"}),
    ] {
        create_gaffe(app, &owner, &interview_id, &gaffe).await;
    }
    (owner, interview_id)
}

#[actix_web::test]
async fn a_rejected_candidates_note_thanks_and_asks_for_feedback_without_a_salary_range_or_next_steps(
) {
    let app = TestApp::spawn().await;
    let (owner, interview_id) = interview_with_slips(&app, "rejected").await;
    let note = drafted_note(&generate_plan(&app, &owner, &interview_id, &json!({})).await);
    for never in ["[your range]", "salary", "next steps", "Contoso"] {
        assert!(!note.contains(never), "{never}: {note}");
    }
    assert!(note.contains("another role"), "{note}");
    assert!(note.contains("feedback"), "{note}");
}

#[actix_web::test]
async fn a_candidate_who_advanced_gets_a_plain_thank_you_that_looks_to_the_next_stage() {
    let app = TestApp::spawn().await;
    let (owner, interview_id) = interview_with_slips(&app, "advanced").await;
    let note = drafted_note(&generate_plan(&app, &owner, &interview_id, &json!({})).await);
    assert!(
        !note.contains("[your range]") && !note.contains("Contoso"),
        "{note}"
    );
    assert!(note.contains("next stage"), "{note}");
    let pending = TestApp::spawn().await;
    let (owner, interview_id) = interview_with_slips(&pending, "pending").await;
    let open = drafted_note(&generate_plan(&pending, &owner, &interview_id, &json!({})).await);
    assert!(
        open.contains("[your range]") && open.contains("Contoso"),
        "{open}"
    );
}

#[actix_web::test]
async fn two_different_interviews_get_notes_about_their_own_conversations() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let first = rich_interview_body(&person, &ago(1, 0), 2);
    let mut second = rich_interview_body(&person, &ago(2, 0), 3);
    second["company"] = json!("Fjord Capital");
    second["role_title"] = json!("Audit Manager");
    second["strengths"] = json!(["Explained how I planned the group audit for a 30-entity client"]);
    let mut drafts = Vec::new();
    for body in [&first, &second] {
        let interview_id = id(&create_interview(&app, &owner, body).await);
        drafts.push(drafted_note(
            &generate_plan(&app, &owner, &interview_id, &json!({})).await,
        ));
    }
    let opening = |note: &str| note.split("\n\n").nth(1).unwrap_or_default().to_string();
    assert!(
        opening(&drafts[0]).contains("variance analysis case"),
        "{}",
        drafts[0]
    );
    assert!(
        opening(&drafts[1]).contains("how I planned the group audit"),
        "{}",
        drafts[1]
    );
    assert!(drafts[1].contains("Audit Manager") && drafts[1].contains("Fjord Capital"));
    let masked = |note: &str, company: &str, role: &str| {
        opening(note).replace(company, "").replace(role, "")
    };
    assert_ne!(
        masked(
            &drafts[0],
            "Harbor & Finch Capital",
            "Senior Financial Analyst"
        ),
        masked(&drafts[1], "Fjord Capital", "Audit Manager")
    );
}

#[actix_web::test]
async fn a_decomposed_zoe_in_the_note_is_the_logged_composed_zoe() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let mut body = rich_interview_body(&person, &ago(1, 0), 2);
    body["interviewers"] = json!([{"name": "Zo\u{eb} M\u{fc}ller", "title": "Controller"}]);
    let interview_id = id(&create_interview(&app, &owner, &body).await);
    for greeting in [
        "Dear Zoe\u{308},",
        "Dear Zoe\u{308} Mu\u{308}ller,",
        "Dear ZO\u{cb} M\u{dc}LLER,",
    ] {
        let text = format!(
            "{greeting}\n\nThank you for meeting with me about the Senior Financial Analyst role. I remain very \
             interested in the position.\n\nKind regards,\nJordan"
        );
        let reviewed = app
            .post_json(
                "/v1/follow-up-notes/review",
                Some(&owner),
                &json!({"text": text, "interview_id": interview_id}),
            )
            .await;
        assert_eq!(reviewed.status, 200, "{}", reviewed.text);
        assert_eq!(
            reviewed.body["findings"],
            json!([]),
            "{greeting}: {}",
            reviewed.text
        );
    }
    let wrong = app
        .post_json(
            "/v1/follow-up-notes/review",
            Some(&owner),
            &json!({"text": "Dear Zoe,\n\nThank you! I remain very interested.", "interview_id": interview_id}),
        )
        .await;
    assert_eq!(
        wrong.body["findings"][0]["kind"], "unknown_name",
        "{}",
        wrong.text
    );
}

#[actix_web::test]
async fn a_structured_correction_is_stored_and_written_into_the_note_as_a_sentence() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let mut body = rich_interview_body(&person, &ago(1, 0), 2);
    body["company"] = json!("Fjord Capital");
    let interview_id = id(&create_interview(&app, &owner, &body).await);
    let logged = create_gaffe(
        &app,
        &owner,
        &interview_id,
        &json!({
            "kind": "factual_error_about_company",
            "description": "Said they had 20 offices; they have 12.",
            "noticed": "certain",
            "moment": "mid",
            "correction": {"said": "  they had 20 offices ", "correct": "they have 12"}
        }),
    )
    .await;
    assert_eq!(
        logged["correction"],
        json!({"said": "they had 20 offices", "correct": "they have 12"})
    );
    let fetched = app
        .get(
            &format!("/v1/interviews/{interview_id}/gaffes/{}", id(&logged)),
            Some(&owner),
        )
        .await;
    assert_eq!(fetched.body["correction"], logged["correction"]);

    let note = drafted_note(&generate_plan(&app, &owner, &interview_id, &json!({})).await);
    assert!(
        note.contains("When we spoke, I said you had 20 offices; in fact, you have 12."),
        "{note}"
    );
    assert!(!note.contains("Said they"), "{note}");

    // Removing the correction leaves placeholders, never the pasted description.
    let cleared = app
        .patch_json(
            &format!("/v1/interviews/{interview_id}/gaffes/{}", id(&logged)),
            Some(&owner),
            &json!({"correction": null}),
        )
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text);
    assert_eq!(cleared.body["correction"], Value::Null);
    let note = drafted_note(&generate_plan(&app, &owner, &interview_id, &json!({})).await);
    assert!(
        note.contains("[what you said]") && !note.contains("20 offices"),
        "{note}"
    );
}

#[actix_web::test]
async fn a_bad_correction_is_a_400_naming_the_field_and_one_on_the_wrong_kind_a_422() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let interview_id =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(1, 0), 2)).await);
    let path = format!("/v1/interviews/{interview_id}/gaffes");
    let factual = |correction: Value| {
        json!({"kind": "factual_error_about_company", "noticed": "certain", "moment": "mid",
               "correction": correction})
    };
    let cases = [
        (
            factual(json!({"said": "", "correct": "12"})),
            vec!["correction.said"],
        ),
        (
            factual(json!({"said": "20 offices", "correct": "   "})),
            vec!["correction.correct"],
        ),
        (
            factual(json!({"said": "a".repeat(151), "correct": "12"})),
            vec!["correction.said"],
        ),
        (
            factual(json!({"said": "20\u{0} offices", "correct": "12"})),
            vec!["correction.said"],
        ),
        (
            factual(json!({"said": "20 offices", "correct": "12\nor so"})),
            vec!["correction.correct"],
        ),
    ];
    for (body, fields) in cases {
        let response = app.post_json(&path, Some(&owner), &body).await;
        response.assert_problem(400, "validation_failed");
        assert_eq!(response.error_fields(), fields, "{}", response.text);
    }
    // Well-formed, but only a factual error takes a correction: a rule across fields, so a 422.
    let wrong_kind = app
        .post_json(
            &path,
            Some(&owner),
            &json!({"kind": "salary_blank", "noticed": "certain", "moment": "mid",
                    "correction": {"said": "20 offices", "correct": "12"}}),
        )
        .await;
    wrong_kind.assert_problem(422, "unprocessable_value");
    assert_eq!(
        wrong_kind.error_fields(),
        vec!["correction"],
        "{}",
        wrong_kind.text
    );
    let unknown = app
        .post_json(
            &path,
            Some(&owner),
            &factual(json!({"said": "20 offices", "correct": "12", "source": "me"})),
        )
        .await;
    assert_eq!(unknown.status, 400, "{}", unknown.text);
    assert_eq!(
        unknown.header("content-type"),
        Some("application/problem+json")
    );
    let longest = app
        .post_json(
            &path,
            Some(&owner),
            &factual(json!({"said": "a".repeat(150), "correct": "b".repeat(150)})),
        )
        .await;
    assert_eq!(longest.status, 201, "{}", longest.text);

    // A preview validates gaffes the same way, with the gaffe's place in the body.
    let mut draft = rich_interview_body(&person, &ago(1, 0), 2);
    draft.as_object_mut().unwrap().remove("candidate_id");
    let preview = app
        .post_json(
            "/v1/assessments/preview",
            Some(&owner),
            &json!({"interview": draft, "gaffes": [
                {"kind": "late", "noticed": "certain", "moment": "arrival",
                 "correction": {"said": "nine", "correct": "ten"}}
            ]}),
        )
        .await;
    preview.assert_problem(422, "unprocessable_value");
    assert_eq!(
        preview.error_fields(),
        vec!["gaffes[0].correction"],
        "{}",
        preview.text
    );
}

#[actix_web::test]
async fn the_review_catches_an_excuse_and_self_deprecation_without_trigger_words() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    let text = "Dear Armin,\n\nThank you for meeting with me. I had been up all night with a sick child and hadn't \
                slept. I know I completely bombed the interview and made a mess of the salary question.\n\nI remain \
                very interested in the role.\n\nKind regards,\nJordan";
    let reviewed = app
        .post_json(
            "/v1/follow-up-notes/review",
            Some(&owner),
            &json!({"text": text}),
        )
        .await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.text);
    let flagged: Vec<(String, String)> = reviewed.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let start = f["span"]["start"].as_u64().unwrap() as usize;
            let end = f["span"]["end"].as_u64().unwrap() as usize;
            let said: String = text.chars().skip(start).take(end - start).collect();
            (f["kind"].as_str().unwrap().to_string(), said)
        })
        .collect();
    let expected = [
        ("excuse", "I had been up all night with a sick child"),
        ("self_deprecation", "bombed"),
        ("self_deprecation", "made a mess of"),
    ];
    assert_eq!(
        flagged,
        expected
            .iter()
            .map(|(k, s)| (k.to_string(), s.to_string()))
            .collect::<Vec<_>>()
    );
}
