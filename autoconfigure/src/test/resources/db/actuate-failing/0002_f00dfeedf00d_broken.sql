-- revision: f00dfeedf00d
-- down_revision: a1b2c3d4e5f6
-- message: Half of this runs

-- migrate:upgrade
CREATE TABLE utilizations (id BIGINT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);

-- migrate:downgrade
DROP TABLE utilizations;
