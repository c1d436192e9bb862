-- revision: k50_38
-- down_revision: k50_37
-- message: Tree50 step 38
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_38 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_38', 'sql');
CREATE INDEX ix_k50_38 ON t_k50_38 (v);

-- migrate:downgrade
DROP TABLE t_k50_38;
DELETE FROM rel_marks WHERE revision_id = 'k50_38';
