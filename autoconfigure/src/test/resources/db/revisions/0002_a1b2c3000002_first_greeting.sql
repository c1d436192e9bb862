-- revision: a1b2c3000002
-- down_revision: a1b2c3000001
-- message: first greeting

-- migrate:upgrade
INSERT INTO greeting (id, message) VALUES (1, 'hello');

-- migrate:downgrade
DELETE FROM greeting WHERE id = 1;
