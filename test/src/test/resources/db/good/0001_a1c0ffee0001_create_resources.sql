-- revision: a1c0ffee0001
-- down_revision:
-- message: Create resources
-- created: 2024-06-01T09:00:00Z

-- migrate:upgrade
CREATE TABLE resources (
    id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_resources PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE resources;
