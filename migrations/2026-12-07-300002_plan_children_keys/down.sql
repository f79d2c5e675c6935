CREATE INDEX lessons_candidate_idx ON lessons (candidate_id);
CREATE INDEX lessons_interview_idx ON lessons (interview_id);
ALTER TABLE lessons
    ADD CONSTRAINT lessons_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    ADD CONSTRAINT lessons_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidates (id) ON DELETE CASCADE,
    ADD CONSTRAINT lessons_interview_id_fkey FOREIGN KEY (interview_id) REFERENCES interviews (id) ON DELETE CASCADE;
ALTER TABLE plan_steps
    ADD CONSTRAINT plan_steps_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE;
