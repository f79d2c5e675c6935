DROP TABLE authorization_codes;
DELETE FROM api_clients WHERE client_type = 'public';
ALTER TABLE api_clients
    DROP CONSTRAINT api_clients_secret_by_type,
    DROP CONSTRAINT api_clients_public_has_no_previous_secret,
    DROP CONSTRAINT api_clients_redirects_by_type,
    DROP COLUMN client_type,
    DROP COLUMN redirect_uris;
ALTER TABLE api_clients ALTER COLUMN secret_hash SET NOT NULL;
