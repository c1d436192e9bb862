-- revision: f00000000001
-- down_revision:
-- message: create thing, then fail

-- migrate:upgrade
CREATE TABLE thing (id INTEGER);
INSERT INTO no_such_table (id) VALUES (1);

-- migrate:downgrade
DROP TABLE thing;
