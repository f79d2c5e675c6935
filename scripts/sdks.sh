#!/usr/bin/env bash
# The SDKs in clients/ are current, build, type-check and work: checks that the generated part of each SDK is what
# the committed openapi/openapi.json gives (api/, models/, client.py, errors.py and types.py in
# clients/python/src/rebound_sdk by openapi-python-client, clients/typescript/src/schema.d.ts by
# clients/typescript/generate.mjs) and that both SDKs carry the API version of
# crates/rebound-views (`API_VERSION`), installs the Python SDK into a venv, compiles the TypeScript SDK and its
# example with `tsc --strict`, then starts Rebound and runs each SDK's job-board scenario
# (clients/python/examples/job_board.py, clients/typescript/examples/job-board.ts) against it, a real webhook
# delivery included. Exits non-zero on any failure.
#
#   scripts/sdks.sh                          # check and run
#   REBOUND_UPDATE_SDKS=1 scripts/sdks.sh    # regenerate the SDKs' generated part from the document first
#
# Installs what is missing, once: a venv in $TARGET_DIR/sdks/venv (PyPI) and clients/typescript/node_modules
# (`npm ci` from its committed package-lock.json). Needs python3 with venv, node >= 20.19 with npm, curl, and what
# `cargo run` needs. $TARGET_DIR is cargo's target directory (scripts/lib/target-dir.sh). Every step is bounded
# (see the `timeout`s); the server and its cluster are stopped at exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/server.sh"
WORK="$TARGET_DIR/sdks"
VENV="$WORK/venv"
PY="$ROOT/clients/python"
TS="$ROOT/clients/typescript"
PYTHON_CLIENT_VERSION=0.29.1
# Type-checks the Python SDK's own layer and its example (typed events with no cast).
MYPY_VERSION=2.4.1
mkdir -p "$WORK"

step "installing the tools (when missing)"
if [ ! -x "$VENV/bin/openapi-python-client" ] \
    || ! "$VENV/bin/pip" show openapi-python-client 2>/dev/null | grep -qx "Version: $PYTHON_CLIENT_VERSION"; then
    make_venv "$VENV"
    timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "openapi-python-client==$PYTHON_CLIENT_VERSION"
fi
if ! "$VENV/bin/pip" show mypy 2>/dev/null | grep -qx "Version: $MYPY_VERSION"; then
    timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check "mypy==$MYPY_VERSION"
fi
check_node
if ! cmp -s "$TS/package-lock.json" "$TS/node_modules/.package-lock.json.ci" 2>/dev/null; then
    (cd "$TS" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
    cp "$TS/package-lock.json" "$TS/node_modules/.package-lock.json.ci"
fi

step "generating the SDKs' generated part from openapi/openapi.json"
rm -rf "$WORK/generated"
mkdir -p "$WORK/generated"
# No post hooks: the output depends on the generator's version alone (ruff's would vary with ruff's).
printf 'post_hooks: []\n' >"$WORK/python-config.yml"
timeout 120 "$VENV/bin/openapi-python-client" generate --path "$ROOT/openapi/openapi.json" --meta none \
    --config "$WORK/python-config.yml" --output-path "$WORK/generated/python" >/dev/null
(cd "$TS" && timeout 120 node generate.mjs "$ROOT/openapi/openapi.json" "$WORK/generated/schema.d.ts")
# What the generator writes, besides its __init__.py (the SDK's own, which re-exports the same two names).
GENERATED_PY=(api models client.py errors.py types.py)
if [ "${REBOUND_UPDATE_SDKS:-}" = 1 ]; then
    for part in "${GENERATED_PY[@]}"; do
        rm -rf "${PY:?}/src/rebound_sdk/$part"
        cp -r "$WORK/generated/python/$part" "$PY/src/rebound_sdk/$part"
    done
    cp "$WORK/generated/schema.d.ts" "$TS/src/schema.d.ts"
    step "updated the generated part of clients/python/src/rebound_sdk and clients/typescript/src/schema.d.ts"
fi
drift=0
: >"$WORK/drift.txt"
for part in "${GENERATED_PY[@]}"; do
    diff -r -x __pycache__ "$WORK/generated/python/$part" "$PY/src/rebound_sdk/$part" >>"$WORK/drift.txt" || drift=1
done
[ "$(ls "$WORK/generated/python" | sort | tr '\n' ' ')" = "__init__.py api client.py errors.py models types.py " ] || {
    echo "openapi-python-client now writes $(ls "$WORK/generated/python"): update GENERATED_PY" >>"$WORK/drift.txt"
    drift=1
}
diff "$WORK/generated/schema.d.ts" "$TS/src/schema.d.ts" >>"$WORK/drift.txt" || drift=1
if [ "$drift" = 1 ]; then
    head -n 40 "$WORK/drift.txt" >&2
    echo "the SDKs' generated code is not what openapi/openapi.json gives; regenerate it and commit the result:" >&2
    echo "  REBOUND_UPDATE_SDKS=1 scripts/sdks.sh" >&2
    exit 1
fi

step "checking the SDKs' versions against the API version"
# The document's info.version is the current API version (rebound_domain::versions::ApiVersion::CURRENT).
api_version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["info"]["version"])' "$ROOT/openapi/openapi.json")
major=${api_version//-/}
grep -qx "API_VERSION = \"$api_version\"" "$PY/src/rebound_sdk/__init__.py"
grep -qx "version = \"$major\.[0-9]*\.[0-9]*\"" "$PY/pyproject.toml"
grep -qx "export const API_VERSION = \"$api_version\";" "$TS/src/index.ts"
grep -q "\"version\": \"$major\.[0-9]*\.[0-9]*\"" "$TS/package.json"
echo "  API $api_version: Python and TypeScript SDKs at major version $major"

step "Python: installing the SDK into $VENV"
timeout 600 "$VENV/bin/pip" install --quiet --disable-pip-version-check --force-reinstall "$PY" \
    >"$WORK/pip.log" 2>&1 || { tail -n 20 "$WORK/pip.log" >&2; exit 1; }
# The typed union lists exactly the document's event types.
timeout 60 "$VENV/bin/python" - "$ROOT/openapi/openapi.json" <<'PY'
import json, sys, typing
from rebound_sdk import Event
mapping = json.load(open(sys.argv[1]))["components"]["schemas"]["EventEnvelope"]["discriminator"]["mapping"]
documented = {ref.rsplit("/", 1)[1] for ref in mapping.values()}
listed = {member.__name__ for member in typing.get_args(Event)}
assert listed == documented, f"rebound_sdk.events.Event lists {sorted(listed ^ documented)} differently"
print(f"  rebound_sdk installed; Event is the union of the {len(listed)} event types")
PY

step "Python: type-checking the SDK's layer and its example (mypy --strict)"
(cd "$PY" && timeout 300 "$VENV/bin/mypy" --strict --cache-dir "$WORK/mypy-cache" src/rebound_sdk/sdk.py \
    src/rebound_sdk/_transport.py src/rebound_sdk/events.py src/rebound_sdk/webhooks.py)
(cd "$PY/examples" && timeout 300 "$VENV/bin/mypy" --strict --cache-dir "$WORK/mypy-cache" job_board.py)

step "TypeScript: compiling the SDK and its job-board example (tsc --strict)"
rm -rf "$TS/dist" "$TS/dist-examples"
(cd "$TS" && timeout 180 npm run --silent build && timeout 180 node_modules/.bin/tsc -p examples/tsconfig.json)

step "the READMEs' integrations: under 30 lines, and they compile (Python) and type-check (tsc --strict)"
readme_block() { # the first ```$2 block of README $1
    awk -v lang="$2" '$0 == "```" lang { on = 1; next } on && $0 == "```" { exit } on' "$1"
}
readme_block "$PY/README.md" python >"$WORK/readme.py"
readme_block "$TS/README.md" ts >"$TS/dist-examples/readme.ts"
for sample in "$WORK/readme.py" "$TS/dist-examples/readme.ts"; do
    lines=$(grep -cv '^$' "$sample")
    [ "$lines" -gt 0 ] && [ "$lines" -lt 30 ] || { echo "$sample: $lines lines (1 to 29 expected)" >&2; exit 1; }
done
"$VENV/bin/python" -m py_compile "$WORK/readme.py"
(cd "$TS" && timeout 180 node_modules/.bin/tsc --strict --noEmit --target es2022 --module nodenext \
    --moduleResolution nodenext --types node --skipLibCheck dist-examples/readme.ts)

# Deliveries within 0.1 s, so the scenarios wait little for theirs.
export REBOUND_WEBHOOK_POLL_MS=100
start_rebound "$WORK"

step "Python: the job-board scenario through the SDK"
timeout 180 "$VENV/bin/python" "$PY/examples/job_board.py" "$REBOUND_URL"

step "TypeScript: the job-board scenario through the SDK"
(cd "$TS" && timeout 180 node dist-examples/job-board.js "$REBOUND_URL")

step "stopping Rebound"
stop_rebound
step "done: both SDKs are current and ran the scenario"
