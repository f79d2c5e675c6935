-- Events out. Every change a client may want to hear about writes an event row in the same transaction as the
-- change (a transactional outbox): an event exists exactly when its change committed. Each event is fanned out, in
-- that transaction too, to one delivery row per subscribed webhook endpoint; delivery workers in every replica
-- claim due rows with FOR UPDATE SKIP LOCKED. Events are kept 30 days and can be read back through /v1/events.
CREATE TABLE events (
    id                   uuid PRIMARY KEY,
    workspace_id         uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    type                 text NOT NULL CHECK (type IN (
                             'candidate.created', 'candidate.updated', 'candidate.deleted',
                             'interview.created', 'interview.updated', 'interview.deleted',
                             'gaffe.created', 'gaffe.updated', 'gaffe.deleted',
                             'recovery_plan.created', 'recovery_plan.step_updated', 'recovery_plan.step_due',
                             'ping')),
    created_at           timestamptz NOT NULL DEFAULT now(),
    data                 jsonb NOT NULL,
    previous_attributes  jsonb
);
CREATE INDEX events_workspace_idx ON events (workspace_id, id DESC);
CREATE INDEX events_workspace_type_idx ON events (workspace_id, type, id DESC);
CREATE INDEX events_created_idx ON events (created_at);

-- Where a workspace's events go. The signing secret must be usable (HMAC needs the key itself), so it is stored
-- encrypted (AES-256-GCM under REBOUND_SECRET_KEYS), never hashed; after a rotation the previous secret keeps
-- signing alongside the new one until previous_secret_expires_at.
CREATE TABLE webhook_endpoints (
    id                          uuid PRIMARY KEY,
    workspace_id                uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url                         text NOT NULL,
    events                      text[] NOT NULL,
    description                 text,
    enabled                     boolean NOT NULL DEFAULT true,
    disabled_reason             text,
    secret_encrypted            text NOT NULL,
    previous_secret_encrypted   text,
    previous_secret_expires_at  timestamptz,
    -- Set at the first failure after a success, cleared by the next success: an endpoint failing for days is
    -- disabled.
    failing_since               timestamptz,
    version                     integer NOT NULL DEFAULT 1,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CHECK ((previous_secret_encrypted IS NULL) = (previous_secret_expires_at IS NULL))
);
CREATE INDEX webhook_endpoints_workspace_idx ON webhook_endpoints (workspace_id, id DESC);

-- One event on its way to one endpoint, with the outcome of its last attempt.
CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    endpoint_id      uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id         uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    status           text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'retrying')),
    attempts         integer NOT NULL DEFAULT 0,
    -- When a worker may next try it; a claimed delivery is pushed into the future for the length of its attempt,
    -- so a replica that dies mid-attempt leaves it to be retried, not lost.
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    response_status  integer,
    response_body    text,
    duration_ms      integer,
    error            text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE status IN ('pending', 'retrying');
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, id DESC);
CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id);

-- A pending step's `recovery_plan.step_due` event is emitted once, when its due time passes.
ALTER TABLE plan_steps ADD COLUMN due_event_id uuid;
CREATE INDEX plan_steps_due_unannounced_idx ON plan_steps (due_at)
    WHERE status = 'pending' AND due_event_id IS NULL;

-- The webhook scopes join the known ones: integration clients may hold them, owners' sign-ins carry them.
ALTER TABLE api_clients DROP CONSTRAINT api_clients_scopes_known,
    ADD CONSTRAINT api_clients_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write', 'webhooks:read', 'webhooks:write']::text[]);
ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_scopes_known,
    ADD CONSTRAINT refresh_tokens_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write', 'admin', 'webhooks:read', 'webhooks:write']::text[]);
