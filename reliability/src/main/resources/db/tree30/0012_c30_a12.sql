-- revision: c30_a12
-- down_revision: c30_a11
-- message: Tree30 step 12 (c30_a12)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_a12 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_a12', 'sql');
INSERT INTO t_c30_a12 (id, v, n) VALUES (12, 'row of c30_a12', 12);

-- migrate:downgrade
DROP TABLE t_c30_a12;
DELETE FROM rel_marks WHERE revision_id = 'c30_a12';
