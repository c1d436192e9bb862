-- revision: a1b2c3d4e5f6
-- down_revision:
-- branch_labels: feedback
-- message: Create resources
-- created: 2024-06-01T10:00:00Z

-- migrate:upgrade
CREATE TABLE resources (
    id BIGINT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE resources;
