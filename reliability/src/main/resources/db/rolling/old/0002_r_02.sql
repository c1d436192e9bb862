-- revision: r_02
-- down_revision: r_01
-- message: Rolling old build, step 2
-- created: 2026-11-22T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_02 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_02', 'sql');

-- migrate:downgrade
DROP TABLE t_r_02;
DELETE FROM rel_marks WHERE revision_id = 'r_02';
