-- revision: ad0000000001
-- down_revision:
-- message: create audit log

-- migrate:upgrade
CREATE TABLE audit_log (id INTEGER NOT NULL, entry VARCHAR(200), CONSTRAINT pk_audit_log PRIMARY KEY (id));

-- migrate:downgrade
DROP TABLE audit_log;
