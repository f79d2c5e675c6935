-- An interview imported from an ATS has not been rated by the candidate yet: NULL means "not rated yet" (set it
-- with PATCH /v1/interviews/{id}). The CHECK (1–5) still holds for every rating given.
ALTER TABLE interviews ALTER COLUMN self_rating DROP NOT NULL;
