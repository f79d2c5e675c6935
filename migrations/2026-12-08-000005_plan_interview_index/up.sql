-- One index instead of two on a plan's interview (#18: every index is one more insert per plan). The list of an
-- interview's plans filtered (workspace_id, interview_id) ordered by id; the cascade from a deleted interview looked
-- plans up by interview_id alone, so it needed an index of its own. An interview belongs to one workspace, so
-- (interview_id, id DESC) serves both: the list reads the interview's plans newest first and checks the workspace on
-- each row it returns.
DROP INDEX recovery_plans_interview_fk_idx;
DROP INDEX recovery_plans_interview_idx;
CREATE INDEX recovery_plans_interview_idx ON recovery_plans (interview_id, id DESC);
