#!/usr/bin/env bash
# Scale-out on one machine: three release replicas of Rebound behind HAProxy on one PostgreSQL, a bounded load run
# through HAProxy during which one replica is stopped the way a deploy stops it (SIGTERM, drain, restart) and another
# one crashes (SIGKILL, restart), with every failed request counted and attributed; then the throughput of 3
# replicas vs 1 behind the same HAProxy. Loopback only, about 1.5 minutes after the build, stops everything it
# started (replicas, HAProxy, PostgreSQL) whatever happens. Exits non-zero on any failure it cannot attribute to the
# SIGKILLed replica.
#
#   scripts/cluster.sh          # as root on Debian: installs haproxy (apt) when missing
#
# Knobs: CLUSTER_CONNECTIONS (32), CLUSTER_SECONDS (20, the failure run), CLUSTER_COMPARE_SECONDS (8),
# CLUSTER_RETRY_ON (all-retryable-errors; `conn-failure`, HAProxy's default, shows what the crash costs without
# L7 retries: the requests in flight on the killed replica fail, and are attributed to it).
# Everything lives in $TARGET_DIR/cluster/ (PostgreSQL data, haproxy.cfg, logs; $TARGET_DIR is cargo's target
# directory, scripts/lib/target-dir.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/lib/target-dir.sh
WORK=$TARGET_DIR/cluster
CONNECTIONS=${CLUSTER_CONNECTIONS:-32}
SECONDS_RUN=${CLUSTER_SECONDS:-20}
COMPARE_SECONDS=${CLUSTER_COMPARE_SECONDS:-8}
DRAIN_SECS=3
RETRY_ON=${CLUSTER_RETRY_ON:-all-retryable-errors}

step() { printf '[%4ss] %s\n' "$SECONDS" "$*"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }

if ! command -v haproxy >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        step "installing haproxy (apt)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null
    else
        echo "haproxy is not installed (apt-get install haproxy)" >&2
        exit 2
    fi
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }

step "building the release binary and the load client"
cargo build --release --locked --bin rebound --example cluster_load
REBOUND=$TARGET_DIR/release/rebound
LOAD=$TARGET_DIR/release/examples/cluster_load

# --- stop everything we started, whatever happens -----------------------------------------------------------------
declare -A REPLICA_PID=() REPLICA_PORT=()
HAPROXY_PID=
LOAD_PID=
PG_STARTED=
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    local status=$?
    [ -z "$LOAD_PID" ] || kill -KILL "$LOAD_PID" 2>/dev/null || true
    for name in "${!REPLICA_PID[@]}"; do
        kill -KILL "${REPLICA_PID[$name]}" 2>/dev/null || true
        wait "${REPLICA_PID[$name]}" 2>/dev/null || true
    done
    if [ -n "$HAPROXY_PID" ]; then
        kill -TERM "$HAPROXY_PID" 2>/dev/null || true
        wait "$HAPROXY_PID" 2>/dev/null || true
    fi
    if [ -n "$PG_STARTED" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- one PostgreSQL, migrated once ------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK/pg"
PG_PORT=$(free_port)
step "starting PostgreSQL on 127.0.0.1:$PG_PORT ($WORK/pg)"
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --no-instructions >"$WORK/initdb.log" 2>&1
# No Unix socket (path length and permission trouble); room for 4 replicas' pools.
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=100" start >/dev/null
PG_STARTED=1
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres rebound
DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/rebound
# Generated keys, shared by every replica: a token signed by one is accepted by all, a secret sealed by one is
# opened by all.
JWT_KEYS="cluster1:$(head -c 32 /dev/urandom | base64 | tr -d '=+/\n')"
SECRET_KEYS="cluster1:$(head -c 32 /dev/urandom | base64)"
export REBOUND_ENV=production DATABASE_URL REBOUND_JWT_KEYS=$JWT_KEYS REBOUND_SECRET_KEYS=$SECRET_KEYS
step "migrating once (rebound migrate)"
RUST_LOG=warn "$REBOUND" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; exit 1; }

# --- three replicas with the same keys --------------------------------------------------------------------------
start_replica() {
    local name=$1
    REBOUND_BIND="127.0.0.1:${REPLICA_PORT[$name]}" REBOUND_RATE_LIMIT_PER_MINUTE=off \
        REBOUND_DRAIN_SECS=$DRAIN_SECS REBOUND_SHUTDOWN_TIMEOUT_SECS=5 REBOUND_LOG_FORMAT=json RUST_LOG=warn \
        "$REBOUND" serve >>"$WORK/$name.log" 2>&1 &
    REPLICA_PID[$name]=$!
}
wait_ready() {
    local name=$1 deadline=$((SECONDS + 60))
    until curl -fsS -o /dev/null "http://127.0.0.1:${REPLICA_PORT[$name]}/readyz" 2>/dev/null; do
        if ! kill -0 "${REPLICA_PID[$name]}" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
            echo "replica $name did not become ready; its log:" >&2
            tail -n 20 "$WORK/$name.log" >&2
            exit 1
        fi
        sleep 0.1
    done
}
for name in r1 r2 r3; do
    REPLICA_PORT[$name]=$(free_port)
    start_replica "$name"
done
for name in r1 r2 r3; do wait_ready "$name"; done
step "replicas ready: r1 :${REPLICA_PORT[r1]}, r2 :${REPLICA_PORT[r2]}, r3 :${REPLICA_PORT[r3]}"

# --- HAProxy ------------------------------------------------------------------------------------------------------
LB_PORT=$(free_port)
ONE_PORT=$(free_port)
cat >"$WORK/haproxy.cfg" <<EOF
# Generated by scripts/cluster.sh.
global
    log stdout format raw local0 info
    maxconn 2000

defaults
    mode http
    log global
    # Accept time, backend/server, final status, termination state, retries (+ = redispatched), method, total
    # active time (ms), request.
    log-format "%Ts.%ms %b/%s %ST %tsc %rc %HM %Ta %HU"
    timeout connect 1s
    timeout client 30s
    timeout server 15s
    timeout queue 5s
    timeout http-keep-alive 10s
    # Idle server connections are shared between client connections (only after a first request succeeded on it).
    http-reuse safe
    # A request that failed on one replica goes to another (redispatch on every retry), on: connection refused or
    # reset before a response (conn-failure, empty-response), a response that never came (response-timeout), or a
    # 500/502/503/504. HAProxy only retries requests it still holds whole (the bodies here are small).
    retries 3
    option redispatch 1
    retry-on $RETRY_ON

frontend rebound
    bind 127.0.0.1:$LB_PORT
    default_backend replicas

# The same HAProxy, one replica: the baseline for the throughput comparison.
frontend rebound_one
    bind 127.0.0.1:$ONE_PORT
    default_backend one_replica

backend replicas
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    # A retried POST may already have been applied by the replica that failed; only retry one that carries an
    # Idempotency-Key (the replica that gets the retry replays the first result instead of creating twice).
    http-request disable-l7-retry if METH_POST !{ req.hdr(idempotency-key) -m found }
    default-server inter 500ms fastinter 250ms downinter 500ms rise 2 fall 2
    server r1 127.0.0.1:${REPLICA_PORT[r1]} check
    server r2 127.0.0.1:${REPLICA_PORT[r2]} check
    server r3 127.0.0.1:${REPLICA_PORT[r3]} check

backend one_replica
    option httpchk GET /readyz
    http-check expect status 200
    server r3 127.0.0.1:${REPLICA_PORT[r3]} check inter 500ms
EOF
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
BASE=http://127.0.0.1:$LB_PORT
deadline=$((SECONDS + 20))
until curl -fsS -o /dev/null "$BASE/readyz" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "HAProxy did not come up" >&2; cat "$WORK/haproxy.log" >&2; exit 1; }
    sleep 0.2
done
step "HAProxy on $BASE (config $WORK/haproxy.cfg)"

# --- a workspace, a token, an interview to read ------------------------------------------------------------------
json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
curl -fsS -o /dev/null -X POST "$BASE/v1/signup" -H 'content-type: application/json' \
    -d '{"workspace_name":"Cluster","email":"cluster@rebound.example","password":"cluster-password-of-some-length","display_name":"Cluster"}'
TOKEN=$(curl -fsS -X POST "$BASE/v1/auth/token" \
    -d 'grant_type=password&username=cluster%40rebound.example&password=cluster-password-of-some-length' | json '["access_token"]')
CANDIDATE=$(curl -fsS -X POST "$BASE/v1/candidates" -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \
    -d '{"display_name":"Jordan Reyes"}' | json '["id"]')
cat >"$WORK/interview.json" <<EOF
{"candidate_id":"$CANDIDATE","company":"Harbor & Finch Capital","role_title":"Senior Financial Analyst",
 "stage":"final","format":"onsite","occurred_at":"2026-11-25T10:00:00Z","duration_minutes":60,
 "interviewers":[{"name":"Armin Vogel","title":"Finance Director"}],
 "questions":[{"question":"What are your salary expectations?","quality":"blanked"}],"self_rating":2}
EOF
INTERVIEW=$(curl -fsS -X POST "$BASE/v1/interviews" -H "Authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' --data-binary @"$WORK/interview.json" | json '["id"]')
# A token from one replica works on every other one (same REBOUND_JWT_KEYS).
for name in r1 r2 r3; do
    curl -fsS -o /dev/null "http://127.0.0.1:${REPLICA_PORT[$name]}/v1/interviews/$INTERVIEW" -H "Authorization: Bearer $TOKEN"
done
export CLUSTER_LOAD_TOKEN=$TOKEN
step "workspace, token and interview $INTERVIEW ready; the token works on all three replicas"

# --- the failure run ----------------------------------------------------------------------------------------------
step "load: ${SECONDS_RUN} s, $CONNECTIONS connections, 4 GET /v1/interviews/{id} : 1 POST /v1/interviews (with Idempotency-Key)"
LOAD_START=$(now)
"$LOAD" "$BASE" "$SECONDS_RUN" "$CONNECTIONS" "$INTERVIEW" "$WORK/interview.json" >"$WORK/failure-run.json" &
LOAD_PID=$!
# Sleeps until $1 s after the load started (awk, not python3: a pyenv shim can take a second to start on a busy box).
at() { sleep "$(awk -v start="$LOAD_START" -v at="$1" -v now="$(now)" 'BEGIN { d = start + at - now; print (d > 0 ? d : 0) }')"; }

at 6
step "t=6s: SIGTERM r1 (a deploy: it drains ${DRAIN_SECS} s with /readyz 503 and Connection: close, then stops)"
TERM_AT=$(now)
kill -TERM "${REPLICA_PID[r1]}"
wait "${REPLICA_PID[r1]}" || true
step "r1 exited after $(awk -v a="$TERM_AT" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s; restarting it (rolling restart)"
start_replica r1
at 12
step "t=12s: SIGKILL r2 (a crash)"
KILL_AT=$(now)
kill -KILL "${REPLICA_PID[r2]}"
wait "${REPLICA_PID[r2]}" 2>/dev/null || true
at 15
step "t=15s: restarting r2"
start_replica r2
wait_ready r1
wait_ready r2
wait "$LOAD_PID"
sleep 1 # let HAProxy flush its last log lines

# --- 3 replicas vs 1, the same load, the same HAProxy -------------------------------------------------------------
step "throughput: ${COMPARE_SECONDS} s through 3 replicas, then ${COMPARE_SECONDS} s through 1 (same HAProxy, same load)"
"$LOAD" "$BASE" "$COMPARE_SECONDS" "$CONNECTIONS" "$INTERVIEW" "$WORK/interview.json" >"$WORK/three.json"
"$LOAD" "http://127.0.0.1:$ONE_PORT" "$COMPARE_SECONDS" "$CONNECTIONS" "$INTERVIEW" "$WORK/interview.json" >"$WORK/one.json"

# --- report -------------------------------------------------------------------------------------------------------
python3 - "$WORK" "$LOAD_START" "$TERM_AT" "$KILL_AT" <<'EOF'
import json, os, sys
work, load_start, term_at, kill_at = sys.argv[1], *map(float, sys.argv[2:])
run = json.load(open(f"{work}/failure-run.json"))
three = json.load(open(f"{work}/three.json"))
one = json.load(open(f"{work}/one.json"))

# HAProxy's log: "<accept epoch> <backend>/<server> <status> <termination> <retries> <method> <ms> <uri>"
lines = []
for raw in open(f"{work}/haproxy.log"):
    parts = raw.split()
    if len(parts) >= 8 and "/" in parts[1] and parts[0].replace(".", "").isdigit():
        lines.append(dict(at=float(parts[0]), server=parts[1], status=parts[2], term=parts[3], retries=parts[4],
                          method=parts[5], ms=int(parts[6])))
def latency(selected):
    """p50/p99 of HAProxy's total time per method, in ms."""
    out = []
    for method in ("GET", "POST"):
        ms = sorted(l["ms"] for l in selected if l["method"] == method and l["ms"] >= 0)
        if ms:
            out.append(f"{method} p50 {ms[len(ms) // 2]} ms p99 {ms[min(len(ms) - 1, len(ms) * 99 // 100)]} ms")
    return ", ".join(out)

in_run = [l for l in lines if l["server"].startswith("replicas/") and load_start <= l["at"] <= load_start + run["seconds"] + 1]
retried = [l for l in in_run if l["retries"] not in ("0", "+0")]
lb_failed = [l for l in in_run if not l["status"].startswith("2")]

# A failure belongs to the crash if it failed within 2 s after the SIGKILL and was sent before HAProxy's health
# check could have taken the replica out (fall 2 x 250 ms, plus slack): in flight on r2, or sent to it just after.
# HAProxy's log cannot be used for this: a request lost on a kept-alive server connection has the client's
# connection closed without an answer, and no log line (observed with CLUSTER_RETRY_ON=conn-failure).
kill_rel = kill_at - load_start
on_killed = [f for f in run["failures"] if f["sent_at"] <= kill_rel + 0.75 and kill_rel - 0.05 <= f["failed_at"] <= kill_rel + 2]
attributed = len(on_killed)
unexpected = run["failed"] - attributed

print()
print(f"Failure run: {run['seconds']:.1f} s, {run['gets']} GETs + {run['posts']} POSTs "
      f"({run['requests_per_second']:.0f} req/s) through HAProxy, {run['failed']} failed")
print(f"  SIGTERM r1 at {term_at - load_start:.1f} s (drained, restarted), SIGKILL r2 at {kill_rel:.1f} s, r2 restarted at ~15 s")
span = (f", all sent between {min(l['at'] for l in retried) - load_start:.1f} s and "
        f"{max(l['at'] for l in retried) - load_start:.1f} s") if retried else ""
print(f"  HAProxy retried {len(retried)} requests on another replica: "
      + ", ".join(f"{m} {sum(1 for l in retried if l['method'] == m)}" for m in ("GET", "POST")) + span)
print(f"  latency through HAProxy: {latency(in_run)}")
print(f"  failed, in flight on the SIGKILLed replica: {attributed}")
print(f"  failed otherwise (unexpected):              {unexpected}")
for f in run["failures"][:10]:
    print(f"    {f['method']} sent {f['sent_at']:.2f} s failed {f['failed_at']:.2f} s: {f['error'][:120]}")
for l in lb_failed[:10]:
    print(f"    HAProxy: {l['method']} {l['server']} at {l['at'] - load_start:.2f} s status {l['status']} "
          f"termination {l['term']} retries {l['retries']}")
print()
print(f"Throughput, same HAProxy, same load ({three['seconds']:.0f} s each, 4 GETs : 1 POST):")
three_lines = [l for l in lines if l["server"].startswith("replicas/") and l["at"] > load_start + run["seconds"] + 1]
one_lines = [l for l in lines if l["server"].startswith("one_replica/")]
print(f"  3 replicas: {three['requests_per_second']:7.0f} req/s  ({three['failed']} failed; {latency(three_lines)})")
print(f"  1 replica:  {one['requests_per_second']:7.0f} req/s  ({one['failed']} failed; {latency(one_lines)})")
print(f"  ratio: {three['requests_per_second'] / one['requests_per_second']:.2f}x on {os.cpu_count()} CPUs shared by "
      "PostgreSQL, HAProxy, the load client and the replicas:")
print("  more replicas add HTTP workers, not cores; they help once one replica, not the machine, is the limit")
sys.exit(1 if unexpected or three["failed"] or one["failed"] else 0)
EOF
