ALTER TABLE interviews DROP COLUMN employer_interest;
