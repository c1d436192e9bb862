-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN score INTEGER;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN score;
