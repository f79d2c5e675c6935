# Sourced by scripts that need a live Rebound: builds the debug binary, starts it on the embedded default (a fresh
# project-local PostgreSQL cluster in $WORK/postgres) on a free 127.0.0.1 port, waits until it is ready, and stops
# server and cluster when the calling script exits, whatever the reason. As root the binary itself runs the cluster
# as the `postgres` user (see README, "Quick start").
#
#   . scripts/lib/server.sh
#   start_rebound "$TARGET_DIR/some-work-dir"   # sets REBOUND_URL and REBOUND_PID
#
# Needs curl and python3 (for a free port). Also helpers to install the scripts' tools: make_venv, npm_tools.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
# TARGET_DIR: cargo's target directory, wherever CARGO_TARGET_DIR puts it.
. "$ROOT/scripts/lib/target-dir.sh"

# Prints the elapsed seconds since the script started, for the step log.
step() { printf '[%4ss] %s\n' "$SECONDS" "$*"; }

# Creates a Python venv at $1; on a fresh Debian machine as root, installs python3-venv first when it is missing.
make_venv() {
    rm -rf "$1"
    if ! python3 -m venv "$1" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            step "installing python3-venv (apt)"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
            rm -rf "$1"
            python3 -m venv "$1"
        else
            echo "python3 cannot create a venv: install python3-venv" >&2
            return 1
        fi
    fi
}

# Node.js >= 20.19 with npm runs the TypeScript and Redocly tools (Debian's own nodejs may be older).
check_node() {
    if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null \
        || ! command -v npm >/dev/null; then
        echo "Node.js >= 20.19 with npm is needed (found: $(node --version 2>/dev/null || echo none))" >&2
        return 1
    fi
}

# `npm ci` in scripts/clients when its node_modules is missing or older than the committed lock file.
npm_tools() {
    local tools="$ROOT/scripts/clients"
    check_node
    if ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.ci" 2>/dev/null; then
        (cd "$tools" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
        cp "$tools/package-lock.json" "$tools/node_modules/.package-lock.json.ci"
    fi
}

stop_rebound() {
    if [ -n "${REBOUND_PID:-}" ] && kill -0 "$REBOUND_PID" 2>/dev/null; then
        # SIGTERM: drain (0 s here), finish in-flight requests, then stop the cluster. After 30 s, SIGKILL: the
        # cluster has a parent-death signal, so it stops too.
        kill -TERM "$REBOUND_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$REBOUND_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$REBOUND_PID" 2>/dev/null; then
            echo "the server did not stop within 30 s; killing it" >&2
            kill -KILL "$REBOUND_PID" 2>/dev/null || true
        fi
        wait "$REBOUND_PID" 2>/dev/null || true
    fi
    REBOUND_PID=
}

start_rebound() {
    local work=$1
    step "building the server (cargo build)"
    (cd "$ROOT" && cargo build --quiet --locked --bin rebound)
    rm -rf "$work/postgres"
    mkdir -p "$work"
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    REBOUND_URL="http://127.0.0.1:$port"
    step "starting Rebound on $REBOUND_URL (embedded PostgreSQL in $work/postgres; log $work/server.log)"
    env -u DATABASE_URL REBOUND_ENV=development REBOUND_BIND="127.0.0.1:$port" \
        REBOUND_LOCAL_DB_DIR="$work/postgres" REBOUND_DRAIN_SECS=0 REBOUND_SHUTDOWN_TIMEOUT_SECS=5 \
        REBOUND_LOG_FORMAT=json RUST_LOG="${RUST_LOG:-warn}" \
        "$TARGET_DIR/debug/rebound" serve >"$work/server.log" 2>&1 &
    REBOUND_PID=$!
    trap stop_rebound EXIT
    trap 'exit 130' INT TERM
    local deadline=$((SECONDS + 120))
    until curl -fsS -o /dev/null "$REBOUND_URL/readyz" 2>/dev/null; do
        if ! kill -0 "$REBOUND_PID" 2>/dev/null; then
            echo "the server exited during startup; its log:" >&2
            tail -n 30 "$work/server.log" >&2
            return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "the server was not ready within 120 s; its log:" >&2
            tail -n 30 "$work/server.log" >&2
            return 1
        fi
        sleep 0.2
    done
    step "Rebound is ready"
}
