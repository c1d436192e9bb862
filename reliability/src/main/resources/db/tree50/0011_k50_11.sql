-- revision: k50_11
-- down_revision: k50_10
-- message: Tree50 step 11
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_11 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_11', 'sql');
CREATE INDEX ix_k50_11 ON t_k50_11 (v);

-- migrate:downgrade
DROP TABLE t_k50_11;
DELETE FROM rel_marks WHERE revision_id = 'k50_11';
