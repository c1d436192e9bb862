-- revision: k50_41
-- down_revision: k50_40
-- message: Tree50 step 41
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_41 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_41', 'sql');
CREATE INDEX ix_k50_41 ON t_k50_41 (v);

-- migrate:downgrade
DROP TABLE t_k50_41;
DELETE FROM rel_marks WHERE revision_id = 'k50_41';
