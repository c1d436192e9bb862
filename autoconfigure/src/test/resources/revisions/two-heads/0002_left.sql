-- revision: b0000000001e
-- down_revision: b0000000000a
-- message: left

-- migrate:upgrade
CREATE TABLE left_table (id INTEGER);

-- migrate:downgrade
DROP TABLE left_table;
