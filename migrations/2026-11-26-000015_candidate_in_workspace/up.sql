-- An interview's candidate must be in the interview's workspace, enforced by the database: a composite foreign key.
-- Besides defending tenancy below the application, it lets logging an interview skip the lookup of its candidate
-- (one round trip less on every create): a candidate of another workspace, or none, fails the insert instead.
ALTER TABLE candidates ADD CONSTRAINT candidates_workspace_id_id_key UNIQUE (workspace_id, id);
ALTER TABLE interviews ADD CONSTRAINT interviews_candidate_in_workspace_fkey
    FOREIGN KEY (workspace_id, candidate_id) REFERENCES candidates (workspace_id, id) ON DELETE CASCADE;
