//! Logging setup and the request middleware: a request id on every request and response, a tracing span around
//! each request, and the HTTP metrics.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};
use tracing::Instrument;
use tracing_subscriber::{fmt, EnvFilter};

use crate::state::AppState;
use rebound_config::LogFormat;

pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the current request, available to handlers as request extension.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// Installs the global tracing subscriber once; `RUST_LOG` overrides the default level.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let _ = match format {
        LogFormat::Pretty => builder.try_init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
    };
}

/// A client-supplied request id is honoured when it is short and plain; anything else is replaced, so ids are safe
/// to log and to echo.
fn acceptable_request_id(value: &HeaderValue) -> Option<String> {
    let text = value.to_str().ok()?;
    let plain = !text.is_empty()
        && text.len() <= 128
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
    plain.then(|| text.to_string())
}

/// `path` as it may be logged: a calendar feed's secret (the path segment that authenticates the request) becomes
/// `{secret}.ics`, so logs never hold a working feed URL.
fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    let secret_prefix = format!("/{}", rebound_service::calendar_feeds::FEED_SECRET_PREFIX);
    match path.find(&secret_prefix) {
        Some(at) => format!("{}/{{secret}}.ics", &path[..at]).into(),
        None => path.into(),
    }
}

/// Middleware: request id, span, access log line, metrics.
pub async fn observe_request(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody + 'static>, actix_web::Error> {
    let started = Instant::now();
    let request_id = req
        .headers()
        .get(&REQUEST_ID_HEADER)
        .and_then(acceptable_request_id)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    req.extensions_mut().insert(RequestId(request_id.clone()));
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let method = method_label(req.method());
    let span = tracing::info_span!("request", request_id = %request_id, method = %method, path = %loggable_path(req.path()));

    let mut response = next.call(req).instrument(span.clone()).await?;
    let status = response.status().as_u16();
    // The route template (`/v1/users/{user_id}`), never the raw path: raw paths would explode metric cardinality.
    let route = response
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_string());
    let elapsed = started.elapsed();
    if let Some(state) = state {
        state
            .metrics
            .observe_request(&method, &route, status, elapsed);
    }
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    span.in_scope(|| {
        tracing::info!(status, route = %route, elapsed_ms = elapsed.as_secs_f64() * 1000.0, "request finished");
    });
    Ok(response)
}

/// The method as a metric label: the standard ones by name, anything else as `OTHER`, so a client inventing
/// methods cannot create unbounded label values.
fn method_label(method: &actix_web::http::Method) -> String {
    use actix_web::http::Method;
    let known = [
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::HEAD,
        Method::OPTIONS,
    ];
    if known.contains(method) {
        method.to_string()
    } else {
        "OTHER".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_methods_share_one_metric_label() {
        assert_eq!(method_label(&actix_web::http::Method::PATCH), "PATCH");
        let invented = actix_web::http::Method::from_bytes(b"FOOA").unwrap();
        assert_eq!(method_label(&invented), "OTHER");
    }

    #[test]
    fn a_calendar_feed_secret_never_reaches_the_log() {
        let id = "01936f94-5b6c-7d7e-8f90-1a2b3c4d5e6f";
        assert_eq!(
            loggable_path(&format!("/v1/calendar-feeds/{id}/rcal_abcDEF123.ics")),
            format!("/v1/calendar-feeds/{id}/{{secret}}.ics")
        );
        assert_eq!(loggable_path("/v1/interviews"), "/v1/interviews");
    }

    #[test]
    fn plain_request_ids_are_kept_and_odd_ones_replaced() {
        assert_eq!(
            acceptable_request_id(&HeaderValue::from_static("job-board-42.abc")).as_deref(),
            Some("job-board-42.abc")
        );
        assert!(acceptable_request_id(&HeaderValue::from_static("has spaces")).is_none());
        assert!(acceptable_request_id(&HeaderValue::from_static("")).is_none());
        let long = "a".repeat(129);
        assert!(acceptable_request_id(&HeaderValue::from_str(&long).unwrap()).is_none());
    }
}
