//! Candidate-facing texts in the candidate's language (issue 26): `Accept-Language` in, `Content-Language` out,
//! through the gaffe catalogue, the first path written in English and Canadian French.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{Response, TestApp};

async fn catalogue(app: &TestApp, accept_language: Option<&str>) -> Response {
    let mut request = app.request(Method::GET, "/v1/gaffe-kinds");
    if let Some(language) = accept_language {
        request = request.header("accept-language", language);
    }
    let response = request.send().await;
    assert_eq!(response.status, 200, "{}", response.text);
    response
}

/// Every string in a JSON value, with where it sits.
fn strings(value: &Value, at: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((at, text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{at}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                strings(field, format!("{at}.{name}"), out);
            }
        }
        _ => {}
    }
}

/// The catalogue's texts: every string but the wire names of the kind and its enums.
fn texts(body: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    strings(body, String::new(), &mut out);
    out.retain(|(at, _)| {
        !["kind", "recoverability", "repair"]
            .iter()
            .any(|f| at.ends_with(&format!(".{f}")))
    });
    out
}

#[actix_web::test]
async fn the_catalogue_speaks_canadian_french_when_asked() {
    let app = TestApp::spawn().await;
    let english = catalogue(&app, None).await;
    let french = catalogue(&app, Some("fr-CA")).await;
    assert_eq!(french.header("content-language"), Some("fr-CA"));
    assert!(
        french
            .header("vary")
            .unwrap_or("")
            .contains("Accept-Language"),
        "{:?}",
        french.headers
    );

    let (en, fr) = (
        english.body["data"].as_array().unwrap(),
        french.body["data"].as_array().unwrap(),
    );
    assert_eq!(en.len(), fr.len());
    for (en, fr) in en.iter().zip(fr) {
        // The same kinds in the same order, the same numbers and wire names; only the texts change.
        for field in [
            "kind",
            "base_severity",
            "recoverability",
            "repair",
            "classic",
        ] {
            assert_eq!(en[field], fr[field], "{field}");
        }
        for field in ["title", "label", "description", "prevention", "on_hand"] {
            assert_ne!(
                en[field], fr[field],
                "{} {field} is not translated",
                en["kind"]
            );
        }
        let questions = |entry: &Value| entry["review_questions"].as_array().unwrap().len();
        assert_eq!(questions(en), questions(fr), "{}", en["kind"]);
    }
    let late = fr.iter().find(|e| e["kind"] == "late").unwrap();
    assert_eq!(late["title"], "Arrivée en retard");
    assert_eq!(
        late["review_questions"][2],
        "À quel point cela a-t-il pesé sur le reste de l’entrevue?"
    );

    // Plain French, or French from France, reads Canadian French too, and a preference order is honoured.
    for header in ["fr", "fr-FR", "de, fr;q=0.8, en;q=0.5", "en;q=0.2, fr-ca"] {
        let response = catalogue(&app, Some(header)).await;
        assert_eq!(
            response.header("content-language"),
            Some("fr-CA"),
            "{header}"
        );
        assert_eq!(response.text, french.text, "{header}");
    }
}

#[actix_web::test]
async fn without_french_the_catalogue_stays_in_english() {
    let app = TestApp::spawn().await;
    let plain = catalogue(&app, None).await;
    assert_eq!(plain.header("content-language"), Some("en"));
    let late = plain.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "late")
        .unwrap()
        .clone();
    assert_eq!(late["title"], "Arrived late");
    assert_eq!(late["on_hand"], "the address, the route, the travel time with a margin, and a phone number to call if you are delayed");
    for header in [
        "en",
        "en-CA",
        "de-DE",
        "*",
        "fr;q=0, en",
        "not a language tag",
    ] {
        let response = catalogue(&app, Some(header)).await;
        assert_eq!(response.header("content-language"), Some("en"), "{header}");
        assert_eq!(
            response.text, plain.text,
            "{header}: the English bytes change with the header"
        );
    }
}

/// English words that a French text never uses: one in a French answer is a sentence left untranslated.
const ENGLISH_STOP_WORDS: &[&str] = &[
    "the", "and", "your", "you", "with", "of", "to", "is", "are", "was", "were", "for", "from",
    "this", "that", "what", "which", "how", "did", "have", "not", "would", "could", "before",
    "after", "about", "when", "it",
];

#[actix_web::test]
async fn no_english_or_message_id_leaks_into_the_french_catalogue() {
    let app = TestApp::spawn().await;
    let french = catalogue(&app, Some("fr-CA")).await;
    let texts = texts(&french.body);
    assert!(texts.len() > 100, "only {} texts", texts.len());
    for (at, text) in texts {
        assert!(!text.is_empty(), "{at} is empty");
        // A missing message or variable shows as its id or as `{$name}`.
        assert!(
            !text.contains("gaffe-") && !text.contains('{') && !text.contains('}'),
            "{at}: {text}"
        );
        let words = text
            .split(|c: char| !c.is_alphabetic() && c != '\'')
            .map(str::to_lowercase);
        for word in words {
            assert!(
                !ENGLISH_STOP_WORDS.contains(&word.as_str()),
                "{at}: English word {word:?} in {text:?}"
            );
        }
        // French typography: no straight quotes or apostrophes, no space before ; ! ?
        assert!(!text.contains('\'') && !text.contains('"'), "{at}: {text}");
        for mark in [" ;", " !", " ?", "\u{a0};", "\u{a0}!", "\u{a0}?"] {
            assert!(!text.contains(mark), "{at}: {mark:?} in {text}");
        }
    }
}
