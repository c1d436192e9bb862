-- revision: d3a5b7c9e1f2
-- down_revision: 9c0d7e41a2b3
-- branch_labels:
-- depends_on:
-- message: Index comments by utilization and date
-- created: 2024-06-09T09:00:00Z

-- The same revision exists for each database, in classpath:db/{vendor}. MariaDB builds the index online
-- (ALGORITHM=INPLACE, LOCK=NONE) in an ordinary revision.
--
-- The new index starts with utilization_id, so it serves the foreign key on that column, and MariaDB drops
-- the index it had made for the key by itself. The downgrade must put an index for the key back before it
-- can drop the new one; and an upgrade after such a downgrade drops that index again, so both ways end
-- with the same indexes.

-- migrate:upgrade
CREATE INDEX ix_utilization_comments_created ON utilization_comments (utilization_id, created_at)
    ALGORITHM = INPLACE LOCK = NONE;
DROP INDEX IF EXISTS fk_utilization_comments_utilization ON utilization_comments;

-- migrate:downgrade
CREATE INDEX fk_utilization_comments_utilization ON utilization_comments (utilization_id);
DROP INDEX ix_utilization_comments_created ON utilization_comments;
