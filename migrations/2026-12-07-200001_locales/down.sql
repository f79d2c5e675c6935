ALTER TABLE recovery_plans DROP COLUMN locale;
ALTER TABLE candidates DROP COLUMN locale;
ALTER TABLE workspaces DROP COLUMN locale;
