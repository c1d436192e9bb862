-- revision: a1b2c3d4e5f6
-- down_revision: 0f9e8d7c6b5a
-- message: Add score to utilizations

-- migrate:upgrade
SELECT 1;
SELECT $$abc