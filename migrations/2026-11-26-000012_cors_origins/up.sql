-- Browser origins a workspace lets call the API (an ATS plugin's, say), managed by its owner through
-- /v1/cors-origins. Each replica keeps the whole set in memory (reloaded every REBOUND_CORS_REFRESH_SECS), because a
-- CORS preflight carries no token and must be answered without a query. The origin is stored as the browser sends
-- it in `Origin` (scheme, lowercase host, optional port), so matching is an exact comparison.
CREATE TABLE cors_origins (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    origin        text NOT NULL CHECK (char_length(origin) BETWEEN 1 AND 255),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cors_origins_workspace_origin_key UNIQUE (workspace_id, origin)
);
CREATE INDEX cors_origins_workspace_idx ON cors_origins (workspace_id, id DESC);
