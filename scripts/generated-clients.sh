#!/usr/bin/env bash
# Generated clients work first time: generates a Python client (openapi-python-client) and a TypeScript client
# (openapi-typescript types + openapi-fetch) from the committed openapi/openapi.json into $TARGET_DIR/generated-clients/,
# starts Rebound (the debug binary) on the embedded default, and runs the same job-board scenario through each
# client (scripts/clients/scenario.py and scenario.ts): sign up, an API client, client_credentials, a candidate with
# external_id, an interview with interviewers and questions, gaffes, the assessment, a plan, a step marked done with
# If-Match, a note review, and a response with enum values the client has never seen. Exits non-zero on any failure.
#
#   scripts/generated-clients.sh
#
# Installs what is missing, once: a venv in $TARGET_DIR/generated-clients/venv (PyPI) and scripts/clients/node_modules
# (`npm ci` from the committed package-lock.json). Needs python3 with venv, node >= 20.19 with npm, curl, and
# what `cargo run` needs (README, "Quick start"). About 1–2 minutes once installed and built; the first run adds the
# installs. $TARGET_DIR is cargo's target directory (scripts/lib/target-dir.sh: `target/` unless
# CARGO_TARGET_DIR says otherwise). Every step is bounded (see the `timeout`s); the server and its cluster are stopped at exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/server.sh"
WORK="$TARGET_DIR/generated-clients"
VENV="$WORK/venv"
TOOLS="$ROOT/scripts/clients"
PYTHON_CLIENT_VERSION=0.29.1
# Two independent iCalendar parsers for the scenario's check of the calendar feed.
CALENDAR_PARSERS=(icalendar==7.3.2 vobject==0.9.9)
mkdir -p "$WORK"

step "installing the generators (when missing)"
if [ ! -x "$VENV/bin/openapi-python-client" ] \
    || ! "$VENV/bin/pip" show openapi-python-client 2>/dev/null | grep -qx "Version: $PYTHON_CLIENT_VERSION"; then
    make_venv "$VENV"
    timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "openapi-python-client==$PYTHON_CLIENT_VERSION"
fi
if ! "$VENV/bin/python" -c 'import icalendar, vobject' 2>/dev/null; then
    timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check "${CALENDAR_PARSERS[@]}"
fi
npm_tools

step "generating the Python client into $WORK/python"
rm -rf "$WORK/python"
mkdir -p "$WORK/python"
# No post hooks: ruff is not needed to use the client.
printf 'post_hooks: []\n' >"$WORK/python-config.yml"
timeout 120 "$VENV/bin/openapi-python-client" generate --path "$ROOT/openapi/openapi.json" --meta none \
    --config "$WORK/python-config.yml" --output-path "$WORK/python/rebound_api_client" >/dev/null
# Every module imports (0.29 once failed on `Unset` in the token endpoint's module).
timeout 60 "$VENV/bin/python" - "$WORK/python" <<'PY'
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
from rebound_api_client import api
modules = [m.name for m in pkgutil.walk_packages(api.__path__, "rebound_api_client.api.")]
for name in modules:
    importlib.import_module(name)
print(f"  imported rebound_api_client and its {len(modules)} api modules")
PY

step "generating the TypeScript client into $WORK/ts and compiling the scenario (tsc --strict)"
rm -rf "$WORK/ts"
mkdir -p "$WORK/ts"
timeout 120 "$TOOLS/node_modules/.bin/openapi-typescript" "$ROOT/openapi/openapi.json" \
    -o "$WORK/ts/schema.d.ts" >/dev/null 2>&1
cp "$TOOLS/scenario.ts" "$WORK/ts/"
ln -s "$TOOLS/node_modules" "$WORK/ts/node_modules"
# Node's own types for `process`, from @types/node.
printf '{"type": "module"}\n' >"$WORK/ts/package.json"
(cd "$WORK/ts" && timeout 180 node_modules/.bin/tsc --strict --target es2022 --module nodenext \
    --moduleResolution nodenext --types node --skipLibCheck --outDir out scenario.ts)
cp "$WORK/ts/package.json" "$WORK/ts/out/"

start_rebound "$WORK"

step "Python: the job-board scenario through the generated client"
PYTHONPATH="$WORK/python" timeout 120 "$VENV/bin/python" "$TOOLS/scenario.py" "$REBOUND_URL" \
    "$ROOT/openapi/openapi.json"

step "TypeScript: the job-board scenario through the generated client"
(cd "$WORK/ts" && timeout 120 node out/scenario.js "$REBOUND_URL")

step "stopping Rebound"
stop_rebound
step "done: both generated clients ran the scenario"
