-- One name for the gaffe concept ("kind") in storage as in the API, and a CHECK constraint on every column that
-- stores an enum, so a value this build cannot read is refused on write instead of surfacing as a 500 on read.
-- The lists are the wire names of the Rust enums (src/domain, src/auth); a test compares each constraint with
-- its enum, so adding a variant without a migration fails the build's tests.

ALTER TABLE gaffes RENAME COLUMN category TO kind;
ALTER TABLE lessons RENAME COLUMN gaffe_kind TO kind;

ALTER TABLE interviews
    ADD CONSTRAINT interviews_stage_known CHECK (stage IN (
        'screening', 'technical', 'behavioral', 'case_study', 'panel', 'final', 'other')),
    ADD CONSTRAINT interviews_format_known CHECK (format IN ('phone', 'video', 'onsite')),
    ADD CONSTRAINT interviews_outcome_known CHECK (outcome IN (
        'pending', 'advanced', 'offer', 'rejected', 'withdrawn', 'no_response'));

ALTER TABLE gaffes
    ADD CONSTRAINT gaffes_kind_known CHECK (kind IN (
        'wrong_interviewer_name', 'inappropriate_attire', 'salary_blank', 'inappropriate_question',
        'weak_behavioral_answer', 'late', 'omitted_key_experience', 'misread_body_language', 'technical_blank',
        'rambling', 'badmouthed_employer', 'no_questions_asked', 'technical_failure', 'factual_error_about_company',
        'unclear_on_role')),
    ADD CONSTRAINT gaffes_noticed_known CHECK (noticed IN ('certain', 'likely', 'unsure', 'unlikely')),
    ADD CONSTRAINT gaffes_moment_known CHECK (moment IN ('arrival', 'opening', 'mid', 'closing', 'after'));

ALTER TABLE lessons
    ADD CONSTRAINT lessons_kind_known CHECK (kind IN (
        'wrong_interviewer_name', 'inappropriate_attire', 'salary_blank', 'inappropriate_question',
        'weak_behavioral_answer', 'late', 'omitted_key_experience', 'misread_body_language', 'technical_blank',
        'rambling', 'badmouthed_employer', 'no_questions_asked', 'technical_failure', 'factual_error_about_company',
        'unclear_on_role'));

ALTER TABLE recovery_plans
    ADD CONSTRAINT recovery_plans_tone_known CHECK (tone IN ('formal', 'warm'));

ALTER TABLE plan_steps
    ADD CONSTRAINT plan_steps_kind_known CHECK (kind IN (
        'cool_off', 'review', 'follow_up_note', 'reference_tip_off', 'second_interview_request', 'lessons'));

ALTER TABLE api_clients
    ADD CONSTRAINT api_clients_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write']::text[]);

ALTER TABLE refresh_tokens
    ADD CONSTRAINT refresh_tokens_scopes_known CHECK (
        scopes <@ ARRAY['interviews:read', 'interviews:write', 'plans:write', 'admin']::text[]);
