//! Forwarding headers are believed only from the reverse proxies the operator named (`REBOUND_TRUSTED_PROXIES`).
//!
//! actix-web's [`ConnectionInfo`](actix_web::dev::ConnectionInfo), which the handlers use for the scheme and host a
//! request reached the service at (the OAuth `iss`, receiver URLs, the sign-in form's origin check), reads
//! `Forwarded`, `X-Forwarded-Host` and `X-Forwarded-Proto` from any caller. So this middleware, the outermost, takes
//! those headers off every request whose TCP peer is not a trusted proxy, before anything reads them; from a
//! trusted proxy they are left as it set them. `X-Forwarded-For` is not touched: the rate limit reads it on its own
//! terms (`REBOUND_TRUSTED_PROXY_HOPS`), and the failed-sign-in and probing throttles through [`client_address`],
//! which believes it only from the trusted proxies.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName};
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest};
use std::net::IpAddr;

use crate::state::AppState;

/// The headers that say what scheme and host the client used, which only a trusted proxy may set.
const FORWARDING_HEADERS: [HeaderName; 3] = [
    header::FORWARDED,
    HeaderName::from_static("x-forwarded-host"),
    HeaderName::from_static("x-forwarded-proto"),
];

/// The origin (`https://host[:port]`) the request reached this service at, as the client used it: the base of the
/// absolute URLs the service hands out (OAuth `iss`, receiver and calendar-feed URLs).
pub fn own_origin(req: &HttpRequest) -> String {
    let info = req.connection_info();
    format!("{}://{}", info.scheme(), info.host())
}

/// Middleware: drops the forwarding headers of requests that did not come from a trusted proxy.
pub async fn only_from_trusted_proxies(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody + 'static>, actix_web::Error> {
    let trusted = match (req.peer_addr(), req.app_data::<web::Data<AppState>>()) {
        (Some(peer), Some(state)) => state
            .settings
            .trusted_proxies
            .iter()
            .any(|network| network.contains(peer.ip())),
        _ => false,
    };
    if !trusted {
        let headers = req.headers_mut();
        for name in &FORWARDING_HEADERS {
            headers.remove(name);
        }
    }
    next.call(req).await
}

/// The entries of every `X-Forwarded-For` header of a request, left to right (the client's claim first, the address
/// the nearest proxy saw last).
pub fn forwarded_for(headers: &header::HeaderMap) -> Vec<&str> {
    headers
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect()
}

/// The address of the client a request came from, as throttles that count per caller should see it: the TCP peer,
/// unless that peer is a trusted proxy (`REBOUND_TRUSTED_PROXIES`); then the `X-Forwarded-For` entries are read
/// from the right, past every trusted proxy, and the first other address is the client (entries further left are
/// the client's to invent). A trusted peer whose header names no other address counts as the client itself.
pub fn client_address(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return Some(peer);
    };
    let trusted = |ip: IpAddr| {
        state
            .settings
            .trusted_proxies
            .iter()
            .any(|network| network.contains(ip))
    };
    if !trusted(peer) {
        return Some(peer);
    }
    let forwarded = forwarded_for(req.headers());
    for entry in forwarded.iter().rev() {
        match entry.parse::<IpAddr>() {
            Ok(ip) if trusted(ip) => continue,
            Ok(ip) => return Some(ip),
            // Not an address (a proxy wrote garbage, or an obfuscated name): nothing left of it can be believed.
            Err(_) => break,
        }
    }
    Some(peer)
}
