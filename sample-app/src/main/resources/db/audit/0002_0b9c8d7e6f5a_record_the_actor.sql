-- revision: 0b9c8d7e6f5a
-- down_revision: f1a2b3c4d5e6
-- branch_labels:
-- depends_on:
-- message: Record who did it
-- created: 2024-07-02T09:00:00Z

-- migrate:upgrade
ALTER TABLE audit_log ADD COLUMN actor VARCHAR(100);

-- migrate:downgrade
ALTER TABLE audit_log DROP COLUMN actor;
