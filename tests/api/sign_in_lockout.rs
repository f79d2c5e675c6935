//! Issue 22, item 12: failed sign-ins are counted per account *and calling address*, so a stranger guessing from
//! one address cannot lock the owner out, while the guesser's own address is refused, then slowed more each time.
//! The service sits behind a trusted proxy here (the test client connects from loopback), so `X-Forwarded-For`
//! plays the callers' addresses.

use reqwest::Method;

use crate::helpers::{Response, TestApp, PASSWORD};

const OWNER: &str = "owner@lockout.example";
const ATTACKER: &str = "203.0.113.66";
const OWNER_ADDRESS: &str = "198.51.100.20";
const COLLEAGUE_ADDRESS: &str = "192.0.2.44";

async fn behind_proxy() -> TestApp {
    TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_TRUSTED_PROXIES".into(), "127.0.0.1".into());
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
        vars.insert("REBOUND_LOGIN_LOCKOUT_SECS".into(), "120".into());
    })
    .await
}

async fn sign_in_from(app: &TestApp, address: &str, password: &str) -> Response {
    app.request(Method::POST, "/v1/auth/token")
        .header("x-forwarded-for", address)
        .form(&[
            ("grant_type", "password"),
            ("username", OWNER),
            ("password", password),
        ])
        .send()
        .await
}

fn retry_after(response: &Response) -> u64 {
    response
        .header("retry-after")
        .expect("a Retry-After header")
        .parse()
        .unwrap()
}

#[actix_web::test]
async fn a_guesser_locks_only_its_own_address_out_and_the_owner_still_signs_in() {
    let app = behind_proxy().await;
    app.signup(OWNER).await;

    // The attacker fails until its address is locked out of the account.
    for _ in 0..2 {
        sign_in_from(&app, ATTACKER, "wrong guess")
            .await
            .assert_problem(400, "invalid_grant");
    }
    let locked = sign_in_from(&app, ATTACKER, "wrong guess").await;
    locked.assert_problem(429, "too_many_requests");
    let first_lock = retry_after(&locked);
    assert!(first_lock > 0 && first_lock <= 120, "{first_lock}");

    // The owner, from another address, signs in with the right password.
    let owner = sign_in_from(&app, OWNER_ADDRESS, PASSWORD).await;
    assert_eq!(owner.status, 200, "the owner is locked out: {}", owner.text);
    assert!(owner.body["access_token"].is_string());
    // The attacker was told why.
    assert!(
        locked.body["detail"]
            .as_str()
            .unwrap()
            .contains("from your address"),
        "{}",
        locked.text
    );

    // The owner's success does not unlock the attacker's address: even the right password is refused there.
    let still = sign_in_from(&app, ATTACKER, PASSWORD).await;
    still.assert_problem(429, "too_many_requests");
    assert!(retry_after(&still) > 0);
    assert!(still.body["detail"]
        .as_str()
        .unwrap()
        .contains("from your address"));

    // Once the lock has run out (moved into the past here, rather than waited for), the next failure from that
    // address locks it again, for twice as long.
    expire_locks(&app).await;
    let again = sign_in_from(&app, ATTACKER, "wrong guess").await;
    again.assert_problem(429, "too_many_requests");
    let second_lock = retry_after(&again);
    assert!(
        second_lock > 120 && second_lock <= 240,
        "the second lock lasts twice the first: {second_lock}"
    );
}

/// Ends every lock now, as time passing would.
async fn expire_locks(app: &TestApp) {
    let url = app.database_url().to_string();
    actix_web::web::block(move || {
        use diesel::prelude::*;
        let mut conn = PgConnection::establish(&url).unwrap();
        diesel::sql_query(
            "UPDATE login_throttle SET locked_until = now() - interval '1 second' \
             WHERE locked_until IS NOT NULL",
        )
        .execute(&mut conn)
        .unwrap();
    })
    .await
    .unwrap();
}

#[actix_web::test]
async fn a_successful_sign_in_does_not_reset_another_addresses_count() {
    let app = behind_proxy().await;
    app.signup(OWNER).await;

    // Two failures from the attacker's address (one short of the lock), then the owner signs in from elsewhere.
    for _ in 0..2 {
        sign_in_from(&app, ATTACKER, "wrong guess")
            .await
            .assert_problem(400, "invalid_grant");
    }
    let owner = sign_in_from(&app, OWNER_ADDRESS, PASSWORD).await;
    assert_eq!(owner.status, 200, "{}", owner.text);
    // The attacker's next failure still locks its address: its count was not cleared by the owner's success.
    sign_in_from(&app, ATTACKER, "wrong guess")
        .await
        .assert_problem(429, "too_many_requests");
    // A colleague's failures count on their own address, not on the owner's or the attacker's.
    sign_in_from(&app, COLLEAGUE_ADDRESS, "typo")
        .await
        .assert_problem(400, "invalid_grant");
    assert_eq!(
        sign_in_from(&app, OWNER_ADDRESS, PASSWORD).await.status,
        200
    );
}

#[actix_web::test]
async fn many_addresses_failing_together_pause_the_account_for_everyone_for_a_while() {
    let app = TestApp::spawn_with(|vars| {
        vars.insert("REBOUND_TRUSTED_PROXIES".into(), "127.0.0.1".into());
        vars.insert("REBOUND_LOGIN_MAX_FAILURES".into(), "3".into());
        vars.insert("REBOUND_LOGIN_ACCOUNT_MAX_FAILURES".into(), "4".into());
    })
    .await;
    app.signup(OWNER).await;
    // Two addresses, two failures each: neither is locked on its own, but the account has had four.
    for address in ["203.0.113.1", "203.0.113.2"] {
        sign_in_from(&app, address, "wrong guess")
            .await
            .assert_problem(400, "invalid_grant");
    }
    sign_in_from(&app, "203.0.113.1", "wrong guess")
        .await
        .assert_problem(400, "invalid_grant");
    let paused = sign_in_from(&app, "203.0.113.2", "wrong guess").await;
    paused.assert_problem(429, "too_many_requests");
    let fresh = sign_in_from(&app, "203.0.113.3", PASSWORD).await;
    fresh.assert_problem(429, "too_many_requests");
    assert!(retry_after(&fresh) > 0);
    assert!(
        fresh.body["detail"]
            .as_str()
            .unwrap()
            .contains("from many addresses"),
        "{}",
        fresh.text
    );
}
