DROP INDEX recovery_plans_interview_idx;
CREATE INDEX recovery_plans_interview_idx ON recovery_plans (workspace_id, interview_id, id DESC);
CREATE INDEX recovery_plans_interview_fk_idx ON recovery_plans (interview_id);
