//! The embedded default database: a project-local PostgreSQL cluster started from the system's server binaries,
//! used when no `DATABASE_URL` is given (development and tests only).
//!
//! The cluster's postmaster is a child of this process, in its own process group (so a terminal's Ctrl-C reaches
//! us first and we stop the database *after* in-flight requests finish), and with a parent-death signal, so it can
//! never outlive us: not after a panic, a `kill -9`, or the end of a test run. As root, PostgreSQL refuses to run,
//! so the child drops to the `postgres` system user before it executes.

use std::ffi::CString;
use std::fs;
use std::io;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// The user the server runs as: ourselves, or `postgres` when we are root.
#[derive(Debug, Clone, Copy)]
struct RunAs {
    uid: libc::uid_t,
    gid: libc::gid_t,
    switch: bool,
}

impl LocalPostgres {
    /// Initialises the cluster if needed, starts it, and waits until it accepts connections.
    pub fn start(options: &LocalPostgresOptions) -> Result<Self, LocalPostgresError> {
        let bin_dir = find_bin_dir().ok_or(LocalPostgresError::BinariesNotFound)?;
        let run_as = run_as_user()?;
        let data_dir = absolute(&options.data_dir)?;
        prepare_data_dir(&bin_dir, &data_dir, run_as)?;
        if postmaster_is_running(&data_dir) {
            return Err(LocalPostgresError::InUse(data_dir));
        }
        let port = free_port()?;
        let log_path = data_dir.join("server.log");

        let mut command = Command::new(bin_dir.join("postgres"));
        command
            .arg("-D")
            .arg(&data_dir)
            .args(["-p", &port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            // No Unix socket: its path length limit and directory permissions only cause trouble here.
            .args(["-c", "unix_socket_directories="])
            .args(["-c", "max_connections=200"]);
        if options.ephemeral {
            command.args([
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
            ]);
        }
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| step_error("opening the server log", e))?;
        let log_err = log
            .try_clone()
            .map_err(|e| step_error("opening the server log", e))?;
        command
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log_err));
        confine_child(&mut command, run_as);

        // The parent-death signal fires when the *thread* that forked the child exits, so the child is spawned
        // from a keeper thread that lives exactly as long as the cluster should.
        let (started_tx, started_rx) = mpsc::channel::<Result<(), String>>();
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let (stopped_tx, stopped_rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("rebound-local-postgres".into())
            .spawn(move || {
                let child = match command.spawn() {
                    Ok(child) => child,
                    Err(e) => {
                        let _ = started_tx.send(Err(e.to_string()));
                        return;
                    }
                };
                let _ = started_tx.send(Ok(()));
                keep(child, stop_rx);
                let _ = stopped_tx.send(());
            })
            .map_err(|e| step_error("starting the keeper thread", e))?;
        started_rx
            .recv()
            .map_err(|e| step_error("starting postgres", e))?
            .map_err(|e| step_error("starting postgres", e))?;

        let server = LocalPostgres {
            port,
            data_dir,
            stop: Some(stop_tx),
            stopped: std::sync::Mutex::new(Some(stopped_rx)),
        };
        server.wait_until_ready(&log_path)?;
        Ok(server)
    }

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

    /// Stops the server (fast shutdown: open sessions are ended, committed data is safe) and waits for it.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let stopped = self.stopped.lock().ok().and_then(|mut s| s.take());
        if let Some(stopped) = stopped {
            let _ = stopped.recv_timeout(Duration::from_secs(30));
        }
    }

    fn wait_until_ready(&self, log_path: &Path) -> Result<(), LocalPostgresError> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = self.url("postgres");
        loop {
            match PgConnection::establish(&url) {
                Ok(_) => return Ok(()),
                Err(error) => {
                    let exited = self
                        .stopped
                        .lock()
                        .ok()
                        .is_some_and(|s| s.as_ref().is_some_and(|s| s.try_recv().is_ok()));
                    if exited || Instant::now() > deadline {
                        let tail = fs::read_to_string(log_path)
                            .map(|log| log.lines().rev().take(5).collect::<Vec<_>>().join(" | "))
                            .unwrap_or_default();
                        return Err(step_error(
                            "waiting for postgres",
                            format!("{error}; server log: {tail}"),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        }
    }
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        self.shutdown();
    }
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

/// Waits for a stop request (or for the owner to vanish), then stops the server.
fn keep(mut child: Child, stop: mpsc::Receiver<()>) {
    loop {
        match stop.recv_timeout(Duration::from_millis(500)) {
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Ok(Some(_)) = child.try_wait() {
                    return; // it died on its own; nothing to stop
                }
            }
        }
    }
    // SIGINT is PostgreSQL's "fast" shutdown: sessions are disconnected, data is checkpointed.
    // SAFETY: kill(2) with the pid of our own child, which we have not reaped yet.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let _ = child.wait();
}

/// Sets up the child between fork and exec: own process group, the `postgres` user when root, and a parent-death
/// signal (set last, because changing credentials clears it).
fn confine_child(command: &mut Command, run_as: RunAs) {
    // SAFETY: the closure only makes async-signal-safe system calls.
    unsafe {
        command.pre_exec(move || {
            if libc::setpgid(0, 0) != 0 {
                return Err(io::Error::last_os_error());
            }
            let switch_failed = run_as.switch
                && (libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(run_as.gid) != 0
                    || libc::setuid(run_as.uid) != 0);
            if switch_failed {
                return Err(io::Error::last_os_error());
            }
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT as libc::c_ulong) != 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

fn run_as_user() -> Result<RunAs, LocalPostgresError> {
    // SAFETY: geteuid never fails.
    let euid = unsafe { libc::geteuid() };
    if euid != 0 {
        // SAFETY: getegid never fails.
        let egid = unsafe { libc::getegid() };
        return Ok(RunAs {
            uid: euid,
            gid: egid,
            switch: false,
        });
    }
    let name =
        CString::new("postgres").map_err(|e| step_error("looking up the postgres user", e))?;
    // SAFETY: getpwnam returns a pointer to static storage or null; we copy the two fields out at once.
    let entry = unsafe { libc::getpwnam(name.as_ptr()) };
    if entry.is_null() {
        return Err(LocalPostgresError::NoPostgresUser);
    }
    // SAFETY: checked non-null above.
    let (uid, gid) = unsafe { ((*entry).pw_uid, (*entry).pw_gid) };
    Ok(RunAs {
        uid,
        gid,
        switch: true,
    })
}

/// `REBOUND_PG_BIN`, else the newest `/usr/lib/postgresql/<v>/bin`, else `pg_config --bindir`.
fn find_bin_dir() -> Option<PathBuf> {
    let has_server = |dir: &Path| dir.join("postgres").is_file() && dir.join("initdb").is_file();
    if let Some(dir) = std::env::var_os("REBOUND_PG_BIN").map(PathBuf::from) {
        return has_server(&dir).then_some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            has_server(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, dir)) = versions.pop() {
        return Some(dir);
    }
    let output = Command::new("pg_config").arg("--bindir").output().ok()?;
    let dir = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    has_server(&dir).then_some(dir)
}

fn absolute(path: &Path) -> Result<PathBuf, LocalPostgresError> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .map_err(|e| step_error("resolving the data directory", e))
}

/// Creates and `initdb`s the data directory when it holds no cluster yet, owned by the server's user.
fn prepare_data_dir(
    bin_dir: &Path,
    data_dir: &Path,
    run_as: RunAs,
) -> Result<(), LocalPostgresError> {
    if data_dir.join("PG_VERSION").is_file() {
        return Ok(());
    }
    fs::create_dir_all(data_dir).map_err(|e| step_error("creating the data directory", e))?;
    if run_as.switch {
        make_reachable_by(data_dir, run_as)?;
    }
    let output = {
        let mut command = Command::new(bin_dir.join("initdb"));
        command
            .arg("-D")
            .arg(data_dir)
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            ])
            .stdin(Stdio::null());
        confine_child(&mut command, run_as);
        command
            .output()
            .map_err(|e| step_error("running initdb", e))?
    };
    if !output.status.success() {
        return Err(step_error(
            "initdb",
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    Ok(())
}

/// As root, hands the data directory to the server's user and lets it traverse the directories above, which a
/// checkout under a private home directory would otherwise forbid.
fn make_reachable_by(data_dir: &Path, run_as: RunAs) -> Result<(), LocalPostgresError> {
    let c_path = CString::new(data_dir.as_os_str().as_encoded_bytes())
        .map_err(|e| step_error("preparing the data directory", e))?;
    // SAFETY: chown with a valid C string.
    if unsafe { libc::chown(c_path.as_ptr(), run_as.uid, run_as.gid) } != 0 {
        return Err(step_error(
            "handing the data directory to postgres",
            io::Error::last_os_error(),
        ));
    }
    fs::set_permissions(data_dir, fs::Permissions::from_mode(0o700))
        .map_err(|e| step_error("preparing the data directory", e))?;
    for ancestor in data_dir.ancestors().skip(1) {
        let Ok(metadata) = fs::metadata(ancestor) else {
            continue;
        };
        let mode = metadata.permissions().mode();
        if mode & 0o001 == 0 {
            // Add only the "search" bit for others: it lets postgres pass through, not list or read.
            fs::set_permissions(ancestor, fs::Permissions::from_mode(mode | 0o001))
                .map_err(|e| step_error("letting postgres reach the data directory", e))?;
        }
    }
    Ok(())
}

/// True when `postmaster.pid` names a live process.
fn postmaster_is_running(data_dir: &Path) -> bool {
    let Ok(contents) = fs::read_to_string(data_dir.join("postmaster.pid")) else {
        return false;
    };
    let Some(pid) = contents
        .lines()
        .next()
        .and_then(|l| l.trim().parse::<libc::pid_t>().ok())
    else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists.
    pid > 0 && unsafe { libc::kill(pid, 0) } == 0
}

fn free_port() -> Result<u16, LocalPostgresError> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| step_error("finding a free port", e))
}
