# Rebound: multi-stage image. The builder compiles a release binary; the runtime is a slim Debian with only what
# that binary needs (libpq for diesel, CA certificates, curl for the HEALTHCHECK).
#
#   docker build -t rebound .
#   docker run --rm -p 8080:8080 -e DATABASE_URL=postgres://... -e REBOUND_JWT_KEYS=kid:secret... \
#     -e REBOUND_SECRET_KEYS=kid:base64-32-bytes... rebound
#
# Serving applies pending migrations itself (under an advisory lock); `rebound migrate` does only that and exits.

# ---------------------------------------------------------------------------------------------------------------------
FROM rust:1-bookworm AS builder

# diesel's `postgres` feature links against libpq.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# --- Dependency layer: rebuilt only when Cargo.toml or Cargo.lock change. ---
COPY Cargo.toml Cargo.lock ./

# Cargo reads every target in the manifest even for `--bin rebound`, so each must have a file: stub src/main.rs and
# src/lib.rs, plus every [[test]], [[bench]] and [[example]] target (its `path`, or the default
# <dir>/<name>.rs when the path is omitted, as criterion benches often do). The awk lists those paths from Cargo.toml,
# so adding a bench or test target needs no change here.
RUN mkdir -p src \
 && echo 'fn main() {}' > src/main.rs \
 && : > src/lib.rs \
 && awk ' \
      function flush() { if (kind != "") print (path != "" ? path : dir[kind] "/" name ".rs"); kind = "" } \
      function str(s) { return match(s, /"[^"]*"/) ? substr(s, RSTART + 1, RLENGTH - 2) : "" } \
      BEGIN { dir["test"] = "tests"; dir["bench"] = "benches"; dir["example"] = "examples" } \
      /^[ \t]*\[/ { \
        flush(); \
        if ($0 ~ /^[ \t]*\[\[(test|bench|example)\]\]/) { \
          kind = $0; sub(/^[ \t]*\[\[/, "", kind); sub(/\]\].*$/, "", kind); name = ""; path = "" \
        } \
        next \
      } \
      kind != "" && /^[ \t]*name[ \t]*=/ { name = str($0) } \
      kind != "" && /^[ \t]*path[ \t]*=/ { path = str($0) } \
      END { flush() } \
    ' Cargo.toml > /tmp/stub-targets \
 && while read -r target; do \
      mkdir -p "$(dirname "$target")" && echo 'fn main() {}' > "$target"; \
    done < /tmp/stub-targets \
 && cargo build --release --locked --bin rebound \
 && rm -rf src

# --- Application layer. ---
# migrations/ is compiled into the binary by diesel's embed_migrations!, so it must be here at build time.
# tests/ and benches/ are not copied: the stubs above satisfy the manifest, and test edits don't bust this cache.
COPY src ./src
COPY migrations ./migrations
# askama compiles the sign-in page's template into the binary.
COPY templates ./templates
# COPY keeps the context's mtimes, which can be older than the stub build's outputs; touching the crate roots makes
# cargo see the sources as changed and rebuild the real lib and binary instead of reusing the stubs.
RUN touch src/main.rs src/lib.rs \
 && cargo build --release --locked --bin rebound

# ---------------------------------------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime

# libpq5: diesel at runtime; ca-certificates: CA roots for TLS connections; curl: the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed, non-root uid/gid so orchestrators (e.g. Kubernetes runAsNonRoot) can verify it numerically.
RUN groupadd --system --gid 10001 rebound \
 && useradd --system --uid 10001 --gid rebound --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin rebound

COPY --from=builder /app/target/release/rebound /usr/local/bin/rebound

# Production mode makes DATABASE_URL, REBOUND_JWT_KEYS and REBOUND_SECRET_KEYS mandatory (no embedded database, no
# ephemeral or development keys).
# The default bind is 127.0.0.1, which is unreachable from outside a container, hence 0.0.0.0.
ENV REBOUND_ENV=production \
    REBOUND_BIND=0.0.0.0:8080 \
    REBOUND_LOG_FORMAT=json

USER 10001:10001
EXPOSE 8080

# /livez does not touch the database, so a database outage doesn't get the container restarted; readiness is /readyz.
# If REBOUND_BIND is overridden to another port, this check must change with it.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/livez || exit 1

ENTRYPOINT ["rebound"]
CMD ["serve"]
