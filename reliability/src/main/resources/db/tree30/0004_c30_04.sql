-- revision: c30_04
-- down_revision: c30_03
-- message: Tree30 step 4 (c30_04)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_04 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_04', 'sql');
INSERT INTO t_c30_04 (id, v, n) VALUES (4, 'row of c30_04', 4);

-- migrate:downgrade
DROP TABLE t_c30_04;
DELETE FROM rel_marks WHERE revision_id = 'c30_04';
