#!/usr/bin/env bash
# Builds the book in docs/ with mdBook into $TARGET_DIR/book/ (cargo's target directory: `target/` unless
# CARGO_TARGET_DIR puts it elsewhere), and fails when mdBook warns or when a link does not resolve: every link
# between the book's pages (the page and the #fragment), and every relative link in README.md.
#
#   scripts/book.sh            # then open $TARGET_DIR/book/index.html
#
# Installs mdBook when it is missing: Debian's `mdbook` package when apt has one (faster), else
# `cargo install mdbook --locked` at the version pinned below (a few minutes on 2 cores, once per machine).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/lib/target-dir.sh

MDBOOK_VERSION=0.5.4
OUT="$TARGET_DIR/book"

step() { printf '[%4ss] %s\n' "$SECONDS" "$*"; }

find_mdbook() {
    command -v mdbook 2>/dev/null && return
    local cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin/mdbook"
    [ -x "$cargo_bin" ] && echo "$cargo_bin"
}

MDBOOK=$(find_mdbook || true)
if [ -z "$MDBOOK" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null \
        && apt-cache policy mdbook 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        step "installing mdbook (apt)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mdbook >/dev/null
    else
        # Without `serve` and `watch`, which a build does not need: fewer crates to compile.
        step "installing mdbook $MDBOOK_VERSION (cargo install --locked)"
        cargo install mdbook --version "$MDBOOK_VERSION" --locked --no-default-features --features search --quiet
    fi
    MDBOOK=$(find_mdbook) || { echo "mdbook was installed but is not on PATH" >&2; exit 1; }
fi

step "building the book with $("$MDBOOK" --version) into $OUT"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -rf "$OUT"
if ! "$MDBOOK" build docs --dest-dir "$OUT" >"$log" 2>&1; then
    cat "$log" >&2
    echo "mdbook build failed" >&2
    exit 1
fi
cat "$log"
if grep -Eq '\b(WARN|ERROR)\b' "$log"; then
    echo "mdbook printed warnings (above): fix them" >&2
    exit 1
fi

step "checking links between the book's pages and in README.md"
python3 - "$OUT" "$ROOT/README.md" <<'PY'
import html.parser, os, re, sys, urllib.parse

out, readme = sys.argv[1], sys.argv[2]


class Page(html.parser.HTMLParser):
    """Collects the ids of a page and the links of its <main> element (not the sidebar or the theme's chrome)."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.depth = set(), [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "main":
            self.depth += 1
        if tag == "a" and self.depth and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1


pages = {}
for folder, _, files in os.walk(out):
    for name in files:
        if name.endswith(".html"):
            path = os.path.join(folder, name)
            page = Page()
            with open(path, encoding="utf-8") as f:
                page.feed(f.read())
            pages[os.path.normpath(path)] = page

# print.html repeats every page with rewritten links, toc.html and 404.html are the theme's own.
skip = {os.path.normpath(os.path.join(out, n)) for n in ("print.html", "toc.html", "404.html")}
broken = []
for path, page in sorted(pages.items()):
    if path in skip:
        continue
    for href in page.links:
        url = urllib.parse.urlsplit(href)
        if url.scheme or url.netloc:
            continue  # outside the book
        target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(url.path))) if url.path else path
        where = f"{os.path.relpath(path, out)}: {href}"
        if target not in pages:
            broken.append(f"{where} (no such page)")
        elif url.fragment and urllib.parse.unquote(url.fragment) not in pages[target].ids:
            broken.append(f"{where} (no such heading)")

# README.md is read on the forge, not in the book: its relative links must name files that exist.
with open(readme, encoding="utf-8") as f:
    text = re.sub(r"```.*?```", "", f.read(), flags=re.S)
for href in re.findall(r"\]\(([^)\s]+)\)", text):
    url = urllib.parse.urlsplit(href)
    if url.scheme or url.netloc or not url.path:
        continue
    if not os.path.exists(os.path.join(os.path.dirname(readme), url.path)):
        broken.append(f"README.md: {href} (no such file)")

if broken:
    print("broken links:", *broken, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"{len(pages) - len(skip & set(pages))} pages, every link resolves")
PY
step "the book is in $OUT/index.html"
