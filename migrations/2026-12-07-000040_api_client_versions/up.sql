-- Dated API versions: each API client is pinned to one, the default for requests made with its tokens when they
-- send no `Rebound-Version`. Clients registered before versions existed keep the API as it was: the first version.
ALTER TABLE api_clients
    ADD COLUMN api_version text NOT NULL DEFAULT '2026-11-26'
        CHECK (api_version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
