-- revision: c30_29
-- down_revision: c30_28
-- message: Tree30 step 29 (c30_29)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_29 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_29', 'sql');
INSERT INTO t_c30_29 (id, v, n) VALUES (29, 'row of c30_29', 29);

-- migrate:downgrade
DROP TABLE t_c30_29;
DELETE FROM rel_marks WHERE revision_id = 'c30_29';
