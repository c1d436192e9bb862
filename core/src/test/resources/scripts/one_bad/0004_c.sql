-- revision: aaaa00000004
-- down_revision: aaaa00000002
-- message: third

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
