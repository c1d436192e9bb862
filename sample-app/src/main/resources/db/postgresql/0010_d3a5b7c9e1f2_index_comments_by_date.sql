-- revision: d3a5b7c9e1f2
-- down_revision: 9c0d7e41a2b3
-- branch_labels:
-- depends_on:
-- message: Index comments by utilization and date
-- created: 2024-06-09T09:00:00Z
-- transactional: false

-- The same revision exists for each database, in classpath:db/{vendor}: every database gets the index, and
-- PostgreSQL builds it without locking writes to the table. CREATE INDEX CONCURRENTLY cannot run inside a
-- transaction, hence `transactional: false` (if it fails, the index is left INVALID: drop it, then
-- `migrations resolve d3a5b7c9e1f2 --retry`).

-- migrate:upgrade
CREATE INDEX CONCURRENTLY ix_utilization_comments_created ON utilization_comments (utilization_id, created_at);

-- migrate:downgrade
DROP INDEX CONCURRENTLY ix_utilization_comments_created;
