#!/usr/bin/env bash
# Rebound measured against PostgreSQL itself (pgbench) and the bare stack (benches/http/bare_stack.rs), in one run
# on one fresh project-local cluster, with ratios and per-request latency percentiles. Loopback only, bounded
# (about 3 minutes with the defaults, plus ~2 minutes with BENCH_LISTS=1), stops everything it starts.
#
#   scripts/bench-http.sh                    # BENCH_SECONDS=5 BENCH_CONNECTIONS=16,64
#   BENCH_LISTS=1 scripts/bench-http.sh      # also list pages in a 10k vs a 1M-interview workspace, with plans
#
# Needs Debian's PostgreSQL server binaries (pgbench comes with them); run as root, the cluster runs as `postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/target-dir.sh
cargo build --release --locked --bin rebound --example bare_stack --example bench_http
exec "$TARGET_DIR/release/examples/bench_http"
