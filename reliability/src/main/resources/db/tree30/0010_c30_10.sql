-- revision: c30_10
-- down_revision: c30_09
-- message: Tree30 step 10 (c30_10)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_10 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_10', 'sql');
INSERT INTO t_c30_10 (id, v, n) VALUES (10, 'row of c30_10', 10);

-- migrate:downgrade
DROP TABLE t_c30_10;
DELETE FROM rel_marks WHERE revision_id = 'c30_10';
