-- revision: a1b2c3d4e5f6
-- down_revision:

-- migrate:upgrade
CREATE DATABASE feedback_archive;
