-- Unrated interviews cannot go back to a NOT NULL column without inventing a rating: remove them first.
DELETE FROM interviews WHERE self_rating IS NULL;
ALTER TABLE interviews ALTER COLUMN self_rating SET NOT NULL;
