-- revision: 5e0000000001
-- down_revision:
-- message: Create orders, numbered from a sequence

-- migrate:upgrade
CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY);
CREATE SEQUENCE order_numbers;

-- migrate:downgrade
DROP TABLE orders;
