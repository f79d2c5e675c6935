ALTER TABLE interviews ADD CONSTRAINT interviews_workspace_id_fkey
    FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE;
ALTER TABLE interviews ADD CONSTRAINT interviews_candidate_id_fkey
    FOREIGN KEY (candidate_id) REFERENCES candidates (id) ON DELETE CASCADE;
