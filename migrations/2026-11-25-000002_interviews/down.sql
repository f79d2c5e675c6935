DROP TABLE idempotency_keys;
DROP TABLE gaffes;
DROP TABLE interviews;
DROP TABLE candidates;
