-- revision: cccc00000003
-- down_revision: aaaa00000001
-- depends_on: bbbb00000002
-- message: needs other

-- migrate:upgrade
CREATE TABLE c (id INTEGER);

-- migrate:downgrade
DROP TABLE c;
