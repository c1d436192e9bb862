-- revision: b0000000000a
-- down_revision:
-- message: base

-- migrate:upgrade
CREATE TABLE base_table (id INTEGER);

-- migrate:downgrade
DROP TABLE base_table;
