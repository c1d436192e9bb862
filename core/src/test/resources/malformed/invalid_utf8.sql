-- revision: a1b2c3d4e5f6
-- down_revision: 0f9e8d7c6b5a
-- message: Café scores

-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN score INTEGER;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN score;
