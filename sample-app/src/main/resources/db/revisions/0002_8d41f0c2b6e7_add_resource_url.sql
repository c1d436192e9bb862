-- revision: 8d41f0c2b6e7
-- down_revision: 3b7c1e9a2f40
-- message: Add a URL to resources
-- created: 2024-06-02T09:00:00Z

-- migrate:upgrade
ALTER TABLE resources ADD COLUMN url VARCHAR(500);

-- migrate:downgrade
ALTER TABLE resources DROP COLUMN url;
