-- The hand-written job queue of PostgreSQL gave way to River
-- (internal/queue), whose tables rivermigrate creates.
DROP TABLE IF EXISTS jobs;
