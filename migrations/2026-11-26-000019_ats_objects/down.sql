DROP TABLE ats_objects;
