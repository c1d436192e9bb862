-- revision: c0ffee000001
-- down_revision: 
-- message: PostgreSQL flavour

-- migrate:upgrade
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- migrate:downgrade
DROP EXTENSION pgcrypto;
