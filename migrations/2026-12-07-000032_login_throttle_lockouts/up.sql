-- How many times a key has been locked out since its row was created: a sign-in key (an account and a calling
-- address) is locked for twice as long each time, so one address guessing keeps getting slower. The row, and with it
-- the count, goes once a day has passed without a failure or a lock (`purge_expired`).
ALTER TABLE login_throttle ADD COLUMN lockouts integer NOT NULL DEFAULT 0;
