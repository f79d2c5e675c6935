-- Recovery plans: immutable snapshots of what the plan rules made of one interview version, the steps the candidate
-- ticks off (only a step's status changes), and the lessons each plan leaves for the candidate's next interview.
-- Every row carries workspace_id: every query filters on it.

CREATE TABLE recovery_plans (
    id                 uuid PRIMARY KEY,
    workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    interview_id       uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    candidate_id       uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    -- The interview version (and so the gaffes) the plan was made from.
    interview_version  integer NOT NULL,
    rules_version      text NOT NULL,
    model_version      text NOT NULL,
    tone               text NOT NULL,
    -- The scoring model's assessment the plan was based on, as it was then.
    assessment         jsonb NOT NULL,
    -- The step kinds the rules left out, each with its reason.
    omitted            jsonb NOT NULL DEFAULT '[]',
    encouragement      text,
    created_at         timestamptz NOT NULL DEFAULT now()
);
-- Newest-first keyset pagination of an interview's plans (ids are time-ordered UUIDv7).
CREATE INDEX recovery_plans_interview_idx ON recovery_plans (workspace_id, interview_id, id DESC);
-- Each interview's newest plan for a candidate's insights; also serves the candidate foreign key.
CREATE INDEX recovery_plans_candidate_idx ON recovery_plans (candidate_id, interview_id, id DESC);
-- Serves the interview foreign key (ON DELETE CASCADE looks plans up by interview alone).
CREATE INDEX recovery_plans_interview_fk_idx ON recovery_plans (interview_id);

CREATE TABLE plan_steps (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    plan_id       uuid NOT NULL REFERENCES recovery_plans (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    kind          text NOT NULL,
    title         text NOT NULL,
    what_to_do    text NOT NULL,
    why           jsonb NOT NULL DEFAULT '[]',
    due_at        timestamptz NOT NULL,
    draft         text,
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'skipped')),
    version       integer NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX plan_steps_plan_idx ON plan_steps (plan_id, position);

CREATE TABLE lessons (
    id            uuid PRIMARY KEY,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    candidate_id  uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    interview_id  uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    plan_id       uuid NOT NULL REFERENCES recovery_plans (id) ON DELETE CASCADE,
    gaffe_kind    text NOT NULL,
    prevention    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lessons_candidate_idx ON lessons (candidate_id);
-- A plan's lessons are read with the plan, and deleted with it.
CREATE INDEX lessons_plan_idx ON lessons (plan_id);
-- Serves the interview foreign key.
CREATE INDEX lessons_interview_idx ON lessons (interview_id);
