//! Starting, watching and stopping the postmaster: a child in its own process group, spawned from a keeper thread
//! so its parent-death signal fires exactly when the cluster should end.

use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection};

use super::binaries::find_bin_dir;
use super::cluster::{absolute, prepare_data_dir};
use super::lock::{postmaster_is_running, postmaster_lock, remove_stale_lock, PostmasterLock};
use super::privileges::{check_owner, confine_child, run_as_user};
use super::{step_error, LocalPostgres, LocalPostgresError, LocalPostgresOptions};

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
        let mut command = postgres_command(&bin_dir, &data_dir, port, options.ephemeral);
        log_to(&mut command, &log_path)?;
        confine_child(&mut command, run_as);
        let (stop_tx, stopped_rx) = spawn_kept(command)?;

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

    fn check_serves_our_data_dir(&self, conn: &mut PgConnection) -> Result<(), LocalPostgresError> {
        check_serves(conn, self.port, &self.data_dir)
    }
}

/// Another server may have bound our port between `free_port` and our postmaster's bind (or, for a cluster found
/// running, after it stopped); it would accept our connections (trust auth is common locally) and we would silently
/// use someone else's cluster.
pub(super) fn check_serves(
    conn: &mut PgConnection,
    port: u16,
    data_dir: &Path,
) -> Result<(), LocalPostgresError> {
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
    let ours =
        fs::canonicalize(data_dir).map_err(|e| step_error("resolving the data directory", e))?;
    let theirs = fs::canonicalize(&reported).unwrap_or_else(|_| PathBuf::from(&reported));
    if ours == theirs {
        return Ok(());
    }
    Err(step_error(
        "starting postgres",
        format!(
            "port {port} is served by another PostgreSQL (data directory {reported}), not ours ({}); it took the \
             port before ours could bind it. Start again",
            ours.display()
        ),
    ))
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The postmaster's command line: our data directory and port, loopback TCP only, and (for an ephemeral cluster)
/// durability traded for speed.
fn postgres_command(bin_dir: &Path, data_dir: &Path, port: u16, ephemeral: bool) -> Command {
    let mut command = Command::new(bin_dir.join("postgres"));
    command
        .arg("-D")
        .arg(data_dir)
        .args(["-p", &port.to_string()])
        .args(["-c", "listen_addresses=127.0.0.1"])
        // No Unix socket: its path length limit and directory permissions only cause trouble here.
        .args(["-c", "unix_socket_directories="])
        .args(["-c", "max_connections=200"]);
    if ephemeral {
        command.args([
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ]);
    }
    command
}

/// Sends the command's output to the server log (appended), and gives it no input.
fn log_to(command: &mut Command, log_path: &Path) -> Result<(), LocalPostgresError> {
    let log = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_path)
        .map_err(|e| step_error("opening the server log", e))?;
    let log_err = log
        .try_clone()
        .map_err(|e| step_error("opening the server log", e))?;
    command
        .stdin(Stdio::null())
        .stdout(Stdio::from(log))
        .stderr(Stdio::from(log_err));
    Ok(())
}

/// Spawns the postmaster and keeps it until told to stop: the sender stops it, the receiver hears when it has.
///
/// The parent-death signal fires when the *thread* that forked the child exits, so the child is spawned from a
/// keeper thread that lives exactly as long as the cluster should.
fn spawn_kept(
    mut command: Command,
) -> Result<(mpsc::Sender<()>, mpsc::Receiver<()>), LocalPostgresError> {
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
    Ok((stop_tx, stopped_rx))
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

fn free_port() -> Result<u16, LocalPostgresError> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| step_error("finding a free port", e))
}
