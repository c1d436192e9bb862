-- revision: ae1027a6acf0
-- down_revision: 1975ea83b712
-- message: add email to account
-- created: 2024-06-02T10:00:00Z

-- migrate:upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(100);

-- migrate:downgrade
ALTER TABLE account DROP COLUMN email;
