-- Candidates, their interviews and the gaffes made in them. Every row carries workspace_id: every query filters on
-- it, and it is the distribution key should the data ever be sharded.

CREATE TABLE candidates (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    display_name  text NOT NULL,
    email         text,
    -- A job board's or ATS's own id for this person, so it can map its users without storing ours.
    external_id   text,
    -- The candidate-role user who may see this record (at most one record per user).
    user_id       uuid UNIQUE REFERENCES users (id) ON DELETE SET NULL,
    notes         text,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, external_id)
);
CREATE INDEX candidates_workspace_idx ON candidates (workspace_id, id DESC);

CREATE TABLE interviews (
    id                uuid PRIMARY KEY,
    workspace_id      uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    candidate_id      uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    company           text NOT NULL,
    role_title        text NOT NULL,
    stage             text NOT NULL,
    format            text NOT NULL,
    occurred_at       timestamptz NOT NULL,
    duration_minutes  integer,
    -- Small, always read whole with the interview: JSON documents rather than child tables.
    interviewers      jsonb NOT NULL DEFAULT '[]',
    questions         jsonb NOT NULL DEFAULT '[]',
    strengths         jsonb NOT NULL DEFAULT '[]',
    self_rating       smallint NOT NULL CHECK (self_rating BETWEEN 1 AND 5),
    outcome           text NOT NULL,
    notes             text,
    remote_source     text,
    remote_id         text,
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((remote_source IS NULL) = (remote_id IS NULL))
);
-- Newest-first keyset pagination, per workspace and per candidate.
CREATE INDEX interviews_workspace_idx ON interviews (workspace_id, occurred_at DESC, id DESC);
CREATE INDEX interviews_candidate_idx ON interviews (candidate_id, occurred_at DESC, id DESC);
CREATE UNIQUE INDEX interviews_remote_key ON interviews (workspace_id, remote_source, remote_id)
    WHERE remote_source IS NOT NULL;

CREATE TABLE gaffes (
    id                        uuid PRIMARY KEY,
    workspace_id              uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    interview_id              uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    category                  text NOT NULL,
    description               text,
    noticed                   text NOT NULL,
    moment                    text NOT NULL,
    corrected_in_interview    boolean NOT NULL DEFAULT false,
    extenuating_circumstance  text,
    question_index            integer,
    version                   integer NOT NULL DEFAULT 1,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gaffes_interview_idx ON gaffes (interview_id, id);

-- Replays of POSTs that carried an Idempotency-Key: the first response is stored and returned again.
CREATE TABLE idempotency_keys (
    workspace_id    uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- Who sent it: a user's or client's id, so two callers can use the same key independently.
    principal_id    uuid NOT NULL,
    idempotency_key text NOT NULL,
    request_hash    text NOT NULL,
    response_status smallint NOT NULL,
    response_body   jsonb NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, principal_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
