-- A plan's write made lighter for PostgreSQL (#18), after a call-graph profile of its backends under the plan load:
-- foreign-key checks were 10 % of their CPU, moving large values out to TOAST 10 %.
--
-- (Parsing the jsonb parameters was another 9 %: the documents only ever served back whole would be cheaper as
-- `json`. Not here: the release before this one reads them as jsonb's binary form and would fail on `json` columns
-- while a rolling deploy still runs it. This release reads both forms, so the release after it can change them.)

-- 1. Large values stay in the row. With the default target (~2 KB) a plan's event was compressed AND moved out to
--    the TOAST table (three chunk rows and their index entries per event); a target of a whole page keeps a row up
--    to ~8 KB as it is and compresses a larger one in place.
ALTER TABLE events SET (toast_tuple_target = 8160);
ALTER TABLE recovery_plans SET (toast_tuple_target = 8160);
ALTER TABLE idempotency_keys SET (toast_tuple_target = 8160);

-- 2. A plan's own keys to its workspace and candidate checked again what its interview's key already implies: the
--    service takes both from the interview row, and the plan goes with its interview (ON DELETE CASCADE), which goes
--    with its candidate, which goes with its workspace.
ALTER TABLE recovery_plans
    DROP CONSTRAINT recovery_plans_workspace_id_fkey,
    DROP CONSTRAINT recovery_plans_candidate_id_fkey;

-- 3. Steps and lessons are written only in the statement that writes their plan, from the plan's id: their key to
--    the plan re-checked that statement's own work once per row (7 checks for a plan of 5 steps and 2 lessons). What
--    the key still did, removing them with their plan, is a statement trigger now: one delete per table for all the
--    plans a statement removed, however they were removed (directly or by cascade from an interview).
ALTER TABLE plan_steps DROP CONSTRAINT plan_steps_plan_id_fkey;
ALTER TABLE lessons DROP CONSTRAINT lessons_plan_id_fkey;

CREATE FUNCTION rebound_delete_plan_children() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM plan_steps WHERE plan_id IN (SELECT id FROM removed_plans);
    DELETE FROM lessons WHERE plan_id IN (SELECT id FROM removed_plans);
    RETURN NULL;
END;
$$;

CREATE TRIGGER delete_plan_children AFTER DELETE ON recovery_plans
    REFERENCING OLD TABLE AS removed_plans
    FOR EACH STATEMENT EXECUTE FUNCTION rebound_delete_plan_children();
