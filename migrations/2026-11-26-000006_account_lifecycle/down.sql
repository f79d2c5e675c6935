ALTER TABLE api_clients
    DROP CONSTRAINT api_clients_previous_secret_pair,
    DROP COLUMN previous_secret_expires_at,
    DROP COLUMN previous_secret_hash;
DELETE FROM revocations WHERE kind <> 'subject';
ALTER TABLE revocations DROP COLUMN kind;
ALTER INDEX revocations_recent_idx RENAME TO revoked_subjects_recent_idx;
ALTER TABLE revocations RENAME COLUMN revoked_id TO subject_id;
ALTER TABLE revocations RENAME TO revoked_subjects;
