-- revision: r_07
-- down_revision: r_06
-- message: Rolling new build, step 7
-- created: 2026-11-22T09:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_07 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_07', 'sql');

-- migrate:downgrade
DROP TABLE t_r_07;
DELETE FROM rel_marks WHERE revision_id = 'r_07';
