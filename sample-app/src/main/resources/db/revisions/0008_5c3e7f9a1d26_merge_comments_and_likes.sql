-- revision: 5c3e7f9a1d26
-- down_revision: 2f6a9c3e1b84, b4e8d2a6c0f3
-- branch_labels:
-- depends_on:
-- message: Merge comments and likes
-- created: 2024-06-07T09:00:00Z

-- A merge point joins the heads of the comments and likes branches, so `head` means one revision again.
-- Like most merges it changes nothing itself.

-- migrate:upgrade

-- migrate:downgrade
