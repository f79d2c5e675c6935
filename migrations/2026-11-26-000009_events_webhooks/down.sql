ALTER TABLE api_clients DROP CONSTRAINT api_clients_scopes_known,
    ADD CONSTRAINT api_clients_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write']::text[]) NOT VALID;
ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_scopes_known,
    ADD CONSTRAINT refresh_tokens_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write', 'admin']::text[]) NOT VALID;
DROP INDEX plan_steps_due_unannounced_idx;
ALTER TABLE plan_steps DROP COLUMN due_event_id;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_endpoints;
DROP TABLE events;
