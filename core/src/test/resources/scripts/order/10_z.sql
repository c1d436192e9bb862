-- revision: order10z
-- down_revision: 
-- message: 10_z

-- migrate:upgrade
SELECT 1;

-- migrate:downgrade
SELECT 1;
