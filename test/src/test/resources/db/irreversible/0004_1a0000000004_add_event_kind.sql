-- revision: 1a0000000004
-- down_revision: 1a0000000003
-- message: Add a kind to events

-- migrate:upgrade
ALTER TABLE events ADD COLUMN kind VARCHAR(20);

-- migrate:downgrade
ALTER TABLE events DROP COLUMN kind;
