-- revision: head
-- down_revision: 0f9e8d7c6b5a

-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN score INTEGER;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN score;
