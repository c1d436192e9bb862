-- revision: k50_45
-- down_revision: k50_44
-- message: Tree50 step 45
-- created: 2026-11-21T08:00:00Z

-- migrate:upgrade
CREATE TABLE t_k50_45 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50));
INSERT INTO rel_marks (revision_id, applied_by) VALUES ('k50_45', 'sql');
CREATE INDEX ix_k50_45 ON t_k50_45 (v);

-- migrate:downgrade
DROP TABLE t_k50_45;
DELETE FROM rel_marks WHERE revision_id = 'k50_45';
