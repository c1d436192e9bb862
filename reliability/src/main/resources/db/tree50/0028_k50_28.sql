-- revision: k50_28
-- down_revision: k50_27
-- message: Tree50 step 28
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_28 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_28', 'sql');
CREATE INDEX ix_k50_28 ON t_k50_28 (v);

-- migrate:downgrade
DROP TABLE t_k50_28;
DELETE FROM rel_marks WHERE revision_id = 'k50_28';
