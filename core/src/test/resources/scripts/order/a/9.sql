-- revision: ordera9
-- down_revision: 
-- message: a/9

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
