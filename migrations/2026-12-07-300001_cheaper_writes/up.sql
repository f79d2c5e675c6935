-- Cheaper writes (#18), measured by scripts/bench-http.sh's profile of creates and plans.

-- A new row's change position comes from column defaults instead of the PL/pgSQL trigger (about 6 % of
-- PostgreSQL's CPU per create went to running it, twice: the resource and its event). Updates keep the trigger: a
-- default does not apply to them. Same values: the writing transaction's id, then the next sequence number.
ALTER TABLE interviews
    ALTER COLUMN change_xid SET DEFAULT pg_current_xact_id()::text::bigint,
    ALTER COLUMN change_seq SET DEFAULT nextval('change_seq');
ALTER TABLE candidates
    ALTER COLUMN change_xid SET DEFAULT pg_current_xact_id()::text::bigint,
    ALTER COLUMN change_seq SET DEFAULT nextval('change_seq');
ALTER TABLE events
    ALTER COLUMN change_xid SET DEFAULT pg_current_xact_id()::text::bigint,
    ALTER COLUMN change_seq SET DEFAULT nextval('change_seq');

DROP TRIGGER stamp_change ON interviews;
DROP TRIGGER stamp_change ON candidates;
DROP TRIGGER stamp_change ON events;
CREATE TRIGGER stamp_change BEFORE UPDATE ON interviews FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE UPDATE ON candidates FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- The large JSON values (a plan's event carries the whole plan, ~9 KB) are compressed with lz4 rather than pglz:
-- pglz took 8 % of PostgreSQL's CPU per plan. Applies to rows written from now on; a server built without lz4
-- keeps pglz.
DO $$
BEGIN
    ALTER TABLE events ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE recovery_plans ALTER COLUMN assessment SET COMPRESSION lz4;
    ALTER TABLE idempotency_keys ALTER COLUMN response_body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: large values stay compressed with pglz';
END
$$;
