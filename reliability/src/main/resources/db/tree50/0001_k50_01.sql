-- revision: k50_01
-- down_revision: 
-- message: Tree50 step 1
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100));
CREATE TABLE t_k50_01 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_01', 'sql');
CREATE INDEX ix_k50_01 ON t_k50_01 (v);

-- migrate:downgrade
DROP TABLE t_k50_01;
DROP TABLE rel_marks;
