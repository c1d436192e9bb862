-- revision: d4c0ffee0004
-- down_revision: b2c0ffee0002
-- branch_labels: comments
-- message: Create comments
-- created: 2024-06-04T09:00:00Z

-- migrate:upgrade
CREATE TABLE comments (
    id BIGINT NOT NULL,
    utilization_id BIGINT NOT NULL,
    body VARCHAR(1000),
    CONSTRAINT pk_comments PRIMARY KEY (id)
);
CREATE INDEX ix_comments_utilization ON comments (utilization_id);

-- migrate:downgrade
DROP TABLE comments;
