-- revision: c30_07
-- down_revision: c30_06
-- message: Tree30 step 7 (c30_07)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_07 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_07', 'sql');
INSERT INTO t_c30_07 (id, v, n) VALUES (7, 'row of c30_07', 7);

-- migrate:downgrade
DROP TABLE t_c30_07;
DELETE FROM rel_marks WHERE revision_id = 'c30_07';
