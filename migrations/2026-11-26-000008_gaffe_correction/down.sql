ALTER TABLE gaffes
    DROP CONSTRAINT gaffes_correction_on_factual_errors,
    DROP CONSTRAINT gaffes_correction_complete,
    DROP COLUMN correction_correct,
    DROP COLUMN correction_said;
