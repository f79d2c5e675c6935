//! A small closed-loop HTTP/1.1 load client that keeps every request's own latency.
//!
//! Each connection sends one request, reads the whole response, and sends the next, for a fixed time after a 1 s
//! warm-up. The requests are prebuilt bytes (or built per request for loads that need a different target each
//! time), so the client spends little CPU of the two cores it shares with the server and PostgreSQL.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub const WARM_UP: Duration = Duration::from_secs(1);

/// What one measurement reached.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub per_second: f64,
    pub p50_us: Option<f64>,
    pub p99_us: Option<f64>,
    pub max_us: Option<f64>,
    /// Responses with another status than expected, and connection errors.
    pub errors: u64,
}

impl Outcome {
    /// pgbench reports throughput, not every transaction's time: no percentiles.
    pub fn from_pgbench(tps: f64) -> Self {
        Self {
            per_second: tps,
            p50_us: None,
            p99_us: None,
            max_us: None,
            errors: 0,
        }
    }

    fn from_latencies(mut latencies: Vec<u32>, errors: u64, seconds: f64) -> Self {
        latencies.sort_unstable();
        let at = |q: f64| {
            (!latencies.is_empty()).then(|| {
                let index =
                    ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
                f64::from(latencies[index])
            })
        };
        Self {
            per_second: latencies.len() as f64 / seconds,
            p50_us: at(0.50),
            p99_us: at(0.99),
            max_us: latencies.last().map(|&us| f64::from(us)),
            errors,
        }
    }
}

type MakeRequest = Arc<dyn Fn(u64) -> Vec<u8> + Send + Sync>;

/// One kind of request, sent by every connection of a measurement.
pub struct Load {
    addr: SocketAddr,
    expected_status: u16,
    make: MakeRequest,
}

/// The bytes of one request.
pub fn request(method: &str, path: &str, bearer: Option<&str>, json: Option<&str>) -> Vec<u8> {
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if let Some(token) = bearer {
        text.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    if let Some(body) = json {
        text.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ));
    } else {
        text.push_str("\r\n");
    }
    text.into_bytes()
}

impl Load {
    pub fn get(addr: SocketAddr, path: &str, bearer: Option<&str>) -> Self {
        let bytes = request("GET", path, bearer, None);
        Self::custom(addr, 200, move |_| bytes.clone())
    }

    pub fn post(
        addr: SocketAddr,
        path: &str,
        bearer: Option<&str>,
        json: String,
        expected_status: u16,
    ) -> Self {
        let bytes = request("POST", path, bearer, Some(&json));
        Self::custom(addr, expected_status, move |_| bytes.clone())
    }

    /// `make(n)` builds the n-th request of the measurement (counted across connections).
    pub fn custom(
        addr: SocketAddr,
        expected_status: u16,
        make: impl Fn(u64) -> Vec<u8> + Send + Sync + 'static,
    ) -> Self {
        Self {
            addr,
            expected_status,
            make: Arc::new(make),
        }
    }

    /// Runs `connections` closed loops for the warm-up plus `seconds`.
    pub async fn run(self, connections: usize, seconds: u64) -> Outcome {
        let started = Instant::now();
        let measure_from = started + WARM_UP;
        let until = measure_from + Duration::from_secs(seconds);
        let counter = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::with_capacity(connections);
        for _ in 0..connections {
            let make = self.make.clone();
            let counter = counter.clone();
            let (addr, expected) = (self.addr, self.expected_status);
            tasks.push(tokio::spawn(async move {
                connection_loop(addr, expected, make, counter, measure_from, until).await
            }));
        }
        let mut latencies = Vec::new();
        let mut errors = 0;
        for task in tasks {
            let (mine, my_errors) = task.await.expect("a load task");
            latencies.extend(mine);
            errors += my_errors;
        }
        Outcome::from_latencies(latencies, errors, seconds as f64)
    }
}

async fn connection_loop(
    addr: SocketAddr,
    expected: u16,
    make: MakeRequest,
    counter: Arc<AtomicU64>,
    measure_from: Instant,
    until: Instant,
) -> (Vec<u32>, u64) {
    let mut latencies = Vec::with_capacity(100_000);
    let mut errors = 0;
    let mut stream: Option<TcpStream> = None;
    let mut buffer = Vec::with_capacity(64 * 1024);
    loop {
        let now = Instant::now();
        if now >= until {
            break;
        }
        if stream.is_none() {
            match TcpStream::connect(addr).await {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    stream = Some(s);
                }
                Err(_) => {
                    errors += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            }
        }
        let bytes = make(counter.fetch_add(1, Ordering::Relaxed));
        let conn = stream.as_mut().expect("connected above");
        let started = Instant::now();
        let result = match conn.write_all(&bytes).await {
            Ok(()) => read_response(conn, &mut buffer).await,
            Err(e) => Err(e),
        };
        let elapsed = started.elapsed();
        match result {
            Ok((status, keep_alive)) => {
                if started >= measure_from && Instant::now() <= until {
                    if status == expected {
                        latencies.push(u32::try_from(elapsed.as_micros()).unwrap_or(u32::MAX));
                    } else {
                        errors += 1;
                    }
                }
                if !keep_alive {
                    stream = None;
                }
            }
            Err(_) => {
                errors += 1;
                stream = None;
            }
        }
    }
    (latencies, errors)
}

/// Reads one response; returns its status and whether the connection stays open.
async fn read_response(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
) -> std::io::Result<(u16, bool)> {
    buffer.clear();
    let header_end = loop {
        if let Some(end) = find(buffer, b"\r\n\r\n") {
            break end + 4;
        }
        read_more(stream, buffer).await?;
    };
    let head = std::str::from_utf8(&buffer[..header_end]).map_err(invalid)?;
    let status: u16 = head
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| invalid("status line"))?;
    let mut content_length = None;
    let mut chunked = false;
    let mut keep_alive = true;
    for line in head.split("\r\n").skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            content_length = value.parse::<usize>().ok();
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            && value.eq_ignore_ascii_case("chunked")
        {
            chunked = true;
        } else if name.eq_ignore_ascii_case("connection") && value.eq_ignore_ascii_case("close") {
            keep_alive = false;
        }
    }
    if chunked {
        let mut at = header_end;
        loop {
            let line_end = loop {
                if let Some(end) = find(&buffer[at..], b"\r\n") {
                    break at + end;
                }
                read_more(stream, buffer).await?;
            };
            let size_text = std::str::from_utf8(&buffer[at..line_end]).map_err(invalid)?;
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                .map_err(invalid)?;
            let chunk_end = line_end + 2 + size + 2;
            while buffer.len() < chunk_end {
                read_more(stream, buffer).await?;
            }
            at = chunk_end;
            if size == 0 {
                break;
            }
        }
    } else {
        let total = header_end + content_length.unwrap_or(0);
        while buffer.len() < total {
            read_more(stream, buffer).await?;
        }
    }
    Ok((status, keep_alive))
}

async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut chunk = [0u8; 16 * 1024];
    let n = stream.read(&mut chunk).await?;
    if n == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    buffer.extend_from_slice(&chunk[..n]);
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn invalid(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())
}
