-- revision: fa0000000002
-- down_revision: fa0000000001
-- message: Add a price to items (to a table that does not exist)

-- migrate:upgrade
ALTER TABLE item ADD COLUMN price INTEGER;

-- migrate:downgrade
ALTER TABLE item DROP COLUMN price;
