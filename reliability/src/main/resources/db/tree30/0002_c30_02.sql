-- revision: c30_02
-- down_revision: c30_01
-- message: Tree30 step 2 (c30_02)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_02 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_02', 'sql');
INSERT INTO t_c30_02 (id, v, n) VALUES (2, 'row of c30_02', 2);

-- migrate:downgrade
DROP TABLE t_c30_02;
DELETE FROM rel_marks WHERE revision_id = 'c30_02';
