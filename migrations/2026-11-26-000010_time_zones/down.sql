ALTER TABLE interviews DROP COLUMN occurred_at_offset_minutes;
ALTER TABLE interviews DROP COLUMN time_zone;
ALTER TABLE candidates DROP COLUMN time_zone;
