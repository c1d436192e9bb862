-- revision: 7f0000000001
-- down_revision:
-- message: Create a mood type and a table using it (the downgrade forgets the type)

-- migrate:upgrade
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE feelings (id BIGINT NOT NULL PRIMARY KEY, current_mood mood);

-- migrate:downgrade
DROP TABLE feelings;
