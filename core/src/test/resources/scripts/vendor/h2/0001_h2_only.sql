-- revision: c0ffee000002
-- down_revision: 
-- message: H2 flavour

-- migrate:upgrade
CREATE ALIAS IF NOT EXISTS NOW_UTC FOR 'java.time.Instant.now';

-- migrate:downgrade
DROP ALIAS NOW_UTC;
