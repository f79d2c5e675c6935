#!/usr/bin/env bash
# Compares every workspace crate's dependencies with the arrows docs/src/ARCHITECTURE.md allows, so a layer cannot
# quietly start using one it must not (the compiler then keeps it from using anything it does not name). Normal
# dependencies only: tests, examples and benchmarks may reach further down (dev-dependencies).
#
#   scripts/check-layers.sh              check the workspace (CI runs this)
#   scripts/check-layers.sh --self-test  show that a forbidden arrow fails the check
#
# Then checks that no crate's modules import each other in a circle (scripts/check-module-cycles.py), and builds
# the domain crate without its optional `diesel` feature, so the rules themselves compile with no
# database crate in reach (the feature only maps the domain's enums to columns, for rebound-db).
set -euo pipefail
cd "$(dirname "$0")/.."

check() {
  python3 - "$@" <<'PY'
import json, sys

# Layer -> the workspace crates it may depend on.
ALLOWED = {
    "rebound-config": set(),
    # The candidate-facing texts in each locale (Fluent, embedded): pure, so the rules themselves may use them.
    "rebound-i18n": set(),
    "rebound-domain": {"rebound-i18n"},
    "rebound-local-pg": set(),
    "rebound-ats": {"rebound-domain"},
    # What the API and the webhooks send: wire shapes over the domain's types, built by the service.
    "rebound-views": {"rebound-domain", "rebound-i18n"},
    "rebound-db": {"rebound-domain", "rebound-config"},
    "rebound-service": {
        "rebound-domain", "rebound-db", "rebound-ats", "rebound-config", "rebound-views", "rebound-i18n",
    },
    # The HTTP layer reaches storage only through the service (rows and queries stay below it).
    "rebound": {
        "rebound-domain", "rebound-ats", "rebound-service", "rebound-config", "rebound-local-pg", "rebound-views",
        "rebound-i18n",
    },
}
# Outside crates a layer must not use, whatever the reason: HTTP frameworks below the HTTP layer, storage and I/O
# in the pure rules.
HTTP = {"actix-web", "actix-cors", "actix-http", "utoipa-actix-web", "utoipa-swagger-ui", "askama", "hyper", "http"}
IO = {"tokio", "reqwest", "diesel", "diesel_migrations", "r2d2", "libc"}
FORBIDDEN = {
    "rebound-domain": HTTP | IO,
    "rebound-i18n": HTTP | IO,
    "rebound-ats": HTTP | IO,
    "rebound-views": HTTP | IO,
    "rebound-config": HTTP | IO,
    "rebound-db": HTTP | {"reqwest"},
    "rebound-service": HTTP,
    "rebound-local-pg": HTTP | {"reqwest"},
}
# Optional dependencies that only a named feature turns on, and why they are allowed.
OPTIONAL_OK = {("rebound-domain", "diesel")}

metadata = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
members = {p["name"] for p in metadata["packages"]}
problems = []
for package in metadata["packages"]:
    name = package["name"]
    if name not in ALLOWED:
        problems.append(f"{name}: a new crate: add its allowed arrows to scripts/check-layers.sh and ARCHITECTURE.md")
        continue
    for dep in package["dependencies"]:
        if dep.get("kind") is not None:  # dev or build dependency
            continue
        target = dep["name"]
        if target in members and target not in ALLOWED[name]:
            problems.append(f"{name} -> {target}: not an allowed arrow")
        if target in FORBIDDEN.get(name, set()) and not (dep.get("optional") and (name, target) in OPTIONAL_OK):
            problems.append(f"{name} -> {target}: this layer must not use {target}")
for line in problems:
    print(f"forbidden dependency: {line}")
if problems:
    sys.exit(1)
print(f"layers: {len(metadata['packages'])} crates, every dependency an allowed arrow")
PY
}

metadata=$(mktemp)
trap 'rm -f "$metadata"' EXIT
cargo metadata --format-version 1 --no-deps --offline >"$metadata" 2>/dev/null ||
  cargo metadata --format-version 1 --no-deps >"$metadata"

if [ "${1:-}" = "--self-test" ]; then
  # The workspace as it is, plus one arrow the architecture forbids: the domain depending on the service.
  python3 - "$metadata" <<'PY' >"$metadata.bad"
import json, sys
m = json.load(open(sys.argv[1]))
domain = next(p for p in m["packages"] if p["name"] == "rebound-domain")
domain["dependencies"].append({"name": "rebound-service", "kind": None, "optional": False})
json.dump(m, sys.stdout)
PY
  if check "$metadata.bad"; then
    echo "self-test FAILED: a forbidden arrow passed the check" >&2
    rm -f "$metadata.bad"
    exit 1
  fi
  rm -f "$metadata.bad"
  echo "self-test passed: the forbidden arrow rebound-domain -> rebound-service was refused"
  # And two modules of one crate that use each other.
  circle=$(mktemp -d)
  printf 'use crate::b::B;\npub struct A;\n' >"$circle/a.rs"
  printf 'pub struct B(crate::a::A);\n' >"$circle/b.rs"
  if python3 scripts/check-module-cycles.py "$circle"; then
    echo "self-test FAILED: an import circle passed the check" >&2
    rm -rf "$circle"
    exit 1
  fi
  rm -rf "$circle"
  echo "self-test passed: the import circle a <-> b was refused"
  exit 0
fi

check "$metadata"
python3 scripts/check-module-cycles.py src crates/*/src
cargo check --quiet --locked -p rebound-domain --no-default-features --lib
echo "rebound-domain builds without diesel"
