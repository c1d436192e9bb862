-- revision: aaaa00000003
-- down_revision: aaaa00000002
-- reviewed_by: sam

-- migrate:upgrade
SELECT 1;
