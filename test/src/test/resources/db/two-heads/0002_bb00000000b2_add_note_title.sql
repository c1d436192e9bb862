-- revision: bb00000000b2
-- down_revision: aa00000000a1
-- message: Add a title to notes

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN title VARCHAR(100);

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN title;
