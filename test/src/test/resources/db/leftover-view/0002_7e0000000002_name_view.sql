-- revision: 7e0000000002
-- down_revision: 7e0000000001
-- message: A view of the names (whose downgrade forgets it)

-- migrate:upgrade
CREATE VIEW people_names AS SELECT name FROM people;

-- migrate:downgrade
