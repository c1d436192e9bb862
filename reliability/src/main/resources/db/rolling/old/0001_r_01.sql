-- revision: r_01
-- down_revision: 
-- message: Rolling old build, step 1
-- created: 2026-11-22T08:00:00Z

-- migrate:upgrade
CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100));
CREATE TABLE t_r_01 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('r_01', 'sql');

-- migrate:downgrade
DROP TABLE t_r_01;
DROP TABLE rel_marks;
