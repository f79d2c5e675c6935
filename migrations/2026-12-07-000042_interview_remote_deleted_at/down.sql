ALTER TABLE interviews DROP COLUMN remote_deleted_at;
