-- revision: c30_08
-- down_revision: c30_07
-- message: Tree30 step 8 (c30_08)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_08 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_08', 'sql');
INSERT INTO t_c30_08 (id, v, n) VALUES (8, 'row of c30_08', 8);

-- migrate:downgrade
DROP TABLE t_c30_08;
DELETE FROM rel_marks WHERE revision_id = 'c30_08';
