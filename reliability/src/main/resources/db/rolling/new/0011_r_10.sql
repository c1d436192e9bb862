-- revision: r_10
-- down_revision: r_09a, r_09b
-- message: Rolling new build, step 10: merge the branches
-- created: 2026-11-22T09:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_10 (id INTEGER NOT NULL PRIMARY KEY, branches INTEGER);
INSERT INTO t_r_10 (id, branches) SELECT 10, (SELECT COUNT(*) FROM t_r_09a) + (SELECT COUNT(*) FROM t_r_09b);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_10', 'sql');

-- migrate:downgrade
DROP TABLE t_r_10;
DELETE FROM rel_marks WHERE revision_id = 'r_10';
