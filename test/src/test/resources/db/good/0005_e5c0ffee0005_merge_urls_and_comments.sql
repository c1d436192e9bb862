-- revision: e5c0ffee0005
-- down_revision: c3c0ffee0003, d4c0ffee0004
-- message: Merge urls and comments
-- created: 2024-06-05T09:00:00Z

-- migrate:upgrade

-- migrate:downgrade
