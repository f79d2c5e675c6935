#!/usr/bin/env bash
# Generates the Python client from the committed openapi/openapi.json with openapi-python-client and checks what a
# job-board developer would hit first: every module imports, and responses carrying enum values this version of the
# API has never sent (a new step kind, outcome, answer quality …) still parse.
#
#   scripts/python-client.sh          # VENV=/tmp/rebound-pyclient-venv OUT=/tmp/rebound-pyclient by default
#
# Needs python3 with venv and PyPI (first run only: the venv is reused).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-/tmp/rebound-pyclient-venv}
OUT=${OUT:-/tmp/rebound-pyclient}
VERSION=${OPENAPI_PYTHON_CLIENT_VERSION:-0.29.1}

if [ ! -x "$VENV/bin/openapi-python-client" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "openapi-python-client==$VERSION"
fi
rm -rf "$OUT"
mkdir -p "$OUT"
# No post hooks: ruff is not needed to use the client.
printf 'post_hooks: []\n' > "$OUT/config.yml"
"$VENV/bin/openapi-python-client" generate --path "$ROOT/openapi/openapi.json" --meta none \
    --config "$OUT/config.yml" --output-path "$OUT/rebound_api_client" >/dev/null

"$VENV/bin/python" - "$OUT" "$ROOT/openapi/openapi.json" <<'PY'
import importlib, json, pkgutil, sys

sys.path.insert(0, sys.argv[1])
spec = json.load(open(sys.argv[2]))
import rebound_api_client
from rebound_api_client import api, models

modules = [m.name for m in pkgutil.walk_packages(api.__path__, "rebound_api_client.api.")]
for name in modules:
    importlib.import_module(name)
print(f"imported rebound_api_client and its {len(modules)} api modules")

schemas = spec["components"]["schemas"]
NEW = "a_value_added_later"

def resolve(schema):
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema

def open_enum(schema):
    """Whether the schema is the spec's open enum: anyOf [{$ref: Enum}, {type: string}, …]."""
    branches = schema.get("anyOf", [])
    return any("enum" in resolve(b) for b in branches if "$ref" in b) and {"type": "string"} in branches

def with_new_values(schema, value):
    """`value` with every open-enum value replaced by one the client has never seen."""
    if open_enum(schema) and isinstance(value, str):
        return NEW, 1
    schema = resolve(schema)
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        if value is not None and branch.get("type") != "null":
            return with_new_values(branch, value)
    if isinstance(value, dict):
        count, out = 0, {}
        for key, member in value.items():
            out[key], n = with_new_values(schema.get("properties", {}).get(key, {}), member)
            count += n
        return out, count
    if isinstance(value, list) and "items" in schema:
        pairs = [with_new_values(schema["items"], item) for item in value]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    return value, 0

parsed = replaced = 0
for name, schema in schemas.items():
    model = getattr(models, name, None)
    if model is None or "example" not in schema or not hasattr(model, "from_dict"):
        continue
    example, count = with_new_values(schema, schema["example"])
    if count == 0:
        continue
    instance = model.from_dict(example)
    assert NEW in json.dumps(instance.to_dict()), f"{name}: the new value did not survive"
    parsed += 1
    replaced += count
assert parsed > 0, "no response example has an open enum"
print(f"parsed {parsed} response models carrying {replaced} enum values the client has never seen")
PY
