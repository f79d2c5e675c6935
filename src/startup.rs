//! Builds the HTTP server: state, middleware, routes, docs, and the catch-all that keeps unknown routes in
//! problem+json.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpResponse, HttpServer};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::extract::{self, JsonLimit};
use crate::metrics::Metrics;
use crate::route_table::RouteTable;
use crate::state::{AppState, Connections, Draining};
use crate::{openapi, routes, telemetry};
use rebound_config::Settings;
use rebound_service::auth::revocations::Revocations;
use rebound_service::auth::TokenKeys;
use rebound_service::Database;

/// Stops the server the way a deploy should: drain first, then finish what is in flight.
#[derive(Clone)]
pub struct Shutdown {
    draining: Draining,
    drain: Duration,
    server: actix_web::dev::ServerHandle,
    connections: Connections,
}

/// After accepting stops, how long connections the accept thread already took get to reach their worker (a
/// hand-over through an in-process channel, microseconds unless a worker is stalled) before open connections are
/// counted.
const HANDOVER: Duration = Duration::from_millis(100);

/// After accepting stops, the longest the drain waits for open connections to end by themselves. Connections still
/// open then carry no request that was read (a request being served keeps its connection through the stop): they
/// are idle keep-alive connections, closed by the stop.
const QUIET_MAX: Duration = Duration::from_secs(1);

impl Shutdown {
    /// Readiness says 503 at once and every response asks its client to reconnect (`Connection: close`), while
    /// requests keep being served for the drain period, so a load balancer moves traffic away before anything is
    /// refused; then accepting stops, the connections already accepted are answered (each response closes its
    /// connection), and only then does the server stop, finishing what is still in flight (within the shutdown
    /// timeout).
    ///
    /// Stopping straight away would lose requests on connections accepted in its last milliseconds: actix drops
    /// connections accepted but not yet handed to a worker, and closes unanswered a connection whose request was
    /// read but not yet started. A client whose connection was never accepted (still in the kernel's backlog when
    /// the listener closes) sees it reset, and can tell it was not served.
    pub async fn drain_and_stop(&self) {
        tracing::info!(
            drain_secs = self.drain.as_secs(),
            "draining before shutdown"
        );
        self.draining.set();
        actix_web::rt::time::sleep(self.drain).await;
        self.server.pause().await;
        actix_web::rt::time::sleep(HANDOVER).await;
        let waited_since = std::time::Instant::now();
        while self.connections.open() > 0 && waited_since.elapsed() < QUIET_MAX {
            actix_web::rt::time::sleep(Duration::from_millis(5)).await;
        }
        tracing::info!(
            still_open = self.connections.open(),
            "stopped accepting; stopping the server"
        );
        self.server.stop(true).await;
    }

    /// HTTP connections the server has taken up since it started (tests compare it with the answers they got).
    pub fn connections_opened(&self) -> u64 {
        self.connections.opened()
    }

    /// Stops without draining (Ctrl-C in development); in-flight requests still finish.
    pub async fn stop_now(&self) {
        self.server.stop(true).await;
    }
}

/// A bound, not yet running server.
pub struct Application {
    port: u16,
    server: Server,
    database: Database,
    shutdown: Shutdown,
    clock: rebound_service::clock::Clock,
}

impl Application {
    /// Binds the listener and prepares the server. Migrations are attempted once right away; when the database is
    /// not reachable yet they continue in the background and readiness reports 503 until they succeed.
    pub async fn build(settings: Settings, database_url: &str) -> anyhow::Result<Self> {
        let database = Database::connect_lazily(database_url, &settings.database);
        let migrating = database.clone();
        let migrated_now = web::block(move || migrating.migrate()).await?;
        if let Err(error) = migrated_now {
            tracing::warn!(error = %error, "database not reachable yet; migrations will be retried in the background");
            database.migrate_in_background();
        }
        database.purge_periodically();
        let sealer = Arc::new(rebound_service::auth::sealing::Sealer::new(
            &settings.webhooks.sealing_keys,
        ));
        let clock = rebound_service::clock::Clock::default();
        rebound_service::delivery::spawn(
            database.clone(),
            sealer.clone(),
            settings.webhooks.clone(),
            clock.clone(),
        );
        rebound_service::delivery::spawn_step_announcer(
            database.clone(),
            clock.clone(),
            settings.webhooks.poll_interval,
        );

        let listener = TcpListener::bind(settings.bind_address)?;
        let port = listener.local_addr()?.port();
        let draining = Draining::default();
        let shared = SharedData::new(&settings, &database, sealer, clock.clone(), &draining)?;
        let connections = Connections::default();
        let server = http_server(&settings, listener, shared, connections.clone())?;
        let shutdown = Shutdown {
            draining,
            drain: settings.drain,
            server: server.handle(),
            connections,
        };
        Ok(Self {
            port,
            server,
            database,
            shutdown,
            clock,
        })
    }

    /// The port actually bound (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The application's database handle.
    pub fn database(&self) -> &Database {
        &self.database
    }

    /// A handle that can stop the server gracefully.
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// The clock background work (step announcements) goes by; tests move it forward.
    pub fn clock(&self) -> rebound_service::clock::Clock {
        self.clock.clone()
    }

    /// What stops this server (drained or not); tests use it as the signal handler does.
    pub fn shutdown(&self) -> Shutdown {
        self.shutdown.clone()
    }

    /// Serves until stopped. SIGTERM (a deploy, an orchestrator) drains first, see [`Shutdown::drain_and_stop`];
    /// SIGINT (Ctrl-C) stops at once, still letting in-flight requests finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let shutdown = self.shutdown.clone();
        actix_web::rt::spawn(async move {
            use tokio::signal::unix::{signal, SignalKind};
            let (Ok(mut terminate), Ok(mut interrupt)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            ) else {
                tracing::error!("could not install signal handlers; stop the process with SIGKILL");
                return;
            };
            tokio::select! {
                _ = terminate.recv() => shutdown.drain_and_stop().await,
                _ = interrupt.recv() => shutdown.stop_now().await,
            }
        });
        self.server.await
    }
}

/// HEAD is answered like GET (RFC 9110 §9.3.2): the route runs as GET, and the HTTP layer, which remembers the
/// request was HEAD, sends the headers without the body.
async fn answer_head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody + 'static>,
    actix_web::Error,
> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

/// While draining, every response closes its connection, so keep-alive clients reconnect (to another replica)
/// instead of sending more requests down a connection that is about to close.
async fn close_while_draining(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody + 'static>,
    actix_web::Error,
> {
    let draining = req
        .app_data::<web::Data<Draining>>()
        .is_some_and(|d| d.is_set());
    let mut response = next.call(req).await?;
    if draining {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(response)
}

/// The Content-Security-Policy of Swagger UI and its `oauth2-redirect.html`, as `utoipa-swagger-ui` serves them
/// (Swagger UI 5): every script is a file of its own (`swagger-ui-bundle.js`, `swagger-ui-standalone-preset.js`, the
/// generated `swagger-initializer.js`, `oauth2-redirect.js`), so no inline script or `eval` is allowed (the bundle's
/// `Function("return this")` uses are fallbacks behind `globalThis`/`self`, never reached in a browser). React sets
/// inline styles, so `style-src` allows them; the stylesheets' icons are `data:` URLs. Try-it-out, the OpenAPI
/// document and the token exchange are same-origin (the document's only server is `/`). No framing, no plugins.
const SWAGGER_UI_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// `Strict-Transport-Security` in production: a year, this host only (other subdomains are the operator's call).
const HSTS: &str = "max-age=31536000";

/// `X-Content-Type-Options: nosniff` on every response, and `Cache-Control: no-store` on every API response that
/// does not choose its own caching: API responses are authenticated or carry secrets (tokens, initial passwords,
/// client secrets), and no shared or browser cache should keep them. Swagger UI's pages (which keep a bearer token
/// in `localStorage`) get [`SWAGGER_UI_CSP`], `X-Frame-Options: DENY` and `Referrer-Policy: no-referrer` (its
/// `oauth2-redirect.html` receives the authorization code in its query). In production every response carries
/// `Strict-Transport-Security` (browsers ignore it over plain HTTP; behind a TLS-terminating proxy it is what makes
/// them stay on HTTPS).
async fn security_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody + 'static>,
    actix_web::Error,
> {
    use actix_web::http::header::{self, HeaderValue};
    let private =
        req.path().starts_with("/v1/") || req.headers().contains_key(header::AUTHORIZATION);
    let swagger_ui = req.path() == "/swagger-ui" || req.path().starts_with("/swagger-ui/");
    let production = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.environment == rebound_config::Environment::Production);
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if private && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if swagger_ui {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(SWAGGER_UI_CSP),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
    }
    if production {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    Ok(response)
}

/// What every worker's app shares, each as the app data its handlers and middleware extract. Building it starts
/// the refreshers of the revocation list and the CORS origins, and the rate limits' sweeper.
struct SharedData {
    state: web::Data<AppState>,
    token_keys: web::Data<TokenKeys>,
    route_table: web::Data<RouteTable>,
    revocations: web::Data<Revocations>,
    cors_origins: Arc<crate::cors::CorsOrigins>,
    cors_origins_data: web::Data<crate::cors::CorsOrigins>,
    cors_keys: Arc<TokenKeys>,
    rate_limits: Option<web::Data<crate::rate_limit::RateLimits>>,
    draining: web::Data<Draining>,
    json_limit: usize,
    /// The OpenAPI document Swagger UI shows.
    published: serde_json::Value,
}

impl SharedData {
    fn new(
        settings: &Settings,
        database: &Database,
        sealer: Arc<rebound_service::auth::sealing::Sealer>,
        clock: rebound_service::clock::Clock,
        draining: &Draining,
    ) -> anyhow::Result<Self> {
        // One set of keys: handlers issue tokens through `AppState`, the `Principal` extractor verifies them
        // through app data of their own, so authentication does not depend on the application state.
        let tokens = Arc::new(TokenKeys::new(&settings.jwt));
        let token_keys = web::Data::from(tokens.clone());
        let state = web::Data::new(AppState {
            db: database.clone(),
            tokens,
            metrics: Metrics::new()?,
            settings: settings.clone(),
            sealer,
            clock,
            csrf: rebound_service::auth::oauth::CsrfKeys::new(&settings.jwt),
        });
        let spec = openapi::document();
        let published = openapi::published();
        // Derived from the served document, once: the fallback answers 405/404 from it.
        let route_table = web::Data::new(RouteTable::from_document(&spec));
        let revocations = Arc::new(Revocations::default());
        revocations
            .clone()
            .refresh_periodically(database.clone(), settings.jwt.access_token_ttl);
        let cors_origins = Arc::new(crate::cors::CorsOrigins::new(settings.cors.origins.clone()));
        cors_origins
            .clone()
            .refresh_periodically(database.clone(), settings.cors.refresh);
        let rate_limits = crate::rate_limit::RateLimits::new(&settings.rate_limit).map(Arc::new);
        if let Some(limits) = &rate_limits {
            limits.clone().sweep_periodically();
        }
        Ok(Self {
            state,
            cors_keys: token_keys.clone().into_inner(),
            token_keys,
            route_table,
            revocations: web::Data::from(revocations),
            cors_origins_data: web::Data::from(cors_origins.clone()),
            cors_origins,
            rate_limits: rate_limits.map(web::Data::from),
            draining: web::Data::new(draining.clone()),
            json_limit: settings.json_body_limit,
            published,
        })
    }
}

/// The HTTP server on `listener`, started: each worker's app with its middleware (innermost first), app data,
/// routes, Swagger UI and the problem+json fallback. Signals are left to [`Application::run_until_stopped`].
fn http_server(
    settings: &Settings,
    listener: TcpListener,
    shared: SharedData,
    connections: Connections,
) -> std::io::Result<Server> {
    let mut server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .map(|app| {
                // Innermost first: the rate limit counts what reaches the routes; CORS outside it answers
                // preflights itself and puts its headers on 429s too, so a browser can read them.
                app.wrap(from_fn(answer_head_as_get))
                    .wrap(from_fn(crate::api_version::negotiate))
                    .wrap(from_fn(crate::rate_limit::limit))
                    .wrap(crate::cors::middleware(
                        shared.cors_origins.clone(),
                        shared.cors_keys.clone(),
                    ))
                    .wrap(from_fn(crate::cors::finish))
                    .wrap(from_fn(security_headers))
                    .wrap(from_fn(close_while_draining))
                    .wrap(from_fn(telemetry::observe_request))
                    // Outermost: nothing may read a forwarding header before untrusted ones are gone.
                    .wrap(from_fn(crate::forwarded::only_from_trusted_proxies))
            })
            .app_data(shared.state.clone())
            .app_data(shared.token_keys.clone())
            .app_data(shared.route_table.clone())
            .app_data(shared.draining.clone())
            .app_data(shared.revocations.clone())
            .app_data(shared.cors_origins_data.clone())
            .app_data(JsonLimit(shared.json_limit))
            .app_data(web::PathConfig::default().error_handler(extract::path_error))
            .app_data(extract::query_config())
            .configure(routes::configure)
            .split_for_parts();
        // Registered only when limits are on: the middleware lets everything through without them.
        let app = match &shared.rate_limits {
            Some(limits) => app.app_data(limits.clone()),
            None => app,
        };
        app.service(swagger_ui(shared.published.clone()))
            .route("/swagger-ui", web::get().to(redirect_to_swagger_ui))
            .route("/", web::get().to(redirect_to_swagger_ui))
            .default_service(web::to(routes::fallback))
    })
    .on_connect(move |_, extensions| connections.track(extensions))
    .shutdown_timeout(settings.shutdown_timeout.as_secs())
    // Signals are handled by `run_until_stopped`, which drains before stopping.
    .disable_signals()
    // Blocking work is database calls (and bounded password hashing); threads beyond the pool's size would only
    // wait for a connection. A small fixed ceiling also stops each burst of load from creating (and glibc from
    // keeping arenas for) hundreds of threads.
    .worker_max_blocking_threads(settings.database.pool_max_size as usize + 2)
    .listen(listener)?;
    if let Some(workers) = settings.workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// Swagger UI with the published document. `validatorUrl: "none"` (Swagger UI's spelling of "no validator") keeps
/// the page from sending the document's URL to validator.swagger.io when served under a public host name, and the
/// Authorize dialog's token survives a reload. Its authorization-code flow uses PKCE, with the demo's public client
/// `swagger-ui` filled in; Swagger UI's own `oauth2-redirect.html` (served with the rest of it) is that client's
/// redirect URI.
fn swagger_ui(published: serde_json::Value) -> SwaggerUi {
    SwaggerUi::new("/swagger-ui/{_:.*}")
        .external_url_unchecked("/api-docs/openapi.json", published)
        .config(
            utoipa_swagger_ui::Config::from("/api-docs/openapi.json")
                .validator_url("none")
                .persist_authorization(true),
        )
        .oauth(
            utoipa_swagger_ui::oauth::Config::new()
                .client_id(rebound_service::demo::SWAGGER_UI_CLIENT_ID)
                .app_name("Rebound Swagger UI")
                .use_pkce_with_authorization_code_grant(true),
        )
}

async fn redirect_to_swagger_ui() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((actix_web::http::header::LOCATION, "/swagger-ui/"))
        .finish()
}
