DROP FUNCTION rebound_uuid_v7();
