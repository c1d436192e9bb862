-- revision: c3c0ffee0003
-- down_revision: b2c0ffee0002
-- branch_labels: urls
-- message: Add a URL to resources
-- created: 2024-06-03T09:00:00Z

-- migrate:upgrade
ALTER TABLE resources ADD COLUMN url VARCHAR(500);

-- migrate:downgrade
ALTER TABLE resources DROP COLUMN url;
