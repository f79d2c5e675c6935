-- Local time (#10). A candidate may have an IANA time zone (e.g. 'America/New_York'); an interview may override it
-- with its own (an interview in another city). Plan texts say times in that zone. Names are validated by the
-- service against the tz database it is built with, so the column holds only text of a sane length here: a CHECK
-- listing zones would need a migration whenever the tz database changes.
ALTER TABLE candidates
    ADD COLUMN time_zone text
        CONSTRAINT candidates_time_zone_length CHECK (char_length(time_zone) BETWEEN 1 AND 64);
ALTER TABLE interviews
    ADD COLUMN time_zone text
        CONSTRAINT interviews_time_zone_length CHECK (char_length(time_zone) BETWEEN 1 AND 64);
-- The UTC offset, in minutes, that the client wrote `occurred_at` with ('09:00-05:00' is -300), so the API can give
-- the time back as it was sent. `occurred_at` stays the instant (timestamptz). NULL for interviews logged before
-- this migration: those are returned in UTC, as before. RFC 3339 offsets are under 24 hours.
ALTER TABLE interviews
    ADD COLUMN occurred_at_offset_minutes smallint
        CONSTRAINT interviews_occurred_at_offset_range
            CHECK (occurred_at_offset_minutes BETWEEN -1439 AND 1439);
