-- Subjects (users, API clients) whose access tokens stop working before they expire: a removed user, a revoked
-- client. Every replica keeps the recent rows in memory, refreshed every few seconds, so checking a token needs no
-- query; tokens issued at or before `revoked_at` are refused. Rows older than the longest access-token lifetime
-- no longer matter and are purged.
CREATE TABLE revoked_subjects (
    subject_id    uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    revoked_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_subjects_recent_idx ON revoked_subjects (revoked_at);
