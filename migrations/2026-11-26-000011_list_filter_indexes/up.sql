-- Every documented list filter gets an index that starts with (workspace_id, the filtered column) and continues in
-- the list's order, so PostgreSQL reads exactly one page of index entries whatever the workspace's size. Without
-- them a filter that matches little (`?company=` with no match) walked the whole workspace index: 2.9 ms at 10k
-- interviews, 330 ms at 1M. `scripts/bench-http.sh` (BENCH_LISTS=1) prints each list query's plan.
-- Company matches are case-insensitive and exact: lower(company) = lower($1).
CREATE INDEX interviews_company_idx ON interviews (workspace_id, lower(company), occurred_at DESC, id DESC);
CREATE INDEX interviews_stage_idx ON interviews (workspace_id, stage, occurred_at DESC, id DESC);
CREATE INDEX interviews_outcome_idx ON interviews (workspace_id, outcome, occurred_at DESC, id DESC);
CREATE INDEX interviews_remote_source_idx ON interviews (workspace_id, remote_source, occurred_at DESC, id DESC)
    WHERE remote_source IS NOT NULL;
-- The sync order of `updated_after` (oldest change first).
CREATE INDEX interviews_changed_idx ON interviews (workspace_id, updated_at, id);
CREATE INDEX candidates_changed_idx ON candidates (workspace_id, updated_at, id);
