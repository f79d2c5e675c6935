-- Time-ordered UUIDv7 ids made by PostgreSQL (15 has no uuidv7()): a random v4 with its first 48 bits replaced by
-- the Unix time in milliseconds and its version nibble turned from 4 to 7. The statement that stores an event and
-- queues its deliveries used to carry 20 ids made in Rust for deliveries that almost never exist; with several
-- creates written as one statement (#18), it would carry 20 per create. Now an id is made only for a delivery queued.
CREATE FUNCTION rebound_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
    SELECT encode(
        set_bit(
            set_bit(
                overlay(uuid_send(gen_random_uuid())
                        PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                        FROM 1 FOR 6),
                52, 1),
            53, 1),
        'hex')::uuid
$$;
