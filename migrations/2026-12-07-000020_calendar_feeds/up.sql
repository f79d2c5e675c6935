-- Calendar feeds: a subscription URL for one recovery plan that calendar apps (Google, Apple, Outlook) poll without
-- a bearer token. The URL carries a random secret; only its SHA-256 is stored, so a leaked table opens no feed.
-- Revoking a feed deletes it: its URL answers 404 from then on. Deleting the plan (or its workspace) deletes its feeds.
CREATE TABLE calendar_feeds (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    interview_id  uuid NOT NULL,
    plan_id       uuid NOT NULL REFERENCES recovery_plans (id) ON DELETE CASCADE,
    secret_hash   text NOT NULL UNIQUE CHECK (char_length(secret_hash) = 64),
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- Serves the plan foreign key (ON DELETE CASCADE) and the count of a plan's feeds.
CREATE INDEX calendar_feeds_plan_idx ON calendar_feeds (plan_id);
