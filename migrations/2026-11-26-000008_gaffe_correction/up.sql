-- A factual error's correction, structured so the follow-up note can write it as a sentence: what was said, and what
-- is true. Both or neither; only on factual errors about the company.
ALTER TABLE gaffes
    ADD COLUMN correction_said text,
    ADD COLUMN correction_correct text,
    ADD CONSTRAINT gaffes_correction_complete CHECK ((correction_said IS NULL) = (correction_correct IS NULL)),
    ADD CONSTRAINT gaffes_correction_on_factual_errors CHECK (
        correction_said IS NULL OR kind = 'factual_error_about_company'
    );
