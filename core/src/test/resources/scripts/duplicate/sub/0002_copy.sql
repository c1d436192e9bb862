-- revision: d0d0d0d0d0d0
-- down_revision: 
-- message: copied and never given a new id

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
