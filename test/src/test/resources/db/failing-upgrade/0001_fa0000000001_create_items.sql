-- revision: fa0000000001
-- down_revision:
-- message: Create items

-- migrate:upgrade
CREATE TABLE items (id BIGINT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE items;
