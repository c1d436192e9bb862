-- revision: b00000000021
-- down_revision: b0000000000a
-- message: right

-- migrate:upgrade
CREATE TABLE right_table (id INTEGER);

-- migrate:downgrade
DROP TABLE right_table;
