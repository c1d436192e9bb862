-- revision: 7e0000000001
-- down_revision:
-- message: Create people

-- migrate:upgrade
CREATE TABLE people (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100));

-- migrate:downgrade
DROP TABLE people;
