DROP TABLE revoked_subjects;
