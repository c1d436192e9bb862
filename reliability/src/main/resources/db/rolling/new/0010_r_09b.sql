-- revision: r_09b
-- down_revision: r_08
-- message: Rolling new build, step 9, branch b
-- created: 2026-11-22T09:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_09b (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_09b', 'sql');
INSERT INTO t_r_09b (id, v) VALUES (9, 'branch b');

-- migrate:downgrade
DROP TABLE t_r_09b;
DELETE FROM rel_marks WHERE revision_id = 'r_09b';
