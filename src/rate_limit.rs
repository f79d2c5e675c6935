//! Per-caller request rate limits (the `governor` crate's GCRA, in memory) and the IETF rate-limit headers.
//!
//! The caller is the user or integration client a valid bearer token names, else the calling address: sign-up, the
//! token endpoint and every request without a (valid) token share the address's bucket. Health, readiness, metrics
//! and the API document with Swagger UI are exempt. (The login lockout of the token endpoint is separate and stays.)
//!
//! Every limited response carries the headers of draft-ietf-httpapi-ratelimit-headers (revision 11, May 2026, the
//! latest; structured fields): `RateLimit-Policy: "default";q=600;w=60` (the quota `q` per window `w` seconds) and
//! `RateLimit: "default";r=599;t=12` (remaining units `r`; `t` seconds until the quota is whole again). Beyond the
//! quota: 429 problem+json `rate_limited` with `Retry-After`.
//!
//! Buckets are per replica: behind a round-robin balancer over N replicas a caller gets up to N times the quota.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter};
use uuid::Uuid;

use crate::bearer::request_caller;
use crate::error::ApiError;
use rebound_config::RateLimitSettings;
use rebound_service::auth::TokenKeys;

pub const RATELIMIT: HeaderName = HeaderName::from_static("ratelimit");
pub const RATELIMIT_POLICY: HeaderName = HeaderName::from_static("ratelimit-policy");

/// The name of the one policy, as the headers say it.
const POLICY_NAME: &str = "default";

/// How often buckets that have refilled completely are dropped, so the map holds only recent callers.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// Paths never limited: probes and metrics (an orchestrator must always reach them) and the documentation.
pub fn is_exempt(path: &str) -> bool {
    matches!(
        path,
        "/" | "/livez" | "/readyz" | "/metrics" | "/swagger-ui"
    ) || path.starts_with("/swagger-ui/")
        || path.starts_with("/api-docs/")
}

/// Whose bucket a request counts against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Caller {
    /// A user or integration client, by id (from a valid bearer token).
    Subject(Uuid),
    /// Anyone else, by calling address.
    Address(IpAddr),
}

/// What the limiter decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    /// Let through; `remaining` more now, the quota whole again in `reset_secs`.
    Allowed { remaining: u32, reset_secs: u64 },
    /// Refused; the next request is let through in `retry_after_secs`.
    Limited { retry_after_secs: u64 },
}

type KeyedLimiter =
    RateLimiter<Caller, HashMapStateStore<Caller>, DefaultClock, StateInformationMiddleware>;

/// The limiter of this replica: one bucket per caller.
pub struct RateLimits {
    limiter: KeyedLimiter,
    clock: DefaultClock,
    burst: u32,
    /// Time for one unit of quota to come back.
    replenish: Duration,
    policy: HeaderValue,
    proxy_hops: usize,
}

/// Whole seconds, rounded up (a client waiting the rounded-down time would be refused again).
fn ceil_secs(duration: Duration) -> u64 {
    duration.as_secs() + u64::from(duration.subsec_nanos() > 0)
}

impl RateLimits {
    /// The limiter for `settings`, or `None` when rate limiting is off.
    pub fn new(settings: &RateLimitSettings) -> Option<Self> {
        let per_minute = settings.per_minute?;
        let quota = Quota::per_minute(per_minute).allow_burst(settings.burst);
        let clock = DefaultClock::default();
        let limiter = RateLimiter::hashmap_with_clock(quota, clock.clone())
            .with_middleware::<StateInformationMiddleware>();
        let burst = settings.burst.get();
        let replenish = quota.replenish_interval();
        // The policy as the draft puts it: `q` units per window `w`; for a token bucket, the burst and the time it
        // takes to refill (60 s when the burst is the per-minute limit).
        let window = ceil_secs(replenish * burst).max(1);
        let policy =
            HeaderValue::from_str(&format!("\"{POLICY_NAME}\";q={burst};w={window}")).ok()?;
        Some(Self {
            limiter,
            clock,
            burst,
            replenish,
            policy,
            proxy_hops: settings.proxy_hops,
        })
    }

    fn check(&self, caller: &Caller) -> Decision {
        match self.limiter.check_key(caller) {
            Ok(snapshot) => {
                let remaining = snapshot.remaining_burst_capacity();
                Decision::Allowed {
                    remaining,
                    reset_secs: ceil_secs(
                        self.replenish * (self.burst - remaining.min(self.burst)),
                    ),
                }
            }
            Err(not_until) => Decision::Limited {
                retry_after_secs: ceil_secs(not_until.wait_time_from(self.clock.now())).max(1),
            },
        }
    }

    /// Drops the buckets of callers that have been quiet long enough to be full again, every [`SWEEP_EVERY`], so
    /// the limiter's memory follows the number of recent callers, not of all callers ever.
    pub fn sweep_periodically(self: Arc<Self>) {
        actix_web::rt::spawn(async move {
            let mut ticks = tokio::time::interval(SWEEP_EVERY);
            loop {
                ticks.tick().await;
                self.limiter.retain_recent();
                self.limiter.shrink_to_fit();
            }
        });
    }

    fn add_headers(&self, headers: &mut HeaderMap, remaining: u32, reset_secs: u64) {
        headers.insert(RATELIMIT_POLICY, self.policy.clone());
        if let Ok(value) =
            HeaderValue::from_str(&format!("\"{POLICY_NAME}\";r={remaining};t={reset_secs}"))
        {
            headers.insert(RATELIMIT, value);
        }
    }
}

/// The address a request without a token is counted against: the TCP peer, or behind `proxy_hops` trusted
/// reverse proxies the `X-Forwarded-For` entry that many places from the right (the address the outermost trusted
/// proxy saw; entries further left are the client's to invent). A request that did not come through them all
/// (too few entries, or an entry that is not an address) counts against its peer.
fn client_address(req: &ServiceRequest, proxy_hops: usize) -> IpAddr {
    let peer = req
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    if proxy_hops == 0 {
        return peer;
    }
    let forwarded = crate::forwarded::forwarded_for(req.headers());
    forwarded
        .len()
        .checked_sub(proxy_hops)
        .and_then(|index| forwarded[index].parse().ok())
        .unwrap_or(peer)
}

/// Middleware: counts the request against its caller's bucket; answers 429 beyond the quota, and puts the rate-limit
/// headers on every response it lets through as well. Does nothing when no [`RateLimits`] are registered (limits
/// off).
pub async fn limit(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let limits = req.app_data::<web::Data<RateLimits>>().cloned();
    let Some(limits) = limits.filter(|_| !is_exempt(req.path())) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let subject = req
        .app_data::<web::Data<TokenKeys>>()
        .and_then(|keys| request_caller(req.request(), keys))
        .map(|caller| caller.subject_id());
    let caller = match subject {
        Some(id) => Caller::Subject(id),
        None => Caller::Address(client_address(&req, limits.proxy_hops)),
    };
    match limits.check(&caller) {
        Decision::Allowed {
            remaining,
            reset_secs,
        } => {
            let mut response = next.call(req).await?.map_into_boxed_body();
            limits.add_headers(response.headers_mut(), remaining, reset_secs);
            Ok(response)
        }
        Decision::Limited { retry_after_secs } => {
            let whose = match caller {
                Caller::Subject(_) => "this token's user or client",
                Caller::Address(_) => "this address (requests without a token)",
            };
            let error = ApiError::RateLimited {
                retry_after_secs,
                detail: format!(
                    "The request quota of {whose} is used up ({} requests per {} seconds); retry in \
                     {retry_after_secs} second{}.",
                    limits.burst,
                    ceil_secs(limits.replenish * limits.burst).max(1),
                    if retry_after_secs == 1 { "" } else { "s" }
                ),
            };
            let mut response = req.error_response(error).map_into_boxed_body();
            let reset_secs = ceil_secs(limits.replenish * limits.burst);
            limits.add_headers(response.headers_mut(), 0, reset_secs);
            Ok(response)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU32;

    use super::*;

    fn limits(per_minute: u32, burst: u32) -> RateLimits {
        RateLimits::new(&RateLimitSettings {
            per_minute: NonZeroU32::new(per_minute),
            burst: NonZeroU32::new(burst).unwrap(),
            proxy_hops: 0,
        })
        .unwrap()
    }

    #[test]
    fn the_policy_states_the_burst_and_the_time_it_takes_to_refill() {
        assert_eq!(limits(600, 600).policy, "\"default\";q=600;w=60");
        assert_eq!(limits(600, 100).policy, "\"default\";q=100;w=10");
        assert_eq!(limits(120, 5).policy, "\"default\";q=5;w=3");
    }

    #[test]
    fn remaining_counts_down_and_the_caller_is_refused_once_it_is_spent() {
        let limits = limits(60, 3);
        let caller = Caller::Subject(Uuid::now_v7());
        let decisions: Vec<_> = (0..4).map(|_| limits.check(&caller)).collect();
        assert!(matches!(
            decisions[0],
            Decision::Allowed {
                remaining: 2,
                reset_secs: 1
            }
        ));
        assert!(matches!(
            decisions[1],
            Decision::Allowed {
                remaining: 1,
                reset_secs: 2
            }
        ));
        assert!(matches!(
            decisions[2],
            Decision::Allowed {
                remaining: 0,
                reset_secs: 3
            }
        ));
        assert_eq!(
            decisions[3],
            Decision::Limited {
                retry_after_secs: 1
            }
        );
        // Another caller has a bucket of its own.
        let other = Caller::Address(IpAddr::V4(Ipv4Addr::LOCALHOST));
        assert!(matches!(
            limits.check(&other),
            Decision::Allowed { remaining: 2, .. }
        ));
    }

    #[test]
    fn probes_and_documentation_are_exempt() {
        for path in [
            "/livez",
            "/readyz",
            "/metrics",
            "/swagger-ui/",
            "/swagger-ui/index.html",
            "/api-docs/openapi.json",
            "/",
        ] {
            assert!(is_exempt(path), "{path}");
        }
        for path in ["/v1/me", "/v1/auth/token", "/livez/x", "/nothing"] {
            assert!(!is_exempt(path), "{path}");
        }
    }

    #[test]
    fn no_limiter_is_built_when_limits_are_off() {
        assert!(RateLimits::new(&RateLimitSettings {
            per_minute: None,
            burst: NonZeroU32::MIN,
            proxy_hops: 0,
        })
        .is_none());
    }

    #[test]
    fn behind_trusted_proxies_the_address_they_saw_counts_and_nothing_the_client_added() {
        use actix_web::test::TestRequest;
        let peer: std::net::SocketAddr = "10.0.0.2:40000".parse().unwrap();
        let request = |forwarded: Option<&str>| {
            let mut builder = TestRequest::default().peer_addr(peer);
            if let Some(value) = forwarded {
                builder = builder.insert_header(("x-forwarded-for", value));
            }
            builder.to_srv_request()
        };
        let spoofed = request(Some("6.6.6.6, 203.0.113.7"));
        assert_eq!(client_address(&spoofed, 0), peer.ip());
        assert_eq!(
            client_address(&spoofed, 1),
            "203.0.113.7".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            client_address(&spoofed, 2),
            "6.6.6.6".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_address(&spoofed, 3), peer.ip());
        assert_eq!(client_address(&request(None), 1), peer.ip());
        assert_eq!(
            client_address(&request(Some("not-an-address")), 1),
            peer.ip()
        );
    }
}
