DROP TRIGGER stamp_change ON interviews;
DROP TRIGGER stamp_change ON candidates;
DROP TRIGGER stamp_change ON events;
ALTER TABLE interviews DROP COLUMN change_xid, DROP COLUMN change_seq;
ALTER TABLE candidates DROP COLUMN change_xid, DROP COLUMN change_seq;
ALTER TABLE events DROP COLUMN change_xid, DROP COLUMN change_seq;
DROP FUNCTION stamp_change();
DROP SEQUENCE change_seq;
