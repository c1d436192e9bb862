-- revision: c30_28
-- down_revision: c30_27
-- message: Tree30 step 28 (c30_28)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_28 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_28', 'sql');
INSERT INTO t_c30_28 (id, v, n) VALUES (28, 'row of c30_28', 28);

-- migrate:downgrade
DROP TABLE t_c30_28;
DELETE FROM rel_marks WHERE revision_id = 'c30_28';
