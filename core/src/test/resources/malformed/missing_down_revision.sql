-- revision: a1b2c3d4e5f6
-- message: Add score

-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN score INTEGER;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN score;
