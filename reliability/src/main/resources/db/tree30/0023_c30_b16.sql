-- revision: c30_b16
-- down_revision: c30_b15
-- message: Tree30 step 23 (c30_b16)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_b16 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_b16', 'sql');
INSERT INTO t_c30_b16 (id, v, n) VALUES (23, 'row of c30_b16', 23);

-- migrate:downgrade
DROP TABLE t_c30_b16;
DELETE FROM rel_marks WHERE revision_id = 'c30_b16';
