# Sourced by every script that runs a binary cargo built or keeps files next to the build: sets TARGET_DIR to cargo's
# own target directory, as `cargo metadata` reports it. That is `target/` in the checkout unless CARGO_TARGET_DIR (or
# `build.target-dir` in a cargo config) puts it elsewhere, which is why no script may write `target/...` itself.
#
#   . scripts/lib/target-dir.sh
#   "$TARGET_DIR/debug/rebound" serve
#
# Needs cargo and python3.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

# Prints the target directory of the cargo workspace at $1 (default: $ROOT).
cargo_target_dir() {
    (cd "${1:-$ROOT}" && cargo metadata --format-version 1 --no-deps) \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])'
}

if ! TARGET_DIR=$(cargo_target_dir) || [ -z "$TARGET_DIR" ]; then
    echo "cannot find cargo's target directory (cargo metadata failed in $ROOT)" >&2
    return 1 2>/dev/null || exit 1
fi
export TARGET_DIR
