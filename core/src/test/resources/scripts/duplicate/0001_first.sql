-- revision: d0d0d0d0d0d0
-- down_revision: 
-- message: first

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
