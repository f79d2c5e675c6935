//! The `rebound` command: serve the API (default), run migrations, or print the OpenAPI document.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rebound::startup::Application;
use rebound_config::Settings;
use rebound_service::Database;

/// mimalloc returns freed memory to the system where glibc's per-thread arenas kept growing across bursts of load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "rebound",
    version,
    about = "Rebound: bounce back from a bad interview"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (the default). Without DATABASE_URL, starts the project-local PostgreSQL first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) to standard output.
    Openapi,
    /// Seed a demo workspace with a realistic bad interview (idempotent), then exit. Run `rebound` afterwards and
    /// sign in as demo@rebound.example in Swagger UI.
    Demo,
}

/// Name of the database the embedded cluster serves.
const LOCAL_DATABASE: &str = "rebound";

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Openapi) = cli.command {
        print!("{}", rebound::openapi::document_json());
        return ExitCode::SUCCESS;
    }
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    rebound::telemetry::init(settings.log_format);
    if settings.jwt.ephemeral_key {
        tracing::warn!("REBOUND_JWT_KEYS is not set: using a random signing key, so tokens end when the process does");
    }

    // The embedded database is started on the main thread, before the async runtime, and stopped after the server
    // has finished: in-flight requests keep their database to the end.
    let command = cli.command.unwrap_or(Command::Serve);
    // `demo` while `rebound serve` runs on the embedded default (the order README follows): seed through the
    // cluster that server started, which holds the data directory.
    let running = match (&settings.database.url, &command) {
        (None, Command::Demo) => {
            match embedded::running_cluster_url(&local_data_dir(&settings), LOCAL_DATABASE) {
                Ok(url) => url,
                Err(error) => {
                    eprintln!("error: {error}");
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => None,
    };
    let (database_url, local) = match (&settings.database.url, running) {
        (Some(url), _) => (url.expose().to_string(), None),
        (None, Some(url)) => {
            println!("Found the local database of the running server; seeding through it.");
            (url, None)
        }
        (None, None) => match embedded::start(local_data_dir(&settings), LOCAL_DATABASE) {
            Ok(local) => (local.url(LOCAL_DATABASE), Some(local)),
            Err(error) => {
                tracing::error!("{error}");
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        },
    };

    let outcome = match command {
        Command::Migrate => Database::connect_lazily(&database_url, &settings.database).migrate(),
        Command::Serve => serve(settings, &database_url),
        Command::Demo => seed_demo(&settings, &database_url),
        Command::Openapi => unreachable!("handled above"),
    };
    if let Some(local) = local {
        tracing::info!("stopping the local database");
        local.stop();
    }
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The embedded cluster's data directory: `REBOUND_LOCAL_DB_DIR`, else `.rebound/postgres` in the checkout.
fn local_data_dir(settings: &Settings) -> std::path::PathBuf {
    settings.database.local_data_dir.clone().unwrap_or_else(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".rebound/postgres")
    })
}

/// The project-local PostgreSQL of development and tests. Production images build without the `local-pg` feature:
/// the launcher is then left out, and a missing `DATABASE_URL` is an error.
#[cfg(feature = "local-pg")]
mod embedded {
    use std::path::PathBuf;

    use rebound_local_pg::{LocalPostgres, LocalPostgresOptions};

    pub use rebound_local_pg::running_cluster_url;

    pub fn start(data_dir: PathBuf, database: &str) -> anyhow::Result<LocalPostgres> {
        tracing::info!(data_dir = %data_dir.display(), "starting the project-local PostgreSQL (no DATABASE_URL given)");
        let local = LocalPostgres::start(&LocalPostgresOptions {
            data_dir,
            ephemeral: false,
        })?;
        local.ensure_database(database)?;
        tracing::info!(port = local.port(), "local PostgreSQL is ready");
        Ok(local)
    }
}

#[cfg(not(feature = "local-pg"))]
mod embedded {
    use std::path::{Path, PathBuf};

    /// Never made: this build cannot start a cluster.
    pub enum LocalPostgres {}

    impl LocalPostgres {
        pub fn url(&self, _database: &str) -> String {
            match *self {}
        }
        pub fn stop(self) {}
    }

    pub fn running_cluster_url(
        _data_dir: &Path,
        _database: &str,
    ) -> Result<Option<String>, String> {
        Ok(None)
    }

    pub fn start(_data_dir: PathBuf, _database: &str) -> anyhow::Result<LocalPostgres> {
        anyhow::bail!("DATABASE_URL is not set, and this build has no embedded PostgreSQL (feature `local-pg`)")
    }
}

fn seed_demo(settings: &Settings, database_url: &str) -> anyhow::Result<()> {
    use diesel::Connection;
    if settings.environment == rebound_config::Environment::Production {
        // The demo owner's password is in the source code.
        anyhow::bail!(
            "`rebound demo` is for development only; it refuses to run with REBOUND_ENV=production"
        );
    }
    let database = Database::connect_lazily(database_url, &settings.database);
    database.migrate()?;
    let mut conn = diesel::PgConnection::establish(database_url)?;
    let summary = rebound_service::demo::seed(&mut conn, settings.bind_address.port())
        .map_err(|e| anyhow::anyhow!("seeding the demo: {e}"))?;
    if summary.created {
        println!("Seeded the demo workspace with one bad interview.");
    } else {
        println!("The demo workspace already exists; nothing changed.");
    }
    println!(
        "Demo interview: {} (the id Swagger UI's examples use).",
        rebound_service::demo::DEMO_INTERVIEW_ID
    );
    println!(
        "With the service running (`cargo run`), open http://{}/swagger-ui/ and press Authorize: in the \
         authorizationCode flow use client id `{}` (no secret) and sign in on Rebound's page as {} / {} (or use the \
         password flow with the same e-mail and password).",
        settings.bind_address,
        rebound_service::demo::SWAGGER_UI_CLIENT_ID,
        rebound_service::demo::DEMO_EMAIL,
        rebound_service::demo::DEMO_PASSWORD
    );
    Ok(())
}

fn serve(settings: Settings, database_url: &str) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let bind = settings.bind_address;
        let application = Application::build(settings, database_url).await?;
        tracing::info!(
            "Rebound is listening on http://{bind} (Swagger UI: http://{}:{}/swagger-ui/)",
            bind.ip(),
            application.port()
        );
        application.run_until_stopped().await?;
        Ok(())
    })
}
