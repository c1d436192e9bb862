-- revision: 1975ea83b712
-- down_revision:
-- message: create account table
-- created: 2024-06-01T10:00:00Z

-- migrate:upgrade
CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);

-- migrate:downgrade
DROP TABLE account;
