-- revision: 3b8d11f0c2aa
-- down_revision: 27c6a30d7c24
-- message: add likes
-- created: 2024-06-04T09:00:00Z

-- migrate:upgrade
CREATE TABLE likes (id INTEGER PRIMARY KEY, feedback_id INTEGER NOT NULL);
INSERT INTO likes (id, feedback_id) VALUES (1, 1);

-- migrate:downgrade
DROP TABLE likes;
