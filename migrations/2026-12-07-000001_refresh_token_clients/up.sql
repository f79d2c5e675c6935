-- The client a sign-in was made through (the authorization-code flow), so revoking the client ends the sign-in and
-- only that client may refresh it. NULL for sign-ins without a client (the password grant, the sign-in page's own).
ALTER TABLE refresh_tokens
    ADD COLUMN api_client_id uuid REFERENCES api_clients (id) ON DELETE CASCADE;
CREATE INDEX refresh_tokens_api_client_id_idx ON refresh_tokens (api_client_id)
    WHERE api_client_id IS NOT NULL AND revoked_at IS NULL;
