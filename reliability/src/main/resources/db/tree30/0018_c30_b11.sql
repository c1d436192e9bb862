-- revision: c30_b11
-- down_revision: c30_10
-- branch_labels: beta
-- message: Tree30 step 18 (c30_b11)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_b11 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_b11', 'sql');
INSERT INTO t_c30_b11 (id, v, n) VALUES (18, 'row of c30_b11', 18);

-- migrate:downgrade
DROP TABLE t_c30_b11;
DELETE FROM rel_marks WHERE revision_id = 'c30_b11';
