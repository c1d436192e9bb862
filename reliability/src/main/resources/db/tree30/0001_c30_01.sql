-- revision: c30_01
-- down_revision: 
-- message: Tree30 step 1 (c30_01)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100));
CREATE TABLE t_c30_01 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_01', 'sql');
INSERT INTO t_c30_01 (id, v, n) VALUES (1, 'row of c30_01', 1);

-- migrate:downgrade
DROP TABLE t_c30_01;
DROP TABLE rel_marks;
