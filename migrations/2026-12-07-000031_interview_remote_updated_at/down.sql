ALTER TABLE interviews DROP COLUMN remote_updated_at;
