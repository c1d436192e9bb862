-- revision: aa00000000a1
-- down_revision:
-- message: Create notes

-- migrate:upgrade
CREATE TABLE notes (id BIGINT NOT NULL PRIMARY KEY, body VARCHAR(200));

-- migrate:downgrade
DROP TABLE notes;
