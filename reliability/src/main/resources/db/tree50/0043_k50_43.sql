-- revision: k50_43
-- down_revision: k50_42
-- message: Tree50 step 43
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_43 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_43', 'sql');
CREATE INDEX ix_k50_43 ON t_k50_43 (v);

-- migrate:downgrade
DROP TABLE t_k50_43;
DELETE FROM rel_marks WHERE revision_id = 'k50_43';
