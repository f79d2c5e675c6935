-- The wake-up of the delivery workers (migration 100001) as a row trigger: a statement-level trigger runs for every
-- statement that could queue deliveries, and every create's one statement (#18) can, so each create paid a
-- PL/pgSQL call and a transition table for a queue that is almost always empty. A row trigger runs only for a
-- delivery actually queued; PostgreSQL sends identical notifications of one transaction once, so a statement that
-- queues several still wakes the workers once, at commit.
DROP TRIGGER webhook_deliveries_queued ON webhook_deliveries;
DROP FUNCTION notify_deliveries_queued();

CREATE FUNCTION notify_delivery_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('rebound_deliveries_queued', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_delivery_queued
    AFTER INSERT ON webhook_deliveries
    FOR EACH ROW EXECUTE FUNCTION notify_delivery_queued();
