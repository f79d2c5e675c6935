//! Initialising the data directory with `initdb`, without ever leaving a half-made cluster behind.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::lock::pid_is_alive;
use super::privileges::{confine_child, make_reachable_by, RunAs};
use super::{step_error, LocalPostgresError};

/// Absolute, without trailing slashes or `.` parts, so sibling paths derived from it stay siblings.
pub(super) fn absolute(path: &Path) -> Result<PathBuf, LocalPostgresError> {
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
pub(super) fn prepare_data_dir(
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

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::privileges::run_as_user;
    use crate::testing::scratch;

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
}
