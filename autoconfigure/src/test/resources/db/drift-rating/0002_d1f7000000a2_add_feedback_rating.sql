-- revision: d1f7000000a2
-- down_revision: d1f7000000a1
-- message: add the feedback's rating

-- migrate:upgrade
ALTER TABLE feedback ADD COLUMN rating INTEGER;

-- migrate:downgrade
ALTER TABLE feedback DROP COLUMN rating;
