-- revision: k50_09
-- down_revision: k50_08
-- message: Tree50 step 9
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_09 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_09', 'sql');
CREATE INDEX ix_k50_09 ON t_k50_09 (v);

-- migrate:downgrade
DROP TABLE t_k50_09;
DELETE FROM rel_marks WHERE revision_id = 'k50_09';
