-- revision: 1a0000000001
-- down_revision:
-- message: Create events

-- migrate:upgrade
CREATE TABLE events (id BIGINT NOT NULL PRIMARY KEY, payload VARCHAR(200), legacy VARCHAR(20));

-- migrate:downgrade
DROP TABLE events;
