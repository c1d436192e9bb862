-- revision: c30_m25
-- down_revision: c30_a17, c30_b17
-- message: Tree30 step 25 (c30_m25)
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('c30_m25', 'sql');
CREATE TABLE t_c30_m25 (id INTEGER NOT NULL PRIMARY KEY, a_count INTEGER, b_count INTEGER);
INSERT INTO t_c30_m25 (id, a_count, b_count) SELECT 1, (SELECT COUNT(*) FROM t_c30_a17), (SELECT COUNT(*) FROM t_c30_b17);

-- migrate:downgrade
DROP TABLE t_c30_m25;
DELETE FROM rel_marks WHERE revision_id = 'c30_m25';
