-- revision: 1a0000000002
-- down_revision: 1a0000000001
-- irreversible: drops the legacy column and the data in it
-- message: Drop the legacy column

-- migrate:upgrade
ALTER TABLE events DROP COLUMN legacy;
