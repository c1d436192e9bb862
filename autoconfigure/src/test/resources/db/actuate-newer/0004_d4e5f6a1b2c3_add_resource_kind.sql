-- revision: d4e5f6a1b2c3
-- down_revision: c3d4e5f6a1b2
-- message: Add a kind to resources (a newer build's revision)

-- migrate:upgrade
ALTER TABLE resources ADD COLUMN kind VARCHAR(20);

-- migrate:downgrade
ALTER TABLE resources DROP COLUMN kind;
