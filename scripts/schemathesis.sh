#!/usr/bin/env bash
# Fuzzes a live Rebound against the committed openapi/openapi.json with schemathesis, every check on: starts the
# debug build on a fresh embedded cluster on a free loopback port (scripts/lib/server.sh, stopped at exit), signs up
# an owner, and runs `schemathesis run --checks all` with that owner's token. Exits non-zero on any failure.
#
#   scripts/schemathesis.sh                    # MAX_EXAMPLES=40 MAX_TIME=900 (a hard limit) WORKERS=2 by default
#   MAX_EXAMPLES=10 scripts/schemathesis.sh    # a quicker pass
#
# Installs schemathesis into target/schemathesis/venv when missing (PyPI). Reports (JUnit, NDJSON) go to
# target/schemathesis/report/, and a summary of the failures (scripts/clients/schemathesis_failures.py) is printed.
# Settings that differ from schemathesis' defaults, with the reasons: scripts/schemathesis.toml.
#
# Last runs (2026-11-26, MAX_EXAMPLES=40, 2 shared cores): 4,664–5,095 cases in under 2 minutes including the
# server's start (the first run adds the install), 8–10 unique failures (the fuzzing is random), every one a rule
# JSON Schema cannot state or a design choice:
#   - POST /v1/me/password: `current_password` must be the caller's password (400 naming it); the examples phase
#     sends the documented example, deliberately not this run's password.
#   - POST/PATCH /v1/candidates: `user_id` must be a candidate user of the workspace (400 naming it).
#   - POST /v1/interviews, PATCH /v1/candidates: `time_zone` must be a real IANA zone name (pattern-shaped names
#     that do not exist are a 400).
#   - POST /v1/assessments/preview: `occurred_at` within the last 20 years (relative to now), and a `correction` only
#     on the gaffe kinds that take one (a cross-field rule).
#   - POST/PATCH /v1/webhook-endpoints: `url` must parse as an absolute http(s) URL.
#   - GET /v1/api-clients/{api_client_id} after DELETE: revocation keeps the client readable with `revoked_at`
#     (use_after_free), by design.
#   - POST /v1/webhook-endpoints, negative_data_rejection "missing required property: description": the document
#     declares `description` optional; schemathesis' coverage phase reports it anyway.
#   (A form field whose *name* held a NUL in POST /v1/auth/revoke is declared with propertyNames since.)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/server.sh"
WORK="$ROOT/target/schemathesis"
VENV="$WORK/venv"
VERSION=4.32.5
MAX_EXAMPLES=${MAX_EXAMPLES:-40}
MAX_TIME=${MAX_TIME:-900}
WORKERS=${WORKERS:-2}
mkdir -p "$WORK"

step "installing schemathesis $VERSION (when missing)"
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$VERSION"; then
    make_venv "$VENV"
    timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi

# Tokens must outlive the run; sign-in lockouts must not end it (schemathesis sends wrong passwords on purpose).
export REBOUND_ACCESS_TOKEN_TTL_SECS=$((MAX_TIME + 600))
export REBOUND_LOGIN_MAX_FAILURES=1000
# The fuzzing sends thousands of requests a minute from one caller; rate limits are tested in tests/api.
export REBOUND_RATE_LIMIT_PER_MINUTE=off
start_rebound "$WORK"

# Not the ChangePasswordRequest example's password: the examples phase sends that example to POST /v1/me/password,
# and the owner's sign-ins (and so this token) would end.
email="fuzz-owner@schemathesis.example.com"
password="schemathesis-owner-password-$RANDOM$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' "$REBOUND_URL/v1/signup" \
    -d "{\"workspace_name\": \"Schemathesis\", \"email\": \"$email\", \"password\": \"$password\", \"display_name\": \"Fuzz Owner\"}"
token=$(curl -fsS "$REBOUND_URL/v1/auth/token" --data-urlencode grant_type=password \
    --data-urlencode "username=$email" --data-urlencode "password=$password" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
step "signed up $email; running schemathesis (max $MAX_EXAMPLES examples per operation, at most $MAX_TIME s)"

status=0
(cd "$WORK" && timeout "$MAX_TIME" "$VENV/bin/schemathesis" --config-file "$ROOT/scripts/schemathesis.toml" \
    run "$ROOT/openapi/openapi.json" \
    --url "$REBOUND_URL" --checks all -H "Authorization: Bearer $token" \
    --max-examples "$MAX_EXAMPLES" --workers "$WORKERS" --request-timeout 10 \
    --report junit,ndjson --report-dir "$WORK/report" --output-truncate false) || status=$?
report=$(ls -t "$WORK"/report/ndjson-*.ndjson | head -n 1)
"$VENV/bin/python" "$ROOT/scripts/clients/schemathesis_failures.py" "$report" | tail -n 60
step "schemathesis exited with $status"
exit "$status"
