-- revision: 7a1d4e8b2c59
-- down_revision: e1f3b5a7c9d2
-- branch_labels: likes
-- depends_on:
-- message: Create resource likes
-- created: 2024-06-05T10:00:00Z

-- The likes branch forks from e1f3b5a7c9d2 alongside the comments branch (2f6a9c3e1b84, a Java revision);
-- 5c3e7f9a1d26 merges them.

-- migrate:upgrade
CREATE TABLE resource_likes (
    resource_id BIGINT NOT NULL,
    like_count INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT pk_resource_likes PRIMARY KEY (resource_id),
    CONSTRAINT fk_resource_likes_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
);

-- migrate:downgrade
DROP TABLE resource_likes;
