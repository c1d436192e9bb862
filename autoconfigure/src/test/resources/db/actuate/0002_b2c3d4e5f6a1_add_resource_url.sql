-- revision: b2c3d4e5f6a1
-- down_revision: a1b2c3d4e5f6
-- message: Add a URL to resources

-- migrate:upgrade
ALTER TABLE resources ADD COLUMN url VARCHAR(500);

-- migrate:downgrade
ALTER TABLE resources DROP COLUMN url;
