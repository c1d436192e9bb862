-- revision: 4c2e9f1a7b3d
-- down_revision: ae1027a6acf0, 3b8d11f0c2aa
-- message: merge feedback into main
-- created: 2024-06-05T09:00:00Z

-- migrate:upgrade

-- migrate:downgrade
