-- Issue #9: every interview insert ran three foreign-key checks, each a `SELECT … FOR KEY SHARE` in PostgreSQL
-- (`AfterTriggerEndQuery` in the create's profile). The composite key of migration 15, (workspace_id,
-- candidate_id) → candidates (workspace_id, id) ON DELETE CASCADE, already implies the other two: the candidate
-- exists, and its workspace does (candidates.workspace_id references workspaces, cascading). Deleting a workspace
-- or a candidate still removes its interviews, through that key.
ALTER TABLE interviews DROP CONSTRAINT interviews_workspace_id_fkey;
ALTER TABLE interviews DROP CONSTRAINT interviews_candidate_id_fkey;
