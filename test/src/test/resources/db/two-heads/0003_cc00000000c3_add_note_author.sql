-- revision: cc00000000c3
-- down_revision: aa00000000a1
-- message: Add an author to notes

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN author VARCHAR(100);

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN author;
