ALTER TABLE webhook_deliveries
    ALTER COLUMN status TYPE text,
    ADD CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('pending', 'succeeded', 'failed', 'retrying'));
ALTER TABLE events
    ALTER COLUMN type TYPE text,
    ADD CONSTRAINT events_type_check CHECK (type IN (
        'candidate.created', 'candidate.updated', 'candidate.deleted', 'interview.created', 'interview.updated',
        'interview.deleted', 'gaffe.created', 'gaffe.updated', 'gaffe.deleted', 'recovery_plan.created',
        'recovery_plan.step_updated', 'recovery_plan.step_due', 'ping'));
ALTER TABLE plan_steps
    ALTER COLUMN kind TYPE text,
    ALTER COLUMN status TYPE text,
    ADD CONSTRAINT plan_steps_kind_known CHECK (kind IN (
        'cool_off', 'review', 'follow_up_note', 'reference_tip_off', 'second_interview_request', 'lessons')),
    ADD CONSTRAINT plan_steps_status_check CHECK (status IN ('pending', 'done', 'skipped'));
ALTER TABLE recovery_plans
    ALTER COLUMN tone TYPE text,
    ALTER COLUMN locale TYPE text,
    ADD CONSTRAINT recovery_plans_tone_known CHECK (tone IN ('formal', 'warm')),
    ADD CONSTRAINT recovery_plans_locale_known CHECK (locale IN ('en', 'fr-CA'));
ALTER TABLE lessons
    ALTER COLUMN kind TYPE text,
    ADD CONSTRAINT lessons_kind_known CHECK (kind IN (
        'wrong_interviewer_name', 'inappropriate_attire', 'salary_blank', 'inappropriate_question',
        'weak_behavioral_answer', 'late', 'omitted_key_experience', 'misread_body_language', 'technical_blank',
        'rambling', 'badmouthed_employer', 'no_questions_asked', 'technical_failure', 'factual_error_about_company',
        'unclear_on_role'));
ALTER TABLE gaffes
    ALTER COLUMN kind TYPE text,
    ALTER COLUMN noticed TYPE text,
    ALTER COLUMN moment TYPE text,
    ADD CONSTRAINT gaffes_kind_known CHECK (kind IN (
        'wrong_interviewer_name', 'inappropriate_attire', 'salary_blank', 'inappropriate_question',
        'weak_behavioral_answer', 'late', 'omitted_key_experience', 'misread_body_language', 'technical_blank',
        'rambling', 'badmouthed_employer', 'no_questions_asked', 'technical_failure', 'factual_error_about_company',
        'unclear_on_role')),
    ADD CONSTRAINT gaffes_noticed_known CHECK (noticed IN ('certain', 'likely', 'unsure', 'unlikely')),
    ADD CONSTRAINT gaffes_moment_known CHECK (moment IN ('arrival', 'opening', 'mid', 'closing', 'after'));
ALTER TABLE interviews
    ALTER COLUMN stage TYPE text,
    ALTER COLUMN format TYPE text,
    ALTER COLUMN outcome TYPE text,
    ALTER COLUMN employer_interest TYPE text,
    ADD CONSTRAINT interviews_stage_known CHECK (stage IN (
        'screening', 'technical', 'behavioral', 'case_study', 'panel', 'final', 'other')),
    ADD CONSTRAINT interviews_format_known CHECK (format IN ('phone', 'video', 'onsite')),
    ADD CONSTRAINT interviews_outcome_known CHECK (outcome IN (
        'pending', 'advanced', 'offer', 'rejected', 'withdrawn', 'no_response')),
    ADD CONSTRAINT interviews_employer_interest_known
        CHECK (employer_interest IN ('strong', 'neutral', 'weak', 'unknown'));

DROP DOMAIN rebound_delivery_status;
DROP DOMAIN rebound_event_type;
DROP DOMAIN rebound_step_status;
DROP DOMAIN rebound_step_kind;
DROP DOMAIN rebound_locale;
DROP DOMAIN rebound_note_tone;
DROP DOMAIN rebound_gaffe_moment;
DROP DOMAIN rebound_gaffe_noticed;
DROP DOMAIN rebound_gaffe_kind;
DROP DOMAIN rebound_employer_interest;
DROP DOMAIN rebound_interview_outcome;
DROP DOMAIN rebound_interview_format;
DROP DOMAIN rebound_interview_stage;
