-- Wakes the delivery workers: a statement that queues deliveries notifies `rebound_deliveries_queued` when its
-- transaction commits, and every replica's worker, listening on a connection of its own, claims at once instead of
-- at its next poll. A statement that queued nothing (an event no endpoint subscribes to) notifies no one, so
-- ordinary writes do not take the commit-time lock NOTIFY needs. The poll stays as the fallback for retries falling
-- due and for notifications a replica missed while its listening connection was down.
CREATE FUNCTION notify_deliveries_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM queued) THEN
        PERFORM pg_notify('rebound_deliveries_queued', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_deliveries_queued
    AFTER INSERT ON webhook_deliveries
    REFERENCING NEW TABLE AS queued
    FOR EACH STATEMENT EXECUTE FUNCTION notify_deliveries_queued();
