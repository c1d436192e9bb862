-- revision: d3a5b7c9e1f2
-- down_revision: 9c0d7e41a2b3
-- branch_labels:
-- depends_on:
-- message: Index comments by utilization and date
-- created: 2024-06-09T09:00:00Z

-- The same revision exists for each database, in classpath:db/{vendor}.

-- migrate:upgrade
CREATE INDEX ix_utilization_comments_created ON utilization_comments (utilization_id, created_at);

-- migrate:downgrade
DROP INDEX ix_utilization_comments_created;
