-- Enum columns typed by domains instead of table CHECK constraints (#18). A call-graph profile of PostgreSQL's
-- backends under the recovery-plan write load put ExecConstraints at ~6 % of their CPU, ~3.6 % of it in
-- stringToNode: a table's CHECK expressions are read back from their stored text and planned again for every
-- statement that writes the table, and most of ours were these value lists (gaffe kinds: 15 values). A domain's
-- constraints are parsed once per backend and kept in its type cache. Same values, same refusal of any other value
-- on write; the multi-column CHECKs (gaffes_correction_on_factual_errors reads kind) stay table constraints.
-- Columns written only on the cold paths (users.role, revocations.kind, api_clients, …) keep their CHECK.

-- 1. The domains, first without their constraint: on PostgreSQL 15 changing a column's type to a domain WITH a
--    CHECK rewrites the whole table and every index on it; to one without, it is a relabelling (only the partial
--    indexes whose predicate reads the column are rebuilt). The constraints come in step 3, which checks the
--    stored values with one scan instead.
CREATE DOMAIN rebound_interview_stage AS text;
CREATE DOMAIN rebound_interview_format AS text;
CREATE DOMAIN rebound_interview_outcome AS text;
CREATE DOMAIN rebound_employer_interest AS text;
CREATE DOMAIN rebound_gaffe_kind AS text;
CREATE DOMAIN rebound_gaffe_noticed AS text;
CREATE DOMAIN rebound_gaffe_moment AS text;
CREATE DOMAIN rebound_note_tone AS text;
CREATE DOMAIN rebound_locale AS text;
CREATE DOMAIN rebound_step_kind AS text;
CREATE DOMAIN rebound_step_status AS text;
CREATE DOMAIN rebound_event_type AS text;
CREATE DOMAIN rebound_delivery_status AS text;

-- 2. The columns take the domains and lose their table CHECKs (dropped before the type changes, so they are not
--    rebuilt and checked again on the way).
ALTER TABLE interviews
    DROP CONSTRAINT interviews_stage_known,
    DROP CONSTRAINT interviews_format_known,
    DROP CONSTRAINT interviews_outcome_known,
    DROP CONSTRAINT interviews_employer_interest_known,
    ALTER COLUMN stage TYPE rebound_interview_stage,
    ALTER COLUMN format TYPE rebound_interview_format,
    ALTER COLUMN outcome TYPE rebound_interview_outcome,
    ALTER COLUMN employer_interest TYPE rebound_employer_interest;
ALTER TABLE gaffes
    DROP CONSTRAINT gaffes_kind_known,
    DROP CONSTRAINT gaffes_noticed_known,
    DROP CONSTRAINT gaffes_moment_known,
    ALTER COLUMN kind TYPE rebound_gaffe_kind,
    ALTER COLUMN noticed TYPE rebound_gaffe_noticed,
    ALTER COLUMN moment TYPE rebound_gaffe_moment;
ALTER TABLE lessons
    DROP CONSTRAINT lessons_kind_known,
    ALTER COLUMN kind TYPE rebound_gaffe_kind;
ALTER TABLE recovery_plans
    DROP CONSTRAINT recovery_plans_tone_known,
    DROP CONSTRAINT recovery_plans_locale_known,
    ALTER COLUMN tone TYPE rebound_note_tone,
    ALTER COLUMN locale TYPE rebound_locale;
ALTER TABLE plan_steps
    DROP CONSTRAINT plan_steps_kind_known,
    DROP CONSTRAINT plan_steps_status_check,
    ALTER COLUMN kind TYPE rebound_step_kind,
    ALTER COLUMN status TYPE rebound_step_status;
ALTER TABLE events
    DROP CONSTRAINT events_type_check,
    ALTER COLUMN type TYPE rebound_event_type;
ALTER TABLE webhook_deliveries
    DROP CONSTRAINT webhook_deliveries_status_check,
    ALTER COLUMN status TYPE rebound_delivery_status;

-- 3. The allowed values, exactly the lists of the constraints dropped above (the wire names of the Rust enums; a
--    test compares each domain's list with its enum and checks these columns stay domain-typed).
ALTER DOMAIN rebound_interview_stage ADD CONSTRAINT rebound_interview_stage_known CHECK (VALUE IN (
    'screening', 'technical', 'behavioral', 'case_study', 'panel', 'final', 'other'));
ALTER DOMAIN rebound_interview_format ADD CONSTRAINT rebound_interview_format_known CHECK (VALUE IN (
    'phone', 'video', 'onsite'));
ALTER DOMAIN rebound_interview_outcome ADD CONSTRAINT rebound_interview_outcome_known CHECK (VALUE IN (
    'pending', 'advanced', 'offer', 'rejected', 'withdrawn', 'no_response'));
ALTER DOMAIN rebound_employer_interest ADD CONSTRAINT rebound_employer_interest_known CHECK (VALUE IN (
    'strong', 'neutral', 'weak', 'unknown'));
ALTER DOMAIN rebound_gaffe_kind ADD CONSTRAINT rebound_gaffe_kind_known CHECK (VALUE IN (
    'wrong_interviewer_name', 'inappropriate_attire', 'salary_blank', 'inappropriate_question',
    'weak_behavioral_answer', 'late', 'omitted_key_experience', 'misread_body_language', 'technical_blank',
    'rambling', 'badmouthed_employer', 'no_questions_asked', 'technical_failure', 'factual_error_about_company',
    'unclear_on_role'));
ALTER DOMAIN rebound_gaffe_noticed ADD CONSTRAINT rebound_gaffe_noticed_known CHECK (VALUE IN (
    'certain', 'likely', 'unsure', 'unlikely'));
ALTER DOMAIN rebound_gaffe_moment ADD CONSTRAINT rebound_gaffe_moment_known CHECK (VALUE IN (
    'arrival', 'opening', 'mid', 'closing', 'after'));
ALTER DOMAIN rebound_note_tone ADD CONSTRAINT rebound_note_tone_known CHECK (VALUE IN ('formal', 'warm'));
ALTER DOMAIN rebound_locale ADD CONSTRAINT rebound_locale_known CHECK (VALUE IN ('en', 'fr-CA'));
ALTER DOMAIN rebound_step_kind ADD CONSTRAINT rebound_step_kind_known CHECK (VALUE IN (
    'cool_off', 'review', 'follow_up_note', 'reference_tip_off', 'second_interview_request', 'lessons'));
ALTER DOMAIN rebound_step_status ADD CONSTRAINT rebound_step_status_known CHECK (VALUE IN (
    'pending', 'done', 'skipped'));
ALTER DOMAIN rebound_event_type ADD CONSTRAINT rebound_event_type_known CHECK (VALUE IN (
    'candidate.created', 'candidate.updated', 'candidate.deleted', 'interview.created', 'interview.updated',
    'interview.deleted', 'gaffe.created', 'gaffe.updated', 'gaffe.deleted', 'recovery_plan.created',
    'recovery_plan.step_updated', 'recovery_plan.step_due', 'ping'));
ALTER DOMAIN rebound_delivery_status ADD CONSTRAINT rebound_delivery_status_known CHECK (VALUE IN (
    'pending', 'succeeded', 'failed', 'retrying'));
