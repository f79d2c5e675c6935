-- How interested the employer seemed in the candidate before things went wrong, as the candidate or their coach
-- judges it. The recovery plan only suggests asking for a second interview when this is 'strong': the stage of the
-- interview alone says nothing about whether they were leaning towards the candidate. Existing interviews become
-- 'unknown', which is what nobody having said anything means.
ALTER TABLE interviews
    ADD COLUMN employer_interest text NOT NULL DEFAULT 'unknown'
        CONSTRAINT interviews_employer_interest_known
            CHECK (employer_interest IN ('strong', 'neutral', 'weak', 'unknown'));
