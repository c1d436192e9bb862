-- revision: e1f3b5a7c9d2
-- down_revision: c5e2a8f1d907
-- message: Count the comments on each utilization
-- created: 2024-06-04T09:00:00Z

-- migrate:upgrade
ALTER TABLE utilizations ADD COLUMN comment_count INTEGER DEFAULT 0 NOT NULL;

-- migrate:downgrade
ALTER TABLE utilizations DROP COLUMN comment_count;
