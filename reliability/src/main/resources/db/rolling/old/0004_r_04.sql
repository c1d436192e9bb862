-- revision: r_04
-- down_revision: r_03
-- message: Rolling old build, step 4
-- created: 2026-11-22T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_r_04 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_04', 'sql');

-- migrate:downgrade
DROP TABLE t_r_04;
DELETE FROM rel_marks WHERE revision_id = 'r_04';
