-- revision: f2000000000b
-- down_revision: f1000000000a
-- message: Add a code to bar, and index bar by name

-- migrate:upgrade
ALTER TABLE bar ADD COLUMN code VARCHAR(20);
CREATE INDEX ix_foo ON bar (name);

-- migrate:downgrade
ALTER TABLE bar DROP COLUMN code;
