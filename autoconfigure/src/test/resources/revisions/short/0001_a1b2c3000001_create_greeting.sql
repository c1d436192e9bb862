-- revision: a1b2c3000001
-- down_revision:
-- message: create greeting

-- migrate:upgrade
CREATE TABLE greeting (
    id INTEGER NOT NULL,
    message VARCHAR(100) NOT NULL,
    CONSTRAINT pk_greeting PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE greeting;
