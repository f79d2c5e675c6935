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
. "$ROOT/scripts/lib/server.sh"
TOOLS="$ROOT/scripts/clients"
npm_tools
cd "$ROOT"
timeout 120 "$TOOLS/node_modules/.bin/redocly" lint --format=summary openapi/openapi.json
