-- A version check inside an UPDATE, for writes that read first and then write in one statement without holding a
-- lock in between (a gaffe's create, #18): the interview's version moves with every change to it or its gaffes, so
-- a write that finds the version it read may rely on what it read (the gaffe count, the questions). A version that
-- moved fails the whole statement as a serialization failure (40001), which the service retries from the read.
CREATE FUNCTION rebound_expect_version(current_version integer, expected integer) RETURNS integer
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_version <> expected THEN
        RAISE EXCEPTION 'the row changed since it was read (version %, expected %)', current_version, expected
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN current_version;
END;
$$;
