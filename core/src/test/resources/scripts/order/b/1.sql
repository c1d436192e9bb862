-- revision: orderb1
-- down_revision: 
-- message: b/1

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
