-- revision: r_06
-- down_revision: r_05
-- message: Rolling old build, step 6
-- created: 2026-11-22T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_06 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_06', 'sql');

-- migrate:downgrade
DROP TABLE t_r_06;
DELETE FROM rel_marks WHERE revision_id = 'r_06';
