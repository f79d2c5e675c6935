-- OAuth 2.0 authorization code + PKCE (RFC 6749 §4.1, RFC 7636) for browser plugins.
-- A client is `confidential` (a back end holding a secret: today's clients) or `public` (a browser plugin or other
-- code that cannot keep a secret: no secret, users sign in through /oauth/authorize and come back to one of its
-- registered redirect URIs).
ALTER TABLE api_clients
    ADD COLUMN client_type text NOT NULL DEFAULT 'confidential' CHECK (client_type IN ('confidential', 'public')),
    ADD COLUMN redirect_uris text[] NOT NULL DEFAULT '{}';
ALTER TABLE api_clients ALTER COLUMN client_type DROP DEFAULT;
ALTER TABLE api_clients ALTER COLUMN secret_hash DROP NOT NULL;
ALTER TABLE api_clients
    ADD CONSTRAINT api_clients_secret_by_type CHECK ((client_type = 'public') = (secret_hash IS NULL)),
    ADD CONSTRAINT api_clients_public_has_no_previous_secret
        CHECK (client_type = 'confidential' OR previous_secret_hash IS NULL),
    ADD CONSTRAINT api_clients_redirects_by_type
        CHECK ((client_type = 'public') = (cardinality(redirect_uris) > 0));

-- Authorization codes: only their SHA-256 is stored; each is bound to the client, redirect URI, user, scopes and
-- PKCE challenge it was issued for, lives at most 60 seconds and is exchanged once. `used_at`/`session_id` record
-- the exchange, so a code presented again revokes the sign-in it started (RFC 6749 §4.1.2).
CREATE TABLE authorization_codes (
    code_hash text PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    api_client_id uuid NOT NULL REFERENCES api_clients (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    redirect_uri text NOT NULL,
    scopes text[] NOT NULL,
    code_challenge text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    session_id uuid,
    CHECK ((used_at IS NULL) = (session_id IS NULL))
);
CREATE INDEX authorization_codes_expires_idx ON authorization_codes (expires_at);
