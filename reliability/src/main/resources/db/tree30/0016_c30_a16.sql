-- revision: c30_a16
-- down_revision: c30_a15
-- message: Tree30 step 16 (c30_a16)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_c30_a16 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER);
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_a16', 'sql');
INSERT INTO t_c30_a16 (id, v, n) VALUES (16, 'row of c30_a16', 16);

-- migrate:downgrade
DROP TABLE t_c30_a16;
DELETE FROM rel_marks WHERE revision_id = 'c30_a16';
