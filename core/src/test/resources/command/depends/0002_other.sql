-- revision: bbbb00000002
-- down_revision:
-- branch_labels: other
-- message: other base

-- migrate:upgrade
CREATE TABLE b (id INTEGER);

-- migrate:downgrade
DROP TABLE b;
