-- revision: f6c0ffee0006
-- down_revision: e5c0ffee0005
-- message: Number comments from a sequence
-- created: 2024-06-06T09:00:00Z

-- migrate:upgrade
CREATE SEQUENCE comment_numbers;

-- migrate:downgrade
DROP SEQUENCE comment_numbers;
