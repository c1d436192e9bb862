-- revision: f1000000000a
-- down_revision:
-- message: Create bar

-- migrate:upgrade
CREATE TABLE bar (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100));

-- migrate:downgrade
DROP TABLE bar;
