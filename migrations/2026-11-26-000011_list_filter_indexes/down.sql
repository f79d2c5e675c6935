DROP INDEX candidates_changed_idx;
DROP INDEX interviews_changed_idx;
DROP INDEX interviews_remote_source_idx;
DROP INDEX interviews_outcome_idx;
DROP INDEX interviews_stage_idx;
DROP INDEX interviews_company_idx;
