//! A plain `wrk` run beside the project's own load client, for the by-id read (#18: ≥ 1.0× the bare stack in
//! both). Only its Requests/sec is read: its latency percentiles are corrected for coordinated omission and do not
//! say how long requests took. Skipped, with a note, when `wrk` is not installed (`scripts/bench-http.sh` installs
//! Debian's package when run as root).

use std::process::Command;

/// wrk's Requests/sec for `url` with `connections` connections (two threads) for `seconds`; `None` without wrk.
pub fn requests_per_second(
    url: &str,
    bearer: Option<&str>,
    connections: usize,
    seconds: u64,
) -> Option<f64> {
    let mut command = Command::new("wrk");
    command.args(["-t2", &format!("-c{connections}"), &format!("-d{seconds}s")]);
    if let Some(token) = bearer {
        command.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    eprintln!("measuring {url} with wrk at {connections} connections");
    let output = match command.arg(url).output() {
        Ok(output) => output,
        Err(_) => {
            eprintln!("wrk is not installed: its comparison is skipped");
            return None;
        }
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let per_second = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Requests/sec:"))
        .and_then(|value| value.trim().parse().ok());
    let failed = text.contains("Non-2xx") || text.contains("Socket errors");
    if failed {
        eprintln!("wrk saw failures:\n{text}");
    }
    per_second
}
