#!/usr/bin/env bash
# Lints the committed openapi/openapi.json with Redocly's recommended ruleset (no redocly.yaml: nothing is turned
# off). Fails on any error; warnings are printed.
#
#   scripts/lint-openapi.sh      # a few seconds; the first run installs scripts/clients/node_modules (`npm ci`)
#
# The 3 remaining warnings are `operation-4xx-response` on /livez, /readyz and /metrics: they take no input and
# need no token, so no 4xx answer exists to declare.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/scripts/clients"
if ! cmp -s "$TOOLS/package-lock.json" "$TOOLS/node_modules/.package-lock.json.ci" 2>/dev/null; then
    (cd "$TOOLS" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
    cp "$TOOLS/package-lock.json" "$TOOLS/node_modules/.package-lock.json.ci"
fi
cd "$ROOT"
timeout 120 "$TOOLS/node_modules/.bin/redocly" lint --format=summary openapi/openapi.json
