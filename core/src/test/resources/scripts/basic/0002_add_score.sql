-- revision: 2a8c621c22c8
-- down_revision: 1a2b3c4d5e6f
-- message: Add score

-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN score INTEGER;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN score;
