#!/usr/bin/env python3
''''exec python3 "$0" "$@" #'''
# (The line above lets `bash scripts/check-sizes.py` work too: the shell runs it, Python reads it as a string.)
"""Keeps the production code in pieces a reader can hold: no production .rs file in src/ or crates/ over 700 lines,
and no function body in one over 80 lines, apart from the entries of ALLOWED below (declarative tables, and work that
is scheduled). An entry that is no longer needed fails the check too, so the list only ever shrinks.

The production part of a file is what comes before its first top-level `#[cfg(test)]` module (inline unit tests do
not count; a test-only helper outside such a module does). Files named tests.rs or *_tests.rs, and anything under
a tests/, benches/ or examples/ directory, are tests.
A function's length is the lines of its body, between the line that opens it and its closing brace (the code is
rustfmt'ed, so the closing brace is the first line after the signature that is just `}` at the `fn` line's indentation).

    scripts/check-sizes.py              check the workspace (CI runs this)
    scripts/check-sizes.py --self-test  show that an oversized file and function fail the check
"""
import contextlib
import io
import os
import re
import sys
import tempfile

MAX_FILE_LINES = 700
MAX_FN_LINES = 80
ROOTS = ("src", "crates")

# (path, function or "FILE" for the file's own length, why it may be longer). A function name of "*" covers every
# function in the file.
ALLOWED = [
    ("crates/rebound-domain/src/catalogue.rs", "entry", "declarative table: one entry per gaffe kind"),
]

FN_LINE = re.compile(r"^(\s*)(?:pub(?:\([^)]*\))?\s+)?(?:(?:const|async|unsafe|extern(?:\s+\"[^\"]*\")?)\s+)*fn\s+(\w+)")
TEST_DIRS = {"tests", "benches", "examples", "target"}


def is_test_file(name):
    return name == "tests.rs" or name.endswith("_tests.rs")


def production_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for index, line in enumerate(lines):
        following = next((l for l in lines[index + 1:] if not l.startswith("#[")), "")
        if line.rstrip() == "#[cfg(test)]" and following.startswith("mod "):
            return lines[:index]
    return lines


def functions(lines):
    """(name, body lines) of every function with a body."""
    for start, line in enumerate(lines):
        match = FN_LINE.match(line)
        if not match:
            continue
        indent, name = match.group(1), match.group(2)
        # Walk the signature to where it opens the body, or ends as a declaration (a trait method without a body).
        end = start
        while end < len(lines):
            tail = lines[end].split("//")[0].rstrip()
            if tail.endswith(";"):
                break
            if tail.endswith("}") and end == start:  # a body on the signature's own line
                yield name, 0
                break
            if tail.endswith("{"):
                close = next((j for j in range(end + 1, len(lines)) if lines[j] == indent + "}"), None)
                if close is not None:
                    yield name, close - end - 1
                break
            end += 1


def scan(root_dir):
    """Every (path, item, lines) over its limit, with paths relative to root_dir."""
    found = []
    for top in ROOTS:
        for directory, subdirs, files in os.walk(os.path.join(root_dir, top)):
            subdirs[:] = sorted(d for d in subdirs if d not in TEST_DIRS)
            for name in sorted(files):
                if not name.endswith(".rs") or is_test_file(name):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, root_dir)
                with open(path, encoding="utf-8") as source:
                    lines = production_lines(source.read())
                if len(lines) > MAX_FILE_LINES:
                    found.append((relative, "FILE", len(lines)))
                for function, length in functions(lines):
                    if length > MAX_FN_LINES:
                        found.append((relative, function, length))
    return found


def check(root_dir, allowed):
    """Prints what is over its limit and not allowed, and allow-list entries nothing needs; True when clean."""
    found = scan(root_dir)
    used = set()
    problems = []
    for path, item, length in found:
        entry = next((a for a in allowed if a[0] == path and (a[1] == item or (a[1] == "*" and item != "FILE"))), None)
        if entry:
            used.add(entry)
            continue
        if item == "FILE":
            problems.append(f"{path}: {length} production lines (at most {MAX_FILE_LINES})")
        else:
            problems.append(f"{path}: fn {item} has a {length}-line body (at most {MAX_FN_LINES})")
    for entry in allowed:
        if entry not in used:
            problems.append(f"allow-list entry no longer needed, remove it: {entry[0]} {entry[1]} ({entry[2]})")
    for problem in problems:
        print(f"too long: {problem}" if not problem.startswith("allow-list") else problem)
    if not problems:
        print(f"sizes: no production file over {MAX_FILE_LINES} lines, no function body over {MAX_FN_LINES} "
              f"(allowed: {len(allowed)} entries)")
    return not problems


def self_test():
    """An oversized file and function fail; the same under an allow-list entry passes; a stale entry fails."""
    def body(count):
        return "".join(f"    let _x{i} = {i};\n" for i in range(count))

    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "src"))
        os.makedirs(os.path.join(root, "crates", "c", "src", "tests"))
        long_fn = "pub(crate) fn long_one(\n    a: u8,\n) -> u8 {\n" + body(80) + "    a\n}\n"
        with open(os.path.join(root, "src", "lib.rs"), "w") as f:
            f.write("fn short() {}\n#[cfg(test)]\nfn helper() {}\n" + long_fn
                    + "\n#[cfg(test)]\n#[allow(unused)]\nmod tests {\n" + body(800) + "}\n")
        with open(os.path.join(root, "crates", "c", "src", "big.rs"), "w") as f:
            f.write("".join(f"pub const C{i}: u8 = 0;\n" for i in range(701)))
        with open(os.path.join(root, "crates", "c", "src", "tests", "big.rs"), "w") as f:
            f.write("fn huge() {\n" + body(900) + "}\n")
        found = sorted(scan(root))
        expected = [("crates/c/src/big.rs", "FILE", 701), ("src/lib.rs", "long_one", 81)]
        if found != expected:
            print(f"self-test FAILED: found {found}, expected {expected}", file=sys.stderr)
            return False
        allowed = [(path, item, "self-test") for path, item, _ in expected]
        with contextlib.redirect_stdout(io.StringIO()):
            refused = not check(root, [])
            passed = check(root, allowed)
            stale_refused = not check(root, allowed + [("src/lib.rs", "short", "stale")])
        if not (refused and passed and stale_refused):
            print("self-test FAILED: the allow-list is not applied as documented", file=sys.stderr)
            return False
    print("self-test passed: a function with an 81-line body and a 701-line file were refused, and allowed when listed")
    return True


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(0 if self_test() else 1)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    sys.exit(0 if check(os.path.normpath(root), ALLOWED) else 1)
