-- revision: k50_03
-- down_revision: k50_02
-- message: Tree50 step 3
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_03 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_03', 'sql');
CREATE INDEX ix_k50_03 ON t_k50_03 (v);

-- migrate:downgrade
DROP TABLE t_k50_03;
DELETE FROM rel_marks WHERE revision_id = 'k50_03';
