-- revision: aaaa00000002
-- down_revision: aaaa00000001
-- message: second

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
