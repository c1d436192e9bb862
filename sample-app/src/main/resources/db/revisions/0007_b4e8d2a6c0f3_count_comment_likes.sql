-- revision: b4e8d2a6c0f3
-- down_revision: 7a1d4e8b2c59
-- branch_labels:
-- depends_on: 2f6a9c3e1b84
-- message: Count the likes of each comment
-- created: 2024-06-06T09:00:00Z

-- On the likes branch, but it alters the table the comments branch creates: depends_on makes sure
-- 2f6a9c3e1b84 is applied first (`upgrade likes@head` applies it too) without making it a parent.

-- migrate:upgrade
ALTER TABLE utilization_comments ADD COLUMN like_count INTEGER DEFAULT 0 NOT NULL;

-- migrate:downgrade
ALTER TABLE utilization_comments DROP COLUMN like_count;
