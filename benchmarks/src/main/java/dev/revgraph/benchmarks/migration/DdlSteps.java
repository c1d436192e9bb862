package dev.revgraph.benchmarks.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of workload W1: small DDL steps in rotation — a CREATE TABLE with five columns, an
 * ADD COLUMN on that table, a CREATE INDEX on it — written so that PostgreSQL, MariaDB and H2 all
 * take them unchanged. Every tool gets exactly these statements, one per revision, migration or
 * changeset.
 */
public final class DdlSteps {

    private DdlSteps() {
    }

    /** Statement {@code step} (1-based), without a terminating semicolon. */
    public static String statement(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("Steps count from 1: " + step);
        }
        String table = String.format("bench_%04d", (step - 1) / 3 + 1);
        return switch ((step - 1) % 3) {
            case 0 -> "CREATE TABLE " + table + " (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100), "
                    + "amount DECIMAL(12,2), created_on DATE, active BOOLEAN)";
            case 1 -> "ALTER TABLE " + table + " ADD COLUMN note VARCHAR(200)";
            default -> "CREATE INDEX " + table + "_name_ix ON " + table + " (name)";
        };
    }

    /** Statements 1 to {@code count}. */
    public static List<String> statements(int count) {
        List<String> statements = new ArrayList<>(count);
        for (int step = 1; step <= count; step++) {
            statements.add(statement(step));
        }
        return statements;
    }

    /** The tables statements 1 to {@code count} create, lower case, sorted. */
    public static List<String> tables(int count) {
        List<String> tables = new ArrayList<>();
        for (int step = 1; step <= count; step += 3) {
            tables.add(String.format("bench_%04d", (step - 1) / 3 + 1));
        }
        return tables;
    }
}
