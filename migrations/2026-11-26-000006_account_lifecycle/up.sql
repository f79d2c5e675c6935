-- Revocation grows from "a subject" to three granularities, all keyed by a UUID that never collides with another:
--   subject  a user or API client: every token issued to it until `revoked_at` (removal, password or role change)
--   session  one sign-in, i.e. a refresh-token family: access tokens carry the family id as `sid` (sign-out)
--   token    one access token, by its `jti` (RFC 7009 revocation of an access token)
ALTER TABLE revoked_subjects RENAME TO revocations;
ALTER TABLE revocations RENAME COLUMN subject_id TO revoked_id;
ALTER INDEX revoked_subjects_recent_idx RENAME TO revocations_recent_idx;
ALTER TABLE revocations ADD COLUMN kind text NOT NULL DEFAULT 'subject'
    CHECK (kind IN ('subject', 'session', 'token'));
ALTER TABLE revocations ALTER COLUMN kind DROP DEFAULT;

-- Secret rotation: the previous secret keeps working until `previous_secret_expires_at`, so an integration can
-- switch over without downtime. Both columns are set together or not at all.
ALTER TABLE api_clients
    ADD COLUMN previous_secret_hash text,
    ADD COLUMN previous_secret_expires_at timestamptz,
    ADD CONSTRAINT api_clients_previous_secret_pair
        CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL));
