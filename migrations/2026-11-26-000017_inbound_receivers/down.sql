DROP TABLE inbound_deliveries;
DROP TABLE inbound_receivers;
