#!/usr/bin/env bash
# Rebound measured against PostgreSQL itself (pgbench) and the bare stack (benches/http/bare_stack.rs), in one run
# on one fresh project-local cluster, with ratios, per-request latency percentiles, CPU per request (from /proc)
# and a plain wrk run of the by-id read. Loopback only, bounded
# (about 3 minutes with the defaults, plus ~2 minutes with BENCH_LISTS=1), stops everything it starts.
#
#   scripts/bench-http.sh                    # BENCH_SECONDS=5 BENCH_CONNECTIONS=16,64
#   BENCH_LISTS=1 scripts/bench-http.sh      # also list pages in a 10k vs a 1M-interview workspace, with plans
#
# Needs Debian's PostgreSQL server binaries (pgbench comes with them); run as root, the cluster runs as `postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/target-dir.sh
# wrk, for its Requests/sec beside the project's own load client (Debian's package, installed when run as root).
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null \
        || echo "could not install wrk: its comparison is skipped" >&2
fi
cargo build --release --locked --bin rebound --example bare_stack --example bench_http
exec "$TARGET_DIR/release/examples/bench_http"
