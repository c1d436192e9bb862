-- revision: a1b2c3d4e5f6
-- down_revision:
-- message: Create resources

-- migrate:upgrade
CREATE TABLE resources (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE resources;
