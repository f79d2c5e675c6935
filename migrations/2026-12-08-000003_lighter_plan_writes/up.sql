-- A plan's write made lighter for PostgreSQL (#18), after a call-graph profile of its backends under the plan load:
-- foreign-key checks were 10 % of their CPU, parsing jsonb parameters 9 %, moving large values out to TOAST 10 %.

-- 1. Documents stored to be served back whole are `json`, not `jsonb`. Nothing queries inside them; `jsonb` parsed
--    every one into its binary form on the way in (a plan's event alone is ~9 KB) only for the service to turn it back
--    into text on the way out. `json` checks the text is valid JSON and keeps it as written, in the order the API
--    writes its fields. (Rewrites these tables once; events are kept 90 days.)
ALTER TABLE events ALTER COLUMN data TYPE json USING data::json;
ALTER TABLE recovery_plans
    ALTER COLUMN assessment TYPE json USING assessment::json,
    ALTER COLUMN omitted TYPE json USING omitted::json;
ALTER TABLE plan_steps ALTER COLUMN why TYPE json USING why::json;
ALTER TABLE idempotency_keys ALTER COLUMN response_body TYPE json USING response_body::json;

-- Changing a column's type resets its compression method to the server's default (pglz, unless configured), which
-- undid 2026-12-07-300001's choice of lz4: pglz was 17 % of PostgreSQL's CPU per plan again.
DO $$
BEGIN
    ALTER TABLE events ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE recovery_plans ALTER COLUMN assessment SET COMPRESSION lz4;
    ALTER TABLE idempotency_keys ALTER COLUMN response_body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: large values stay compressed with pglz';
END
$$;

-- 2. Large values stay in the row. With the default target (~2 KB) a plan's event was compressed AND moved out to
--    the TOAST table (three chunk rows and their index entries per event); a target of a whole page keeps a row up
--    to ~8 KB as it is and compresses a larger one in place.
ALTER TABLE events SET (toast_tuple_target = 8160);
ALTER TABLE recovery_plans SET (toast_tuple_target = 8160);
ALTER TABLE idempotency_keys SET (toast_tuple_target = 8160);

-- 3. A plan's own keys to its workspace and candidate checked again what its interview's key already implies: the
--    service takes both from the interview row, and the plan goes with its interview (ON DELETE CASCADE), which goes
--    with its candidate, which goes with its workspace.
ALTER TABLE recovery_plans
    DROP CONSTRAINT recovery_plans_workspace_id_fkey,
    DROP CONSTRAINT recovery_plans_candidate_id_fkey;

-- 4. Steps and lessons are written only in the statement that writes their plan, from the plan's id: their key to
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
