-- Languages (#26). Rebound writes candidate-facing texts in English ('en') or Canadian French ('fr-CA'), BCP 47 tags
-- stored as the API spells them. A workspace has a default language for its new candidates; a candidate has the
-- language their plans are written in; a plan keeps the language it was written in, whatever the candidate's
-- language becomes later. Rows from before this migration were all written in English.
ALTER TABLE workspaces
    ADD COLUMN locale text NOT NULL DEFAULT 'en'
        CONSTRAINT workspaces_locale_known CHECK (locale IN ('en', 'fr-CA'));
ALTER TABLE candidates
    ADD COLUMN locale text NOT NULL DEFAULT 'en'
        CONSTRAINT candidates_locale_known CHECK (locale IN ('en', 'fr-CA'));
ALTER TABLE recovery_plans
    ADD COLUMN locale text NOT NULL DEFAULT 'en'
        CONSTRAINT recovery_plans_locale_known CHECK (locale IN ('en', 'fr-CA'));
