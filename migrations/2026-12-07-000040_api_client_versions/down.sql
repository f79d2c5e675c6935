ALTER TABLE api_clients DROP COLUMN api_version;
