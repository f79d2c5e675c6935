# syntax=docker/dockerfile:1
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

# The whole workspace is copied (.dockerignore keeps build output, the local cluster and docs out); BuildKit cache
# mounts keep the registry and the target directory between builds, so only what changed is compiled again.
# `--no-default-features` leaves out the project-local PostgreSQL launcher (rebound-local-pg): production always has a
# DATABASE_URL. migrations/ is compiled in by diesel's embed_migrations!, templates/ by askama.
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/app/target \
    cargo build --release --locked --no-default-features --bin rebound \
 && cp target/release/rebound /usr/local/bin/rebound

# ---------------------------------------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime

# libpq5: diesel at runtime; ca-certificates: CA roots for TLS connections; curl: the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed, non-root uid/gid so orchestrators (e.g. Kubernetes runAsNonRoot) can verify it numerically.
RUN groupadd --system --gid 10001 rebound \
 && useradd --system --uid 10001 --gid rebound --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin rebound

COPY --from=builder /usr/local/bin/rebound /usr/local/bin/rebound

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
