-- revision: r_09a
-- down_revision: r_08
-- message: Rolling new build, step 9, branch a
-- created: 2026-11-22T09:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_09a (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_09a', 'sql');
INSERT INTO t_r_09a (id, v) VALUES (9, 'branch a');

-- migrate:downgrade
DROP TABLE t_r_09a;
DELETE FROM rel_marks WHERE revision_id = 'r_09a';
