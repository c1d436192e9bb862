-- revision: 1a2b3c4d5e6f
-- down_revision: 
-- created: 2024-06-01T08:00:00Z
-- message: Create utilizations

-- migrate:upgrade
CREATE TABLE utilizations (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE utilizations;
