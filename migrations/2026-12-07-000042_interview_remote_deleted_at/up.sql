-- When Rebound learnt that the ATS deleted an interview it kept anyway (the candidate logged gaffes or a recovery
-- plan on it, which an import never removes). NULL while the ATS still has it, and for manual interviews.
ALTER TABLE interviews ADD COLUMN remote_deleted_at timestamptz;
