-- When the ATS last changed an imported interview, as the newest import or delivery applied to it said (Merge's
-- `remote_updated_at`). An import or delivery that says an older time (a stale retry, a replayed capture) is not
-- applied, so it cannot revert a newer change. NULL when no import has said (Greenhouse, manual interviews).
ALTER TABLE interviews ADD COLUMN remote_updated_at timestamptz;
