//! Tenant and candidate isolation: every id-bearing candidate, interview, gaffe and assessment route answers 404
//! for an id the caller may not see (another workspace's, or for a candidate user another candidate's), and the
//! attempts change nothing.

use reqwest::Method;
use serde_json::{json, Value};

use crate::fixtures::{
    ago, assert_all_not_found, client_token, gaffe_body, id, ids, interview_body, user_of_role,
    Attempt, World,
};
use crate::helpers::TestApp;

/// Everything a caller could try against another candidate's records: the candidate, their interview, its gaffe
/// (also addressed under `visible_interview`, an interview the caller can see) and the assessment. PATCH and DELETE
/// carry the current version as `If-Match`, so only visibility can refuse them.
fn attempts(
    candidate_id: &str,
    interview_id: &str,
    gaffe_id: &str,
    visible_interview: &str,
) -> Vec<Attempt> {
    let candidate = format!("/v1/candidates/{candidate_id}");
    let interview = format!("/v1/interviews/{interview_id}");
    let gaffes = format!("{interview}/gaffes");
    let gaffe = format!("{gaffes}/{gaffe_id}");
    let foreign_gaffe_under_visible =
        format!("/v1/interviews/{visible_interview}/gaffes/{gaffe_id}");
    vec![
        Attempt::new(Method::GET, &candidate),
        Attempt::new(Method::PATCH, &candidate)
            .json(json!({"notes": "hijacked"}))
            .if_match("\"1\""),
        Attempt::new(Method::PATCH, &candidate).json(json!({"notes": "hijacked"})),
        Attempt::new(Method::DELETE, &candidate).if_match("\"1\""),
        Attempt::new(Method::GET, &interview),
        Attempt::new(Method::PATCH, &interview)
            .json(json!({"outcome": "offer", "notes": "hijacked"}))
            .if_match("\"2\""),
        Attempt::new(Method::DELETE, &interview).if_match("\"2\""),
        Attempt::new(Method::GET, &gaffes),
        Attempt::new(Method::POST, &gaffes).json(gaffe_body("late")),
        Attempt::new(Method::GET, &gaffe),
        Attempt::new(Method::PATCH, &gaffe)
            .json(json!({"noticed": "unlikely"}))
            .if_match("\"1\""),
        Attempt::new(Method::DELETE, &gaffe).if_match("\"1\""),
        Attempt::new(Method::GET, &foreign_gaffe_under_visible),
        Attempt::new(Method::PATCH, &foreign_gaffe_under_visible)
            .json(json!({"noticed": "unlikely"}))
            .if_match("\"1\""),
        Attempt::new(Method::DELETE, &foreign_gaffe_under_visible).if_match("\"1\""),
        Attempt::new(Method::GET, format!("{interview}/assessment")),
        Attempt::new(Method::POST, "/v1/interviews").json(interview_body(candidate_id, &ago(1, 0))),
    ]
}

/// Everything an owner can read about one candidate: the record, their interviews, the interviews' gaffes and
/// assessments, and the workspace's lists.
async fn snapshot(app: &TestApp, owner: &str, candidate_id: &str) -> Vec<Value> {
    let mut seen = vec![
        app.get(&format!("/v1/candidates/{candidate_id}"), Some(owner))
            .await
            .body,
        app.get("/v1/candidates", Some(owner)).await.body,
        app.get("/v1/interviews", Some(owner)).await.body,
    ];
    let interviews = app
        .get(
            &format!("/v1/interviews?candidate_id={candidate_id}"),
            Some(owner),
        )
        .await
        .body;
    for interview_id in ids(&interviews) {
        let interview = format!("/v1/interviews/{interview_id}");
        seen.push(app.get(&interview, Some(owner)).await.body);
        let gaffes = app
            .get(&format!("{interview}/gaffes"), Some(owner))
            .await
            .body;
        for gaffe_id in ids(&gaffes) {
            seen.push(
                app.get(&format!("{interview}/gaffes/{gaffe_id}"), Some(owner))
                    .await
                    .body,
            );
        }
        seen.push(gaffes);
        seen.push(
            app.get(&format!("{interview}/assessment"), Some(owner))
                .await
                .body,
        );
    }
    seen.push(interviews);
    for value in &seen {
        assert!(
            value.get("status").is_none(),
            "snapshot read failed: {value}"
        );
    }
    seen
}

#[actix_web::test]
async fn another_workspaces_ids_are_404_on_every_candidate_interview_gaffe_and_assessment_route() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let (_, coach_a) = user_of_role(&app, &w.owner_a, "coach-a@example.com", "coach").await;
    let client_a = client_token(&app, &w.owner_a, &["interviews:read", "interviews:write"]).await;

    let b_before = snapshot(&app, &w.owner_b, &w.b1).await;
    let a_before = snapshot(&app, &w.owner_a, &w.a2).await;

    for (who, token) in [
        ("owner of A", &w.owner_a),
        ("coach of A", &coach_a),
        ("candidate user of A", &w.candidate_user_a),
        ("integration client of A", &client_a),
    ] {
        assert_all_not_found(
            &app,
            who,
            token,
            &attempts(&w.b1, &w.interview_b, &w.gaffe_b, &w.interview_a1),
        )
        .await;
        // A's own gaffes are not reachable under B's interview either.
        for method in [Method::GET, Method::DELETE] {
            let path = format!("/v1/interviews/{}/gaffes/{}", w.interview_b, w.gaffe_a1);
            app.request(method, &path)
                .token(token)
                .send()
                .await
                .assert_problem(404, "not_found");
        }

        // B's records are absent from every list and filter.
        let candidates = app.get("/v1/candidates", Some(token)).await;
        assert_eq!(candidates.status, 200, "{who}: {}", candidates.text);
        assert!(!ids(&candidates.body).contains(&w.b1), "{who}");
        assert!(ids(&app
            .get("/v1/candidates?external_id=b-1", Some(token))
            .await
            .body)
        .is_empty());
        let interviews = app.get("/v1/interviews", Some(token)).await;
        assert_eq!(interviews.status, 200, "{who}: {}", interviews.text);
        assert!(!ids(&interviews.body).contains(&w.interview_b), "{who}");
        let by_candidate = app
            .get(
                &format!("/v1/interviews?candidate_id={}", w.b1),
                Some(token),
            )
            .await;
        assert!(ids(&by_candidate.body).is_empty(), "{who}");
        let by_remote = app
            .get(
                "/v1/interviews?remote_source=greenhouse&remote_id=b-interview",
                Some(token),
            )
            .await;
        assert!(ids(&by_remote.body).is_empty(), "{who}");
    }

    // The owner of A also cannot reach A2's gaffe through A1's interview.
    for method in [Method::GET, Method::PATCH, Method::DELETE] {
        let path = format!("/v1/interviews/{}/gaffes/{}", w.interview_a1, w.gaffe_a2);
        let mut attempt = Attempt::new(method.clone(), path);
        if method == Method::PATCH {
            attempt = attempt.json(json!({"noticed": "unlikely"}));
        }
        attempt
            .send(&app, &w.owner_a)
            .await
            .assert_problem(404, "not_found");
    }

    assert_eq!(
        snapshot(&app, &w.owner_b, &w.b1).await,
        b_before,
        "B's data changed"
    );
    assert_eq!(
        snapshot(&app, &w.owner_a, &w.a2).await,
        a_before,
        "A's data changed"
    );
    let b_interview = app
        .get(
            &format!("/v1/interviews/{}", w.interview_b),
            Some(&w.owner_b),
        )
        .await;
    assert_eq!(b_interview.header("etag"), Some("\"2\""));
    assert_eq!(b_interview.body["outcome"], "pending");
    let b_gaffes = app
        .get(
            &format!("/v1/interviews/{}/gaffes", w.interview_b),
            Some(&w.owner_b),
        )
        .await;
    assert_eq!(ids(&b_gaffes.body), vec![w.gaffe_b.clone()]);
    assert_eq!(
        ids(&app.get("/v1/interviews", Some(&w.owner_b)).await.body),
        vec![w.interview_b.clone()]
    );

    // Control: the very same requests succeed for B's owner, so the 404s above are about visibility alone.
    assert_owner_succeeds(
        &app,
        &w.owner_b,
        &w.interview_a1,
        &attempts(&w.b1, &w.interview_b, &w.gaffe_b, &w.interview_a1),
    )
    .await;
}

/// Replays the reads and writes of `attempts` as the records' own owner: each answers 200 or 201, which shows the
/// paths, bodies and If-Match versions are right and only visibility made them 404. DELETEs are left out (their
/// paths and versions are those of the GETs and PATCHes), and so is the gaffe addressed under `visible_interview`.
async fn assert_owner_succeeds(
    app: &TestApp,
    owner: &str,
    visible_interview: &str,
    attempts: &[Attempt],
) {
    let under_visible = format!("/v1/interviews/{visible_interview}/");
    for attempt in attempts {
        if attempt.method == Method::DELETE || attempt.path.starts_with(&under_visible) {
            continue;
        }
        let response = attempt.send(app, owner).await;
        assert!(
            [200, 201].contains(&response.status),
            "owner: {} {} got {}",
            attempt.method,
            attempt.path,
            response.text
        );
    }
}

#[actix_web::test]
async fn a_candidate_user_gets_404_for_the_other_candidates_of_their_workspace() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.candidate_user_a;
    let a2_before = snapshot(&app, &w.owner_a, &w.a2).await;

    // Their own records are visible.
    for path in [
        format!("/v1/candidates/{}", w.a1),
        format!("/v1/interviews/{}", w.interview_a1),
        format!("/v1/interviews/{}/gaffes", w.interview_a1),
        format!("/v1/interviews/{}/gaffes/{}", w.interview_a1, w.gaffe_a1),
        format!("/v1/interviews/{}/assessment", w.interview_a1),
    ] {
        let response = app.get(&path, Some(token)).await;
        assert_eq!(response.status, 200, "{path}: {}", response.text);
    }
    assert_eq!(
        ids(&app.get("/v1/candidates", Some(token)).await.body),
        vec![w.a1.clone()]
    );
    assert_eq!(
        ids(&app.get("/v1/interviews", Some(token)).await.body),
        vec![w.interview_a1.clone()]
    );
    assert!(ids(&app
        .get(
            &format!("/v1/interviews?candidate_id={}", w.a2),
            Some(token)
        )
        .await
        .body)
    .is_empty());

    // A2's are not, by any route, including A2's gaffe addressed under the candidate's own interview.
    assert_all_not_found(
        &app,
        "candidate user of A",
        token,
        &attempts(&w.a2, &w.interview_a2, &w.gaffe_a2, &w.interview_a1),
    )
    .await;

    assert_eq!(
        snapshot(&app, &w.owner_a, &w.a2).await,
        a2_before,
        "A2's data changed"
    );
    let own_gaffes = app
        .get(
            &format!("/v1/interviews/{}/gaffes", w.interview_a1),
            Some(&w.owner_a),
        )
        .await;
    assert_eq!(
        ids(&own_gaffes.body),
        vec![w.gaffe_a1.clone()],
        "nothing was logged against the candidate's own interview"
    );
    assert_eq!(
        ids(&app.get("/v1/interviews", Some(&w.owner_a)).await.body).len(),
        2
    );

    // Control: the same requests succeed for the workspace's owner.
    assert_owner_succeeds(
        &app,
        &w.owner_a,
        &w.interview_a1,
        &attempts(&w.a2, &w.interview_a2, &w.gaffe_a2, &w.interview_a1),
    )
    .await;
}

#[actix_web::test]
async fn an_idempotency_key_is_private_to_the_caller_that_sent_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let (_, coach_a) = user_of_role(&app, &w.owner_a, "coach-a@example.com", "coach").await;
    let key = "shared-key-1";
    let mut created = Vec::new();
    for (who, token, name) in [
        ("owner of A", &w.owner_a, "From owner A"),
        ("coach of A", &coach_a, "From coach A"),
        ("owner of B", &w.owner_b, "From owner B"),
    ] {
        let response = app
            .post_idempotent("/v1/candidates", token, key, &json!({"display_name": name}))
            .await;
        assert_eq!(response.status, 201, "{who}: {}", response.text);
        assert_eq!(response.header("idempotent-replayed"), None, "{who}");
        assert_eq!(response.body["display_name"], name, "{who}");
        created.push(id(&response.body));
    }
    // Owner B's replay is B's own candidate, and A's candidates stay invisible to B.
    let replay = app
        .post_idempotent(
            "/v1/candidates",
            &w.owner_b,
            key,
            &json!({"display_name": "From owner B"}),
        )
        .await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(id(&replay.body), created[2]);
    let b_candidates = ids(&app.get("/v1/candidates", Some(&w.owner_b)).await.body);
    assert!(!b_candidates.contains(&created[0]) && !b_candidates.contains(&created[1]));
}
