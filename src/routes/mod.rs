//! HTTP routes: one module per resource, thin handlers. [`configure`] registers every API route through
//! utoipa-actix-web, so the OpenAPI document and the router are built from the same list.

pub mod api_clients;
pub mod assessments;
pub mod auth;
pub mod calendars;
pub mod candidates;
pub mod conditional;
pub mod cors_origins;
pub mod events;
pub mod gaffe_kinds;
pub mod gaffes;
pub mod health;
pub mod idempotency;
pub mod imports;
pub mod inbound;
pub mod insights;
pub mod interviews;
pub mod language;
pub mod limits;
pub mod me;
pub mod note_reviews;
pub mod oauth;
pub mod pagination;
pub mod parts;
pub mod recovery_plans;
pub mod responses;
pub mod users;
pub mod webhooks;

use actix_web::{web, HttpRequest, HttpResponse};
use utoipa_actix_web::scope;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::route_table::RouteTable;

/// Registers every route of the API (and nothing else: docs routes are added by `startup`).
pub fn configure(config: &mut ServiceConfig) {
    config
        .service(health::livez)
        .service(health::readyz)
        .service(health::metrics)
        .service(oauth::authorize_page)
        .service(oauth::authorize)
        .service(
            scope::scope("/v1")
                .configure(accounts_and_integrations)
                .configure(interviews_and_plans),
        );
}

/// Sign-up, tokens, users, integration clients, browser origins, inbound receivers and calendar feeds.
fn accounts_and_integrations(config: &mut ServiceConfig) {
    config
        .service(auth::signup)
        .service(auth::issue_token)
        .service(auth::revoke_token)
        .service(me::get_me)
        .service(me::change_password)
        .service(me::update_workspace)
        .service(users::create_user)
        .service(users::list_users)
        .service(users::get_user)
        .service(users::update_user)
        .service(users::delete_user)
        .service(api_clients::create_api_client)
        .service(api_clients::list_api_clients)
        .service(api_clients::get_api_client)
        .service(api_clients::update_api_client)
        .service(api_clients::revoke_api_client)
        .service(api_clients::rotate_api_client_secret)
        .service(cors_origins::create_cors_origin)
        .service(cors_origins::list_cors_origins)
        .service(cors_origins::get_cors_origin)
        .service(cors_origins::delete_cors_origin)
        .service(inbound::create_inbound_receiver)
        .service(inbound::list_inbound_receivers)
        .service(inbound::get_inbound_receiver)
        .service(inbound::delete_inbound_receiver)
        .service(inbound::receive_merge)
        .service(inbound::receive_greenhouse)
        .service(calendars::get_plan_calendar)
        .service(calendars::open_calendar_feed)
        .service(calendars::revoke_calendar_feed)
        .service(calendars::read_calendar_feed);
}

/// Events and webhooks, candidates, interviews, imports, gaffes, assessments, plans, notes and insights.
fn interviews_and_plans(config: &mut ServiceConfig) {
    config
        .service(events::list_events)
        .service(events::get_event)
        .service(webhooks::redeliver_event)
        .service(webhooks::create_webhook_endpoint)
        .service(webhooks::list_webhook_endpoints)
        .service(webhooks::get_webhook_endpoint)
        .service(webhooks::update_webhook_endpoint)
        .service(webhooks::delete_webhook_endpoint)
        .service(webhooks::rotate_webhook_secret)
        .service(webhooks::test_webhook_endpoint)
        .service(webhooks::list_deliveries)
        .service(candidates::create_candidate)
        .service(candidates::list_candidates)
        .service(candidates::get_candidate)
        .service(candidates::update_candidate)
        .service(candidates::delete_candidate)
        .service(interviews::create_interview)
        .service(interviews::list_interviews)
        .service(interviews::get_interview)
        .service(interviews::update_interview)
        .service(interviews::delete_interview)
        .service(
            // Up to 500 ATS objects, far larger than any other request: their own body limit.
            scope::scope("/imports")
                .app_data(crate::extract::JsonLimit(imports::IMPORT_BODY_LIMIT))
                .service(imports::import_merge)
                .service(imports::import_greenhouse),
        )
        .service(gaffes::create_gaffe)
        .service(gaffes::list_gaffes)
        .service(gaffes::get_gaffe)
        .service(gaffes::update_gaffe)
        .service(gaffes::delete_gaffe)
        .service(gaffe_kinds::list_gaffe_kinds)
        .service(assessments::get_assessment)
        .service(assessments::preview_assessment)
        .service(recovery_plans::create_recovery_plan)
        .service(recovery_plans::list_recovery_plans)
        .service(recovery_plans::get_recovery_plan)
        .service(recovery_plans::update_plan_step)
        .service(note_reviews::review_follow_up_note)
        .service(insights::get_candidate_insights);
}

/// Answers requests no route took: 405 with `Allow` when the path exists for other methods, else 404.
pub async fn fallback(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let routes = req
        .app_data::<web::Data<RouteTable>>()
        .ok_or_else(|| ApiError::internal("RouteTable missing from app data"))?;
    let allowed = routes.methods_for(req.path());
    if allowed.is_empty() {
        Err(ApiError::RouteNotFound)
    } else {
        Err(ApiError::MethodNotAllowed { allowed })
    }
}
