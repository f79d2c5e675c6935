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
use std::os::unix::fs::{MetadataExt, PermissionsExt};
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
        if run_as.switch {
            check_owner(&data_dir, run_as)?;
        }
        match postmaster_lock(&data_dir) {
            PostmasterLock::Running => return Err(LocalPostgresError::InUse(data_dir)),
            PostmasterLock::Stale(contents) => remove_stale_lock(&data_dir, &contents),
            PostmasterLock::Free => {}
        }
        let port = free_port()?;
        let log_path = data_dir.join("server.log");
        // Only this start's lines are worth showing when it fails.
        let log_start = fs::metadata(&log_path).map_or(0, |m| m.len());

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

        let mut server = LocalPostgres {
            port,
            data_dir,
            stop: Some(stop_tx),
            stopped: std::sync::Mutex::new(Some(stopped_rx)),
        };
        // On error, dropping `server` stops our child.
        server.wait_until_ready(&log_path, log_start)?;
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

    /// True once the keeper thread reported that the child exited.
    fn child_exited(&self) -> bool {
        self.stopped.lock().ok().is_some_and(|s| {
            s.as_ref()
                .is_some_and(|s| !matches!(s.try_recv(), Err(mpsc::TryRecvError::Empty)))
        })
    }

    fn wait_until_ready(
        &mut self,
        log_path: &Path,
        log_start: u64,
    ) -> Result<(), LocalPostgresError> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = self.url("postgres");
        loop {
            match PgConnection::establish(&url) {
                Ok(mut conn) => {
                    let checked = self.check_serves_our_data_dir(&mut conn);
                    if checked.is_err() {
                        drop(conn);
                        self.shutdown();
                    }
                    return checked;
                }
                Err(error) => {
                    if self.child_exited() {
                        // Lost a race with another launcher for the same data directory.
                        if postmaster_is_running(&self.data_dir) {
                            return Err(LocalPostgresError::InUse(self.data_dir.clone()));
                        }
                        return Err(step_error(
                            "starting postgres",
                            format!(
                                "the server exited during startup; server log ({}): {}",
                                log_path.display(),
                                log_tail(log_path, log_start)
                            ),
                        ));
                    }
                    if Instant::now() > deadline {
                        return Err(step_error(
                            "waiting for postgres",
                            format!(
                                "{error}; server log ({}): {}",
                                log_path.display(),
                                log_tail(log_path, log_start)
                            ),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        }
    }

    /// Another server may have bound our port between `free_port` and our postmaster's bind; it would accept our
    /// connections (trust auth is common locally) and we would silently use someone else's cluster.
    fn check_serves_our_data_dir(&self, conn: &mut PgConnection) -> Result<(), LocalPostgresError> {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Setting {
            #[diesel(sql_type = diesel::sql_types::Text)]
            data_directory: String,
        }
        let reported = diesel::sql_query("SHOW data_directory")
            .get_result::<Setting>(conn)
            .map_err(|e| step_error("asking the server for its data directory", e))?
            .data_directory;
        let ours = fs::canonicalize(&self.data_dir)
            .map_err(|e| step_error("resolving the data directory", e))?;
        let theirs = fs::canonicalize(&reported).unwrap_or_else(|_| PathBuf::from(&reported));
        if ours == theirs {
            return Ok(());
        }
        Err(step_error(
            "starting postgres",
            format!(
                "port {} is served by another PostgreSQL (data directory {}), not ours ({}); it took the port \
                 before ours could bind it. Start again",
                self.port,
                reported,
                ours.display()
            ),
        ))
    }
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The last lines the server logged since `from` (a byte offset), joined on one line.
fn log_tail(log_path: &Path, from: u64) -> String {
    let Ok(log) = fs::read(log_path) else {
        return "(unreadable)".to_string();
    };
    let from = usize::try_from(from).unwrap_or(0).min(log.len());
    let text = String::from_utf8_lossy(&log[from..]);
    let mut lines: Vec<&str> = text.lines().rev().take(10).collect();
    lines.reverse();
    if lines.is_empty() {
        return "(empty)".to_string();
    }
    lines.join(" | ")
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

/// Absolute, without trailing slashes or `.` parts, so sibling paths derived from it stay siblings.
fn absolute(path: &Path) -> Result<PathBuf, LocalPostgresError> {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .map_err(|e| step_error("resolving the data directory", e))?
    };
    Ok(path.components().collect())
}

/// Whether `data_dir` still needs `initdb`: it is missing or empty. A non-empty directory without a cluster is
/// refused rather than guessed at.
fn needs_init(data_dir: &Path) -> Result<bool, LocalPostgresError> {
    if data_dir.join("PG_VERSION").is_file() {
        return Ok(false);
    }
    match fs::read_dir(data_dir) {
        Ok(mut entries) => {
            if entries.next().is_none() {
                return Ok(true);
            }
            Err(step_error(
                "checking the data directory",
                format!(
                    "{} is not empty but holds no PostgreSQL cluster (no PG_VERSION), e.g. left by an \
                     interrupted initdb; delete it (it is recreated on the next start) or set REBOUND_LOCAL_DB_DIR",
                    data_dir.display()
                ),
            ))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(step_error(
            "checking the data directory",
            format!("{}: {e}", data_dir.display()),
        )),
    }
}

/// `<dir>.init-<pid>`: where `initdb` works before its result is renamed into place.
fn staging_dir(data_dir: &Path, pid: u32) -> Result<PathBuf, LocalPostgresError> {
    let (Some(parent), Some(name)) = (data_dir.parent(), data_dir.file_name()) else {
        return Err(step_error(
            "checking the data directory",
            format!("{} cannot be a data directory", data_dir.display()),
        ));
    };
    let mut staged = name.to_os_string();
    staged.push(format!(".init-{pid}"));
    Ok(parent.join(staged))
}

/// Initialises the cluster when the data directory holds none yet. `initdb` runs in a sibling directory that is
/// renamed into place only on success, so an interruption never leaves a half-made cluster behind.
fn prepare_data_dir(
    bin_dir: &Path,
    data_dir: &Path,
    run_as: RunAs,
) -> Result<(), LocalPostgresError> {
    if !needs_init(data_dir)? {
        return Ok(());
    }
    let staging = staging_dir(data_dir, std::process::id())?;
    if let Some(parent) = staging.parent() {
        fs::create_dir_all(parent).map_err(|e| step_error("creating the data directory", e))?;
    }
    remove_abandoned_staging_dirs(data_dir);
    // Left by an earlier process that had our pid.
    let _ = fs::remove_dir_all(&staging);
    let result = init_into(bin_dir, &staging, run_as).and_then(|()| {
        // rename(2) also replaces an empty directory, and fails on a non-empty one.
        match fs::rename(&staging, data_dir) {
            Ok(()) => Ok(()),
            // Another launcher initialised it meanwhile; theirs is as good as ours.
            Err(_) if data_dir.join("PG_VERSION").is_file() => Ok(()),
            Err(e) => Err(step_error(
                "moving the new cluster into place",
                format!("{} → {}: {e}", staging.display(), data_dir.display()),
            )),
        }
    });
    let _ = fs::remove_dir_all(&staging);
    result
}

/// Runs `initdb` into `dir`, which is created for (and, as root, handed to) the server's user.
fn init_into(bin_dir: &Path, dir: &Path, run_as: RunAs) -> Result<(), LocalPostgresError> {
    fs::create_dir(dir).map_err(|e| {
        step_error(
            "creating the data directory",
            format!("{}: {e}", dir.display()),
        )
    })?;
    if run_as.switch {
        make_reachable_by(dir, run_as)?;
    }
    let mut command = Command::new(bin_dir.join("initdb"));
    command
        .arg("-D")
        .arg(dir)
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
    let output = command
        .output()
        .map_err(|e| step_error("running initdb", e))?;
    if !output.status.success() {
        return Err(step_error(
            "initdb",
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    Ok(())
}

/// Removes `<dir>.init-<pid>` directories of processes that no longer exist (killed during initdb).
fn remove_abandoned_staging_dirs(data_dir: &Path) {
    let (Some(parent), Some(name)) = (data_dir.parent(), data_dir.file_name()) else {
        return;
    };
    let Some(prefix) = name.to_str().map(|n| format!("{n}.init-")) else {
        return;
    };
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|p| p.parse::<libc::pid_t>().ok())
        else {
            continue;
        };
        if !pid_is_alive(pid) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// As root, the server's user must own the data directory (PostgreSQL insists), e.g. not one made by another user.
fn check_owner(data_dir: &Path, run_as: RunAs) -> Result<(), LocalPostgresError> {
    let metadata = fs::metadata(data_dir).map_err(|e| {
        step_error(
            "checking the data directory",
            format!("{}: {e}", data_dir.display()),
        )
    })?;
    if metadata.uid() == run_as.uid {
        return Ok(());
    }
    Err(step_error(
        "checking the data directory",
        format!(
            "{} is owned by uid {}, but the server runs as the `postgres` user (uid {}); hand it over with \
             `chown -R postgres: {}`, or delete it to start afresh",
            data_dir.display(),
            metadata.uid(),
            run_as.uid,
            data_dir.display()
        ),
    ))
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
            let new_mode = mode | 0o001;
            fs::set_permissions(ancestor, fs::Permissions::from_mode(new_mode)).map_err(|e| {
                step_error(
                    "letting postgres reach the data directory",
                    format!("{}: {e}", ancestor.display()),
                )
            })?;
            // Changing a directory the user did not name must never be silent.
            tracing::info!(
                path = %ancestor.display(),
                old_mode = format_args!("{:04o}", mode & 0o7777),
                new_mode = format_args!("{:04o}", new_mode & 0o7777),
                "let the postgres user traverse a directory above the local database"
            );
        }
    }
    Ok(())
}

/// What `postmaster.pid` says about the data directory.
#[derive(Debug, PartialEq, Eq)]
enum PostmasterLock {
    /// No lock file, or one naming a process that is gone (PostgreSQL replaces it itself).
    Free,
    /// A live PostgreSQL process holds it.
    Running,
    /// It names a live process that is not PostgreSQL: the pid was reused after the server died. PostgreSQL
    /// would refuse to start on it, so it has to go. Holds the file's contents.
    Stale(String),
}

fn postmaster_lock(data_dir: &Path) -> PostmasterLock {
    let Ok(contents) = fs::read_to_string(data_dir.join("postmaster.pid")) else {
        return PostmasterLock::Free;
    };
    let Some(pid) = contents
        .lines()
        .next()
        .and_then(|l| l.trim().parse::<libc::pid_t>().ok())
    else {
        return PostmasterLock::Free;
    };
    if pid <= 0 || !pid_is_alive(pid) {
        return PostmasterLock::Free;
    }
    // Without a readable /proc (or when it hides other users' processes) the pid is all there is to go on.
    let Ok(cmdline) = fs::read(format!("/proc/{pid}/cmdline")) else {
        return PostmasterLock::Running;
    };
    // argv[0] only: arguments (e.g. a test filter or a file name) may mention postgres too.
    let program = cmdline.split(|&b| b == 0).next().unwrap_or_default();
    if program.windows(b"postgres".len()).any(|w| w == b"postgres") {
        PostmasterLock::Running
    } else {
        PostmasterLock::Stale(contents)
    }
}

/// True when `postmaster.pid` names a live PostgreSQL process.
fn postmaster_is_running(data_dir: &Path) -> bool {
    postmaster_lock(data_dir) == PostmasterLock::Running
}

/// Removes a stale `postmaster.pid`, unless it changed since it was read (a server started meanwhile).
fn remove_stale_lock(data_dir: &Path, contents: &str) {
    let path = data_dir.join("postmaster.pid");
    if fs::read_to_string(&path).is_ok_and(|now| now == contents) && fs::remove_file(&path).is_ok()
    {
        tracing::info!(path = %path.display(), "removed a stale lock file whose pid now belongs to another process");
    }
}

/// Whether a process exists; EPERM means it does, just not ours to signal (e.g. `postgres`-owned).
fn pid_is_alive(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    pid > 0
        && (unsafe { libc::kill(pid, 0) } == 0
            || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

fn free_port() -> Result<u16, LocalPostgresError> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| step_error("finding a free port", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh, empty scratch directory for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rebound-local-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn fake_initdb(name: &str, script: &str) -> PathBuf {
        let bin = scratch(name);
        let initdb = bin.join("initdb");
        fs::write(&initdb, format!("#!/bin/sh\n{script}\n")).unwrap();
        fs::set_permissions(&initdb, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(&bin, fs::Permissions::from_mode(0o755)).unwrap();
        bin
    }

    #[test]
    fn staging_dir_is_a_sibling() {
        let staged = staging_dir(Path::new("/a/b/postgres"), 42).unwrap();
        assert_eq!(staged, Path::new("/a/b/postgres.init-42"));
        assert!(staging_dir(Path::new("/"), 1).is_err());
    }

    #[test]
    fn absolute_drops_trailing_slashes() {
        assert_eq!(absolute(Path::new("/a/b/")).unwrap(), Path::new("/a/b"));
        assert_eq!(absolute(Path::new("/a/./b")).unwrap(), Path::new("/a/b"));
    }

    #[test]
    fn missing_and_empty_dirs_need_init_but_a_non_empty_one_is_refused() {
        let dir = scratch("needs-init");
        assert!(needs_init(&dir.join("missing")).unwrap());
        assert!(needs_init(&dir).unwrap());
        fs::write(dir.join("leftover"), "x").unwrap();
        let error = needs_init(&dir).unwrap_err().to_string();
        assert!(error.contains(&dir.display().to_string()), "{error}");
        assert!(error.contains("delete it"), "{error}");
        fs::write(dir.join("PG_VERSION"), "16").unwrap();
        assert!(!needs_init(&dir).unwrap());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn failed_initdb_leaves_nothing_behind() {
        let bin = fake_initdb("initdb-fails", "echo boom >&2; exit 1");
        let root = scratch("initdb-fails-data");
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
        let data_dir = root.join("postgres");
        let error = prepare_data_dir(&bin, &data_dir, run_as_user().unwrap())
            .unwrap_err()
            .to_string();
        assert!(error.contains("boom"), "{error}");
        assert!(!data_dir.exists());
        assert!(!staging_dir(&data_dir, std::process::id()).unwrap().exists());
        let _ = fs::remove_dir_all(&bin);
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn successful_initdb_is_moved_into_an_empty_data_dir() {
        let bin = fake_initdb("initdb-works", "echo 16 > \"$2/PG_VERSION\"");
        let root = scratch("initdb-works-data");
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
        let data_dir = root.join("postgres");
        fs::create_dir(&data_dir).unwrap();
        let abandoned = root.join("postgres.init-999999999");
        fs::create_dir(&abandoned).unwrap();
        prepare_data_dir(&bin, &data_dir, run_as_user().unwrap()).unwrap();
        assert!(data_dir.join("PG_VERSION").is_file());
        assert!(!staging_dir(&data_dir, std::process::id()).unwrap().exists());
        assert!(
            !abandoned.exists(),
            "a dead process's staging dir is removed"
        );
        let _ = fs::remove_dir_all(&bin);
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn a_lock_naming_a_dead_or_foreign_process_is_not_a_running_server() {
        let dir = scratch("lock");
        assert_eq!(postmaster_lock(&dir), PostmasterLock::Free);
        let mut child = Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        fs::write(
            dir.join("postmaster.pid"),
            format!("{dead}\n{}\n", dir.display()),
        )
        .unwrap();
        assert_eq!(postmaster_lock(&dir), PostmasterLock::Free);
        // Our own pid: alive, but this test binary is not PostgreSQL (as after a pid is reused).
        let contents = format!("{}\n{}\n", std::process::id(), dir.display());
        fs::write(dir.join("postmaster.pid"), &contents).unwrap();
        assert_eq!(
            postmaster_lock(&dir),
            PostmasterLock::Stale(contents.clone())
        );
        assert!(!postmaster_is_running(&dir));
        remove_stale_lock(&dir, "something else");
        assert!(
            dir.join("postmaster.pid").exists(),
            "a changed lock file is kept"
        );
        remove_stale_lock(&dir, &contents);
        assert!(!dir.join("postmaster.pid").exists());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn pid_liveness() {
        assert!(pid_is_alive(std::process::id() as libc::pid_t));
        assert!(!pid_is_alive(0));
        assert!(!pid_is_alive(-1));
    }
}
