-- Change positions for the sync lists (docs/src/job-boards/conventions.md, "Sync"). Every insert or update of an
-- interview, a candidate or an event stamps the row with the id of the transaction writing it (change_xid, as a
-- number: pg_current_xact_id(), 64-bit, never wraps) and a number from one sequence (change_seq, the order of writes
-- within that transaction). A sync list returns rows in (change_xid, change_seq) order and only those whose
-- transaction is older than every transaction still running (change_xid < xmin of the reading statement's
-- snapshot). A transaction still in flight has a change_xid at or above that bound, and every later one a higher
-- one, so nothing can commit behind a position a client has already been given: a row written by a transaction
-- that started before a poll but commits after it is listed by the next poll instead of being skipped.
CREATE SEQUENCE change_seq AS bigint;

CREATE FUNCTION stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    NEW.change_seq := nextval('change_seq');
    RETURN NEW;
END
$$;

ALTER TABLE interviews ADD COLUMN change_xid bigint, ADD COLUMN change_seq bigint;
ALTER TABLE candidates ADD COLUMN change_xid bigint, ADD COLUMN change_seq bigint;
ALTER TABLE events ADD COLUMN change_xid bigint, ADD COLUMN change_seq bigint;

-- Existing rows: one position each, in the order the old sync lists gave them (this transaction's id).
UPDATE interviews SET change_xid = pg_current_xact_id()::text::bigint, change_seq = s.n
    FROM (SELECT id, nextval('change_seq') AS n FROM (SELECT id FROM interviews ORDER BY updated_at, id) o) s
    WHERE interviews.id = s.id;
UPDATE candidates SET change_xid = pg_current_xact_id()::text::bigint, change_seq = s.n
    FROM (SELECT id, nextval('change_seq') AS n FROM (SELECT id FROM candidates ORDER BY updated_at, id) o) s
    WHERE candidates.id = s.id;
UPDATE events SET change_xid = pg_current_xact_id()::text::bigint, change_seq = s.n
    FROM (SELECT id, nextval('change_seq') AS n FROM (SELECT id FROM events ORDER BY created_at, id) o) s
    WHERE events.id = s.id;

ALTER TABLE interviews ALTER COLUMN change_xid SET NOT NULL, ALTER COLUMN change_seq SET NOT NULL;
ALTER TABLE candidates ALTER COLUMN change_xid SET NOT NULL, ALTER COLUMN change_seq SET NOT NULL;
ALTER TABLE events ALTER COLUMN change_xid SET NOT NULL, ALTER COLUMN change_seq SET NOT NULL;

CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON interviews FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON candidates FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON events FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- The sync lists' order, per workspace.
CREATE INDEX interviews_changes ON interviews (workspace_id, change_xid, change_seq);
CREATE INDEX candidates_changes ON candidates (workspace_id, change_xid, change_seq);
CREATE INDEX events_changes ON events (workspace_id, change_xid, change_seq);
