-- revision: 5e0000000002
-- down_revision: 5e0000000001
-- message: Add a note to orders

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN note VARCHAR(100);

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN note;
