-- Merge objects (candidates, applications, jobs, users, interview stages) as the workspace's last import or webhook
-- delivery carried them. Merge's webhooks name related objects by id unless expanded, so a delivery about a new or
-- rescheduled interview can only be mapped with the application, candidate, job and interviewers an earlier import
-- brought; they are looked up here. Kept 90 days after they were last seen, like inbound deliveries.
CREATE TABLE ats_objects (
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    source        text NOT NULL CHECK (source IN ('merge')),
    kind          text NOT NULL CHECK (kind IN ('candidate', 'application', 'job', 'user', 'job_interview_stage')),
    -- The vendor's own id for the object (Merge's `id`), which is what references carry.
    object_id     text NOT NULL CHECK (char_length(object_id) BETWEEN 1 AND 300),
    body          jsonb NOT NULL,
    seen_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, source, kind, object_id)
);
CREATE INDEX ats_objects_seen_idx ON ats_objects (seen_at);
