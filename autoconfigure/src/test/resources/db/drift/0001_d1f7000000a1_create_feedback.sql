-- revision: d1f7000000a1
-- down_revision:
-- message: create feedback

-- migrate:upgrade
CREATE TABLE feedback (
    id INTEGER NOT NULL,
    message VARCHAR(100) NOT NULL,
    author_name VARCHAR(100),
    PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE feedback;
