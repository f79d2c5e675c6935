//! The embedded default database: a project-local PostgreSQL cluster started from the system's server binaries,
//! used when no `DATABASE_URL` is given (development and tests only).
//!
//! The cluster's postmaster is a child of this process, in its own process group (so a terminal's Ctrl-C reaches
//! us first and we stop the database *after* in-flight requests finish), and with a parent-death signal, so it can
//! never outlive us: not after a panic, a `kill -9`, or the end of a test run. As root, PostgreSQL refuses to run,
//! so the child drops to the `postgres` system user before it executes.
//!
//! Layout: this module holds the public API; `server` starts, watches and stops the postmaster; `cluster`
//! initialises the data directory; `binaries` finds the server programs; `privileges` confines the server's
//! processes and hands them to the `postgres` user when we are root; `lock` reads `postmaster.pid`.

mod binaries;
mod cluster;
mod lock;
mod privileges;
mod server;

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};

/// How to start the local cluster.
#[derive(Debug, Clone)]
pub struct LocalPostgresOptions {
    /// The cluster's data directory; created and initialised when missing.
    pub data_dir: PathBuf,
    /// Trade durability for speed (tests): no fsync, no synchronous commit.
    pub ephemeral: bool,
}

/// A running local cluster. Dropping it stops the server (fast shutdown) and waits for it to exit.
pub struct LocalPostgres {
    port: u16,
    data_dir: PathBuf,
    stop: Option<mpsc::Sender<()>>,
    /// Behind a mutex so a cluster can live in a `static` (test harnesses share one per run).
    stopped: std::sync::Mutex<Option<mpsc::Receiver<()>>>,
}

/// Why the local cluster could not start; the message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum LocalPostgresError {
    #[error(
        "PostgreSQL server binaries were not found (looked in /usr/lib/postgresql/<version>/bin and for pg_config). \
         Install them with `apt-get install postgresql` (Debian/Ubuntu), set REBOUND_PG_BIN to their directory, \
         or set DATABASE_URL to an existing database"
    )]
    BinariesNotFound,
    #[error(
        "running as root, the local database must run as the `postgres` system user, which does not exist. \
         Install Debian's `postgresql` package (it creates the user) or set DATABASE_URL"
    )]
    NoPostgresUser,
    #[error("another process is already using the local database in {0}; stop it first or set REBOUND_LOCAL_DB_DIR")]
    InUse(PathBuf),
    #[error("{step} failed: {detail}")]
    Step { step: &'static str, detail: String },
}

fn step_error(step: &'static str, detail: impl std::fmt::Display) -> LocalPostgresError {
    LocalPostgresError::Step {
        step,
        detail: detail.to_string(),
    }
}

impl LocalPostgres {
    /// The TCP port the cluster listens on (127.0.0.1 only).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The data directory in use.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Connection URL for `database` as the cluster's superuser.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Creates `database` unless it exists.
    pub fn ensure_database(&self, database: &str) -> Result<(), LocalPostgresError> {
        let mut conn = PgConnection::establish(&self.url("postgres"))
            .map_err(|e| step_error("connecting", e))?;
        create_database_if_missing(&mut conn, database)
            .map_err(|e| step_error("creating the database", e))
    }
}

/// The URL of `database` on a cluster another process (a `rebound serve` in another terminal) already runs on
/// `data_dir`, checked to be that cluster; `None` when no server holds the data directory.
pub fn running_cluster_url(
    data_dir: &Path,
    database: &str,
) -> Result<Option<String>, LocalPostgresError> {
    let data_dir = cluster::absolute(data_dir)?;
    let Some(port) = lock::running_port(&data_dir) else {
        return Ok(None);
    };
    let url = |database: &str| format!("postgres://postgres@127.0.0.1:{port}/{database}");
    let mut conn = PgConnection::establish(&url("postgres"))
        .map_err(|e| step_error("connecting to the running local database", e))?;
    server::check_serves(&mut conn, port, &data_dir)?;
    create_database_if_missing(&mut conn, database)
        .map_err(|e| step_error("creating the database", e))?;
    Ok(Some(url(database)))
}

/// Creates `database` on the connected server unless it exists.
pub fn create_database_if_missing(
    conn: &mut PgConnection,
    database: &str,
) -> diesel::QueryResult<()> {
    use diesel::prelude::*;
    use diesel::sql_types::Text;
    #[derive(QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        #[allow(dead_code)]
        found: i32,
    }
    let exists = diesel::sql_query("SELECT 1 AS found FROM pg_database WHERE datname = $1")
        .bind::<Text, _>(database)
        .get_result::<Found>(conn)
        .optional()?
        .is_some();
    if !exists {
        conn.batch_execute(&format!("CREATE DATABASE {}", quote_ident(database)))?;
    }
    Ok(())
}

/// Quotes an SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Helpers shared by the submodules' unit tests.
#[cfg(test)]
mod testing {
    use std::fs;
    use std::path::PathBuf;

    /// A fresh, empty scratch directory for one test.
    pub(super) fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rebound-local-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
