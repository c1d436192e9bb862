-- revision: aaaa00000001
-- down_revision:
-- message: base

-- migrate:upgrade
CREATE TABLE a (id INTEGER);

-- migrate:downgrade
DROP TABLE a;
