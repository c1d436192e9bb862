-- revision: c30_a11
-- down_revision: c30_10
-- branch_labels: alpha
-- message: Tree30 step 11 (c30_a11)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_a11 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_a11', 'sql');
INSERT INTO t_c30_a11 (id, v, n) VALUES (11, 'row of c30_a11', 11);

-- migrate:downgrade
DROP TABLE t_c30_a11;
DELETE FROM rel_marks WHERE revision_id = 'c30_a11';
