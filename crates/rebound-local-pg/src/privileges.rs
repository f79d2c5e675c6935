//! Who the server's processes run as, and how they are confined between fork and exec. PostgreSQL refuses to run
//! as root, so as root the children switch to the `postgres` system user, which must own the data directory.

use std::ffi::CString;
use std::fs;
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use super::{step_error, LocalPostgresError};

/// The user the server runs as: ourselves, or `postgres` when we are root.
#[derive(Debug, Clone, Copy)]
pub(super) struct RunAs {
    pub(super) uid: libc::uid_t,
    pub(super) gid: libc::gid_t,
    pub(super) switch: bool,
}

/// Sets up the child between fork and exec: own process group, the `postgres` user when root, and a parent-death
/// signal (set last, because changing credentials clears it).
pub(super) fn confine_child(command: &mut Command, run_as: RunAs) {
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

pub(super) fn run_as_user() -> Result<RunAs, LocalPostgresError> {
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

/// As root, the server's user must own the data directory (PostgreSQL insists), e.g. not one made by another user.
pub(super) fn check_owner(data_dir: &Path, run_as: RunAs) -> Result<(), LocalPostgresError> {
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
pub(super) fn make_reachable_by(data_dir: &Path, run_as: RunAs) -> Result<(), LocalPostgresError> {
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
