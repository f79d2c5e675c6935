ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_scopes_known;
ALTER TABLE api_clients DROP CONSTRAINT api_clients_scopes_known;
ALTER TABLE plan_steps DROP CONSTRAINT plan_steps_kind_known;
ALTER TABLE recovery_plans DROP CONSTRAINT recovery_plans_tone_known;
ALTER TABLE lessons DROP CONSTRAINT lessons_kind_known;
ALTER TABLE gaffes
    DROP CONSTRAINT gaffes_kind_known,
    DROP CONSTRAINT gaffes_noticed_known,
    DROP CONSTRAINT gaffes_moment_known;
ALTER TABLE interviews
    DROP CONSTRAINT interviews_stage_known,
    DROP CONSTRAINT interviews_format_known,
    DROP CONSTRAINT interviews_outcome_known;
ALTER TABLE lessons RENAME COLUMN kind TO gaffe_kind;
ALTER TABLE gaffes RENAME COLUMN kind TO category;
