-- revision: c30_03
-- down_revision: c30_02
-- message: Tree30 step 3 (c30_03)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_03 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_03', 'sql');
INSERT INTO t_c30_03 (id, v, n) VALUES (3, 'row of c30_03', 3);

-- migrate:downgrade
DROP TABLE t_c30_03;
DELETE FROM rel_marks WHERE revision_id = 'c30_03';
