//! The postmaster's lock file, `postmaster.pid`: whether a server already uses the data directory, and clearing a
//! stale lock whose pid was reused by another program.

use std::fs;
use std::io;
use std::path::Path;

/// What `postmaster.pid` says about the data directory.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum PostmasterLock {
    /// No lock file, or one naming a process that is gone (PostgreSQL replaces it itself).
    Free,
    /// A live PostgreSQL process holds it.
    Running,
    /// It names a live process that is not PostgreSQL: the pid was reused after the server died. PostgreSQL
    /// would refuse to start on it, so it has to go. Holds the file's contents.
    Stale(String),
}

pub(super) fn postmaster_lock(data_dir: &Path) -> PostmasterLock {
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
pub(super) fn postmaster_is_running(data_dir: &Path) -> bool {
    postmaster_lock(data_dir) == PostmasterLock::Running
}

/// The port a running server's `postmaster.pid` names (its fourth line), if a live PostgreSQL holds the lock.
pub(super) fn running_port(data_dir: &Path) -> Option<u16> {
    if !postmaster_is_running(data_dir) {
        return None;
    }
    fs::read_to_string(data_dir.join("postmaster.pid"))
        .ok()?
        .lines()
        .nth(3)?
        .trim()
        .parse()
        .ok()
}

/// Removes a stale `postmaster.pid`, unless it changed since it was read (a server started meanwhile).
pub(super) fn remove_stale_lock(data_dir: &Path, contents: &str) {
    let path = data_dir.join("postmaster.pid");
    if fs::read_to_string(&path).is_ok_and(|now| now == contents) && fs::remove_file(&path).is_ok()
    {
        tracing::info!(path = %path.display(), "removed a stale lock file whose pid now belongs to another process");
    }
}

/// Whether a process exists; EPERM means it does, just not ours to signal (e.g. `postgres`-owned).
pub(super) fn pid_is_alive(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    pid > 0
        && (unsafe { libc::kill(pid, 0) } == 0
            || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use super::*;
    use crate::testing::scratch;

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
        assert_eq!(running_port(&dir), None, "no port from a stale lock");
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
