-- revision: d1f7000000b1
-- down_revision:
-- message: create feedback with its rating

-- migrate:upgrade
CREATE TABLE feedback (
    id INTEGER NOT NULL,
    message VARCHAR(100) NOT NULL,
    author_name VARCHAR(100),
    rating INTEGER,
    PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE feedback;
