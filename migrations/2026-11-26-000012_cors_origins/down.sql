DROP TABLE cors_origins;
