-- revision: c30_30
-- down_revision: c30_29
-- message: Tree30 step 30 (c30_30)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_30 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_30', 'sql');
INSERT INTO t_c30_30 (id, v, n) VALUES (30, 'row of c30_30', 30);

-- migrate:downgrade
DROP TABLE t_c30_30;
DELETE FROM rel_marks WHERE revision_id = 'c30_30';
