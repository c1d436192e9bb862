-- revision: c30_26
-- down_revision: c30_m25
-- message: Tree30 step 26 (c30_26)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_26 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_26', 'sql');
INSERT INTO t_c30_26 (id, v, n) VALUES (26, 'row of c30_26', 26);

-- migrate:downgrade
DROP TABLE t_c30_26;
DELETE FROM rel_marks WHERE revision_id = 'c30_26';
