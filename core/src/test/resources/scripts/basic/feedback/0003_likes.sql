-- revision: ba229313341d
-- down_revision: 2a8c621c22c8
-- branch_labels: feedback
-- message: Create likes

-- migrate:upgrade
CREATE TABLE likes (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE likes;
