//! The note review in the reader's language (issue 26): `Accept-Language` picks the language of the findings
//! (`Content-Language` says which), the body's `locale` the language the note is read in (by default the same).

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::ago;
use crate::fixtures::{create_interview, id, owner_with_candidate, rich_interview_body};
use crate::helpers::{Response, TestApp};

const NBSP: char = '\u{a0}';

async fn review(
    app: &TestApp,
    token: &str,
    accept_language: Option<&str>,
    body: &Value,
) -> Response {
    let mut request = app
        .request(Method::POST, "/v1/follow-up-notes/review")
        .token(token)
        .json(body);
    if let Some(language) = accept_language {
        request = request.header("accept-language", language);
    }
    request.send().await
}

const FRENCH_NOTE: &str = "Bonjour Arnold,\n\nMerci encore pour l’entrevue de mardi. Je suis vraiment désolée pour \
mon retard : le trafic m’a complètement déstabilisée. Je ne suis pas très bonne en négociation.\n\nLe poste \
m’intéresse toujours beaucoup.\n\nÉloïse Côté";

#[actix_web::test]
async fn a_french_note_reviewed_in_fr_ca_gets_french_findings_and_content_language() {
    let app = TestApp::spawn().await;
    let (owner, person) = owner_with_candidate(&app).await;
    let interview_id =
        id(&create_interview(&app, &owner, &rich_interview_body(&person, &ago(1, 0), 2)).await);
    let reviewed = review(
        &app,
        &owner,
        Some("fr-CA,fr;q=0.9,en;q=0.5"),
        &json!({"text": FRENCH_NOTE, "interview_id": interview_id}),
    )
    .await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.text);
    assert_eq!(reviewed.header("content-language"), Some("fr-CA"));
    let findings = reviewed.body["findings"].as_array().expect("findings");
    let kinds: Vec<&str> = findings
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["unknown_name", "apology", "excuse", "self_deprecation"],
        "{}",
        reviewed.text
    );
    let text = |i: usize, field: &str| findings[i][field].as_str().unwrap().to_owned();
    assert_eq!(
        text(0, "message"),
        format!("«{NBSP}Arnold{NBSP}» ne correspond au nom d’aucune des personnes inscrites pour cette entrevue.")
    );
    assert_eq!(
        text(0, "suggestion"),
        format!("Utilisez le nom inscrit{NBSP}: Armin.")
    );
    assert!(text(1, "message").starts_with(&format!("«{NBSP}désolée{NBSP}» présente des excuses")));
    assert!(
        text(2, "message").starts_with(&format!("«{NBSP}le trafic m’a")),
        "{}",
        text(2, "message")
    );
    // The spans are character offsets into the note as sent, accents and all.
    let span = &findings[1]["span"];
    let flagged: String = FRENCH_NOTE
        .chars()
        .skip(span["start"].as_u64().unwrap() as usize)
        .take((span["end"].as_u64().unwrap() - span["start"].as_u64().unwrap()) as usize)
        .collect();
    assert_eq!(flagged, "désolée");
    for finding in findings {
        for field in ["message", "suggestion"] {
            let said = finding[field].as_str().unwrap();
            for english in [" the ", " you ", " your ", "apolog"] {
                assert!(!said.contains(english), "{said}");
            }
        }
    }
}

#[actix_web::test]
async fn the_note_language_defaults_to_the_reader_language_and_can_differ_from_it() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    // A French note read in English: French rules, English findings.
    let english_reader = review(
        &app,
        &owner,
        None,
        &json!({"text": FRENCH_NOTE, "locale": "fr-CA"}),
    )
    .await;
    assert_eq!(english_reader.status, 200, "{}", english_reader.text);
    assert_eq!(english_reader.header("content-language"), Some("en"));
    assert_eq!(
        english_reader.body["findings"][0]["kind"], "apology",
        "{}",
        english_reader.text
    );
    assert_eq!(
        english_reader.body["findings"][0]["message"],
        "\u{201c}désolée\u{201d} apologises; an apology points at the slip instead of past it."
    );
    // Without `locale`, the French note is read with the English rules when the reader is English: no apology.
    let default = review(&app, &owner, None, &json!({"text": FRENCH_NOTE})).await;
    let kinds: Vec<&str> = default.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.contains(&"apology"), "{}", default.text);
    // `locale` is matched as BCP 47 tags are, without regard to case.
    let upper = review(
        &app,
        &owner,
        Some("fr"),
        &json!({"text": FRENCH_NOTE, "locale": "FR-ca"}),
    )
    .await;
    assert_eq!(upper.status, 200, "{}", upper.text);
    assert_eq!(upper.header("content-language"), Some("fr-CA"));
}

#[actix_web::test]
async fn an_english_note_without_the_header_is_reviewed_as_before() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    let text = "Dear team,\n\nThank you for meeting with me. I'm so sorry about the salary question, I was nervous.\
                \n\nI remain very interested in the role.\n\nKind regards,\nJordan";
    let reviewed = review(&app, &owner, None, &json!({"text": text})).await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.text);
    assert_eq!(reviewed.header("content-language"), Some("en"));
    let findings = reviewed.body["findings"].as_array().unwrap();
    assert_eq!(findings[0]["kind"], "apology");
    assert!(findings[0]["message"]
        .as_str()
        .unwrap()
        .ends_with("\u{201d} apologises; an apology points at the slip instead of past it."));
    assert_eq!(
        findings[0]["suggestion"],
        "Thank them instead of apologising (\u{201c}Thank you for your patience\u{201d}), and if they surely \
         noticed the slip, follow with a short factual correction."
    );
    // The same note with `locale: en` and `Accept-Language: en` is the same review.
    let explicit = review(
        &app,
        &owner,
        Some("en"),
        &json!({"text": text, "locale": "en"}),
    )
    .await;
    assert_eq!(explicit.body, reviewed.body);
}

#[actix_web::test]
async fn a_locale_rebound_does_not_review_in_is_a_422_naming_it() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    for locale in ["de", "fr-FR", "", "klingon"] {
        let refused = review(
            &app,
            &owner,
            Some("fr-CA"),
            &json!({"text": FRENCH_NOTE, "locale": locale}),
        )
        .await;
        refused.assert_problem(422, "unprocessable_value");
        assert_eq!(
            refused.error_fields(),
            ["locale"],
            "{locale}: {}",
            refused.text
        );
    }
}

#[actix_web::test]
async fn the_documented_french_example_is_the_real_review() {
    let app = TestApp::spawn().await;
    let (owner, _) = owner_with_candidate(&app).await;
    let document: Value =
        serde_json::from_str(include_str!("../../openapi/openapi.json")).expect("the document");
    let operation = &document["paths"]["/v1/follow-up-notes/review"]["post"];
    let request =
        &operation["requestBody"]["content"]["application/json"]["examples"]["French"]["value"];
    let response = &operation["responses"]["200"]["content"]["application/json"]["examples"]
        ["French"]["value"];
    assert!(request.is_object() && response.is_object(), "{operation}");
    let reviewed = review(&app, &owner, Some("fr-CA"), request).await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.text);
    assert_eq!(reviewed.header("content-language"), Some("fr-CA"));
    assert_eq!(&reviewed.body, response);
}
