-- revision: k50_36
-- down_revision: k50_35
-- message: Tree50 step 36
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_36 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_36', 'sql');
CREATE INDEX ix_k50_36 ON t_k50_36 (v);

-- migrate:downgrade
DROP TABLE t_k50_36;
DELETE FROM rel_marks WHERE revision_id = 'k50_36';
