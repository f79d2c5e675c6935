ALTER TABLE refresh_tokens DROP COLUMN api_client_id;
