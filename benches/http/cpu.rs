//! CPU time per request, from /proc: what predicts throughput on a bigger machine when, on this one, the cores
//! (not Rebound) are the limit. Each measurement samples the server process under test, every PostgreSQL process
//! of the cluster (the postmaster's children, plus the time of children it already reaped), and this load client,
//! at the start and the end of its measured window.

use std::path::Path;
use std::time::{Duration, Instant};

/// Clock ticks per second of /proc's `utime`/`stime` (`getconf CLK_TCK`; 100 on every Linux this runs on).
const TICKS_PER_SECOND: f64 = 100.0;

/// CPU seconds used so far, per party.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sample {
    pub server: f64,
    pub postgres: f64,
    pub client: f64,
}

/// CPU milliseconds per request, per party, over one measured window.
#[derive(Debug, Clone, Copy, Default)]
pub struct PerRequest {
    pub server_ms: f64,
    pub postgres_ms: f64,
    pub client_ms: f64,
}

impl PerRequest {
    pub fn between(start: Sample, end: Sample, requests: f64) -> Self {
        let per = |a: f64, b: f64| {
            if requests > 0.0 {
                (b - a) * 1000.0 / requests
            } else {
                f64::NAN
            }
        };
        Self {
            server_ms: per(start.server, end.server),
            postgres_ms: per(start.postgres, end.postgres),
            client_ms: per(start.client, end.client),
        }
    }

    /// Server and PostgreSQL together: the CPU a request costs the service, the load client aside.
    pub fn service_ms(&self) -> f64 {
        self.server_ms + self.postgres_ms
    }
}

/// Where to look: the server under test (`None` for pgbench, which talks to PostgreSQL directly) and the
/// postmaster.
#[derive(Debug, Clone, Copy)]
pub struct Probe {
    pub server_pid: Option<u32>,
    pub postmaster_pid: u32,
}

impl Probe {
    /// The postmaster of the cluster in `data_dir` (first line of `postmaster.pid`).
    pub fn postmaster_of(data_dir: &Path) -> u32 {
        std::fs::read_to_string(data_dir.join("postmaster.pid"))
            .ok()
            .and_then(|text| text.lines().next()?.trim().parse().ok())
            .expect("postmaster.pid names the postmaster")
    }

    pub fn with_server(self, pid: Option<u32>) -> Self {
        Self {
            server_pid: pid,
            ..self
        }
    }

    pub fn sample(&self) -> Sample {
        let server = self
            .server_pid
            .and_then(|pid| times(pid).map(|t| t.own))
            .unwrap_or(0.0);
        let postmaster = times(self.postmaster_pid).unwrap_or_default();
        // A backend that exits during the window moves from the children's sum to the postmaster's reaped time.
        let children: f64 = processes()
            .filter(|t| t.parent == self.postmaster_pid)
            .map(|t| t.own)
            .sum();
        Sample {
            server,
            postgres: postmaster.own + postmaster.reaped + children,
            client: times(std::process::id()).map_or(0.0, |t| t.own),
        }
    }

    /// Samples at `window_start` and after `window`, in the background, while the load runs.
    pub fn window(
        self,
        window_start: Instant,
        window: Duration,
    ) -> tokio::task::JoinHandle<(Sample, Sample)> {
        tokio::spawn(async move {
            tokio::time::sleep_until(window_start.into()).await;
            let start = self.sample();
            tokio::time::sleep(window).await;
            (start, self.sample())
        })
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Times {
    parent: u32,
    /// utime + stime, seconds.
    own: f64,
    /// cutime + cstime (children waited for), seconds.
    reaped: f64,
}

fn times(pid: u32) -> Option<Times> {
    parse_stat(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

fn processes() -> impl Iterator<Item = Times> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(times)
}

/// Fields of /proc/<pid>/stat after the command name (which may contain spaces, so it is skipped up to its `)`):
/// state, ppid, … utime (14th field of the line), stime, cutime, cstime.
fn parse_stat(line: &str) -> Option<Times> {
    let rest = &line[line.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let number = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some(Times {
        parent: fields.get(1)?.parse().ok()?,
        own: (number(11)? + number(12)?) / TICKS_PER_SECOND,
        reaped: (number(13)? + number(14)?) / TICKS_PER_SECOND,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_times_after_a_command_name_with_spaces() {
        let line =
            "4242 (postgres: bench (x)) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 1 0";
        let t = parse_stat(line).unwrap();
        assert_eq!(t.parent, 17);
        assert!((t.own - 3.0).abs() < 1e-9);
        assert!((t.reaped - 0.1).abs() < 1e-9);
    }
}
