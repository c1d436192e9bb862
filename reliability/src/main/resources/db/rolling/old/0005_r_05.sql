-- revision: r_05
-- down_revision: r_04
-- message: Rolling old build, step 5
-- created: 2026-11-22T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_05 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_05', 'sql');

-- migrate:downgrade
DROP TABLE t_r_05;
DELETE FROM rel_marks WHERE revision_id = 'r_05';
