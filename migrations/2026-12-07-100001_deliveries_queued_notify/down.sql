DROP TRIGGER webhook_deliveries_queued ON webhook_deliveries;
DROP FUNCTION notify_deliveries_queued();
