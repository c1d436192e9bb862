-- revision: 27c6a30d7c24
-- down_revision: 1975ea83b712
-- branch_labels: feedback
-- message: create feedback table
-- created: 2024-06-03T09:43:44Z

-- migrate:upgrade
CREATE TABLE feedback (id INTEGER PRIMARY KEY, body VARCHAR(200));

-- migrate:downgrade
DROP TABLE feedback;
