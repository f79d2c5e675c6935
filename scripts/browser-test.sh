#!/usr/bin/env bash
# The sign-in page in a real browser: builds Rebound, starts it on the embedded default database (a fresh cluster in
# $TARGET_DIR/browser/postgres) on a free loopback port, creates a workspace and a public client through the API, then
# runs scripts/browser/sign-in.mjs: headless Chromium signs in with the keyboard only, lands on the client's loopback
# redirect URI with a code, exchanges it with the PKCE verifier, calls /v1/me, and axe-core checks the page against
# WCAG 2.1 A/AA; then the docs' Swagger UI walkthrough, exactly as written: `rebound demo`, Authorize, the
# authorizationCode flow with client id `swagger-ui`, "select all", the demo user on the same page (PKCE).
# Screenshots go to $TARGET_DIR/browser/ ($TARGET_DIR: cargo's target directory, scripts/lib/target-dir.sh). Exits non-zero on any failure and stops what it started.
#
#   scripts/browser-test.sh
#
# Installs what is missing: Debian's chromium (apt-get, as root) and the npm packages of scripts/browser/ (npm ci).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. "$ROOT/scripts/lib/target-dir.sh"
OUT="$TARGET_DIR/browser"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
mkdir -p "$OUT"

if [ ! -x "$CHROMIUM" ]; then
  echo "Installing chromium ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium
fi
if [ ! -d scripts/browser/node_modules/playwright-core ] || [ ! -d scripts/browser/node_modules/axe-core ]; then
  (cd scripts/browser && timeout 300 npm ci --no-audit --no-fund --loglevel=error)
fi

timeout 1800 cargo build --locked --bin rebound

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port)
REDIRECT_PORT=$(free_port)
while [ "$REDIRECT_PORT" = "$PORT" ]; do REDIRECT_PORT=$(free_port); done
BASE="http://127.0.0.1:$PORT"

# A fresh database each run; the cluster stops with the server.
rm -rf "$OUT/postgres"
server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -INT "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
env -u DATABASE_URL REBOUND_BIND="127.0.0.1:$PORT" REBOUND_LOCAL_DB_DIR="$OUT/postgres" REBOUND_WORKERS=2 \
  REBOUND_DRAIN_SECS=0 RUST_LOG=warn "$TARGET_DIR/debug/rebound" serve >"$OUT/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "$BASE/readyz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; cat "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS -o /dev/null "$BASE/readyz" || { echo "the server did not get ready within 120 s" >&2; exit 1; }

EMAIL=recruiter@example.com
PASSWORD='correct horse battery staple'
json_field() { node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>console.log(eval("JSON.parse(d)"+process.argv[1])))' "$1"; }
curl -fsS -m 10 "$BASE/v1/signup" -H 'content-type: application/json' \
  -d "{\"workspace_name\":\"Browser test\",\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"display_name\":\"Rae Recruiter\"}" >/dev/null
owner=$(curl -fsS -m 10 "$BASE/v1/auth/token" --data-urlencode grant_type=password \
  --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD" | json_field '.access_token')
client_id=$(curl -fsS -m 10 "$BASE/v1/api-clients" -H "authorization: Bearer $owner" -H 'content-type: application/json' \
  -d "{\"name\":\"Acme ATS plugin\",\"type\":\"public\",\"scopes\":[\"interviews:read\",\"plans:write\"],\"redirect_uris\":[\"http://127.0.0.1:$REDIRECT_PORT/callback\"]}" \
  | json_field '.client.client_id')

# The Swagger UI walkthrough of docs/src/getting-started.md, step 2: `rebound demo` beside the running server seeds
# the demo workspace and the `swagger-ui` client (registered for the port the server is bound to).
env -u DATABASE_URL REBOUND_BIND="127.0.0.1:$PORT" REBOUND_LOCAL_DB_DIR="$OUT/postgres" RUST_LOG=warn \
  timeout 120 "$TARGET_DIR/debug/rebound" demo >"$OUT/demo.log" 2>&1 || { cat "$OUT/demo.log" >&2; exit 1; }

BASE_URL="$BASE" CLIENT_ID="$client_id" EMAIL="$EMAIL" PASSWORD="$PASSWORD" REDIRECT_PORT="$REDIRECT_PORT" \
  SHOTS="$OUT" CHROMIUM="$CHROMIUM" timeout 300 node scripts/browser/sign-in.mjs
echo "screenshots: $OUT/01-sign-in.png $OUT/02-wrong-password.png $OUT/03-redirected.png $OUT/04-swagger-ui-authorized.png"
