#!/usr/bin/env bash
# A bounded load test of a running Rebound on this machine (loopback only), with wrk.
#
#   cargo run --release -- demo      # once: seeds the demo workspace the script signs in to
#   cargo run --release              # in another terminal
#   scripts/load.sh                  # DURATION=15 CONNECTIONS=32 BURSTS=1 BASE=http://127.0.0.1:8080 by default
#
# Each endpoint gets DURATION seconds per burst; with BURSTS=5 the whole round runs five times and the server's
# resident memory (RSS, of the process named by PID or found as $TARGET_DIR/release/rebound, $TARGET_DIR being
# cargo's target directory) is printed after each, to show whether memory settles. The script stops by itself. It refuses any address but loopback.
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8080}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
BURSTS=${BURSTS:-1}
if [ -z "${PID:-}" ]; then
  . "$(dirname "$0")/lib/target-dir.sh"
  PID=$(pgrep -f "$TARGET_DIR/release/rebound" | head -1 || true)
fi

case "$BASE" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "load.sh only targets this machine (127.0.0.0/8, localhost, [::1]); got $BASE" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }

json_field() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }

token=$(curl -fsS -X POST "$BASE/v1/auth/token" \
  -d 'grant_type=password&username=demo%40rebound.example&password=rebound-demo-password' | json_field '["access_token"]') \
  || { echo "could not sign in as the demo user: run 'cargo run --release -- demo' first" >&2; exit 2; }
interview=$(curl -fsS "$BASE/v1/interviews?limit=1" -H "Authorization: Bearer $token" | json_field '["data"][0]["id"]')

rss() { if [ -n "$PID" ]; then echo "$(( $(ps -o rss= -p "$PID") / 1024 )) MB"; else echo "unknown (set PID)"; fi; }
echo "server RSS before: $(rss)"
for burst in $(seq 1 "$BURSTS"); do
  for path in /livez /v1/gaffe-kinds "/v1/interviews?limit=20" "/v1/interviews/$interview" \
              "/v1/interviews/$interview/assessment"; do
    echo "=== burst $burst: GET $path"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE$path" \
      | grep -E "Requests/sec|Non-2xx"
  done
  echo "server RSS after burst $burst: $(rss)"
  sleep 2
done
