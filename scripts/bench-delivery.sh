#!/usr/bin/env bash
# Webhook delivery of one Rebound replica (release build) on a fresh project-local cluster: how fast a new event
# reaches its receiver, how long backlogs of 1,000 and 5,000 queued deliveries take to drain (deliveries/s), and the
# replica's resident memory while receivers answer every attempt with hundreds of MB. Receivers run on 127.0.0.1
# inside the benchmark; bounded (about a minute after the build; every wait has a deadline); stops everything it
# starts. See benches/delivery/main.rs.
#
#   scripts/bench-delivery.sh                          # BENCH_BACKLOGS=1000,5000 BENCH_FAT_MB=250
#
# Needs Debian's PostgreSQL server binaries; run as root, the cluster runs as `postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/target-dir.sh
cargo build --release --locked --bin rebound --example bench_delivery
exec timeout 600 "$TARGET_DIR/release/examples/bench_delivery"
