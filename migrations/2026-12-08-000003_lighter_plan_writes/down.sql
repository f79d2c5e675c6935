DROP TRIGGER delete_plan_children ON recovery_plans;
DROP FUNCTION rebound_delete_plan_children();
ALTER TABLE lessons ADD CONSTRAINT lessons_plan_id_fkey
    FOREIGN KEY (plan_id) REFERENCES recovery_plans (id) ON DELETE CASCADE;
ALTER TABLE plan_steps ADD CONSTRAINT plan_steps_plan_id_fkey
    FOREIGN KEY (plan_id) REFERENCES recovery_plans (id) ON DELETE CASCADE;
ALTER TABLE recovery_plans
    ADD CONSTRAINT recovery_plans_workspace_id_fkey
        FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    ADD CONSTRAINT recovery_plans_candidate_id_fkey
        FOREIGN KEY (candidate_id) REFERENCES candidates (id) ON DELETE CASCADE;
ALTER TABLE idempotency_keys RESET (toast_tuple_target);
ALTER TABLE recovery_plans RESET (toast_tuple_target);
ALTER TABLE events RESET (toast_tuple_target);
