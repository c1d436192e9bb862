-- revision: order2a
-- down_revision: 
-- message: 2_a

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
