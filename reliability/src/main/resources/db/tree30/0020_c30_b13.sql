-- revision: c30_b13
-- down_revision: c30_b12
-- message: Tree30 step 20 (c30_b13)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_b13 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_b13', 'sql');
INSERT INTO t_c30_b13 (id, v, n) VALUES (20, 'row of c30_b13', 20);

-- migrate:downgrade
DROP TABLE t_c30_b13;
DELETE FROM rel_marks WHERE revision_id = 'c30_b13';
