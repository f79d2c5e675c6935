//! A plan as a calendar: downloaded with a token or subscribed to through a feed URL; stable bytes, VTIMEZONEs for
//! every TZID, cancelled steps kept as cancelled, conditional GET, revocable feeds, isolation.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    ago, create_candidate, create_interview, id, interview_body, mark_step_done,
    owner_with_interview, parse_time, plan_after_a_wrong_name, plans_path,
};
use crate::helpers::TestApp;

fn calendar_path(interview_id: &str, plan: &Value) -> String {
    format!("{}/{}/calendar.ics", plans_path(interview_id), id(plan))
}

/// The calendar's lines with folding undone.
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

/// The VEVENT whose UID is the step's.
fn entry_of<'a>(ics: &'a str, step: &Value) -> &'a str {
    let uid = format!("UID:step-{}@rebound\r\n", step["id"].as_str().unwrap());
    let at = ics.find(&uid).unwrap_or_else(|| panic!("{uid} in {ics}"));
    let end = at + ics[at..].find("END:VEVENT").unwrap();
    &ics[at..end]
}

/// Every `TZID=` parameter names a zone defined by a VTIMEZONE of the same document (RFC 5545 §3.2.19).
fn assert_every_tzid_is_defined(ics: &str) {
    let ics = unfolded(ics);
    let defined: Vec<&str> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("TZID:"))
        .collect();
    for line in ics.lines().filter(|l| l.contains(";TZID=")) {
        let zone = line
            .split(";TZID=")
            .nth(1)
            .unwrap()
            .split([':', ';'])
            .next()
            .unwrap();
        assert!(defined.contains(&zone), "{zone} has no VTIMEZONE in {ics}");
    }
}

#[actix_web::test]
async fn a_plan_downloads_as_a_stable_calendar_where_finished_steps_are_cancelled() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let plan = plan_after_a_wrong_name(&app, &owner, &interview_id).await;
    let steps = plan["steps"].as_array().unwrap();
    let path = calendar_path(&interview_id, &plan);

    let first = app.get(&path, Some(&owner)).await;
    assert_eq!(first.status, 200, "{}", first.text);
    assert_eq!(
        first.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let ics = first.text.clone();
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebound//"),
        "{ics}"
    );
    assert!(!ics.contains("ICALENDAR-RS"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), steps.len());
    assert_eq!(ics.matches("BEGIN:VALARM").count(), steps.len());
    for step in steps {
        let entry = entry_of(&ics, step);
        let due = parse_time(&step["due_at"]);
        assert!(
            entry.contains(&format!("DTEND:{}", due.format("%Y%m%dT%H%M%SZ"))),
            "{entry}"
        );
        assert!(entry.contains("STATUS:CONFIRMED\r\n"), "{entry}");
        assert!(entry.contains("SEQUENCE:0\r\n"), "{entry}");
        // The reminder has a UID of its own that does not change between downloads (RFC 9074).
        let alarm_uid = format!("UID:reminder-step-{}@rebound", step["id"].as_str().unwrap());
        assert!(entry.contains(&alarm_uid), "{entry}");
    }

    // Downloading again gives the same bytes and the same ETag; sending it back costs a 304.
    let etag = first.header("etag").expect("an ETag").to_string();
    let second = app.get(&path, Some(&owner)).await;
    assert_eq!(second.text, ics);
    assert_eq!(second.header("etag"), Some(etag.as_str()));
    let unchanged = app
        .request(Method::GET, &path)
        .token(&owner)
        .header("If-None-Match", &etag)
        .send()
        .await;
    assert_eq!(unchanged.status, 304);
    assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    assert!(unchanged.text.is_empty());

    // A step marked done stays, cancelled, one revision later and without its reminder; the ETag moves on.
    mark_step_done(&app, &owner, &interview_id, &plan, &steps[0]).await;
    let changed = app
        .request(Method::GET, &path)
        .token(&owner)
        .header("If-None-Match", &etag)
        .send()
        .await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
    let cancelled = entry_of(&changed.text, &steps[0]);
    assert!(cancelled.contains("STATUS:CANCELLED\r\n"), "{cancelled}");
    assert!(cancelled.contains("SEQUENCE:1\r\n"), "{cancelled}");
    assert!(!cancelled.contains("VALARM"), "{cancelled}");
    for step in &steps[1..] {
        assert_eq!(entry_of(&changed.text, step), entry_of(&ics, step));
    }

    // Another workspace cannot read it.
    let stranger = app.owner_token("stranger@example.com").await;
    app.get(&path, Some(&stranger))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn local_times_come_with_a_vtimezone_from_the_tz_database() {
    let app = TestApp::spawn().await;
    let owner = app.owner_token("owner@example.com").await;
    let person = create_candidate(
        &app,
        &owner,
        &json!({"display_name": "Dana Reyes", "time_zone": "America/New_York"}),
    )
    .await;
    let interview =
        create_interview(&app, &owner, &interview_body(&id(&person), &ago(0, 120))).await;
    let interview_id = id(&interview);
    let plan = plan_after_a_wrong_name(&app, &owner, &interview_id).await;
    let ics = app
        .get(&calendar_path(&interview_id, &plan), Some(&owner))
        .await
        .text;

    assert!(
        ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"),
        "{ics}"
    );
    assert_every_tzid_is_defined(&ics);
    let zone: chrono_tz::Tz = "America/New_York".parse().unwrap();
    for step in plan["steps"].as_array().unwrap() {
        let due = parse_time(&step["due_at"]).with_timezone(&zone);
        let dtend = format!(
            "DTEND;TZID=America/New_York:{}",
            due.format("%Y%m%dT%H%M%S")
        );
        assert!(ics.contains(&dtend), "{dtend} in {ics}");
    }
    assert!(
        !ics.contains("DTEND:"),
        "no UTC times once a zone is known: {ics}"
    );
}

#[actix_web::test]
async fn a_feed_url_serves_the_calendar_without_a_token_until_it_is_revoked() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let plan = plan_after_a_wrong_name(&app, &owner, &interview_id).await;
    let feeds = format!("{}/{}/calendar-feeds", plans_path(&interview_id), id(&plan));

    let opened = app.post_json(&feeds, Some(&owner), &json!({})).await;
    assert_eq!(opened.status, 201, "{}", opened.text);
    assert_eq!(opened.body["plan_id"], plan["id"]);
    let url = opened.body["url"].as_str().unwrap().to_string();
    let feed_path = format!("/v1/calendar-feeds/{}/", id(&opened.body));
    let at = url.find(&feed_path).unwrap_or_else(|| panic!("{url}"));
    let path = &url[at..];
    assert!(path.ends_with(".ics") && path.contains("/rcal_"), "{url}");
    assert_eq!(
        opened.body["webcal_url"].as_str().unwrap(),
        format!("webcal://{}", url.split_once("://").unwrap().1)
    );

    // No token needed; the same document as the authenticated download, with the same validator.
    let fed = app.get(path, None).await;
    assert_eq!(fed.status, 200, "{}", fed.text);
    assert_eq!(
        fed.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let downloaded = app
        .get(&calendar_path(&interview_id, &plan), Some(&owner))
        .await;
    assert_eq!(fed.text, downloaded.text);
    assert_eq!(fed.header("etag"), downloaded.header("etag"));
    let etag = fed.header("etag").unwrap().to_string();
    let polled = app
        .request(Method::GET, path)
        .header("If-None-Match", &etag)
        .send()
        .await;
    assert_eq!(polled.status, 304);

    // A wrong secret for a real feed is a 404 like any unknown feed.
    let (prefix, _) = path.rsplit_once('/').unwrap();
    app.get(&format!("{prefix}/rcal_guessed.ics"), None)
        .await
        .assert_problem(404, "not_found");

    // Another workspace can neither open a feed on this plan nor revoke this feed.
    let stranger = app.owner_token("stranger@example.com").await;
    app.post_json(&feeds, Some(&stranger), &json!({}))
        .await
        .assert_problem(404, "not_found");
    let feed = format!("/v1/calendar-feeds/{}", id(&opened.body));
    app.delete(&feed, Some(&stranger))
        .await
        .assert_problem(404, "not_found");
    assert_eq!(app.get(path, None).await.status, 200);

    // Revoked: the URL is dead, and revoking again is a 404.
    assert_eq!(app.delete(&feed, Some(&owner)).await.status, 204);
    app.get(path, None).await.assert_problem(404, "not_found");
    app.delete(&feed, Some(&owner))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn a_plan_has_at_most_ten_feeds() {
    let app = TestApp::spawn().await;
    let (owner, interview) = owner_with_interview(&app).await;
    let interview_id = id(&interview);
    let plan = plan_after_a_wrong_name(&app, &owner, &interview_id).await;
    let feeds = format!("{}/{}/calendar-feeds", plans_path(&interview_id), id(&plan));
    let mut opened = Vec::new();
    for _ in 0..10 {
        let feed = app.post_json(&feeds, Some(&owner), &json!({})).await;
        assert_eq!(feed.status, 201, "{}", feed.text);
        opened.push(feed.body);
    }
    app.post_json(&feeds, Some(&owner), &json!({}))
        .await
        .assert_problem(409, "too_many_calendar_feeds");
    let revoked = app
        .delete(
            &format!("/v1/calendar-feeds/{}", id(&opened[0])),
            Some(&owner),
        )
        .await;
    assert_eq!(revoked.status, 204);
    assert_eq!(
        app.post_json(&feeds, Some(&owner), &json!({})).await.status,
        201
    );
}
