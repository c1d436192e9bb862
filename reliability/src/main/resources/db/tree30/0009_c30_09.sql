-- revision: c30_09
-- down_revision: c30_08
-- message: Tree30 step 9 (c30_09)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_09 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_09', 'sql');
INSERT INTO t_c30_09 (id, v, n) VALUES (9, 'row of c30_09', 9);

-- migrate:downgrade
DROP TABLE t_c30_09;
DELETE FROM rel_marks WHERE revision_id = 'c30_09';
