-- revision: c30_06
-- down_revision: c30_05
-- message: Tree30 step 6 (c30_06)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_06 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_06', 'sql');
INSERT INTO t_c30_06 (id, v, n) VALUES (6, 'row of c30_06', 6);

-- migrate:downgrade
DROP TABLE t_c30_06;
DELETE FROM rel_marks WHERE revision_id = 'c30_06';
